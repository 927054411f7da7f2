/**
 * `npm run bench` (full) / `npm run bench:quick` (--quick: the shipped hub and 1,000 articles, one
 * run, no 50k, no Fast 3G; what CI runs so the bench cannot rot). Writes bench/results.json and
 * bench/report.md (full run only) and prints the report. Timings are figures for people, never
 * asserted: the issue's goals end as a PASS/FAIL list.
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
import { generateArticles, syntheticBundle, typoCases } from './corpus.js';
import { benchOurs, benchPeers, querySet, type EngineFigures } from './search.js';
import { runtimeGoal } from './size-budgets.js';
import { measureSizes } from './sizes.js';
import { benchRender, type RenderFigures } from './render.js';
import { benchBrowser, browserGoals, browserSection, type GoalKind } from './browser-report.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const sizesOfCorpora = quick ? [31, 1000] : [31, 1000, 10000, 50000];
const browserSizes = quick ? [31, 1000] : [31, 10000, 50000];
const started = performance.now();
const log = (line: string) => process.stderr.write(`bench [${((performance.now() - started) / 1000).toFixed(0)} s]: ${line}\n`);

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
  // At 50,000 one pass, no warm-up round: Fuse.js alone takes seconds per query there.
  const rounds = quick ? 1 : count >= 50000 ? 0 : big ? 5 : 20;
  const ours = benchOurs(bundle, hub, queries, {
    rounds,
    timeBudgetMs: quick ? 500 : 8000,
    loadRepeats: quick || count >= 50000 ? 1 : big ? 3 : 5,
  });
  const peers = benchPeers(bundle, queries, { rounds, timeBudgetMs: quick ? 500 : big ? 4000 : 8000 });
  search.push({ articles, corpus: count === 31 ? 'shipped hub' : 'synthetic', engines: [ours, ...peers] });
}

// 4. Browser-level search: ours (each mode of this build) and Pagefind, through the real build outputs
const browser = await benchBrowser(root, browserSizes, shipped, {
  // Fewer runs for the larger corpora: a 50,000-article run takes minutes per engine on 2 cores.
  runs: (articles: number) => (quick || articles >= 50000 ? 1 : articles >= 10000 ? 2 : 3),
  fast3g: !quick,
  typed: quick ? ['head'] : ['headcount', 'technical debt'],
  typos: quick ? typoCases.slice(0, 2) : typoCases,
  log,
});

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

// 6. Goals (issue #12), each measured in this run
const ours = (articles: number) => search.find((entry) => entry.articles === articles)?.engines[0];
const goal = (name: string, value: number | undefined, limit: number, unit: (v: number) => string, kind: GoalKind) => ({
  name,
  value: value === undefined || Number.isNaN(value) ? 'not measured' : unit(value),
  limit: unit(limit),
  kind,
  status: value === undefined || Number.isNaN(value) ? 'SKIP' : value <= limit ? 'PASS' : 'FAIL',
});
const goals = [
  ...browserGoals(browser),
  goal('runtime (elements + Lit + search, no content), gzip', sizes.runtime.gzip, runtimeGoal, kb, 'size budget'),
  // The size budgets CI asserts (test/node/size-budget.test.ts), from the one list.
  ...sizes.budgets.map((entry) => goal(`${entry.file} (${entry.what}), gzip`, entry.gzip, entry.budget ?? 0, kb, 'size budget')),
  goal('shipped content (bundle + index), gzip', sizes.content.gzip, 12 * 1024, kb, 'size budget'),
  goal(
    '<topic-hub> first paint vs the same markup and CSS as static declarative shadow DOM (page load)',
    render[0]?.ratio,
    1.2,
    (v) => `${v.toFixed(2)}x`,
    'timing, reported',
  ),
  goal('Node-level: search p95, 10,000 articles (searchArticles)', ours(10000)?.p95, 5, ms, 'timing, reported'),
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
  `## Search at scale\n\nQuery set (${queries.length} queries): ${queries.filter((q) => q.kind === 'word').length} whole-word queries, ${queries.filter((q) => q.kind === 'typed').length} prefixes (3 words typed letter by letter), ${queries.filter((q) => q.kind === 'typo').length} typos, ${queries.filter((q) => q.kind === 'tags').length} tag filters. Synthetic corpora: fixed seed, Zipf word distribution (bench/corpus.ts). Ours is queried through \`searchArticles\` exactly as \`<article-search>\` does. "build" = index + serialize for ours; "addAll at load" is the alternative of indexing in the browser instead of shipping the index. Hits = queries of each kind (word/typed/typo/tags) that found at least one article; for typos, the right article (the one whose title holds the intended words, planted by bench/corpus.ts) among the first 3 results.\n\n${table(
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
  )}\n\nTypo cases with the right article in the top 3 (rank), per engine and corpus:\n\n${table(
    ['articles', 'engine', ...Object.keys(search[0].engines[0].typoRanks).map((query) => `"${query}"`)],
    search.flatMap(({ articles, engines }) =>
      engines.map((engine) => [
        articles.toLocaleString('en'),
        engine.engine,
        ...Object.entries(engine.typoRanks).map(([, rank]) => (rank ? `#${rank}` : 'no')),
      ]),
    ),
  )}\n\nEngine notes (configured as each one's documentation recommends for typo-tolerant prefix search):\n\n${search[0].engines.map((engine) => `- **${engine.engine}**: ${engine.notes.join('; ')}`).join('\n')}`,
);
sections.push(browserSection(browser, quick));
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
  `## Goals (issue #12)\n\nTiming goals are reported, never asserted (they move with machine load); size goals are budgets.\n\n${goals.map((g) => `- **${g.status}** ${g.name}: ${g.value} (goal ${g.limit}; ${g.kind})`).join('\n')}`,
);
const report = `${sections.join('\n\n')}\n`;

writeFileSync(
  join(root, 'bench/results.json'),
  `${JSON.stringify({ quick, node: process.version, sizes, queries, search, browser, render, renderError, goals }, null, 2)}\n`,
);
// Only the full run's report is committed; quick mode (CI) prints it and leaves the file alone.
if (!quick) writeFileSync(join(root, 'bench/report.md'), report);
console.log(report);
