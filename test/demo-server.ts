/** Starts `npm start`'s server (scripts/serve-demo.mjs) as `npm start` does, on a free port, for the tests. */
import { spawn } from 'node:child_process';

export interface DemoServer {
  /** `http://localhost:<port>`, no trailing slash. */
  origin: string;
  stop(): void;
}

export async function startDemoServer(): Promise<DemoServer> {
  const server = spawn(process.execPath, ['scripts/serve-demo.mjs'], { env: { ...process.env, PORT: '0' } });
  const origin = await new Promise<string>((found, failed) => {
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const url = /http:\/\/[^/\s]+/.exec(output);
      if (url) found(url[0]);
    });
    server.once('exit', (code) => failed(new Error(`serve-demo exited with ${code}: ${output}`)));
  });
  return { origin, stop: () => server.kill() };
}
