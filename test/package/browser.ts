/**
 * What the package tests need to open built pages: a static file server for a folder and a
 * headless Chromium (found like the other browser tests: CHROME_PATH or chrome-launcher).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type OutgoingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { launchHeadlessChrome } from '../../scripts/find-chrome.mjs';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the files under `root` on 127.0.0.1 (a free port), each response with `headers`; each
 * response waits for `beforeAnswer(path)` when given (to hold some back).
 */
export async function serveFolder(
  root: string,
  headers: OutgoingHttpHeaders = {},
  beforeAnswer?: (path: string) => Promise<void>,
): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    await beforeAnswer?.(path);
    // The browser asks for an icon by itself; a 404 would be a console error on every page.
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return void response.writeHead(403).end();
    if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
    if (!(await stat(file).catch(() => undefined))?.isFile()) return void response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

export const launchChromium = (): Promise<Browser> => launchHeadlessChrome();
