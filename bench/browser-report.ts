/**
 * The browser-level part of `npm run bench`: builds the sites (bench/sites.ts), runs the sessions of
 * bench/browser.ts for every engine, corpus and run (engines interleaved, their order rotated from
 * run to run), and turns the medians into the issue's table and its goals.
 */
import { join } from 'node:path';
import type { Article, ContentBundle } from '../src/content/bundle-types.js';
import { generateArticles, typoCases, type TypoCase } from './corpus.js';
import { benchMounts, launch, loadSession, serveStatic, typingSession, type LoadFigures, type TypingFigures } from './browser.js';
import { prepareSite, type EngineId, type Site } from './sites.js';
import { quantile } from './search.js';

export const engineLabels: Record<EngineId, string> = {
  ours: 'ours (default mode)',
  'ours-pagefind': 'ours (pagefind mode)',
  'pagefind-api': 'Pagefind (its JS API)',
  'pagefind-ui': 'Pagefind Default UI',
};
const engines = Object.keys(engineLabels) as EngineId[];

/** Medians over the runs of one engine on one corpus. */
export interface EngineSummary {
  bytes: number;
  navMs: number;
  fast3gMs: number;
  firstKeyMs: number;
  laterP50: number;
  laterP95: number;
  longTaskCount: number;
  longestTaskMs: number;
  heapBytes: number;
  /** Typo query -> rank of the right article in the top 3 (0: not there), in the last run. */
  typoRanks: Record<string, number>;
  keyTimeouts: number;
}

export interface EngineAtSize {
  engine: EngineId;
  label: string;
  /** Why the engine was not measured ("not in this build", an error). */
  unavailable?: string;
  errors: string[];
  runs: { load: LoadFigures[]; fast3g: LoadFigures[]; typing: TypingFigures[] };
  summary?: EngineSummary;
}

export interface BrowserFigures {
  sizes: { size: number; label: string; runs: number; buildSeconds: Site['buildSeconds']; engines: EngineAtSize[] }[];
  fast3g: boolean;
  typed: string[];
  /** The typo cases typed in the browser (quick mode: the issue's two). */
  typos: string[];
  loadQuery: string;
  keyTimeoutMs: number;
  seconds: number;
  error?: string;
}

const median = (values: number[]) =>
  quantile(
    values.filter((value) => !Number.isNaN(value)),
    0.5,
  );

export function summarize(runs: EngineAtSize['runs']): EngineSummary | undefined {
  if (runs.load.length === 0 && runs.typing.length === 0) return undefined;
  const last = runs.typing.at(-1);
  return {
    bytes: median(runs.load.map((run) => run.bytes)),
    navMs: median(runs.load.map((run) => run.navToResultsMs)),
    fast3gMs: median(runs.fast3g.map((run) => run.navToResultsMs)),
    heapBytes: median(runs.load.map((run) => run.heapBytes)),
    firstKeyMs: median(runs.typing.map((run) => run.firstKeyMs)),
    laterP50: median(runs.typing.map((run) => quantile(run.laterKeysMs, 0.5))),
    laterP95: median(runs.typing.map((run) => quantile(run.laterKeysMs, 0.95))),
    longTaskCount: median(runs.typing.map((run) => run.longTasks.length)),
    longestTaskMs: median(runs.typing.map((run) => Math.max(0, ...run.longTasks))),
    typoRanks: last?.typoRanks ?? {},
    keyTimeouts: runs.typing.reduce((sum, run) => sum + run.timeouts, 0),
  };
}

export async function benchBrowser(
  root: string,
  sizes: number[],
  shipped: ContentBundle,
  options: { runs: (articles: number) => number; fast3g: boolean; typed: string[]; typos: TypoCase[]; log: (line: string) => void },
): Promise<BrowserFigures> {
  const started = performance.now();
  const loadQuery = 'headcount';
  const keyTimeoutMs = 10_000;
  const figures: BrowserFigures = {
    sizes: [],
    fast3g: options.fast3g,
    typed: options.typed,
    typos: options.typos.map((typo) => typo.query),
    loadQuery,
    keyTimeoutMs,
    seconds: 0,
  };
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    server = await serveStatic(benchMounts(root));
    browser = await launch();
    for (const size of sizes) {
      const shippedHub = size === 31;
      const articles: Article[] = shippedHub ? Object.values(shipped.articles) : generateArticles(size);
      const site = await prepareSite(
        root,
        size,
        shippedHub ? 'technical-leadership' : 'synthetic',
        articles,
        shippedHub ? join(root, 'content') : undefined,
        options.log,
      );
      const entries: EngineAtSize[] = engines.map((engine) => ({
        engine,
        label: engineLabels[engine],
        unavailable: site.unavailable[engine],
        errors: [],
        runs: { load: [], fast3g: [], typing: [] },
      }));
      const measured = entries.filter((entry) => !entry.unavailable);
      const runs = options.runs(size);
      for (let run = 0; run < runs; run++) {
        // Interleaved: every engine once per run, the starting engine rotating from run to run.
        for (let k = 0; k < measured.length; k++) {
          const entry = measured[(k + run) % measured.length];
          const url = site.pages[entry.engine]!;
          options.log(`browser: ${size} articles, ${entry.label}, run ${run + 1}/${runs}`);
          const attempt = async (what: string, session: () => Promise<void>) => {
            try {
              await session();
            } catch (error) {
              entry.errors.push(`${what}: ${(error as Error).message.split('\n')[0]}`);
            }
          };
          await attempt('load', async () => {
            entry.runs.load.push(await loadSession(browser!, server!, url, entry.engine, loadQuery, false));
          });
          await attempt('typing', async () => {
            entry.runs.typing.push(await typingSession(browser!, server!, site, entry.engine, options.typed, options.typos, keyTimeoutMs));
          });
          if (options.fast3g) {
            await attempt('Fast 3G', async () => {
              entry.runs.fast3g.push(await loadSession(browser!, server!, url, entry.engine, loadQuery, true));
            });
          }
        }
      }
      for (const entry of entries) entry.summary = summarize(entry.runs);
      figures.sizes.push({
        size,
        label: shippedHub ? 'shipped hub (31)' : `${size.toLocaleString('en')} articles`,
        runs,
        buildSeconds: site.buildSeconds,
        engines: entries,
      });
    }
  } catch (error) {
    figures.error = (error as Error).message;
    options.log(`browser bench stopped: ${figures.error}`);
  } finally {
    await browser?.close();
    await server?.close();
  }
  figures.seconds = (performance.now() - started) / 1000;
  return figures;
}

const kb = (bytes?: number) => (bytes === undefined || Number.isNaN(bytes) ? '—' : `${Math.round(bytes / 1024).toLocaleString('en')} KB`);
const ms = (value?: number) => (value === undefined || Number.isNaN(value) ? '—' : `${Math.round(value).toLocaleString('en')} ms`);
const seconds = (value?: number) => (value === undefined || Number.isNaN(value) ? '—' : `${(value / 1000).toFixed(1)} s`);
const mb = (bytes?: number) => (bytes === undefined || Number.isNaN(bytes) ? '—' : `${(bytes / 1048576).toFixed(1)} MB`);
const typoCell = (summary?: EngineSummary) => {
  if (!summary) return '—';
  const queries = Object.keys(summary.typoRanks);
  const missed = queries.filter((query) => !(summary.typoRanks[query] > 0));
  return `${queries.length - missed.length}/${queries.length}${missed.length ? ` (missed: ${missed.map((query) => `"${query}"`).join(', ')})` : ''}`;
};
const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const ratio = (value: number | undefined, base: number | undefined) =>
  value === undefined || base === undefined || Number.isNaN(value) || Number.isNaN(base) || base === 0
    ? ''
    : ` (${(value / base).toFixed(value < base ? 2 : 1)}x)`;

export function browserSection(figures: BrowserFigures, quick: boolean) {
  const sizes = figures.sizes;
  const cell = (engine: EngineId, value: (summary: EngineSummary) => string) =>
    sizes
      .map(({ engines: list }) => {
        const entry = list.find((e) => e.engine === engine)!;
        if (entry.unavailable) return 'not in this build';
        return entry.summary ? value(entry.summary) : 'failed';
      })
      .join(' / ');
  const metric = (name: string, value: (summary: EngineSummary) => string) => [name, ...engines.map((engine) => cell(engine, value))];
  const sizeNames = sizes.map((size) => (size.size === 31 ? '31' : `${size.size / 1000}k`)).join(' / ');
  const issueTable = table(
    ['', ...engines.map((engine) => engineLabels[engine])],
    [
      metric(`bytes before the first result, ${sizeNames} (transferred)`, (s) => kb(s.bytes)),
      metric(`navigation to first results, ${sizeNames}`, (s) => seconds(s.navMs)),
      ...(figures.fast3g ? [metric(`navigation to first results on Fast 3G, ${sizeNames}`, (s) => seconds(s.fast3gMs))] : []),
      metric(`first keystroke to results painted, ${sizeNames}`, (s) => ms(s.firstKeyMs)),
      metric(`later keys p50/p95, ${sizeNames}`, (s) => `${Math.round(s.laterP50)}/${Math.round(s.laterP95)} ms`),
      metric(`long tasks over 50 ms (count, longest), ${sizeNames}`, (s) => `${s.longTaskCount}, ${ms(s.longestTaskMs)}`),
      metric(`typo cases, right article in top 3, ${sizeNames}`, typoCell),
      metric(`heap after the first search (page + workers), ${sizeNames}`, (s) => mb(s.heapBytes)),
    ],
  );
  const head = ['engine / mode'];
  for (const size of sizes) {
    const n = size.size === 31 ? '31' : `${size.size / 1000}k`;
    head.push(
      `${n}: bytes`,
      `${n}: nav`,
      ...(figures.fast3g ? [`${n}: Fast 3G`] : []),
      `${n}: 1st key`,
      `${n}: p50/p95`,
      `${n}: long tasks`,
      `${n}: heap`,
    );
  }
  const rows = engines.map((engine) => {
    const row = [engineLabels[engine]];
    for (const size of sizes) {
      const entry = size.engines.find((e) => e.engine === engine)!;
      const base = size.engines.find((e) => e.engine === 'ours')?.summary;
      const s = entry.summary;
      if (!s) {
        row.push(...Array(figures.fast3g ? 7 : 6).fill(entry.unavailable ? 'n/a' : 'failed'));
        continue;
      }
      const vs = (value: number, of: number | undefined) => (engine === 'ours' ? '' : ratio(value, of));
      row.push(
        `${kb(s.bytes)}${vs(s.bytes, base?.bytes)}`,
        `${ms(s.navMs)}${vs(s.navMs, base?.navMs)}`,
        ...(figures.fast3g ? [`${seconds(s.fast3gMs)}${vs(s.fast3gMs, base?.fast3gMs)}`] : []),
        `${ms(s.firstKeyMs)}${vs(s.firstKeyMs, base?.firstKeyMs)}`,
        `${Math.round(s.laterP50)}/${Math.round(s.laterP95)} ms${vs(s.laterP95, base?.laterP95)}`,
        `${s.longTaskCount}, ${ms(s.longestTaskMs)}`,
        mb(s.heapBytes),
      );
    }
    return row;
  });
  const problems = sizes.flatMap((size) =>
    size.engines.flatMap((entry) => [
      ...(entry.unavailable ? [`- ${size.label}, ${entry.label}: ${entry.unavailable}`] : []),
      ...entry.errors.map((error) => `- ${size.label}, ${entry.label}: ${error}`),
      ...(entry.summary?.keyTimeouts
        ? [
            `- ${size.label}, ${entry.label}: ${entry.summary.keyTimeouts} keys without results within ${figures.keyTimeoutMs / 1000} s (counted as ${figures.keyTimeoutMs / 1000} s)`,
          ]
        : []),
    ]),
  );
  const builds = sizes
    .map(
      (size) =>
        `${size.label}: \`topic-hub build\` ${size.buildSeconds.ours?.toFixed(1) ?? 'cached'} s${size.buildSeconds['ours-pagefind'] ? `, with \`--search pagefind\` ${size.buildSeconds['ours-pagefind'].toFixed(1)} s` : ''}, Pagefind peer index ${size.buildSeconds.peer?.toFixed(1) ?? 'cached'} s`,
    )
    .join('; ');
  return `## Search in the browser (headless Chromium)

${figures.error ? `**Stopped early:** ${figures.error}\n\n` : ''}Medians of interleaved runs per engine (${sizes.map((size) => `${size.label}: ${size.runs}`).join(', ')}) (each session in a fresh browser context, so an empty cache; the engines' order rotates from run to run)${quick ? '; quick mode: the shipped hub and 1,000 articles, one run, no Fast 3G' : ''}. Ours is measured through the real build outputs: \`topic-hub build <content> --out <dir>\` (and \`--search pagefind\` where the CLI has it), a page with \`<script type="module" src="/topic-hub.js">\` (dist/topic-hub.js) and \`<article-search src=".../bundle.json" hub>\` (plus \`pagefind="<folder>/pagefind/"\` in pagefind mode) under \`Content-Security-Policy: default-src 'self'\` (pagefind mode adds \`script-src 'self' 'wasm-unsafe-eval'\`). Pagefind 1.6.0's index is built with its npm package from one HTML page per article (\`<h1>\` title, summary, tags); its pages get \`script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'\`. The JS API page follows its docs (import pagefind.js, \`init()\` on focus, \`search()\` on every input, \`data()\` for the first 10 results; no debounce); the Default UI page is \`new PagefindUI({ element, bundlePath })\` (its own 300 ms debounce included). The server (bench/browser.ts) gzips text, JavaScript, JSON and WebAssembly as a web server would and counts every byte it writes.

- bytes before the first result: all bytes the server sent from the navigation until the results for "${figures.loadQuery}" were painted (the field focused as soon as it exists, the query typed at once);
- navigation to first results: the same moment, from the navigation start${figures.fast3g ? "; on Fast 3G, under puppeteer's PredefinedNetworkConditions['Fast 3G']" : ''};
- first keystroke: focus, wait until the network is quiet (500 ms, at most 20 s), then the first letter, from keydown to the animation frame in which its results show; later keys: ${figures.typed.map((query) => `"${query}"`).join(' and ')} typed letter by letter, each key waiting for its results (at most ${figures.keyTimeoutMs / 1000} s), spaces not timed;
- long tasks: PerformanceObserver 'longtask' (main thread) from the navigation to the end of typing; count and longest, median over runs;
- heap: \`Runtime.getHeapUsage\` (used + backing stores) of the page and each of its workers after \`HeapProfiler.collectGarbage\`, right after the first search;
- typo cases (${figures.typos.map((query) => `"${query}"`).join(', ')}${figures.typos.length < typoCases.length ? "; quick mode types the issue's two" : ''}): each typed whole after the keystroke runs, the first three result titles read back, "right" as in the Node-level table.

${issueTable}

Per corpus, with each peer's ratio to ours (default mode) measured in the same run:

${table(head, rows)}

Builds: ${builds}.${problems.length ? `\n\nNot measured or incomplete:\n\n${problems.join('\n')}` : ''}`;
}

/** How a goal is held: size budgets are deterministic; everything else is reported, never asserted. */
export type GoalKind = 'size budget' | 'bytes, reported' | 'timing, reported' | 'recall, reported';

interface Goal {
  name: string;
  value: string;
  limit: string;
  kind: GoalKind;
  status: 'PASS' | 'FAIL' | 'SKIP';
}

/** The issue's goals that the browser figures decide, one line per mode of ours and corpus. */
export function browserGoals(figures: BrowserFigures): Goal[] {
  const goals: Goal[] = [];
  const line = (name: string, value: number | undefined, limit: number | undefined, unit: (v: number) => string, kind: GoalKind) =>
    goals.push({
      name,
      value: value === undefined || Number.isNaN(value) ? 'not measured' : unit(value),
      limit: limit === undefined || Number.isNaN(limit) ? 'not measured' : unit(limit),
      kind,
      status:
        value === undefined || limit === undefined || Number.isNaN(value) || Number.isNaN(limit)
          ? 'SKIP'
          : value <= limit
            ? 'PASS'
            : 'FAIL',
    });
  for (const { size, label, engines: list } of figures.sizes) {
    const pagefind = list.find((entry) => entry.engine === 'pagefind-api')?.summary;
    for (const entry of list.filter((e) => e.engine.startsWith('ours') && !e.unavailable)) {
      const s = entry.summary;
      const at = `${entry.label}, ${label}`;
      const byteCap = size === 10000 ? 150 * 1024 : size === 50000 ? 350 * 1024 : Infinity;
      line(
        `bytes before the first result <= Pagefind's${byteCap < Infinity ? ` and <= ${kb(byteCap)}` : ''}, ${at}`,
        s?.bytes,
        Math.min(pagefind?.bytes ?? NaN, byteCap),
        kb,
        'bytes, reported',
      );
      if (figures.fast3g) {
        // A Fast 3G load that never showed results (the element gave up) is slower than any.
        const never = entry.runs.fast3g.length === 0 && entry.errors.some((error) => error.startsWith('Fast 3G'));
        const shown = (v: number) => (v === Infinity ? 'never (see the browser section)' : seconds(v));
        line(
          `navigation to first results on Fast 3G <= Pagefind's, ${at}`,
          never ? Infinity : s?.fast3gMs,
          pagefind?.fast3gMs,
          shown,
          'timing, reported',
        );
      }
      line(`no long task over 50 ms (longest), ${at}`, s?.longestTaskMs, 50, ms, 'timing, reported');
      if (size === 10000 || size === 50000)
        line(`first keystroke to painted results, ${at}`, s?.firstKeyMs, size === 10000 ? 100 : 150, ms, 'timing, reported');
      if (size === 31 || size === 10000 || size === 50000)
        line(`later keys p95, ${at}`, s?.laterP95, size === 31 ? 16 : 50, ms, 'timing, reported');
      if (size === 50000) line(`heap after the first search, ${at}`, s?.heapBytes, 10 * 1048576, mb, 'timing, reported');
      const missed = s ? Object.values(s.typoRanks).filter((rank) => !(rank > 0)).length : undefined;
      line(`typo cases with the right article in the top 3 (missed), ${at}`, missed, 0, (v) => String(v), 'recall, reported');
    }
  }
  return goals;
}
