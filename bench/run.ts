/**
 * `npm run bench` (full) / `npm run bench:quick` (--quick: 31 and 1,000 articles, few repetitions;
 * what CI runs so the bench cannot rot). Writes bench/results.json and bench/report.md and prints
 * the report. Timings are figures for people, never asserted: budgets end as a PASS/FAIL list.
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import defaultBundle from '../src/content/default-bundle.js';
import { readBundle } from '../src/content/content-store.js';
import type { Article } from '../src/content/bundle-types.js';
import { searchIndexOptions } from '../src/search/search-index-options.js';
import { generateArticles, syntheticBundle } from './corpus.js';
import { benchOurs, benchPeers, querySet, type EngineFigures } from './search.js';
import { runtimeGoal } from './size-budgets.js';
import { measureSizes } from './sizes.js';
import { benchRender, type RenderFigures } from './render.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const sizesOfCorpora = quick ? [31, 1000] : [31, 1000, 10000, 50000];
const started = performance.now();
const log = (line: string) => process.stderr.write(`bench: ${line}\n`);

const kb = (bytes?: number) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value?: number) =>
  value === undefined || Number.isNaN(value) ? '—' : value < 1 ? `${value.toFixed(3)} ms` : `${value.toFixed(1)} ms`;
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

// 1. Sizes
log('sizes');
const sizes = measureSizes(root);

// 2-3. Search at scale, ours and peers
const shipped = readBundle(defaultBundle);
const queries = querySet();
const search: { articles: number; corpus: string; engines: EngineFigures[] }[] = [];
for (const count of sizesOfCorpora) {
  log(`search: ${count} articles`);
  const bundle = count === 31 ? shipped : syntheticBundle(generateArticles(count), '');
  const hub = count === 31 ? 'technical-leadership' : 'synthetic';
  const articles = Object.keys(bundle.articles).length;
  const big = count >= 10000;
  const rounds = quick ? 2 : big ? 5 : 20;
  const ours = benchOurs(bundle, hub, queries, { rounds, timeBudgetMs: quick ? 1500 : 8000, loadRepeats: quick ? 1 : big ? 3 : 5 });
  const peers = benchPeers(bundle, queries, { rounds, timeBudgetMs: quick ? 1500 : big ? 4000 : 8000 });
  search.push({ articles, corpus: count === 31 ? 'shipped hub' : 'synthetic', engines: [ours, ...peers] });
}

// 5. Render
log('render in headless Chromium');
const renderCases: { label: string; hub: string; bundle?: ReturnType<typeof syntheticBundle> }[] = [
  { label: 'shipped hub (31 articles)', hub: 'technical-leadership' },
];
if (!quick) {
  const articles = generateArticles(1000);
  const index = new MiniSearch<Article>(searchIndexOptions);
  index.addAll(articles);
  renderCases.push({
    label: '1,000-article hub (bundle property)',
    hub: 'synthetic',
    bundle: syntheticBundle(articles, JSON.stringify(index)),
  });
}
let render: RenderFigures[] = [];
let renderError: string | undefined;
try {
  render = await benchRender(root, renderCases, quick ? 3 : 15);
} catch (error) {
  renderError = (error as Error).message;
  log(`render skipped: ${renderError}`);
}

// 6. Budgets
const ours = (articles: number) => search.find((entry) => entry.articles === articles)?.engines[0];
const budget = (name: string, value: number | undefined, limit: number, unit: (v: number) => string, why: string) => ({
  name,
  value: value === undefined ? 'not measured' : unit(value),
  limit: unit(limit),
  status: value === undefined ? 'SKIP' : value <= limit ? 'PASS' : 'FAIL',
  why: value !== undefined && value > limit ? why : '',
});
const budgets = [
  budget(
    'runtime (elements + Lit + MiniSearch), gzip',
    sizes.runtime.gzip,
    runtimeGoal,
    kb,
    'Lit (~6 KB gz) + MiniSearch (~6 KB gz) + 9 elements and their styles; meets it by lazy-loading MiniSearch and the search element on first focus (dynamic import), or shipping a Lit-less search',
  ),
  // The size budgets CI asserts (test/node/size-budget.test.ts), from the one list.
  ...sizes.budgets.map((entry) =>
    budget(`${entry.file} (${entry.what}), gzip`, entry.gzip, entry.budget ?? 0, kb, 'over its budget in bench/size-budgets.ts (CI fails)'),
  ),
  budget(
    'shipped content (bundle + index), gzip',
    sizes.content.gzip,
    12 * 1024,
    kb,
    'the serialized index is about as large as the content; ship it in its own file loaded on first search, or build it at load time (cheap at this size)',
  ),
  budget(
    'search p95, shipped hub',
    ours(31)?.p95,
    1,
    ms,
    'fuzzy matching on short prefixes walks much of the term tree; skip fuzzy for the typed prefix',
  ),
  budget(
    'search p95, 10,000 articles',
    ours(10000)?.p95,
    5,
    ms,
    'one-letter prefixes and fuzzy terms match thousands of documents; start searching from 2 letters, cap fuzzy at 1 edit, or limit results before mapping',
  ),
  budget(
    'index load (loadJSON), 10,000 articles',
    ours(10000)?.loadMs,
    50,
    ms,
    'loadJSON rebuilds the radix tree from JSON; load asynchronously (loadJSONAsync) in idle time or split the index per hub',
  ),
  budget(
    '<topic-hub> first paint vs the same markup and CSS as static declarative shadow DOM (page load)',
    render[0]?.ratio,
    1.2,
    (v) => `${v.toFixed(2)}x`,
    'the drop-in file must load and run before the hub paints; the first frame renders only the sections above the window bottom',
  ),
];

// Report
const sections: string[] = [];
sections.push(
  `# Bench report\n\nGenerated by \`npm run bench${quick ? ':quick' : ''}\` on node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores). Timings vary by machine; compare runs on the same machine. Total bench time ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
sections.push(
  `## Sizes\n\n${table(
    ['file', 'raw', 'gzip', 'brotli'],
    [
      ['dist/topic-hub.js (drop-in)', kb(sizes.dropIn.raw), kb(sizes.dropIn.gzip), kb(sizes.dropIn.brotli)],
      ['  runtime: elements + Lit + MiniSearch', kb(sizes.runtime.raw), kb(sizes.runtime.gzip), kb(sizes.runtime.brotli)],
      ['  content: bundle + search index', kb(sizes.content.raw), kb(sizes.content.gzip), kb(sizes.content.brotli)],
    ],
  )}\n\nSplit: the content is the bundle's string literal inside dist/topic-hub.js; the runtime is the file with that literal replaced by \`"{}"\`; each is compressed alone.\n\n${table(
    [
      'npm entry (dist/lib, unminified, with the modules it imports; lit and minisearch excluded; content included)',
      'files',
      'raw',
      'gzip (sum per file)',
    ],
    sizes.elements.map((entry) => [entry.element, entry.files, kb(entry.raw), kb(entry.gzip)]),
  )}\n\nBuild-time libraries (${sizes.buildTimeLibraryCheck.checked.join(', ')}) among the ${sizes.buildTimeLibraryCheck.modules} modules of dist/topic-hub.js: ${sizes.buildTimeLibraryCheck.pass ? 'none (PASS)' : `FAIL: ${sizes.buildTimeLibraryCheck.leaked.join(', ')}`}.`,
);
sections.push(
  `## Search at scale\n\nQuery set (${queries.length} queries): ${queries.filter((q) => q.kind === 'word').length} whole-word queries, ${queries.filter((q) => q.kind === 'typed').length} prefixes (3 words typed letter by letter), ${queries.filter((q) => q.kind === 'typo').length} typos, ${queries.filter((q) => q.kind === 'tags').length} tag filters. Synthetic corpora: fixed seed, Zipf word distribution (bench/corpus.ts). Ours is queried through \`searchArticles\` exactly as \`<article-search>\` does. "build" = index + serialize for ours; "addAll at load" is the alternative of indexing in the browser instead of shipping the index. Hits = queries of each kind (word/typed/typo/tags) that found at least one article.\n\n${table(
    [
      'articles',
      'engine',
      'build',
      'index raw',
      'index gzip',
      'load',
      'heap after load',
      'addAll at load',
      'p50',
      'p95',
      'max',
      'p95 vs ours',
      'hits w/p/t/tag',
    ],
    search.flatMap(({ articles, engines }) =>
      engines.map((engine, i) => [
        articles.toLocaleString('en'),
        engine.engine,
        ms(engine.buildMs),
        kb(engine.indexBytes),
        kb(engine.indexGzipBytes),
        ms(engine.loadMs),
        engine.heapBytes === undefined ? '—' : `${(engine.heapBytes / 1048576).toFixed(1)} MB`,
        ms(engine.addAllAtLoadMs),
        ms(engine.p50),
        ms(engine.p95),
        ms(engine.max),
        i === 0 ? '1x' : `${(engine.p95 / engines[0].p95).toFixed(engine.p95 < engines[0].p95 ? 2 : 1)}x`,
        Object.values(engine.hits).join(' · '),
      ]),
    ),
  )}\n\nEngine notes:\n\n${search[0].engines.map((engine) => `- **${engine.engine}**: ${engine.notes.join('; ')}`).join('\n')}`,
);
sections.push(
  `## Render (headless Chromium)\n\n${
    renderError
      ? `Not measured: ${renderError}`
      : `\`<topic-hub>\` (dist/topic-hub.js) against the same hub as the server render writes it (declarative shadow DOM) with the same CSS inlined in each shadow root, one document without script. Page load: each page loaded afresh, alternately; first contentful paint, the hub's page complete when every nested element settled. Insert: both inserted into the same page, alternately; insertion to the end of the first frame that shows them, and to the frame after every element settled. Longest task: Long Tasks API while the hub loads or renders (0: none over 50 ms). 4x: CDP CPU throttling. Medians of the runs after one warm-up; tag filter = pressing the first tag chip of the search until every element settled.\n\n${table(
          ['case', 'CPU', 'measure', '<topic-hub> first paint', 'static first paint', 'ratio', '<topic-hub> complete', 'longest task'],
          render.flatMap((r) =>
            [
              ...(r.load
                ? [
                    ['1x', 'page load', r.load.unthrottled],
                    ['4x', 'page load', r.load.throttled],
                  ]
                : []),
              ['1x', 'insert', r.unthrottled],
              ['4x', 'insert', r.throttled],
            ].map(([cpu, measure, t]) => {
              const times = t as RenderFigures['unthrottled'];
              return [
                r.label,
                cpu as string,
                measure as string,
                ms(times.firstPaintMs),
                ms(times.staticFirstPaintMs),
                `${(times.firstPaintMs / times.staticFirstPaintMs).toFixed(2)}x`,
                ms(times.completeMs),
                ms(times.longestTaskMs),
              ];
            }),
          ),
        )}\n\nTag filter re-render: ${render.map((r) => `${r.label} ${ms(r.tagFilterMs)}`).join(', ')}; elements in the static baseline: ${render.map((r) => `${r.label} ${r.nodes}`).join(', ')}.`
  }`,
);
sections.push(
  `## Budgets\n\n${budgets.map((b) => `- **${b.status}** ${b.name}: ${b.value} (budget ${b.limit})${b.why ? `. Why: ${b.why}.` : ''}`).join('\n')}`,
);
const report = `${sections.join('\n\n')}\n`;

writeFileSync(
  join(root, 'bench/results.json'),
  `${JSON.stringify({ quick, node: process.version, sizes, queries, search, render, renderError, budgets }, null, 2)}\n`,
);
// Only the full run's report is committed; quick mode (CI) prints it and leaves the file alone.
if (!quick) writeFileSync(join(root, 'bench/report.md'), report);
console.log(report);
