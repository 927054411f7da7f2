/**
 * Serves the demo intranet page and the built drop-in file as static files, as a production web
 * server would: no module resolution, no transforms; each file compressed with brotli or gzip as
 * the browser's Accept-Encoding asks (Vary: Accept-Encoding), with an ETag per file and encoding
 * and `Cache-Control: no-cache` (the browser keeps a copy and asks again each time, so a rebuilt
 * file shows on the next reload and an unchanged one costs a 304), and the demo's strict
 * Content-Security-Policy as a header too. Port: PORT or 8000.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8000);

/** The policy demo/index.html also states in its meta tag: no inline script or style, no eval. */
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
/** Types worth compressing (images are compressed already). */
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg']);

/**
 * The encoding to answer with: brotli, else gzip, where Accept-Encoding allows it (a `q=0` refuses
 * one), else none.
 * @param {string | undefined} header
 */
function chooseEncoding(header = '') {
  const accepted = new Map(
    header
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([name]) => name)
      .map(([name, ...params]) => {
        const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
        return [name.trim().toLowerCase(), q ? Number(q.slice(2)) : 1];
      }),
  );
  const allows = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return undefined;
}

/** Compressed bodies by path, modification time and encoding: each file is compressed once per change. */
const compressed = new Map();

async function answer(request, response) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return void response.writeHead(405, { allow: 'GET, HEAD' }).end();
  }
  if (pathname === '/') return void response.writeHead(302, { location: '/demo/' }).end();
  // The browser asks for an icon by itself; the demo has none, and a 404 would be a console error.
  if (pathname === '/favicon.ico') return void response.writeHead(204).end();
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return void response.writeHead(400).end(); // a malformed %-escape
  }
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) return void response.writeHead(403).end();
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');

  const type = extname(file);
  const encoding = compressible.has(type) ? chooseEncoding(request.headers['accept-encoding']) : undefined;
  const key = `${file}:${info.mtimeMs}:${encoding ?? 'identity'}`;
  let entry = compressed.get(key);
  if (!entry) {
    const raw = await readFile(file);
    const body =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : encoding === 'gzip'
          ? gzipSync(raw, { level: 9 })
          : raw;
    // One tag per content and encoding: a gzip copy is not the brotli one.
    const etag = `"${createHash('sha256').update(raw).digest('base64url').slice(0, 22)}${encoding ? `-${encoding}` : ''}"`;
    entry = { body, etag };
    compressed.set(key, entry);
  }
  const headers = {
    'content-type': contentTypes[type] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    etag: entry.etag,
    'x-content-type-options': 'nosniff',
    ...(compressible.has(type) && { vary: 'Accept-Encoding' }),
    ...(encoding && { 'content-encoding': encoding }),
    ...(type === '.html' && { 'content-security-policy': contentSecurityPolicy }),
  };
  const cached = request.headers['if-none-match'];
  if (cached && cached.split(',').some((tag) => tag.trim().replace(/^W\//, '') === entry.etag)) {
    return void response.writeHead(304, headers).end();
  }
  response.writeHead(200, { ...headers, 'content-length': entry.body.length });
  response.end(request.method === 'HEAD' ? undefined : entry.body);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = createServer((request, response) => {
    answer(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  server.once('error', (error) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${port} is already in use. Start the demo on another one: PORT=${port + 1} npm start`);
    process.exit(1);
  });
  server.listen(port, 'localhost', () => {
    console.log(`Demo intranet page: http://localhost:${server.address().port}/demo/  (Ctrl+C to stop)`);
  });
}
