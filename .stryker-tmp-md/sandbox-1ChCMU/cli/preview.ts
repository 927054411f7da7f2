// @ts-nocheck
import { watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { buildBundle, formatContentError } from './content/build-bundle.js';
import { bundleFileName, describeBundle, missingFolderMessage, plural } from './build.js';
import { dropInFile } from './package-files.js';
import { previewScript, previewStyles, renderPreviewPage, type PreviewState } from './preview-page.js';

/** Editors write a file in several steps (truncate, write, rename): build once they are done. */
const rebuildDelayMs = 150;

const securityHeaders = {
  // The page must work as it will on a strict intranet page: no inline script or style.
  'Content-Security-Policy': "default-src 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/**
 * `topic-hub preview <dir> --port <port>`: serves a page with every hub of the folder, rebuilt
 * on every save, with the content errors on the page and in the terminal. Resolves with the
 * exit code once stopped (SIGINT, SIGTERM) or when the port is taken.
 */
export async function preview(dir: string, port: number): Promise<number> {
  const missing = await missingFolderMessage('preview', dir);
  if (missing) {
    console.error(missing);
    return 1;
  }
  const state: PreviewState = { dir, hubs: [], errors: [] };
  let bundleJson: string | undefined;
  const listeners = new Set<ServerResponse>();

  async function rebuild() {
    let errors: string[];
    try {
      const result = await buildBundle(dir);
      errors = result.errors.map(formatContentError);
      if (result.bundle) {
        const json = JSON.stringify(result.bundle);
        if (json === bundleJson && state.errors.length === 0) return;
        for (const warning of result.warnings) console.warn(`warning: ${formatContentError(warning)}`);
        bundleJson = json;
        state.hubs = Object.values(result.bundle.hubs).map(({ id, title }) => ({ id, title }));
        console.log(`Built ${describeBundle(result.bundle)} (content hash ${result.bundle.contentHash}).`);
      }
    } catch (error) {
      // A crash of the build is shown like a content error, so the page says what happened.
      errors = [`${dir}: (build): ${(error as Error).message}`];
    }
    const unchangedErrors = errors.length > 0 && errors.join('\n') === state.errors.join('\n');
    state.errors = errors;
    if (unchangedErrors) return;
    if (errors.length > 0) {
      for (const error of errors) console.error(error);
      console.error(`${plural(errors.length, 'content error')} in ${dir}; shown on the page too.`);
    }
    for (const response of listeners) response.write('event: reload\ndata: rebuilt\n\n');
  }

  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { ...securityHeaders, 'Content-Type': type });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    // A page on another site can point a name of its own at 127.0.0.1 (DNS rebinding); only
    // requests addressed to this server by its own name are answered.
    const address = server.address();
    const ownPort = typeof address === 'object' && address ? address.port : port;
    if (request.headers.host !== `127.0.0.1:${ownPort}` && request.headers.host !== `localhost:${ownPort}`) {
      send(421, 'text/plain; charset=utf-8', `The preview answers only to http://127.0.0.1:${ownPort}/.\n`);
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, 'text/plain; charset=utf-8', 'The preview serves GET requests only.\n');
      return;
    }
    switch (path) {
      case '/':
        send(200, 'text/html; charset=utf-8', renderPreviewPage(state));
        return;
      case '/preview.js':
        send(200, 'text/javascript; charset=utf-8', previewScript);
        return;
      case '/preview.css':
        send(200, 'text/css; charset=utf-8', previewStyles);
        return;
      case '/topic-hub.js': {
        const file = dropInFile();
        if (file) send(200, 'text/javascript; charset=utf-8', await readFile(file));
        else
          send(404, 'text/plain; charset=utf-8', 'dist/topic-hub.js is not built: run npm run build in the topic-hub-elements package.\n');
        return;
      }
      case `/${bundleFileName}`:
        if (bundleJson) send(200, 'application/json; charset=utf-8', bundleJson);
        else send(503, 'text/plain; charset=utf-8', `No bundle yet: ${dir} has content errors (see the preview page).\n`);
        return;
      case '/favicon.ico':
        // Browsers ask for it on every page; an empty answer keeps a 404 out of the console.
        response.writeHead(204, securityHeaders).end();
        return;
      case '/events':
        response.writeHead(200, { ...securityHeaders, 'Content-Type': 'text/event-stream' });
        response.write('retry: 1000\n\n');
        listeners.add(response);
        request.once('close', () => listeners.delete(response));
        return;
      default:
        send(404, 'text/plain; charset=utf-8', `Not found: ${path}\n`);
    }
  });

  // Listen before the first build, so a taken port is the one thing said.
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const problem = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${error.message})`;
      console.error(`topic-hub preview: port ${port} ${problem}. Choose another one: topic-hub preview ${dir} --port ${port + 1}`);
      resolve(false);
    });
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (!listening) return 1;

  await rebuild();
  let pending: NodeJS.Timeout | undefined;
  let building = Promise.resolve();
  const watcher = watch(dir, { recursive: true }, () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      building = building.then(rebuild);
    }, rebuildDelayMs);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(`Preview of ${dir}: http://127.0.0.1:${actualPort}/  (rebuilds on every save; Ctrl+C to stop)`);
  if (!dropInFile()) console.error('dist/topic-hub.js is not built, so the page cannot show the hubs: run npm run build first.');

  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  clearTimeout(pending);
  watcher.close();
  for (const response of listeners) response.end();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  return 0;
}
