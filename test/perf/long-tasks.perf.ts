/**
 * Main-thread long tasks (PerformanceObserver 'longtask': tasks over 50 ms) while an <article-search>
 * loads a large generated bundle, loads its index and the reader types, with the index searched in
 * the worker and on the main thread (the fallback), and with the index inline (a `bundle` object).
 * A measurement, not a test: it prints its figures and asserts no timing.
 *
 *   node --import tsx test/perf/build-large-bundle.ts 10000 50000
 *   npx wtr --config test/perf/wtr-perf.config.mjs
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-search.js';
import type { ArticleSearch } from '../../src/article-search.js';
import { indexFileMode, searchMode } from '../../src/search/minisearch-engine.js';

const sizes = [10000, 50000];
const runs = Number(new URLSearchParams(location.search).get('runs') ?? 3);
const typed = 'platform leadership';

interface Phase {
  count: number;
  max: number;
  total: number;
}

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

function phase(from: number, to: number): Phase {
  const inside = longTasks.filter((task) => task.start >= from && task.start < to);
  return {
    count: inside.length,
    max: Math.round(Math.max(0, ...inside.map((task) => task.duration))),
    total: Math.round(inside.reduce((sum, task) => sum + task.duration, 0)),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

async function measure(size: number, mode: 'worker' | 'main-thread' | 'inline', run: number) {
  searchMode.worker = mode === 'worker';
  const dir = `/test/fixtures/built/large-${size}`;
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  await settle();
  const t0 = performance.now();
  const search = document.createElement('article-search') as ArticleSearch;
  search.hub = 'synthetic';
  // Fetched and parsed here as the element would (main thread), so that each run can name its own
  // index URL: the page keeps one loaded index per URL.
  const bundle = await (await fetch(`${dir}/${mode === 'inline' ? 'inline' : 'bundle'}.json?run=${run}`)).json();
  if (mode !== 'inline') bundle.searchIndexFile = `${dir}/${bundle.searchIndexFile}?mode=${mode}&run=${run}`;
  search.bundle = bundle;
  container.append(search);
  await waitUntil(() => search.shadowRoot?.querySelector('input'), 'the bundle loads', { timeout: 60000, interval: 20 });
  const tBundle = performance.now();

  const input = search.shadowRoot!.querySelector('input')!;
  input.focus();
  if (mode !== 'inline') {
    const indexUrl = new URL(bundle.searchIndexFile, document.baseURI).href;
    await waitUntil(async () => (await indexFileMode(indexUrl)) !== undefined, 'the index loads', { timeout: 60000, interval: 20 }).catch(
      (error) => {
        console.log('index did not load', indexUrl, search.shadowRoot!.textContent);
        throw error;
      },
    );
    const used = await indexFileMode(indexUrl);
    if (used !== mode) throw new Error(`searched in ${used}, not ${mode}`);
  }
  const tIndex = performance.now();

  const keyTimes: number[] = [];
  for (const key of typed) {
    const before = performance.now();
    await sendKeys({ type: key });
    await search.updateComplete;
    keyTimes.push(performance.now() - before);
  }
  await settle();
  const tTyped = performance.now();
  const shown = search.shadowRoot!.querySelectorAll('[role="option"]').length;
  container.remove();
  keyTimes.sort((a, b) => a - b);
  return {
    size,
    mode,
    run,
    bundleMs: Math.round(tBundle - t0),
    indexMs: Math.round(tIndex - tBundle),
    load: phase(t0, tIndex),
    typing: phase(tIndex, tTyped),
    keyMedianMs: Math.round(keyTimes[Math.floor(keyTimes.length / 2)]),
    shown,
  };
}

describe('long tasks at scale (a measurement)', () => {
  it('prints the long tasks of loading and typing, worker against main thread against inline', async function () {
    this.timeout(30 * 60 * 1000);
    for (const size of sizes) {
      for (let run = 0; run < runs; run++) {
        // Interleaved, so load on the machine falls on every variant alike.
        for (const mode of ['worker', 'main-thread', 'inline'] as const) {
          console.log(JSON.stringify(await measure(size, mode, run)));
        }
      }
    }
    searchMode.worker = true;
  });
});
