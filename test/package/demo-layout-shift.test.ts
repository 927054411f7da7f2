/**
 * The demo page as `npm start` serves it (built drop-in file, the second team's bundle loaded by
 * `src`), on a phone and on a desktop: nothing on screen moves while it loads and renders. Layout
 * shifts are deterministic enough to assert (timings are not: those are in the bench).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { startDemoServer, type DemoServer } from '../demo-server.js';
import { launchChromium } from './browser.js';

let server: DemoServer;
let browser: Browser;

before(async () => {
  // What `npm start` builds besides the drop-in file: the second team's bundle.
  execFileSync(process.execPath, [
    '--import',
    'tsx',
    'scripts/build-content.ts',
    '--content',
    'demo/platform-hub',
    '--out',
    'demo/hubs/platform/bundle.json',
  ]);
  server = await startDemoServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

const views = [
  { name: 'phone', viewport: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true } },
  { name: 'desktop', viewport: { width: 1350, height: 940 } },
];

describe('the demo page', () => {
  for (const { name, viewport } of views) {
    it(`has no layout shift on a ${name} (${viewport.width}x${viewport.height})`, async () => {
      const page = await browser.newPage();
      try {
        await page.setViewport(viewport);
        await page.evaluateOnNewDocument(() => {
          const shifts: string[] = [];
          (window as Window & { layoutShifts?: string[] }).layoutShifts = shifts;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
              const moved = entry.sources.map(({ node }) =>
                node instanceof Element ? `<${node.localName}${node.id ? `#${node.id}` : ''}>` : node?.nodeName,
              );
              shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join(', ')}`);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${server.origin}/demo/`, { waitUntil: 'networkidle0' });
        // Every element finished rendering (the hubs add their lower sections in later frames), then two more frames.
        await page.waitForFunction(async () => {
          const roots: (Document | ShadowRoot)[] = [document];
          for (let i = 0; i < roots.length; i++) {
            for (const element of roots[i].querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
          }
          const updates = roots.flatMap((root) =>
            [...root.querySelectorAll('*')].map((element) => (element as Element & { updateComplete?: Promise<boolean> }).updateComplete),
          );
          return (await Promise.all(updates)).every((done) => done !== false);
        });
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
        const hubs = await page.$$eval('topic-hub', (elements) =>
          elements.map((element) => Boolean(element.shadowRoot?.querySelector('[part~="hub"]'))),
        );
        assert.deepEqual(hubs, [true, true, false], 'both hubs rendered (the third is the deliberate typo)');
        assert.deepEqual(await page.evaluate('window.layoutShifts'), []);
      } finally {
        await page.close();
      }
    });
  }
});
