/**
 * Render time in headless Chromium: <topic-hub> from dist/topic-hub.js against a fair static
 * baseline, the same hub as the server render writes it (src/ssr.ts `renderToHtml`: the same
 * composed markup as declarative shadow DOM) with the same CSS the elements adopt, inlined as a
 * `<style>` in each shadow root, so the baseline is one document that needs no script.
 *
 * Both are inserted into the same page, one after the other in every run (the order alternates),
 * and timed from insertion to the end of the first frame that shows them (first paint) and to the
 * end of the frame after the last element settled (complete render), without and with 4x CPU
 * throttling (CDP Emulation.setCPUThrottlingRate). The longest main-thread task of the element's
 * insertion comes from the Long Tasks API. Medians of the runs after one warm-up.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { CSSResult, LitElement } from 'lit';
import type { Page } from 'puppeteer-core';
import { launchHeadlessChrome } from '../scripts/find-chrome.mjs';
import type { ContentBundle } from '../src/content/bundle-types.js';
import { elementTags } from '../src/internal/element-tags.js';

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.json': 'application/json',
  '.css': 'text/css',
};
const head =
  '<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>bench</title><style>body{margin:0;font-family:system-ui,sans-serif;line-height:1.5}</style>';
const script = '<script type="module" src="/dist/topic-hub.js"></script>';
/** Where a loaded page tells when the hub settled and its longest task (Long Tasks API, observed from the start). */
const completion = `<script>
  window.__longest = 0;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) __longest = Math.max(__longest, entry.duration); }).observe({ type: 'longtask' });
</script>
<script type="module">
  await customElements.whenDefined('topic-hub');
  const settle = async () => {
    for (let pass = 0; pass < 50; pass++) {
      const pending = [];
      const walk = (node) => {
        for (const child of node.querySelectorAll('*')) {
          if (child.updateComplete) pending.push(child.updateComplete);
          if (child.shadowRoot) walk(child.shadowRoot);
        }
      };
      walk(document.body);
      if ((await Promise.all(pending)).every((done) => done === true)) return;
    }
  };
  await settle();
  requestAnimationFrame(() => setTimeout(() => (window.__complete = performance.now())));
</script>`;

/** Pages of one case: the bench page, and as whole documents the element's page and the static baseline. */
const pages = new Map<string, string>();

function serve(root: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const known = pages.get(path);
    if (known !== undefined) return void response.writeHead(200, { 'content-type': 'text/html' }).end(known);
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Medians of one case at one CPU speed. */
export interface RenderTimes {
  /** Insertion to the end of the first frame that shows the element / the static baseline. */
  firstPaintMs: number;
  staticFirstPaintMs: number;
  /** Insertion to the end of the frame after every nested element settled (static: its first frame). */
  completeMs: number;
  staticCompleteMs: number;
  /** The longest main-thread task while the element rendered (Long Tasks API; 0 when none reached 50 ms). */
  longestTaskMs: number;
}

export interface RenderFigures {
  label: string;
  runs: number;
  /**
   * First paint, unthrottled, `<topic-hub>` and the static baseline (the budget's figures): of a
   * page load where measured (`load`), else of the in-page insert.
   */
  elementMs: number;
  staticMs: number;
  /** elementMs / staticMs */
  ratio: number;
  tagFilterMs?: number;
  /** Elements in the static baseline (shadow roots' content included). */
  nodes: number;
  unthrottled: RenderTimes;
  /** The same at 4x CPU throttling. */
  throttled: RenderTimes;
  /** A page load of each (the built-in content only): first contentful paint, unthrottled and at 4x. */
  load?: { unthrottled: RenderTimes; throttled: RenderTimes };
}

/** The tags of the library, renamed in the baseline so that the page's definitions do not upgrade it. */
const libraryTags: readonly string[] = elementTags;
const tagPattern = new RegExp(`(?<![\\w.\\[='"-])(${libraryTags.join('|')})(?![\\w-])`, 'g');

/**
 * The server render of the hub with each element's stylesheets inlined: the design tokens and the
 * element's own styles, exactly what the element adopts in the browser (not the extra rules the
 * server render adds for pages without the script). Tags get a `static-` prefix.
 */
async function staticBaseline(hub: string, bundle?: ContentBundle): Promise<string> {
  const { renderToHtml } = await import('../src/ssr.js');
  const markup = await renderToHtml('topic-hub', { hub, 'reference-limit': '10' }, { bundle, stylesheets: 'css/' });
  const css = (tag: string) =>
    (customElements.get(tag) as unknown as typeof LitElement).elementStyles.map((style) => (style as CSSResult).cssText).join('\n');
  const inlined = markup.replace(/<link rel="stylesheet" href="css\/([\w-]+)\.css">/g, (_link, file: string) =>
    file === 'theme' ? '' : `<style>${css(file).replace(tagPattern, 'static-$1')}</style>`,
  );
  return inlined.replace(/<(\/?)([a-z]+-[a-z-]+)(?=[\s>])/g, (whole, slash: string, tag: string) =>
    libraryTags.includes(tag) ? `<${slash}static-${tag}` : whole,
  );
}

/** Runs in the page: alternately the element and the baseline, each inserted, timed and removed. */
const inPage = async ({ hub, bundleJson, staticHtml, runs }: { hub: string; bundleJson?: string; staticHtml: string; runs: number }) => {
  await customElements.whenDefined('topic-hub');
  const bundle = bundleJson ? JSON.parse(bundleJson) : undefined;
  type Lit = Element & { updateComplete?: Promise<unknown> };
  const settle = async (root: Element | ShadowRoot) => {
    // Nested elements appear only once their parent rendered: repeat until nothing is pending.
    for (let pass = 0; pass < 50; pass++) {
      const pending: Promise<unknown>[] = [];
      const walk = (node: Element | ShadowRoot) => {
        for (const child of Array.from(node.querySelectorAll('*')) as Lit[]) {
          if (child.updateComplete) pending.push(child.updateComplete);
          if (child.shadowRoot) walk(child.shadowRoot);
        }
      };
      if (root instanceof Element && (root as Lit).updateComplete) pending.push((root as Lit).updateComplete!);
      walk(root);
      const results = await Promise.all(pending);
      if (results.every((done) => done === true)) break;
    }
  };
  // rAF runs before the frame's style, layout and paint; a task posted from it runs after them.
  const nextFrame = () =>
    new Promise<void>((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done();
        channel.port2.postMessage(0);
      }),
    );
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const deepQuery = (node: Element | ShadowRoot, selector: string): Element | null => {
    const found = node.querySelector(selector);
    if (found) return found;
    for (const child of Array.from(node.querySelectorAll('*'))) {
      const inner = child.shadowRoot && deepQuery(child.shadowRoot, selector);
      if (inner) return inner;
    }
    return null;
  };
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });

  const elementRun = async () => {
    const element = document.createElement('topic-hub') as Lit & { bundle?: unknown };
    if (bundle) element.bundle = bundle;
    element.setAttribute('hub', hub);
    await nextFrame();
    longTasks.length = 0;
    let start = performance.now();
    document.body.append(element);
    await nextFrame();
    const firstPaint = performance.now() - start;
    await settle(element);
    await nextFrame();
    const complete = performance.now() - start;
    // Long task entries arrive after the task: give them a frame.
    await nextFrame();
    const longest = Math.max(0, ...longTasks);
    const chip = deepQuery(element.shadowRoot!, 'button[part~="tag-filter"]') as HTMLButtonElement | null;
    let filter = NaN;
    if (chip) {
      // Re-render after a tag filter: press the first tag chip of the search, as a reader would.
      start = performance.now();
      chip.click();
      await settle(element);
      await nextFrame();
      filter = performance.now() - start;
    }
    element.remove();
    return { firstPaint, complete, longest, filter };
  };
  const staticRun = async () => {
    const container = document.createElement('div');
    await nextFrame();
    const start = performance.now();
    // Parses the declarative shadow roots, as the HTML parser does for a served page.
    container.setHTMLUnsafe(staticHtml);
    document.body.append(container);
    await nextFrame();
    const firstPaint = performance.now() - start;
    container.remove();
    return firstPaint;
  };

  const figures = {
    firstPaint: [] as number[],
    staticFirstPaint: [] as number[],
    complete: [] as number[],
    longest: [] as number[],
    filter: [] as number[],
  };
  for (let run = 0; run < runs + 1; run++) {
    const elementFirst = run % 2 === 0;
    const staticBefore = elementFirst ? undefined : await staticRun();
    const element = await elementRun();
    const staticFirstPaint = staticBefore ?? (await staticRun());
    if (run === 0) continue; // run 0 warms the JIT and caches
    figures.firstPaint.push(element.firstPaint);
    figures.complete.push(element.complete);
    figures.longest.push(element.longest);
    figures.filter.push(element.filter);
    figures.staticFirstPaint.push(staticFirstPaint);
  }
  const probe = document.createElement('div');
  probe.setHTMLUnsafe(staticHtml);
  let nodes = 0;
  const count = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.querySelectorAll('*'))) {
      if (child.localName !== 'style') nodes++;
      if (child.shadowRoot) count(child.shadowRoot);
    }
  };
  count(probe);
  return {
    times: {
      firstPaintMs: median(figures.firstPaint),
      staticFirstPaintMs: median(figures.staticFirstPaint),
      completeMs: median(figures.complete),
      staticCompleteMs: median(figures.staticFirstPaint),
      longestTaskMs: median(figures.longest),
    },
    tagFilterMs: median(figures.filter),
    nodes,
  };
};

/**
 * A first visit: each page loaded afresh (the element's page with its script, the static one
 * without), alternately; first contentful paint, the element's page complete when every element
 * settled, and its longest task.
 */
async function measureLoads(tab: Page, origin: string, rate: number, runs: number) {
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const fcp = () =>
    tab.evaluate(
      () =>
        new Promise<number>((done) =>
          new PerformanceObserver((list) => done(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true }),
        ),
    );
  const element = { fcp: [] as number[], complete: [] as number[], longest: [] as number[] };
  const baseline: number[] = [];
  try {
    for (let run = 0; run < runs + 1; run++) {
      for (const which of run % 2 === 0 ? ['element', 'static'] : ['static', 'element']) {
        await tab.goto(`${origin}/${which}.html`, { waitUntil: 'load' });
        if (which === 'static') {
          const paint = await fcp();
          if (run > 0) baseline.push(paint);
          continue;
        }
        await tab.waitForFunction('window.__complete !== undefined');
        const paint = await fcp();
        const { complete, longest } = (await tab.evaluate('({ complete: window.__complete, longest: window.__longest })')) as {
          complete: number;
          longest: number;
        };
        if (run === 0) continue;
        element.fcp.push(paint);
        element.complete.push(complete);
        element.longest.push(longest);
      }
    }
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    firstPaintMs: median(element.fcp),
    staticFirstPaintMs: median(baseline),
    completeMs: median(element.complete),
    staticCompleteMs: median(baseline),
    longestTaskMs: median(element.longest),
  };
}

async function measure(tab: Page, rate: number, args: Parameters<typeof inPage>[0]) {
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    return await tab.evaluate(inPage, args);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}

export async function benchRender(
  root: string,
  cases: { label: string; hub: string; bundle?: ContentBundle }[],
  runs: number,
): Promise<RenderFigures[]> {
  const server = await serve(root);
  const browser = await launchHeadlessChrome();
  try {
    const out: RenderFigures[] = [];
    for (const { label, hub, bundle } of cases) {
      const staticHtml = await staticBaseline(hub, bundle);
      pages.set('/bench.html', head + script);
      pages.set('/static.html', head + staticHtml);
      pages.set('/element.html', `${head}${completion}${script}<topic-hub hub="${hub}"></topic-hub>`);
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1280, height: 800 });
      const load = bundle
        ? undefined
        : {
            unthrottled: await measureLoads(tab, origin, 1, runs),
            throttled: await measureLoads(tab, origin, 4, Math.max(3, Math.ceil(runs / 2))),
          };
      await tab.goto(`${origin}/bench.html`, { waitUntil: 'load' });
      // tsx (esbuild) wraps named functions in __name(); the page needs the helper too.
      await tab.evaluate('globalThis.__name = (fn) => fn');
      const args = { hub, bundleJson: bundle && JSON.stringify(bundle), staticHtml, runs };
      const unthrottled = await measure(tab, 1, args);
      const throttled = await measure(tab, 4, { ...args, runs: Math.max(3, Math.ceil(runs / 2)) });
      await tab.close();
      // The budget's figure: a first visit's first paint where measured, else the in-page insert's.
      const firstPaint = load?.unthrottled ?? unthrottled.times;
      out.push({
        label,
        runs,
        elementMs: firstPaint.firstPaintMs,
        staticMs: firstPaint.staticFirstPaintMs,
        ratio: firstPaint.firstPaintMs / firstPaint.staticFirstPaintMs,
        tagFilterMs: Number.isNaN(unthrottled.tagFilterMs) ? undefined : unthrottled.tagFilterMs,
        nodes: unthrottled.nodes,
        unthrottled: unthrottled.times,
        throttled: throttled.times,
        load,
      });
    }
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}
