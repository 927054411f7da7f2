/**
 * Serves the demo intranet page and the built drop-in file as static files, as any web server
 * would: no module resolution, no transforms. Port: PORT or 8000.
 */
// @ts-nocheck

import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
// The dev server only logs a taken port with a stack trace; say what to do instead.
const portIsFree = await new Promise((resolve) => {
  const probe = createServer()
    .once('error', () => resolve(false))
    .once('listening', () => probe.close(() => resolve(true)))
    .listen(port);
});
if (!portIsFree) {
  console.error(`Port ${port} is already in use. Start the demo on another one: PORT=${port + 1} npm start`);
  process.exit(1);
}
await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', appIndex: undefined, nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Demo intranet page: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
