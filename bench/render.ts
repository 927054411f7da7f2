/**
 * Render time in headless Chromium: <topic-hub> from dist/topic-hub.js against the same content as
 * plain static HTML inserted into the same page. The repo root is served by a tiny static server.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { launchHeadlessChrome } from '../scripts/find-chrome.mjs';
import type { ContentBundle } from '../src/content/bundle-types.js';

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
  '.json': 'application/json',
  '.css': 'text/css',
};
const page =
  '<!doctype html><meta charset="utf-8"><title>bench</title><body><script type="module" src="/dist/topic-hub.js"></script></body>';

function serve(root: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path === '/bench.html') return void response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

export interface RenderFigures {
  label: string;
  runs: number;
  elementMs: number;
  staticMs: number;
  ratio: number;
  tagFilterMs?: number;
  nodes: number;
}

/** Runs in the page: insert, wait for every nested Lit element to finish, force layout; median of runs. */
const inPage = async ({ hub, bundleJson, runs }: { hub: string; bundleJson?: string; runs: number }) => {
  await customElements.whenDefined('topic-hub');
  const bundle = bundleJson ? JSON.parse(bundleJson) : undefined;
  type Lit = Element & { updateComplete?: Promise<unknown> };
  const settle = async (root: Element | ShadowRoot) => {
    // Nested elements appear only once their parent rendered: repeat until nothing is pending.
    for (let pass = 0; pass < 20; pass++) {
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
  const composed = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return (node.textContent ?? '').replace(/[&<]/g, (c) => (c === '&' ? '&amp;' : '&lt;'));
    if (!(node instanceof Element)) return '';
    const tag = node.localName;
    if (tag === 'style' || tag === 'script') return '';
    const children = Array.from((node.shadowRoot ?? node).childNodes)
      .map(composed)
      .join('');
    const isCustom = tag.includes('-');
    const name = isCustom ? 'div' : tag;
    const attrs = isCustom
      ? ''
      : Array.from(node.attributes)
          .filter((attr) => /^(href|class|id|part|type|aria-[\w-]+|role)$/.test(attr.name))
          .map((attr) => ` ${attr.name}="${attr.value.replace(/"/g, '&quot;')}"`)
          .join('');
    return /^(input|br|hr|img)$/.test(name) ? `<${name}${attrs}>` : `<${name}${attrs}>${children}</${name}>`;
  };
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const elementTimes: number[] = [];
  const staticTimes: number[] = [];
  const filterTimes: number[] = [];
  let staticHtml = '';
  let nodes = 0;
  for (let run = 0; run < runs + 1; run++) {
    const element = document.createElement('topic-hub') as Lit & { bundle?: unknown };
    if (bundle) element.bundle = bundle;
    element.setAttribute('hub', hub);
    let start = performance.now();
    document.body.append(element);
    await settle(element);
    void document.body.offsetHeight;
    const elementMs = performance.now() - start;
    if (!staticHtml) {
      staticHtml = composed(element);
      nodes = staticHtml.split('<').length - 1;
    }
    // Re-render after a tag filter: press the first tag chip of the search, as a reader would.
    const deepQuery = (node: Element | ShadowRoot, selector: string): Element | null => {
      const found = node.querySelector(selector);
      if (found) return found;
      for (const child of Array.from(node.querySelectorAll('*'))) {
        const inner = child.shadowRoot && deepQuery(child.shadowRoot, selector);
        if (inner) return inner;
      }
      return null;
    };
    const chip = deepQuery(element.shadowRoot!, 'button[part~="tag-filter"]') as HTMLButtonElement | null;
    let filterMs = NaN;
    if (chip) {
      start = performance.now();
      chip.click();
      await settle(element);
      void document.body.offsetHeight;
      filterMs = performance.now() - start;
    }
    element.remove();
    await new Promise((done) => setTimeout(done, 0));

    const container = document.createElement('div');
    start = performance.now();
    container.innerHTML = staticHtml;
    document.body.append(container);
    void document.body.offsetHeight;
    const staticMs = performance.now() - start;
    container.remove();
    await new Promise((done) => setTimeout(done, 0));
    if (run > 0) {
      // run 0 warms the JIT and caches
      elementTimes.push(elementMs);
      staticTimes.push(staticMs);
      filterTimes.push(filterMs);
    }
  }
  return { elementMs: median(elementTimes), staticMs: median(staticTimes), tagFilterMs: median(filterTimes), nodes };
};

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
      const tab = await browser.newPage();
      await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/bench.html`, { waitUntil: 'load' });
      // tsx (esbuild) wraps named functions in __name(); the page needs the helper too.
      await tab.evaluate('globalThis.__name = (fn) => fn');
      const result = await tab.evaluate(inPage, { hub, bundleJson: bundle && JSON.stringify(bundle), runs });
      await tab.close();
      out.push({
        label,
        runs,
        ...result,
        tagFilterMs: typeof result.tagFilterMs === 'number' && !Number.isNaN(result.tagFilterMs) ? result.tagFilterMs : undefined,
        ratio: result.elementMs / result.staticMs,
      });
    }
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}
