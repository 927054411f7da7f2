/**
 * The CDN build as a static host or a CDN (unpkg, jsDelivr) serves it: the packed tarball
 * unpacked as is, no install and no bundler, pages under a strict Content-Security-Policy with
 * no inline script, opened in headless Chromium. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium, serveFolder, type StaticServer } from './browser.js';
import { exec, packPackage, type PackedPackage } from './packed-package.js';
import { libraryElements } from '../fixtures/library-elements.js';

const readingPathTags = ['article-card', 'reading-path'];
const readingPath = '<reading-path hub="technical-leadership" path="ai-operating-model"></reading-path>';
const readingPathHeading = 'AI operating model';
const hubHeading = 'Technical Leadership';
const cdn = '/package/dist/cdn';

const page = (script: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>cdn</title>\n<script type="module" src="${script}"></script>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

let packed: PackedPackage;
let server: StaticServer;
let browser: Browser;

before(async () => {
  packed = await packPackage('topic-hub-cdn-');
  await exec('tar', ['-xzf', packed.tarball, '-C', packed.root]);
  await mkdir(join(packed.root, 'pages'));
  await writeFile(join(packed.root, 'pages/element.html'), page(`${cdn}/reading-path.js`, readingPath));
  await writeFile(join(packed.root, 'pages/loader.html'), page(`${cdn}/loader.js`, readingPath));
  [server, browser] = await Promise.all([
    serveFolder(packed.root, { 'content-security-policy': "default-src 'self'; script-src 'self'" }),
    launchChromium(),
  ]);
});

after(async () => {
  await browser?.close();
  await server?.close();
  await packed?.remove();
});

interface OpenPage {
  tab: Page;
  /** Paths (under the server) of every script the page fetched so far. */
  scripts: string[];
  /** Page errors, console errors and CSP violations so far. */
  problems: string[];
}

async function open(path: string): Promise<OpenPage> {
  const tab = await browser.newPage();
  const scripts: string[] = [];
  const problems: string[] = [];
  tab.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  tab.on('pageerror', (error) => problems.push(String(error)));
  tab.on('console', (message) => {
    // Chromium asks for /favicon.ico once per origin; the pages have none.
    if (message.type() === 'error' && !message.location().url?.endsWith('/favicon.ico')) problems.push(message.text());
  });
  await tab.evaluateOnNewDocument(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`)),
  );
  await tab.goto(`${server.origin}${path}`);
  return { tab, scripts, problems };
}

/** Waits until `<tag>` shows `heading`; on a timeout, says what went wrong on the page. */
const headingOf = ({ tab, problems }: OpenPage, tag: string, heading: string) =>
  tab
    .waitForFunction(
      (tag, heading) => document.querySelector(tag)?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() === heading,
      { timeout: 10_000 },
      tag,
      heading,
    )
    .catch((error: Error) =>
      assert.fail(`<${tag}> did not render "${heading}" (${error.message}); page problems: ${problems.join(' | ') || 'none'}`),
    );

const definedTags = (tab: Page) => tab.evaluate((tags) => tags.filter((tag) => customElements.get(tag)).sort(), libraryElements);

/** The element modules (`dist/cdn/<tag>.js`) among the fetched scripts. */
const elementModules = (scripts: string[]) =>
  scripts.filter((path) => libraryElements.some((tag) => path === `${cdn}/${tag}.js`)).map((path) => path.slice(cdn.length + 1));

describe('CDN build', () => {
  it('an element module alone, from a static host, defines its tags and renders under a strict CSP', async () => {
    const opened = await open('/pages/element.html');
    const { tab, problems } = opened;
    try {
      await headingOf(opened, 'reading-path', readingPathHeading);
      assert.deepEqual(await definedTags(tab), readingPathTags);
      assert.deepEqual(problems, []);
    } finally {
      await tab.close();
    }
  });

  it('the loader fetches only the modules of the tags on the page, and defines a tag added later', async () => {
    const opened = await open('/pages/loader.html');
    const { tab, scripts, problems } = opened;
    try {
      await headingOf(opened, 'reading-path', readingPathHeading);
      assert.deepEqual(elementModules(scripts), ['reading-path.js']);
      assert.ok(!scripts.some((path) => path.includes('minisearch')), `no search engine for a reading path: ${scripts.join(', ')}`);
      assert.deepEqual(await definedTags(tab), readingPathTags);

      // Inside a new subtree, as an app would insert a whole section.
      await tab.evaluate(() => {
        const section = document.createElement('section');
        section.innerHTML = '<div><topic-hub hub="technical-leadership"></topic-hub></div>';
        document.body.append(section);
      });
      await headingOf(opened, 'topic-hub', hubHeading);
      assert.deepEqual(elementModules(scripts), ['reading-path.js', 'topic-hub.js']);
      assert.deepEqual(await definedTags(tab), [...libraryElements].sort());
      assert.deepEqual(problems, []);
    } finally {
      await tab.close();
    }
  });
});
