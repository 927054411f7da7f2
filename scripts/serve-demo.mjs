/**
 * Serves the demo intranet page and the built drop-in file as static files, as any web server
 * would: no module resolution, no transforms. Port: PORT or 8000.
 */
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT ?? 8000);
try {
  await startDevServer({
    config: { rootDir: '.', port, hostname: 'localhost', appIndex: undefined, nodeResolve: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
} catch (error) {
  if (error?.code !== 'EADDRINUSE') throw error;
  console.error(`Port ${port} is already in use. Start the demo on another one: PORT=${port + 1} npm start`);
  process.exit(1);
}
console.log(`Demo intranet page: http://localhost:${port}/demo/  (Ctrl+C to stop)`);
