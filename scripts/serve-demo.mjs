/**
 * Serves the demo intranet page and the built drop-in file as static files, as any web server
 * would: no module resolution, no transforms. Port: PORT or 8000.
 */
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', appIndex: undefined, nodeResolve: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Demo intranet page: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
