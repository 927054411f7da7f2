/**
 * `topic-hub export --frame` in a cross-origin `<iframe>`: a host page on one origin embeds the
 * export served on another, with the embed-host.js it writes. The frame takes the height of its content (at
 * one width, a narrower one, and back), a link to an article opens in the top window and a link to
 * a reading path's page in the frame, and messages from another frame or origin resize nothing
 * else. Headless Chromium; run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { seedHub, seedReferences } from '../fixtures/seed-facts.js';
import { launchChromium, serveFolder, type StaticServer } from './browser.js';

/** The height of an `<iframe>` without one set (HTML: 150 CSS pixels). */
const defaultFrameHeight = 150;
/** What the pretending pages claim. */
const spoofedHeight = 12_345;
const [firstPath] = seedHub.readingPaths;

let root: string;
/** The host page (origin A), the export (origin B), a third origin (C). */
let host: StaticServer;
let exported: StaticServer;
let third: StaticServer;
let browser: Browser;

const spoofPage = `<!doctype html><meta charset="utf-8"><title>spoof</title><script>
parent.postMessage({ type: 'topic-hub:resize', hub: '${seedHub.id}', height: ${spoofedHeight} }, '*');
</script>\n`;

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'topic-hub-frame-'));
  const run = await new Promise<{ error: Error | null; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['dist/cli/topic-hub.js', 'export', 'content', '--hub', seedHub.id, '--out', join(root, 'b', 'framed'), '--frame'],
      { timeout: 60_000 },
      (error, _stdout, stderr) => resolve({ error, stderr }),
    );
  });
  assert.equal(run.error, null, run.stderr);
  await Promise.all([mkdir(join(root, 'a')), mkdir(join(root, 'c'))]);
  [host, exported, third, browser] = await Promise.all([
    serveFolder(join(root, 'a')),
    serveFolder(join(root, 'b')),
    serveFolder(join(root, 'c')),
    launchChromium(),
  ]);
  // The host page's copy of the script that `--frame` writes beside the pages.
  await copyFile(join(root, 'b', 'framed', 'embed-host.js'), join(root, 'a', 'embed-host.js'));
  await writeFile(join(root, 'b', 'spoof.html'), spoofPage);
  await writeFile(join(root, 'c', 'spoof.html'), spoofPage);
  // A frame whose src is on the export's origin but which now shows a page of another origin.
  await writeFile(
    join(root, 'b', 'goes-elsewhere.html'),
    `<!doctype html><meta charset="utf-8"><title>moved</title><script>location.replace('${third.origin}/spoof.html');</script>\n`,
  );
  // The test's own listener comes after embed-host.js: when it has seen a message, so has the host script.
  await writeFile(
    join(root, 'a', 'host.html'),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>host</title>
<script src="/embed-host.js"></script>
<script>
window.received = [];
addEventListener('message', (event) => {
  if (event.data?.type === 'topic-hub:resize') received.push({ origin: event.origin, hub: event.data.hub, height: event.data.height });
});
</script>
</head>
<body style="margin: 0">
<iframe id="hub" title="${seedHub.title}" src="${exported.origin}/framed/index.html" style="display: block; width: 900px; border: 0"></iframe>
<iframe id="other" title="other" src="${exported.origin}/spoof.html"></iframe>
<iframe id="moved" title="moved" src="${exported.origin}/goes-elsewhere.html"></iframe>
</body>
</html>
`,
  );
  // The README's example order: the frame first, the host script after it, here added once the frame has reported.
  await writeFile(
    join(root, 'a', 'host-late.html'),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>host, script late</title>
<script>
window.received = [];
addEventListener('message', (event) => {
  if (event.data?.type === 'topic-hub:resize') received.push({ origin: event.origin, hub: event.data.hub, height: event.data.height });
});
</script>
</head>
<body style="margin: 0">
<iframe id="hub" title="${seedHub.title}" src="${exported.origin}/framed/index.html" style="display: block; width: 900px; border: 0"></iframe>
</body>
</html>
`,
  );
});

after(async () => {
  await browser?.close();
  await Promise.all([host?.close(), exported?.close(), third?.close()]);
  if (root) await rm(root, { recursive: true, force: true });
});

/** Polls `check` until it returns a value (not undefined); fails with `describe()` of the last state after a minute. */
async function until<T>(check: () => Promise<T | undefined>, describe: () => Promise<string>): Promise<T> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((done) => setTimeout(done, 50))) {
    const value = await check();
    if (value !== undefined) return value;
  }
  throw new Error(`gave up waiting: ${await describe()}`);
}

/** How the hub's frame looks: its height on the host page, and inside it whether the content needs scrolling or leaves a gap. */
const frameState = async (tab: Page, frame: Frame) => ({
  height: await tab.$eval('#hub', (element) => (element as HTMLElement).offsetHeight),
  ...(await frame.evaluate(() => ({
    scrollHeight: document.scrollingElement!.scrollHeight,
    viewport: innerHeight,
    contentBottom: document.querySelector('main')!.getBoundingClientRect().bottom,
  }))),
});

/** The frame's height once its content fits it exactly (nothing to scroll, no empty space below), and `accept`s it. */
const fittedHeight = (tab: Page, frame: Frame, accept: (height: number) => boolean = () => true) =>
  until(
    async () => {
      const state = await frameState(tab, frame);
      const fits = state.scrollHeight === state.viewport && state.viewport - state.contentBottom < 1 && state.height === state.viewport;
      return fits && accept(state.height) ? state.height : undefined;
    },
    async () => JSON.stringify(await frameState(tab, frame)),
  );

describe('topic-hub export --frame', () => {
  it('in a cross-origin iframe: the height follows the content; other frames and origins resize nothing else; links open in the top window', async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(String(error)));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
    });
    await tab.goto(`${host.origin}/host.html`, { waitUntil: 'load' });
    const frame = await until(
      async () => tab.frames().find((candidate) => candidate.url() === `${exported.origin}/framed/index.html`),
      async () =>
        tab
          .frames()
          .map((candidate) => candidate.url())
          .join(', '),
    );

    const wide = await fittedHeight(tab, frame, (height) => height > defaultFrameHeight);
    await tab.$eval('#hub', (element) => void ((element as HTMLElement).style.width = '380px'));
    const narrow = await fittedHeight(tab, frame, (height) => height > wide);
    await tab.$eval('#hub', (element) => void ((element as HTMLElement).style.width = '900px'));
    assert.equal(await fittedHeight(tab, frame, (height) => height < narrow), wide, 'back at its first width, the frame shrinks back');

    // Both pretending pages have spoken (the test's listener runs after the host script's).
    await tab.waitForFunction(
      (origins: string[]) => {
        const received = (window as unknown as { received: { origin: string }[] }).received;
        return origins.every((origin) => received.some((message) => message.origin === origin));
      },
      {},
      [exported.origin, third.origin],
    );
    const heights = await tab.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('iframe')].map((element) => [element.id, element.clientHeight])),
    );
    assert.equal(heights.hub, wide, "another frame's message does not resize the hub's frame");
    assert.equal(heights.other, spoofedHeight, 'a frame sizes itself');
    assert.equal(heights.moved, defaultFrameHeight, 'a frame now showing another origin than its src is not resized');
    const hubMessages = await tab.evaluate(() => (window as unknown as { received: { hub: string; height: number }[] }).received);
    assert.ok(hubMessages.some((message) => message.hub === seedHub.id && message.height === wide));

    // A reading path's page opens in the frame, and the frame follows its height.
    const pathLink = await frame.$(`a[href="paths/${firstPath.id}.html"]`);
    await Promise.all([frame.waitForNavigation(), pathLink!.click()]);
    assert.equal(frame.url(), `${exported.origin}/framed/paths/${firstPath.id}.html`);
    assert.equal(tab.url(), `${host.origin}/host.html`);
    const heading = await frame.$eval('reading-path', (path) => path.shadowRoot!.querySelector('h1')!.textContent!.trim());
    assert.equal(heading, firstPath.title);
    await fittedHeight(tab, frame, (height) => height !== wide);
    await Promise.all([frame.waitForNavigation(), frame.$('nav a').then((back) => back!.click())]);
    await fittedHeight(tab, frame, (height) => height === wide);

    // An article opens in the top window (answered here: the test has no network).
    await tab.setRequestInterception(true);
    tab.on('request', (request) =>
      request.url().startsWith('http://127.0.0.1')
        ? request.continue()
        : request.respond({ status: 200, contentType: 'text/html', body: '<!doctype html><title>article</title>' }),
    );
    const articleLink = await frame.$('topic-hub >>> reference-list >>> article-card >>> a');
    assert.equal(await articleLink!.evaluate((link) => (link as HTMLAnchorElement).href), seedReferences[0].url);
    await Promise.all([tab.waitForNavigation(), articleLink!.click()]);
    assert.equal(tab.url(), seedReferences[0].url, 'the top window shows the article');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('sizes a frame that reported its height before the host script ran: the host asks it', async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (error) => problems.push(String(error)));
    await tab.goto(`${host.origin}/host-late.html`, { waitUntil: 'load' });
    await tab.waitForFunction(
      (hub: string) => (window as unknown as { received: { hub: string }[] }).received.some((message) => message.hub === hub),
      {},
      seedHub.id,
    );
    const frame = tab.frames().find((candidate) => candidate.url() === `${exported.origin}/framed/index.html`)!;
    assert.equal(await tab.$eval('#hub', (element) => (element as HTMLElement).offsetHeight), defaultFrameHeight, 'no host script yet');
    await tab.addScriptTag({ url: `${host.origin}/embed-host.js` });
    assert.ok((await fittedHeight(tab, frame)) > defaultFrameHeight);
    assert.deepEqual(problems, []);
    await tab.close();
  });
});
