/**
 * Fallback content placed inside an element, for pages where the script is off or fails: it shows
 * while the element is not defined, is hidden once the element renders, and shows below the error
 * message when the element cannot show its content. The drop-in file in headless Chromium, with
 * JavaScript off and on. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { libraryElements } from '../fixtures/library-elements.js';
import { seedHub, seedReferences } from '../fixtures/seed-facts.js';
import { launchChromium, serveFolder, type StaticServer } from './browser.js';

/** What each element needs to show the seed's hub. */
const attributesOf = (tag: string) =>
  tag === 'article-card'
    ? `article="${seedReferences[0].id}"`
    : tag === 'reading-path'
      ? `hub="${seedHub.id}" path="${seedHub.readingPaths[0].id}"`
      : `hub="${seedHub.id}"`;

const fallback = (tag: string) => `<a class="fallback" href="/hub.html">Open the ${tag} page</a>`;

let root: string;
let server: StaticServer;
let browser: Browser;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'topic-hub-fallback-'));
  const elements = libraryElements.map((tag) => `<${tag} ${attributesOf(tag)}>${fallback(tag)}</${tag}>`).join('\n');
  const broken = `<topic-hub hub="no-such-hub">${fallback('broken')}</topic-hub>`;
  await writeFile(
    join(root, 'index.html'),
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>fallback</title><script type="module" src="/topic-hub.js"></script></head>\n<body><main>\n${elements}\n${broken}\n</main></body></html>\n`,
  );
  await copyFile('dist/topic-hub.js', join(root, 'topic-hub.js'));
  [server, browser] = await Promise.all([serveFolder(root), launchChromium()]);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

async function visibleFallbacks(javaScript: boolean) {
  const tab = await browser.newPage();
  await tab.setJavaScriptEnabled(javaScript);
  await tab.goto(`${server.origin}/index.html`, { waitUntil: 'load' });
  if (javaScript) {
    await tab.waitForFunction(() => [...document.querySelectorAll('main > *')].every((element) => element.matches(':defined')));
    await tab.waitForFunction(() => document.querySelector('topic-hub[hub="no-such-hub"]')!.shadowRoot!.querySelector('[part~="error"]'));
  }
  const shown = await tab.$$eval('.fallback', (links) => links.filter((link) => link.checkVisibility()).map((link) => link.textContent));
  await tab.close();
  return shown;
}

describe('fallback content', () => {
  it('shows in every element while JavaScript is off', async () => {
    assert.deepEqual(await visibleFallbacks(false), [...libraryElements.map((tag) => `Open the ${tag} page`), 'Open the broken page']);
  });

  it('is hidden once each element renders, and shows below the error of one that cannot', async () => {
    assert.deepEqual(await visibleFallbacks(true), ['Open the broken page']);
  });
});
