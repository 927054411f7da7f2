/**
 * The server render (`topic-hub-elements/ssr`, built to dist/cli/ssr.js) round trip: a page with
 * the rendered hub and its stylesheet files under a strict Content-Security-Policy, opened in
 * headless Chromium without JavaScript (everything shows) and with the drop-in file (the hub
 * hydrates: one render, no error, the reader's saved progress shown). Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { seedHub, seedPathIds } from '../fixtures/seed-facts.js';
import { launchChromium, serveFolder, type StaticServer } from './browser.js';

/** The built module, as the package exports it (`topic-hub-elements/ssr`). */
const builtServerRender = '../../dist/cli/ssr.js';
const strictPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:";
const [firstPath, secondPath] = seedHub.readingPaths;

let root: string;
let server: StaticServer;
let browser: Browser;

const page = (body: string, script = '') =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>ssr</title>${script}</head>\n<body><main>\n${body}\n</main></body>\n</html>\n`;

before(async () => {
  const { renderToHtml, elementStylesheets } = (await import(builtServerRender)) as typeof import('../../src/ssr.js');
  root = await mkdtemp(join(tmpdir(), 'topic-hub-ssr-'));
  const hub = await renderToHtml('topic-hub', { hub: seedHub.id }, { stylesheets: '/styles/' });
  await writeFile(join(root, 'static.html'), page(hub));
  await writeFile(join(root, 'live.html'), page(hub, '<script type="module" src="/topic-hub.js"></script>'));
  await copyFile('dist/topic-hub.js', join(root, 'topic-hub.js'));
  await mkdir(join(root, 'styles'));
  for (const [file, css] of Object.entries(elementStylesheets())) await writeFile(join(root, 'styles', file), css);
  [server, browser] = await Promise.all([serveFolder(root, { 'content-security-policy': strictPolicy }), launchChromium()]);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Opens `path` with `progress` saved for the first reading path; collects page errors, console errors and CSP violations. */
async function open(path: string, { javaScript = true, progress = [] as string[] } = {}) {
  const tab = await browser.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(String(error)));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
  });
  await tab.setJavaScriptEnabled(javaScript);
  // The storage of the origin is set from a blank page of it before the page under test loads.
  await tab.goto(`${server.origin}/styles/topic-hub.css`);
  await tab.evaluate(
    (key, value) => localStorage.setItem(key, value),
    `topic-hub:reading-progress:${seedHub.id}:${firstPath.id}`,
    JSON.stringify(progress),
  );
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return { tab, problems };
}

/**
 * Text and counts a reader sees, read through the (declarative or hydrated) shadow roots. No named
 * functions inside: tsx (esbuild's keepNames) would wrap them in a `__name()` that exists only in Node.
 */
const view = (tab: Page) =>
  tab.evaluate(() => {
    const hub = document.querySelector('topic-hub')!.shadowRoot!;
    const roots: ShadowRoot[] = [hub];
    for (let i = 0; i < roots.length; i++) {
      for (const element of roots[i].querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    const paths = [...hub.querySelectorAll('reading-path')].map((path) => path.shadowRoot!);
    return {
      hubs: hub.querySelectorAll('[part~="hub"]').length,
      title: hub.querySelector('[part~="title"]')!.textContent!.trim(),
      pathHeadings: paths.map((path) => path.querySelector('h1, h2, h3, h4, h5, h6')!.textContent!.trim()),
      progress: paths.map((path) => path.querySelector('.count')!.textContent!.replace(/\s+/g, ' ').trim()),
      styleElements: roots.reduce((count, root) => count + root.querySelectorAll('style').length, 0),
      height: document.documentElement.scrollHeight,
    };
  });

describe('server render', () => {
  it('shows the hub without JavaScript, styled from files, under style-src self', async () => {
    const { tab, problems } = await open('/static.html', { javaScript: false });
    const seen = await view(tab);
    assert.equal(seen.hubs, 1);
    assert.equal(seen.title, seedHub.title);
    assert.deepEqual(seen.pathHeadings, [firstPath.title, secondPath.title]);
    assert.equal(seen.styleElements, 0, 'no <style> element: styles come from the linked files');
    const display = await tab.evaluate(
      () => getComputedStyle(document.querySelector('topic-hub')!.shadowRoot!.querySelector('[part~="hub"]')!).display,
    );
    assert.notEqual(display, 'block', "a <section>'s default display: the hub's stylesheet did not apply");
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('hydrates with the drop-in: one render, no error, the saved progress shown, still interactive', async () => {
    const read = [seedPathIds(firstPath.id)[0]];
    const { tab, problems } = await open('/live.html', { progress: read });
    const before = await view(tab);
    await tab.waitForFunction(() => customElements.get('topic-hub'));
    await tab.waitForFunction(
      () =>
        document.querySelector('topic-hub')!.shadowRoot!.querySelector('reading-path')!.shadowRoot!.querySelector('.count')!.textContent ===
        '1 of 2 read',
    );
    const after = await view(tab);
    assert.equal(after.hubs, 1, 'one [part=hub]: hydrated, not rendered a second time');
    assert.deepEqual(after.progress, [`${read.length} of ${firstPath.titles.length} read`, `0 of ${secondPath.titles.length} read`]);
    assert.equal(after.styleElements, 0);
    assert.ok(Math.abs(after.height - before.height) < 200, `the page keeps its height (${before.height} px, then ${after.height} px)`);
    // Hydrated, the path follows the reader: mark the second article as read.
    await tab.evaluate(() => {
      const path = document.querySelector('topic-hub')!.shadowRoot!.querySelector('reading-path')!.shadowRoot!;
      path.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1].click();
    });
    await tab.waitForFunction(
      () =>
        document.querySelector('topic-hub')!.shadowRoot!.querySelector('reading-path')!.shadowRoot!.querySelector('.count')!.textContent ===
        '2 of 2 read',
    );
    assert.deepEqual(problems, []);
    await tab.close();
  });
});
