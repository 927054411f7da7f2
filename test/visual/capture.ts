/**
 * What the visual tests and `npm run screenshots` share: a headless Chromium set up to render the
 * same pixels on every run, a page that waits until every element has finished rendering, and a
 * screenshot of one element or of a whole page.
 */
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { launchHeadlessChrome } from '../../scripts/find-chrome.mjs';

export type Scheme = 'light' | 'dark';

export interface View {
  /** Used in file names: `<scene>.<view>.png`. */
  name: string;
  width: number;
  scheme: Scheme;
}

/** Desktop in both colour schemes, and a 390 px phone (an iPhone 12 to 15's CSS width). */
export const views: View[] = [
  { name: 'light', width: 1024, scheme: 'light' },
  { name: 'dark', width: 1024, scheme: 'dark' },
  { name: 'phone', width: 390, scheme: 'light' },
];

/**
 * Chromium flags for stable pixels: no GPU rasterizer, no LCD subpixel text or font hinting
 * (both depend on the machine), sRGB whatever the display says, no scrollbars.
 */
export const launchForPixels = (): Promise<Browser> =>
  launchHeadlessChrome(['--font-render-hinting=none', '--disable-lcd-text', '--force-color-profile=srgb', '--hide-scrollbars']);

/** A new page at the view's width and colour scheme, motion reduced. */
export async function openView(browser: Browser, view: View, height = 800): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: view.width, height, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([
    { name: 'prefers-color-scheme', value: view.scheme },
    { name: 'prefers-reduced-motion', value: 'reduce' },
  ]);
  return page;
}

/**
 * Waits until the page is still: every custom element (in the document and in every shadow root)
 * has finished its Lit update, web fonts are loaded, and the whole shadow-inclusive markup is the
 * same at two polls in a row. Then turns off animations, transitions and the text caret in
 * the document and in every shadow root, which a page-level style cannot reach.
 * `ready`, when given, is a selector that must match somewhere in the shadow-inclusive tree first
 * (for content that arrives after a search or a fetch).
 */
export async function settle(page: Page, ready?: string): Promise<void> {
  // No named functions inside the page-side code: tsx (esbuild's keepNames) would wrap them in a
  // `__name()` helper that exists only in Node.
  await page.waitForFunction(
    async (ready) => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (let i = 0; i < roots.length; i++) {
        for (const element of roots[i].querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
      }
      if (ready && !roots.some((root) => root.querySelector(ready))) return false;
      if (roots.some((root) => [...root.querySelectorAll(':not(:defined)')].some((element) => element.localName.includes('-')))) {
        return false;
      }
      for (const root of roots) {
        for (const element of root.querySelectorAll('*')) await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      }
      await document.fonts.ready;
      // Compared across two polls (timers run in background tabs, animation frames may not).
      const markup = roots.map((root) => (root instanceof ShadowRoot ? root.innerHTML : root.documentElement.outerHTML)).join('\n');
      const state = window as Window & { visualLastMarkup?: string };
      if (state.visualLastMarkup === markup) return true;
      state.visualLastMarkup = markup;
      return false;
    },
    { timeout: 30_000, polling: 50 },
    ready,
  );
  await page.evaluate(() => {
    const still = new CSSStyleSheet();
    still.replaceSync(
      '*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }',
    );
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      roots[i].adoptedStyleSheets = [...roots[i].adoptedStyleSheets, still];
      for (const element of roots[i].querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    (document.activeElement as HTMLElement | null)?.blur();
  });
}

/** A PNG of one element, whole (however tall), from the top of the page. */
export async function shootElement(page: Page, selector: string): Promise<Uint8Array> {
  const element = await page.$(selector);
  assert.ok(element, `nothing matches ${selector}`);
  return element.screenshot({ type: 'png', captureBeyondViewport: true });
}

/** The rendered height of the first element matching `selector`, in CSS pixels. */
export function heightOf(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (element) => Math.round(element.getBoundingClientRect().height));
}
