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
import { build } from 'esbuild';
import type { Browser, Page } from 'puppeteer-core';
import { seedHub, seedPathIds, seedReferences } from '../fixtures/seed-facts.js';
import { launchChromium, serveFolder, type StaticServer } from './browser.js';

/** The built module, as the package exports it (`topic-hub-elements/ssr`). */
const builtServerRender = '../../dist/cli/ssr.js';
const strictPolicy = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'";
const [firstPath, secondPath] = seedHub.readingPaths;

let root: string;
let server: StaticServer;
/** Answers the request for /held.json once called (the bundle a page waits for). */
let releaseHeld: () => void;
const held = new Promise<void>((resolve) => (releaseHeld = resolve));
let browser: Browser;
let renderToHtml: typeof import('../../src/ssr.js').renderToHtml;
/** An attribute value with every character that ends or escapes an attribute or starts a tag. */
const markupLabel = 'Tom "the lead" <b>onboarding</b> & co\'s hub';

const page = (body: string, script = '') =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>ssr</title>${script}</head>\n<body><main>\n${body}\n</main></body>\n</html>\n`;

before(async () => {
  const serverRender = (await import(builtServerRender)) as typeof import('../../src/ssr.js');
  renderToHtml = serverRender.renderToHtml;
  root = await mkdtemp(join(tmpdir(), 'topic-hub-ssr-'));
  const hub = await renderToHtml('topic-hub', { hub: seedHub.id }, { stylesheets: '/styles/' });
  await writeFile(join(root, 'static.html'), page(hub));
  await writeFile(
    join(root, 'labelled.html'),
    page(await renderToHtml('topic-hub', { hub: seedHub.id, label: markupLabel }, { stylesheets: '/styles/' })),
  );
  const script = '<script type="module" src="/topic-hub.js"></script>';
  await writeFile(join(root, 'live.html'), page(hub, script));
  // The built-in content as a file, and a bundle of other hubs (one without the page's hub).
  const { default: builtIn } = (await import('../../src/content/default-bundle.js')) as { default: unknown };
  await writeFile(join(root, 'bundle.json'), JSON.stringify(builtIn));
  await writeFile(join(root, 'held.json'), JSON.stringify(builtIn));
  await copyFile('test/fixtures/built/multi-hub.json', join(root, 'other-hubs.json'));
  // Pages whose hub names a bundle: one that is not there, one held back, one without the hub.
  for (const [file, src] of [
    ['missing.html', '/missing.json'],
    ['held.html', '/held.json'],
    ['other-hubs.html', '/other-hubs.json'],
  ]) {
    await writeFile(
      join(root, file),
      page(await renderToHtml('topic-hub', { hub: seedHub.id, src }, { bundle: builtIn, stylesheets: '/styles/' }), script),
    );
  }
  await copyFile('dist/topic-hub.js', join(root, 'topic-hub.js'));
  // Two apps built from the npm entries, as a bundler would: one imports Lit's hydrate support first
  // (as README says an app that renders on the server does), one does not.
  for (const [name, contents] of [
    ['app-hydrating', "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\nimport './dist/lib/topic-hub.js';"],
    ['app-plain', "import './dist/lib/topic-hub.js';"],
  ]) {
    await build({
      stdin: { contents, resolveDir: process.cwd() },
      bundle: true,
      format: 'esm',
      outfile: join(root, `${name}.js`),
      logLevel: 'silent',
    });
    await writeFile(join(root, `${name}.html`), page(hub, `<script type="module" src="/${name}.js"></script>`));
  }
  await mkdir(join(root, 'styles'));
  for (const [file, css] of Object.entries(serverRender.elementStylesheets())) await writeFile(join(root, 'styles', file), css);
  [server, browser] = await Promise.all([
    serveFolder(root, { 'content-security-policy': strictPolicy }, (path) => (path === '/held.json' ? held : Promise.resolve())),
    launchChromium(),
  ]);
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
    // The browser's own line for a missing file (missing.html names one on purpose) is no problem of the page.
    if (message.location().url?.endsWith('/missing.json')) return;
    if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
  });
  // The codes of the hub-error events, in order.
  await tab.evaluateOnNewDocument(() => {
    const codes: string[] = [];
    Object.assign(window, { hubErrors: codes });
    addEventListener('hub-error', (event) => codes.push((event as CustomEvent<{ code: string }>).detail.code));
    // The server's [part=hub] node, taken before any module script runs (they are deferred).
    document.addEventListener('readystatechange', () => {
      const server =
        document.readyState === 'interactive' && document.querySelector('topic-hub')?.shadowRoot?.querySelector('[part~="hub"]');
      if (server) Object.assign(window, { serverHub: server });
    });
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
      references: [...hub.querySelector('reference-list')!.shadowRoot!.querySelectorAll('article-card')].filter((card) =>
        card.checkVisibility(),
      ).length,
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
    assert.equal(seen.references, seedReferences.length, 'every reference: without the script there is no "Show all"');
    const display = await tab.evaluate(
      () => getComputedStyle(document.querySelector('topic-hub')!.shadowRoot!.querySelector('[part~="hub"]')!).display,
    );
    assert.notEqual(display, 'block', "a <section>'s default display: the hub's stylesheet did not apply");
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('writes an attribute value with quotes, a tag and an ampersand as given, which names the hub region', async () => {
    const { tab, problems } = await open('/labelled.html', { javaScript: false });
    const seen = await tab.evaluate(() => {
      const hub = document.querySelector('topic-hub')!;
      return {
        attribute: hub.getAttribute('label'),
        regionName: hub.shadowRoot!.querySelector('[part~="hub"]')!.getAttribute('aria-label'),
        bolds: document.querySelectorAll('main b').length,
        title: hub.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim(),
      };
    });
    assert.deepEqual(seen, { attribute: markupLabel, regionName: markupLabel, bolds: 0, title: seedHub.title });
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('refuses an attribute the element does not take, naming it and the ones it takes', async () => {
    for (const name of ['onclick', 'style']) {
      await assert.rejects(
        renderToHtml('topic-hub', { hub: seedHub.id, [name]: 'x' }),
        // The documented attributes of <topic-hub> (README), then the global ones.
        new RegExp(
          `^Error: renderToHtml: <topic-hub> does not take the attribute "${name}"; it takes .*\\bhub, .*reference-limit.*, lang, dir, id, class\\.$`,
        ),
      );
    }
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
    assert.equal(after.references, seedReferences.length, 'hydrated with the same limit');
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

  /** Opens an app page; marks the server's [part=hub] node, then reports whether the live element kept it. */
  const openApp = async (path: string) => {
    const { tab, problems } = await open(path, { javaScript: true });
    await tab.waitForFunction(() => customElements.get('topic-hub'));
    await tab.evaluate(() => (document.querySelector('topic-hub') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete);
    const seen = await view(tab);
    const keptServerNode = await tab.evaluate(() => {
      const live = document.querySelector('topic-hub')!.shadowRoot!.querySelector('[part~="hub"]')!;
      return (window as unknown as { serverHub?: Element }).serverHub === live;
    });
    return { tab, problems, seen, keptServerNode };
  };

  it('hydrates in an app built from the npm entries that imports the hydrate support first', async () => {
    const { tab, problems, seen, keptServerNode } = await openApp('/app-hydrating.html');
    assert.equal(seen.hubs, 1, 'one [part=hub]: hydrated, not rendered a second time');
    assert.equal(keptServerNode, true, "hydrated: the server's nodes are the live ones");
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('renders once, never beside the server content, in an app without the hydrate support', async () => {
    const { tab, problems, seen, keptServerNode } = await openApp('/app-plain.html');
    assert.equal(seen.hubs, 1, "one [part=hub]: the server's content was replaced, not doubled");
    assert.equal(keptServerNode, false, "not hydrated: the element rendered its own nodes in place of the server's");
    assert.equal(seen.title, seedHub.title);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  /**
   * Marks the first path's second article read, and waits until its count says so (only a live
   * element counts). The server's paths wait with `defer-hydration` for the hub: a path without it
   * is the hub's own.
   */
  const readSecondArticle = async (tab: Page) => {
    await tab.waitForFunction(() => {
      const path = document.querySelector('topic-hub')!.shadowRoot!.querySelector('reading-path');
      return path?.hasAttribute('defer-hydration') === false && path.shadowRoot?.querySelector('.count')?.textContent === '0 of 2 read';
    });
    await tab.evaluate(() => {
      const path = document.querySelector('topic-hub')!.shadowRoot!.querySelector('reading-path')!.shadowRoot!;
      path.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[1].click();
    });
    await tab.waitForFunction(
      () =>
        document.querySelector('topic-hub')!.shadowRoot!.querySelector('reading-path')!.shadowRoot!.querySelector('.count')!.textContent ===
        '1 of 2 read',
    );
  };
  const hubErrors = (tab: Page) => tab.evaluate(() => (window as unknown as { hubErrors: string[] }).hubErrors);
  const errorBoxes = (tab: Page) =>
    tab.evaluate(() => document.querySelector('topic-hub')!.shadowRoot!.querySelectorAll('[part~="error"]').length);

  it("keeps the server's content when its bundle fails, and still renders a src given later", async () => {
    const { tab, problems } = await open('/missing.html');
    await tab.waitForFunction(() => (window as unknown as { hubErrors: string[] }).hubErrors.length > 0);
    assert.deepEqual(await hubErrors(tab), ['http-error']);
    const kept = await view(tab);
    assert.equal(kept.title, seedHub.title, "the server's content stays");
    assert.equal(await errorBoxes(tab), 0);
    // Not frozen: a working src renders the hub, which now follows the reader.
    const updated = await tab.evaluate(() => {
      const hub = document.querySelector('topic-hub') as HTMLElement & { src: string; updateComplete: Promise<boolean> };
      hub.src = '/bundle.json';
      return hub.updateComplete;
    });
    assert.equal(updated, true, 'updateComplete: no update left pending');
    await readSecondArticle(tab);
    const live = await view(tab);
    assert.equal(live.hubs, 1, "one [part=hub]: the server's content made way, not doubled");
    assert.equal(live.title, seedHub.title);
    assert.deepEqual(await hubErrors(tab), ['http-error']);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('renders a bundle set as a property after its src failed', async () => {
    const { tab, problems } = await open('/missing.html');
    await tab.waitForFunction(() => (window as unknown as { hubErrors: string[] }).hubErrors.length > 0);
    await tab.evaluate(async () => {
      const bundle: unknown = await (await fetch('/bundle.json')).json();
      Object.assign(document.querySelector('topic-hub')!, { bundle });
    });
    await readSecondArticle(tab);
    assert.equal((await view(tab)).hubs, 1);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('renders the new src when src changes while the server render waits for its bundle, with no hydration error', async () => {
    const { tab, problems } = await open('/held.html');
    await tab.waitForFunction(() => customElements.get('topic-hub'));
    await tab.evaluate(() => Object.assign(document.querySelector('topic-hub')!, { src: '/bundle.json' }));
    releaseHeld();
    await readSecondArticle(tab);
    assert.equal((await view(tab)).hubs, 1);
    assert.deepEqual(await hubErrors(tab), []);
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('shows the error box when the bundle at src lacks the hub, with no hydration error', async () => {
    const { tab, problems } = await open('/other-hubs.html');
    await tab.waitForFunction(() => (window as unknown as { hubErrors: string[] }).hubErrors.length > 0);
    assert.deepEqual(await hubErrors(tab), ['unknown-hub']);
    assert.equal(await errorBoxes(tab), 1);
    assert.equal(await tab.evaluate(() => document.querySelector('topic-hub')!.shadowRoot!.querySelectorAll('[part~="hub"]').length), 0);
    assert.deepEqual(problems, []);
    await tab.close();
  });
});
