/**
 * `npm start`'s server (scripts/serve-demo.mjs), started as `npm start` starts it, on a free port:
 * compressed answers as the browser's Accept-Encoding asks, revalidation by ETag, and the demo's
 * strict Content-Security-Policy.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startDemoServer, type DemoServer } from '../demo-server.js';

let server: DemoServer;
let origin = '';

before(async () => {
  server = await startDemoServer();
  origin = server.origin;
});
after(() => server.stop());

/** The raw answer: body bytes as sent (no decompression, unlike fetch). */
function request(path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, failed) => {
    get(`${origin}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).once('error', failed);
  });
}

const files = [
  { path: '/demo/index.html', type: 'text/html' },
  { path: '/demo/intranet.css', type: 'text/css' },
  { path: '/scripts/find-chrome.mjs', type: 'text/javascript' },
];

describe('npm start (scripts/serve-demo.mjs)', () => {
  for (const { path, type } of files) {
    const file = readFileSync(`.${path}`);
    it(`${path}: brotli, gzip or none as Accept-Encoding asks, each the file once decompressed`, async () => {
      const cases = [
        { accept: 'gzip, deflate, br', encoding: 'br', decode: brotliDecompressSync },
        { accept: 'gzip, deflate', encoding: 'gzip', decode: gunzipSync },
        { accept: 'br;q=0, gzip;q=0.8', encoding: 'gzip', decode: gunzipSync },
        { accept: '', encoding: undefined, decode: (body: Buffer) => body },
      ];
      for (const { accept, encoding, decode } of cases) {
        const answer = await request(path, accept ? { 'accept-encoding': accept } : {});
        assert.equal(answer.status, 200);
        assert.equal(answer.headers['content-encoding'], encoding, `Accept-Encoding: ${accept}`);
        assert.equal(answer.headers.vary, 'Accept-Encoding');
        assert.ok(answer.headers['content-type']?.startsWith(type), answer.headers['content-type']);
        assert.deepEqual(decode(answer.body), file);
        if (encoding) assert.ok(answer.body.length < file.length, `${encoding} is smaller than the file`);
      }
    });
  }

  it('answers 304 to a copy it tagged, per encoding, and makes the browser ask each time', async () => {
    const brotli = await request('/demo/intranet.css', { 'accept-encoding': 'br' });
    const gzip = await request('/demo/intranet.css', { 'accept-encoding': 'gzip' });
    assert.equal(brotli.headers['cache-control'], 'no-cache');
    assert.ok(brotli.headers.etag);
    assert.notEqual(brotli.headers.etag, gzip.headers.etag);
    const again = await request('/demo/intranet.css', { 'accept-encoding': 'br', 'if-none-match': brotli.headers.etag! });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    const otherEncoding = await request('/demo/intranet.css', { 'accept-encoding': 'gzip', 'if-none-match': brotli.headers.etag! });
    assert.equal(otherEncoding.status, 200);
  });

  it("sends the demo page's strict Content-Security-Policy as a header, the same as its meta tag", async () => {
    const page = readFileSync('demo/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(page)?.[1];
    assert.ok(meta, 'the demo page states its policy');
    const answer = await request('/demo/');
    assert.equal(answer.status, 200);
    assert.equal(answer.headers['content-security-policy'], meta);
    assert.doesNotMatch(meta, /unsafe-inline|unsafe-eval/);
  });

  it('serves nothing outside the repository, and 404 for what is not there', async () => {
    assert.equal((await request('/demo/no-such-file.js')).status, 404);
    assert.equal((await request('/..%2f..%2fetc%2fpasswd')).status, 403);
    assert.equal((await request('/demo/%E0%A4%A')).status, 400, 'a malformed escape is a bad request, not a server error');
    assert.equal((await request('/')).headers.location, '/demo/');
    assert.equal((await request('/favicon.ico')).status, 204, 'no console error for the icon the browser asks for');
  });
});
