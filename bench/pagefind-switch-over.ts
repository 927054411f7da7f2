/**
 * `tsx bench/pagefind-switch-over.ts [--runs N]`: where `--search pagefind` starts to pay off.
 *
 * For generated corpora (bench/corpus.ts) it builds what `topic-hub build` ships: the bundle with its
 * MiniSearch index, and the Pagefind folder of `--search pagefind` (through the CLI's own
 * writePagefindIndex). It reports their sizes, then, in headless Chromium over a local server that
 * gzips JS and JSON as a web server would, the bytes on the wire and the time until the first
 * results, and the time of later queries, for both engines: the Pagefind engine
 * (src/search/pagefind-engine.ts) and the MiniSearch one (searchArticles, as <article-search> calls
 * it today). Browser runs alternate corpus sizes and engines, each in a fresh browser context (no
 * cache); medians over the runs. Needs Chromium (CHROME_PATH, else /usr/bin/chromium).
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import puppeteer from 'puppeteer-core';
import type { Article } from '../src/content/bundle-types.js';
import { searchIndexOptions } from '../src/search/search-index-options.js';
import { buildTermList, maxTerms } from '../src/search/term-list.js';
import { writePagefindIndex } from '../cli/search/pagefind-index.js';
import { generateArticles, prng, syntheticBundle } from './corpus.js';

const quick = process.argv.includes('--quick');
const runs = quick ? 1 : Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const sizeCorpora = quick ? [1000] : [1000, 2000, 5000, 10000, 20000, 50000];
const browserCorpora = quick ? [1000] : [1000, 10000, 50000];
const log = (line: string) => process.stderr.write(`pagefind bench: ${line}\n`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor(values.length * q)];
const median = (values: number[]) => quantile(values, 0.5);
const gzip = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;
const compressible = (path: string) => ['.js', '.json', '.html'].includes(extname(path));

/** Words, a word as typed (its prefixes), typos, a tag filter: what a reader does. */
const queries = [
  { query: 'technical debt', tags: [] },
  { query: 'leadership', tags: [] },
  { query: 'platform teams', tags: [] },
  ...['h', 'he', 'hea', 'head', 'headc', 'headco', 'headcou', 'headcoun', 'headcount'].map((query) => ({ query, tags: [] })),
  { query: 'hedcount', tags: [] },
  { query: 'techincal debt', tags: [] },
  { query: 'goverance', tags: [] },
  { query: 'teams', tags: ['leadership'] },
  { query: '', tags: ['security'] },
];

async function folderSizes(folder: string) {
  const sizes = { files: 0, bytes: 0, fixed: 0, fragments: 0 };
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = (await stat(path)).size;
    sizes.files++;
    sizes.bytes += bytes;
    if (/^(pagefind\.js|pagefind-worker\.js|wasm\..*)$/.test(entry.name)) sizes.fixed += bytes;
    if (entry.parentPath.endsWith('fragment')) sizes.fragments += bytes;
  }
  return sizes;
}

// --dir <folder>: build the corpora there once and keep them, for runs after the first.
const keptDir = process.argv.includes('--dir') ? process.argv[process.argv.indexOf('--dir') + 1] : undefined;
const root = keptDir ?? (await mkdtemp(join(tmpdir(), 'pagefind-bench-')));
try {
  // 1. What the build writes, per corpus size.
  const sizeRows: string[][] = [];
  for (const count of sizeCorpora) {
    log(`building ${count} articles`);
    const articles: Article[] = generateArticles(count);
    const index = new MiniSearch<Article>(searchIndexOptions);
    index.addAll(articles);
    const searchIndex = JSON.stringify(index);
    const bundle = syntheticBundle(articles, searchIndex);
    const bundleJson = JSON.stringify(bundle);
    const dir = join(root, String(count));
    let pagefindMs: number | undefined;
    if (!keptDir || !existsSync(join(dir, 'bundle.json'))) {
      const started = performance.now();
      const written = await writePagefindIndex(bundle, dir);
      if ('error' in written) throw new Error(written.error);
      pagefindMs = performance.now() - started;
      await writeFile(join(dir, 'bundle.json'), bundleJson);
    }
    const pagefind = await folderSizes(join(dir, 'pagefind'));
    const terms = JSON.stringify(buildTermList(articles));
    sizeRows.push([
      count.toLocaleString('en'),
      `${kb(searchIndex.length)} / ${kb(gzip(searchIndex))}`,
      kb(gzip(bundleJson)),
      `${kb(pagefind.bytes)} in ${pagefind.files.toLocaleString('en')} files`,
      kb(pagefind.fragments),
      `${kb(terms.length)} / ${kb(gzip(terms))}`,
      pagefindMs === undefined ? 'built by an earlier run' : `${(pagefindMs / 1000).toFixed(1)} s`,
    ]);
    log(sizeRows.at(-1)!.join(' | '));
  }

  // The generated corpora have about 6,300 distinct words: the term list stays complete. A real corpus
  // has many more; this one has 100,000 pseudo-words, each article 40 of them, the frequent ranks most.
  const random = prng(3);
  const syllables = 'ka ro ven ti lu mar sel do pra qui zen tor bel na vi co rax mel fin oru sta gle dro pi neo ex an ul st'.split(' ');
  const vocabulary = new Set<string>();
  while (vocabulary.size < 100_000) {
    vocabulary.add(Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join(''));
  }
  const words = [...vocabulary];
  const manyWords = Array.from({ length: 50_000 }, () => {
    const text = Array.from({ length: 40 }, () => words[Math.floor(random() ** 3 * words.length)]);
    return { title: text.slice(0, 8).join(' '), summary: text.slice(8).join(' '), tags: [] };
  });
  const capped = JSON.stringify(buildTermList(manyWords));
  const cappedLine = `Term list at its cap (${maxTerms.toLocaleString('en')} words, from 50,000 articles over 100,000 distinct words): ${kb(capped.length)} / ${kb(gzip(capped))} gzip.`;
  log(cappedLine);

  // 2. The browser: a page bundle with both engines, and a server that counts the bytes it sends per run.
  const page = await build({
    stdin: {
      contents: `import { createPagefindEngine } from '../src/search/pagefind-engine.ts';
import { searchArticles } from '../src/search/article-search-engine.ts';
const limit = 10;
window.runPagefind = async (folder, queries) => {
  const start = performance.now();
  const engine = createPagefindEngine({ folder });
  const first = await engine.search({ ...queries[0], limit });
  const firstMs = performance.now() - start;
  const later = [];
  for (const query of queries.slice(1)) {
    const t = performance.now();
    await engine.search({ ...query, limit });
    later.push(performance.now() - t);
    console.log(JSON.stringify(query.query) + ' ' + query.tags + ': ' + later.at(-1).toFixed(1) + ' ms');
  }
  return { firstMs, later, found: first.total };
};
window.runMiniSearch = async (bundleUrl, queries) => {
  const start = performance.now();
  const bundle = await (await fetch(bundleUrl)).json();
  searchArticles(bundle, queries[0]).matches.slice(0, limit);
  const firstMs = performance.now() - start;
  const later = [];
  for (const query of queries.slice(1)) {
    const t = performance.now();
    searchArticles(bundle, query).matches.slice(0, limit);
    later.push(performance.now() - t);
  }
  return { firstMs, later, found: searchArticles(bundle, queries[0]).matches.length };
};`,
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    tsconfig: join(import.meta.dirname, '..', 'tsconfig.json'),
  });
  const pageScript = page.outputFiles[0].text;
  const sent = new Map<string, number>();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const [, run, ...rest] = url.pathname.split('/');
    const path = rest.join('/');
    let body: Buffer;
    if (path === 'page.html') body = Buffer.from('<!doctype html><title>bench</title><script type="module" src="page.js"></script>');
    else if (path === 'page.js') body = Buffer.from(pageScript);
    else {
      const file = normalize(join(root, path));
      if (!file.startsWith(root)) return void response.writeHead(403).end();
      try {
        body = await readFile(file);
      } catch {
        return void response.writeHead(404).end();
      }
    }
    const type =
      { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' }[extname(path)] ?? 'application/octet-stream';
    const wire = compressible(path) ? gzipSync(body) : body;
    sent.set(run, (sent.get(run) ?? 0) + wire.length);
    response.writeHead(200, {
      'Content-Type': type,
      ...(compressible(path) && { 'Content-Encoding': 'gzip' }),
      'Cache-Control': 'no-store',
    });
    response.end(wire);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    protocolTimeout: 600_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });

  type Figures = { firstMs: number; later: number[]; found: number; bytes: number };
  const results = new Map<string, Figures[]>();
  let runId = 0;
  for (let round = 0; round < runs; round++) {
    for (const count of round % 2 ? [...browserCorpora].reverse() : browserCorpora) {
      for (const engine of round % 2 ? ['minisearch', 'pagefind'] : ['pagefind', 'minisearch']) {
        const run = `run-${runId++}`;
        const context = await browser.createBrowserContext();
        const tab = await context.newPage();
        tab.on('console', (message) => log(`  ${engine} ${count} ${message.text()}`));
        await tab.goto(`http://127.0.0.1:${port}/${run}/page.html`);
        await tab.waitForFunction(() => 'runPagefind' in window);
        sent.set(run, 0);
        const figures = (await tab.evaluate(
          (engine, base, queries) => {
            const page = window as unknown as Record<'runPagefind' | 'runMiniSearch', (url: string, queries: unknown) => unknown>;
            return engine === 'pagefind'
              ? page.runPagefind(`${base}pagefind/`, queries)
              : page.runMiniSearch(`${base}bundle.json`, queries);
          },
          engine,
          `http://127.0.0.1:${port}/${run}/${count}/`,
          queries,
        )) as Omit<Figures, 'bytes'>;
        await context.close();
        const key = `${engine} ${count}`;
        results.set(key, [...(results.get(key) ?? []), { ...figures, bytes: sent.get(run)! }]);
        log(`${key}: first results after ${ms(figures.firstMs)}, ${kb(sent.get(run)!)}`);
      }
    }
  }
  await browser.close();
  server.close();

  const browserRows = browserCorpora.flatMap((count) =>
    ['minisearch', 'pagefind'].map((engine) => {
      const figures = results.get(`${engine} ${count}`)!;
      return [
        count.toLocaleString('en'),
        engine === 'pagefind' ? 'Pagefind' : 'MiniSearch (bundle)',
        kb(median(figures.map((f) => f.bytes))),
        ms(median(figures.map((f) => f.firstMs))),
        ms(median(figures.flatMap((f) => f.later))),
        ms(
          quantile(
            figures.flatMap((f) => f.later),
            0.9,
          ),
        ),
        String(figures[0].found),
      ];
    }),
  );
  const table = (head: string[], rows: string[][]) =>
    [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  console.log(
    [
      '## What the build writes',
      '',
      table(
        [
          'Articles',
          'MiniSearch index (raw / gzip)',
          'bundle.json gzip',
          'pagefind/ on disk',
          'of it fragments',
          'Term list (raw / gzip)',
          'Pagefind indexing',
        ],
        sizeRows,
      ),
      '',
      cappedLine,
      '',
      `## In the browser (headless Chromium, fresh context per run, ${runs} runs interleaved, medians)`,
      '',
      `First query "${queries[0].query}" from nothing loaded: every byte fetched (JS and JSON gzipped on the wire), time until its ` +
        `results; later queries: the other ${queries.length - 1} queries (words, a word typed letter by letter, typos, tags).`,
      '',
      table(
        ['Articles', 'Engine', 'Bytes to first results', 'First results', 'Later query (median)', 'Later query (p90)', 'First query total'],
        browserRows,
      ),
    ].join('\n'),
  );
} finally {
  if (!keptDir) await rm(root, { recursive: true, force: true });
}
