/**
 * Browser-level search figures in headless Chromium, for ours (each mode the build offers) and
 * Pagefind (its JS API and its Default UI), each in a fresh browser context (empty cache) loading
 * the pages of bench/sites.ts from a static server of our own that compresses like a real one.
 *
 * Per engine, corpus and run:
 * - load: navigate, focus the field as soon as it exists, type the query at once; bytes the server
 *   sent from the navigation until the first result was painted, the time from navigation to that
 *   paint, then the heap (page and its workers, after a full GC);
 * - typing: navigate, focus, wait until the network is quiet, then type the query set letter by
 *   letter: first keystroke to results painted, later keys p50/p95 (spaces not timed: the trimmed
 *   query is the same), long tasks (PerformanceObserver 'longtask') from the navigation to the end;
 *   then each typo case typed whole, the top 3 titles read back;
 * - Fast 3G (full run only): the load session under puppeteer's PredefinedNetworkConditions['Fast 3G'].
 *
 * "Painted": the engine shows the answer to the current query (ours: the `search-change` event
 * for it; Pagefind UI: its "n results for <query>" line; the JS API page: its own marker), then
 * the next requestAnimationFrame callback is the time taken.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { launchHeadlessChrome } from '../scripts/find-chrome.mjs';
import type { EngineId, Site } from './sites.js';
import { rightArticles, type TypoCase } from './corpus.js';

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};
/** What a web server compresses by default (nginx `gzip_types` with the usual additions); Pagefind's own files are gzip already. */
const compressible = (type: string) => /^(text\/|application\/(json|javascript|wasm))/.test(type);

/** Content-Security-Policy by page: ours under the strict policy, Pagefind with what its WebAssembly needs. */
function policyFor(path: string) {
  if (path.endsWith('/ours.html')) return "default-src 'self'";
  if (path.endsWith('/ours-pagefind.html')) return "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
  if (path.endsWith('.html')) return "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";
  return undefined;
}

export interface BenchServer {
  origin: string;
  /** Bytes written to the network (headers and bodies) since the last reset. */
  bytes(): number;
  reset(): void;
  inFlight(): number;
  close(): Promise<void>;
}

/** Serves `mounts` (URL prefix -> folder), gzip when the client accepts it, no caching between sessions. */
export function serveStatic(mounts: [prefix: string, dir: string][]): Promise<BenchServer> {
  const compressed = new Map<string, { mtime: number; body: Buffer }>();
  let sent = 0;
  let inFlight = 0;
  const counted = new WeakMap<Socket, number>();
  const finish = (response: ServerResponse) => {
    const socket = response.socket;
    response.on('finish', () => {
      inFlight--;
      if (!socket) return;
      sent += socket.bytesWritten - (counted.get(socket) ?? 0);
      counted.set(socket, socket.bytesWritten);
    });
  };
  const server: Server = createServer((request, response) => {
    inFlight++;
    finish(response);
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    const file = mount && join(mount[1], path.slice(mount[0].length));
    if (!mount || !file || !file.startsWith(mount[1] + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      return void response.writeHead(404).end();
    }
    const type = types[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
    const policy = policyFor(path);
    if (policy) headers['content-security-policy'] = policy;
    let body: Buffer = readFileSync(file);
    if (compressible(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      const mtime = statSync(file).mtimeMs;
      let entry = compressed.get(file);
      if (entry?.mtime !== mtime) compressed.set(file, (entry = { mtime, body: gzipSync(body) }));
      body = entry.body;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers).end(body);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        bytes: () => sent,
        reset: () => void (sent = 0),
        inFlight: () => inFlight,
        close: () =>
          new Promise((closed) => {
            server.close(() => closed());
            server.closeAllConnections();
          }),
      }),
    ),
  );
}

/** Runs in the page before any of its scripts: long tasks, the keystroke time, ours' search-change. */
function instrument() {
  const bench = {
    longTasks: [] as number[],
    lastKey: 0,
    lastSearch: undefined as string | undefined,
    lastSearchAt: 0,
    hubError: undefined as string | undefined,
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('keydown', () => void (bench.lastKey = performance.now()), true);
  // Ours gives up on a bundle that does not arrive in time (its `timeout`, 15 s by default) and says so.
  document.addEventListener('hub-error', (event) => {
    const { code, message } = (event as CustomEvent<{ code: string; message: string }>).detail;
    bench.hubError = `${code}: ${message}`;
  });
  document.addEventListener('search-change', (event) => {
    bench.lastSearch = (event as CustomEvent<{ query: string }>).detail.query;
    bench.lastSearchAt = performance.now();
  });
}

/**
 * Runs in the page: resolves with the time of the first animation frame in which the engine shows the
 * answer to `query` (-1 after `timeoutMs`). Engines: 'ours' (any mode), 'pagefind-api', 'pagefind-ui'.
 *
 * Ours answers asynchronously in some modes, and `search-change` may fire before the answer is drawn:
 * once it fired for the query, the answer is the last change to the element's shadow DOM before
 * `quietMs` without one, and its time the animation frame after that change.
 */
function waitForResults(kind: string, query: string, timeoutMs: number, quietMs: number) {
  const wanted = query.trim();
  const bench = (window as unknown as { __bench: { lastSearch?: string; lastSearchAt: number } }).__bench;
  const started = performance.now();
  let changedAt = started;
  let paintedAt = -1;
  let observer: MutationObserver | undefined;
  if (kind === 'ours') {
    const root = document.querySelector('article-search')?.shadowRoot;
    // The live region speaks the count a while after typing settles: an announcement, not the answer.
    const announcement = (node: Node) => !!(node instanceof Element ? node : node.parentElement)?.closest('[aria-live]');
    observer = new MutationObserver((records) => {
      if (records.every((record) => announcement(record.target))) return;
      changedAt = performance.now();
      requestAnimationFrame(() => void (paintedAt = performance.now()));
    });
    if (root) observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  }
  const shown = (now: number) => {
    if (kind === 'ours') return bench.lastSearch?.trim() === wanted && now - changedAt >= quietMs;
    if (kind === 'pagefind-api') return (document.getElementById('search') as HTMLElement).dataset.query?.trim() === wanted;
    const message = document.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
    const term = /\bresults? for (.*?)(?:\. Showing results for .*)?$/.exec(message)?.[1];
    return term === wanted || term === `"${wanted}"` || term === `“${wanted}”`;
  };
  return new Promise<number>((resolve) => {
    const frame = () => {
      const now = performance.now();
      if (shown(now)) {
        observer?.disconnect();
        // No change at all: the element drew nothing new (the same results as the previous query),
        // so its answer is the event.
        resolve(kind !== 'ours' ? now : paintedAt > 0 ? paintedAt : bench.lastSearchAt);
      } else if (now - started > timeoutMs) {
        observer?.disconnect();
        resolve(-1);
      } else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

/** Runs in the page: the titles of the first three results shown. */
function topTitles(kind: string) {
  const texts = (elements: Iterable<Element>) => Array.from(elements, (element) => element.textContent?.trim() ?? '').slice(0, 3);
  if (kind === 'ours') {
    const root = document.querySelector('article-search')?.shadowRoot;
    return texts(root?.querySelectorAll('[role="option"] .option-title') ?? []);
  }
  if (kind === 'pagefind-api') return texts(document.querySelectorAll('#search li a'));
  return texts(document.querySelectorAll('.pagefind-ui__result-title'));
}

function fieldReady(kind: string) {
  if ((window as unknown as { __bench: { hubError?: string } }).__bench.hubError) return true;
  const field =
    kind === 'ours'
      ? (document.querySelector('article-search')?.shadowRoot?.querySelector('input') ?? null)
      : document.querySelector(kind === 'pagefind-api' ? '#search input' : '.pagefind-ui__search-input');
  if (!field) return false;
  (field as HTMLInputElement).focus();
  return true;
}

/** How long ours' shadow DOM must stay unchanged after `search-change` for the answer to count as drawn. */
const quietMs = 500;
const kindOf = (engine: EngineId) => (engine.startsWith('ours') ? 'ours' : engine);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

export interface LoadFigures {
  bytes: number;
  navToResultsMs: number;
  heapBytes: number;
}
export interface TypingFigures {
  firstKeyMs: number;
  laterKeysMs: number[];
  longTasks: number[];
  /** Typo query -> rank (1-based) of the right article among the first 3 shown, or 0. */
  typoRanks: Record<string, number>;
  timeouts: number;
}

async function heapOf(page: Page, client: CDPSession) {
  const sessions = [client, ...page.workers().map((worker) => worker.client)];
  let total = 0;
  for (const session of sessions) {
    try {
      await session.send('HeapProfiler.collectGarbage');
      const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
      total += usage.usedSize + (usage.backingStorageSize ?? 0);
    } catch {
      // A worker that ended between listing and asking holds no heap.
    }
  }
  return total;
}

async function openPage(browser: Browser, server: BenchServer, url: string, fast3g: boolean) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // tsx keeps function names with a `__name` helper the page does not have.
  await page.evaluateOnNewDocument('globalThis.__name = (fn) => fn');
  await page.evaluateOnNewDocument(instrument);
  if (fast3g) await page.emulateNetworkConditions(PredefinedNetworkConditions['Fast 3G']);
  const client = await page.createCDPSession();
  server.reset();
  await page.goto(`${server.origin}${url}`, { waitUntil: 'domcontentloaded' });
  return { page, client, close: () => context.close() };
}

async function focusField(page: Page, kind: string, timeoutMs: number) {
  await page.waitForFunction(fieldReady, { timeout: timeoutMs, polling: 100 }, kind);
  const hubError = await page.evaluate(() => (window as unknown as { __bench: { hubError?: string } }).__bench.hubError);
  if (hubError) throw new Error(`the element showed hub-error ${hubError}`);
}

/** Navigation to the first results, the bytes it took, and the heap after that first search. */
export async function loadSession(browser: Browser, server: BenchServer, url: string, engine: EngineId, query: string, fast3g: boolean) {
  const kind = kindOf(engine);
  const timeout = fast3g ? 300_000 : 60_000;
  const { page, client, close } = await openPage(browser, server, url, fast3g);
  try {
    await focusField(page, kind, timeout);
    const painted = page.evaluate(waitForResults, kind, query, timeout, quietMs);
    await page.keyboard.type(query);
    const at = await painted;
    const bytes = server.bytes();
    if (at < 0) throw new Error(`${engine}: no results for "${query}" within ${timeout / 1000} s`);
    const heapBytes = fast3g ? 0 : await heapOf(page, client);
    return { bytes, navToResultsMs: at, heapBytes } satisfies LoadFigures;
  } finally {
    await close();
  }
}

async function waitQuiet(server: BenchServer, quietMs: number, maxMs: number) {
  const started = Date.now();
  let quietSince = Date.now();
  while (Date.now() - started < maxMs) {
    if (server.inFlight() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await sleep(25);
  }
}

async function clearField(page: Page) {
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await sleep(150);
}

/** Keystroke to painted results over the typed queries, long tasks, and the typo cases' ranks. */
export async function typingSession(
  browser: Browser,
  server: BenchServer,
  site: Site,
  engine: EngineId,
  typed: string[],
  typos: TypoCase[],
  keyTimeoutMs: number,
) {
  const kind = kindOf(engine);
  const { page, close } = await openPage(browser, server, site.pages[engine]!, false);
  const figures: TypingFigures = { firstKeyMs: NaN, laterKeysMs: [], longTasks: [], typoRanks: {}, timeouts: 0 };
  try {
    await focusField(page, kind, 60_000);
    await waitQuiet(server, 500, 20_000);
    for (const [q, query] of typed.entries()) {
      if (q > 0) await clearField(page);
      for (let length = 1; length <= query.length; length++) {
        const painted = page.evaluate(waitForResults, kind, query.slice(0, length), keyTimeoutMs, quietMs);
        await page.keyboard.press(query[length - 1] as never);
        const at = await painted;
        const key = await page.evaluate(() => (window as unknown as { __bench: { lastKey: number } }).__bench.lastKey);
        const ms = at < 0 ? keyTimeoutMs : at - key;
        if (at < 0) figures.timeouts++;
        if (query[length - 1] === ' ') continue;
        if (Number.isNaN(figures.firstKeyMs)) figures.firstKeyMs = ms;
        else figures.laterKeysMs.push(ms);
      }
    }
    const titleToId = new Map(site.articles.map((article) => [article.title, article.id]));
    for (const typo of typos) {
      await clearField(page);
      const painted = page.evaluate(waitForResults, kind, typo.query, keyTimeoutMs, quietMs);
      await page.keyboard.type(typo.query);
      await painted;
      const top = (await page.evaluate(topTitles, kind)).map((title) => titleToId.get(title));
      const right = new Set(rightArticles(site.articles, typo));
      figures.typoRanks[typo.query] = top.findIndex((id) => id !== undefined && right.has(id)) + 1;
    }
    figures.longTasks = await page.evaluate(() => (window as unknown as { __bench: { longTasks: number[] } }).__bench.longTasks);
    return figures;
  } finally {
    await close();
  }
}

export const launch = () => launchHeadlessChrome(['--enable-precise-memory-info']);

/** Mounts for the bench server: the drop-in and its siblings, the sites, the page scripts. */
export const benchMounts = (root: string): [string, string][] => [
  ['/site/', normalize(join(root, 'bench/.cache/site'))],
  ['/bench-pages/', normalize(join(root, 'bench/pages'))],
  ['/', normalize(join(root, 'dist'))],
];
