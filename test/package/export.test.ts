/**
 * `topic-hub export`, run as the built command (dist/cli/topic-hub.js, what the package's `bin`
 * points at): the static page of a hub opened in headless Chromium without JavaScript (every
 * section, every reference, axe clean, no console error under its own strict policy), printed,
 * and upgraded by the drop-in file (one render, search works); and its refusals, which write
 * nothing. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { englishIn } from '../fixtures/english-ui.js';
import { libraryElements } from '../fixtures/library-elements.js';
import { seedHub, seedReferences, seedTaggedWith } from '../fixtures/seed-facts.js';
import { launchChromium, serveFolder, type StaticServer } from './browser.js';

/** The section headings of the hub, as content/hubs/technical-leadership.md names them, in page order. */
const sectionHeadings = ['Start Here', seedHub.questionsHeading, 'Reading Paths', 'Failure Modes', 'Related Hubs', 'References'];

let root: string;
let server: StaticServer;
let browser: Browser;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const topicHub = (...args: string[]) =>
  new Promise<Run>((resolve) => {
    execFile(process.execPath, ['dist/cli/topic-hub.js', ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });

before(async () => {
  root = await mkdtemp(join(tmpdir(), 'topic-hub-export-'));
  const [still, live] = await Promise.all([
    topicHub('export', 'content', '--hub', seedHub.id, '--out', join(root, 'still')),
    topicHub('export', 'content', '--hub', seedHub.id, '--out', join(root, 'live'), '--script', '../topic-hub.js'),
  ]);
  assert.equal(still.code, 0, still.stderr);
  assert.equal(live.code, 0, live.stderr);
  // The shipped content, its hub saying its language in its front matter (en: its text is then
  // marked as English on a German page; ar: the hub's own language gives the page its direction).
  const hubFile = join('hubs', `${seedHub.id}.md`);
  for (const lang of ['en', 'ar']) {
    await cp('content', join(root, `content-${lang}`), { recursive: true });
    const markdown = await readFile(join('content', hubFile), 'utf8');
    await writeFile(join(root, `content-${lang}`, hubFile), markdown.replace(/^---\n/, `---\nlang: ${lang}\n`));
  }
  const exports = await Promise.all([
    topicHub('export', join(root, 'content-en'), '--hub', seedHub.id, '--out', join(root, 'de-still'), '--lang', 'de'),
    topicHub(
      'export',
      join(root, 'content-en'),
      '--hub',
      seedHub.id,
      '--out',
      join(root, 'de-live'),
      '--lang',
      'de',
      '--script',
      '../topic-hub.js',
    ),
    topicHub('export', join(root, 'content-ar'), '--hub', seedHub.id, '--out', join(root, 'ar-still')),
  ]);
  for (const run of exports) assert.equal(run.code, 0, run.stderr);
  await copyFile('dist/topic-hub.js', join(root, 'topic-hub.js'));
  [server, browser] = await Promise.all([serveFolder(root), launchChromium()]);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Opens `path`, collecting page errors, console errors and warnings (CSP violations among them). */
async function open(path: string, javaScript: boolean) {
  const tab = await browser.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(String(error)));
  tab.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') problems.push(message.text());
  });
  await tab.setJavaScriptEnabled(javaScript);
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return { tab, problems };
}

/**
 * What a reader sees of the hub: visible headings and reference titles, through every shadow root.
 * No named functions inside: tsx (esbuild's keepNames) would wrap them in a Node-only `__name()`.
 */
const visible = (tab: Page) =>
  tab.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const element of roots[i].querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    }
    const shown = roots.flatMap((root) => [...root.querySelectorAll('*')]).filter((element) => element.checkVisibility());
    const references = document.querySelector('topic-hub')!.shadowRoot!.querySelector('reference-list')!.shadowRoot!;
    return {
      hubs: roots.reduce((count, root) => count + root.querySelectorAll('[part~="hub"]').length, 0),
      headings: shown.filter((element) => /^H[1-6]$/.test(element.tagName)).map((element) => element.textContent!.trim()),
      references: [...references.querySelectorAll('article-card')]
        .filter((card) => card.checkVisibility())
        .map((card) => card.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim()),
      controls: shown.filter((element) => element.matches('input, button')).length,
      styleElements: roots.reduce((count, root) => count + root.querySelectorAll('style').length, 0),
    };
  });

/**
 * The UI's own text on the page: text nodes and the names in aria-label, title and placeholder,
 * across shadow roots, leaving out what is marked as English content (`lang="en"`).
 */
const uiTexts = (tab: Page) =>
  tab.evaluate(() => {
    const texts: string[] = [];
    const stack: Node[] = [document.body];
    while (stack.length) {
      const node = stack.pop()!;
      if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) continue;
      if (node instanceof Element) {
        if (node.getAttribute('lang') === 'en') continue;
        for (const name of ['aria-label', 'title', 'placeholder']) if (node.getAttribute(name)) texts.push(node.getAttribute(name)!);
        if (node.shadowRoot) stack.push(...node.shadowRoot.childNodes);
      }
      if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) texts.push(node.textContent!.trim());
      stack.push(...node.childNodes);
    }
    return texts.sort();
  });

describe('topic-hub export', () => {
  it('writes a page that shows every section and every reference without JavaScript, axe clean, no console error', async () => {
    const { tab, problems } = await open('/still/index.html', false);
    const seen = await visible(tab);
    assert.equal(seen.hubs, 1);
    assert.equal(seen.headings[0], seedHub.title);
    for (const heading of [...sectionHeadings, ...seedHub.readingPaths.map((path) => path.title)]) {
      assert.ok(seen.headings.includes(heading), `the heading "${heading}" shows`);
    }
    assert.deepEqual(
      seen.references,
      seedReferences.map((reference) => reference.title),
    );
    assert.equal(seen.controls, 0, 'no field, checkbox or button that would do nothing without the script');
    assert.equal(seen.styleElements, 0, 'styles come from files');
    const policy = await tab.$eval('meta[http-equiv="Content-Security-Policy"]', (meta) => meta.getAttribute('content'));
    assert.match(policy!, /default-src 'none'/);
    assert.match(policy!, /style-src 'self'(;|$)/);
    assert.match(policy!, /script-src 'none'/);
    assert.deepEqual(problems, []);
    await tab.close();
    // axe needs timers, which a tab without JavaScript does not run: the page has no script of its
    // own, so with JavaScript on it is the same page; axe comes in through DevTools, past the policy.
    const checked = await open('/still/index.html', true);
    // Checked before axe, whose probes set inline styles that the page's policy reports.
    assert.deepEqual(checked.problems, []);
    await checked.tab.evaluate(await readFile('node_modules/axe-core/axe.min.js', 'utf8'));
    const violations = await checked.tab.evaluate(async () =>
      (await (window as unknown as { axe: { run(): Promise<{ violations: { id: string }[] }> } }).axe.run()).violations.map(
        (violation) => violation.id,
      ),
    );
    assert.deepEqual(violations, []);
    await checked.tab.close();
  });

  it('asks for its stylesheets together: none waits for the one before it to arrive', async () => {
    // Chromium holds the page's parser at each stylesheet a shadow root links until it has loaded;
    // without the preloads in the head it would ask for the next only then. Here each element
    // stylesheet is answered only once a second one has been asked for.
    const elementStylesheets = new Set(['theme.css', ...libraryElements.map((tag) => `${tag}.css`)]);
    const asked = new Set<string>();
    let answerAll!: () => void;
    const twoAsked = new Promise<void>((done) => (answerAll = done));
    const holding = await serveFolder(join(root, 'still'), {}, async (path) => {
      const file = path.replace(/^\/styles\//, '');
      if (!elementStylesheets.has(file)) return;
      asked.add(file);
      if (asked.size >= 2) answerAll();
      await twoAsked;
    });
    const tab = await browser.newPage();
    await tab.setJavaScriptEnabled(false);
    try {
      await tab.goto(`${holding.origin}/index.html`, { waitUntil: 'load' });
      assert.deepEqual(
        [...elementStylesheets].filter((file) => !asked.has(file)),
        [],
        'every stylesheet was asked for',
      );
      const styled = await tab.$eval('topic-hub', (hub) => ({
        display: getComputedStyle(hub.shadowRoot!.querySelector('[part~="hub"]')!).display,
        titleColor: getComputedStyle(hub.shadowRoot!.querySelector('[part~="title"]')!).color,
      }));
      assert.notEqual(styled.display, 'block', "a <section>'s default display: the hub's stylesheet did not apply");
      assert.equal(styled.titleColor, 'rgb(27, 31, 36)', "docs/design.md's light text colour (#1b1f24), from the shared theme.css");
    } catch (error) {
      throw new Error(`asked for: ${[...asked].join(', ') || 'none'}; ${(error as Error).message}`, { cause: error });
    } finally {
      answerAll();
      await tab.close();
      await holding.close();
    }
  });

  it('writes one page per reading path, and prints without search or shadows, links with their address', async () => {
    const [path] = seedHub.readingPaths;
    const { tab, problems } = await open(`/still/paths/${path.id}.html`, false);
    assert.deepEqual((await visible(tab).catch(() => undefined))?.hubs, undefined, 'the path page holds no hub');
    const heading = await tab.evaluate(() => document.querySelector('reading-path')!.shadowRoot!.querySelector('h1')!.textContent!.trim());
    assert.equal(heading, path.title);
    await tab.goto(`${server.origin}/still/index.html`);
    await tab.emulateMediaType('print');
    const printed = await tab.evaluate(() => {
      const hub = document.querySelector('topic-hub')!.shadowRoot!;
      const card = hub.querySelector('reference-list')!.shadowRoot!.querySelector('article-card')!.shadowRoot!;
      const link = card.querySelector('a')!;
      return {
        search: hub.querySelector('article-search')!.shadowRoot!.querySelector('.search')!.checkVisibility(),
        after: getComputedStyle(link, '::after').content,
        href: link.href,
        shadow: getComputedStyle(card.querySelector('[part~="card"]')!).boxShadow,
      };
    });
    assert.equal(printed.search, false);
    assert.equal(printed.href, seedReferences[0].url);
    assert.equal(printed.after, `" (${seedReferences[0].url})"`, 'the link prints its address after it');
    assert.equal(printed.shadow, 'none');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('with --script, upgrades to the live elements: one render, search works, no console error', async () => {
    const { tab, problems } = await open('/live/index.html', true);
    // Typed into before it has hydrated, the field would keep the letters but the search would not
    // see them: wait for the condition (the hub hydrates its sections, then they lose defer-hydration).
    await tab.waitForFunction(() => {
      const element = document.querySelector('topic-hub')!.shadowRoot!.querySelector('article-search')!;
      return element.matches(':defined') && !element.hasAttribute('defer-hydration');
    });
    await tab.evaluate(
      () =>
        (
          document.querySelector('topic-hub')!.shadowRoot!.querySelector('article-search') as HTMLElement & {
            updateComplete: Promise<boolean>;
          }
        ).updateComplete,
    );
    const input = await tab.waitForSelector('topic-hub >>> article-search >>> input[role="combobox"]', { visible: true });
    await input!.type('hiring');
    const expected = seedTaggedWith('hiring').map((reference) => reference.title);
    // The list follows each letter: wait until it shows what the whole word finds.
    const shownTitles = () =>
      tab.$$eval('topic-hub >>> article-search >>> [role="option"] .option-title', (titles) =>
        titles.map((title) => title.textContent!.trim()),
      );
    await tab
      .waitForFunction(
        (titles: string[]) => {
          const search = document.querySelector('topic-hub')!.shadowRoot!.querySelector('article-search')!.shadowRoot!;
          const shown = [...search.querySelectorAll('[role="option"] .option-title')].map((title) => title.textContent!.trim());
          return titles.every((title) => shown.includes(title));
        },
        {},
        expected,
      )
      .catch(async (error) => {
        throw new Error(`not every reference tagged hiring is found: ${(await shownTitles()).join(' | ')}`, { cause: error });
      });
    const options = await shownTitles();
    assert.ok(options.length > 0 && options.every((title) => seedReferences.some((reference) => reference.title === title)));
    assert.ok(
      expected.every((title) => options.includes(title)),
      `every reference tagged hiring is found: ${options.join(' | ')}`,
    );
    assert.equal((await visible(tab)).hubs, 1, 'one [part=hub]: hydrated, not rendered twice');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('with --lang de, writes the UI in German: no English UI text without JavaScript, the same text once hydrated', async () => {
    const still = await open('/de-still/index.html', false);
    assert.equal(await still.tab.$eval('html', (html) => `${html.lang} ${html.dir}`), 'de ltr');
    const texts = await uiTexts(still.tab);
    assert.ok(texts.includes('0 von 2 gelesen'), "the reading path's progress, as the German table writes it");
    assert.deepEqual(englishIn(texts), []);
    assert.deepEqual(still.problems, []);
    await still.tab.close();
    // The page loads the German table before the drop-in: the elements hydrate the server's text.
    const live = await open('/de-live/index.html', true);
    await live.tab.waitForFunction(() =>
      [document.querySelector('topic-hub')!, ...document.querySelector('topic-hub')!.shadowRoot!.querySelectorAll('*')]
        .filter((element) => element.localName.includes('-'))
        .every((element) => element.matches(':defined') && !element.hasAttribute('defer-hydration')),
    );
    assert.deepEqual(await uiTexts(live.tab), texts, 'hydrated: the same German text, not rendered again in English');
    assert.equal((await visible(live.tab)).hubs, 1, 'one [part=hub]: hydrated, not rendered twice');
    // Hydration keeps the server's text whatever the client would write: the next render shows the client's language.
    const progress = () =>
      live.tab.evaluate(() => {
        const path = document.querySelector('topic-hub')!.shadowRoot!.querySelector('reading-path')!.shadowRoot!;
        return path.querySelector('#progress-text')!.textContent!.trim();
      });
    await live.tab.evaluate(() =>
      document
        .querySelector('topic-hub')!
        .shadowRoot!.querySelector('reading-path')!
        .shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!
        .click(),
    );
    await live.tab.waitForFunction(
      () =>
        document.querySelector('topic-hub')!.shadowRoot!.querySelector('reading-path')!.shadowRoot!.querySelector('#progress-text')!
          .textContent !== '0 von 2 gelesen',
    );
    assert.equal(await progress(), '1 von 2 gelesen');
    assert.deepEqual(englishIn(await uiTexts(live.tab)), []);
    assert.deepEqual(live.problems, []);
    await live.tab.close();
  });

  it('takes the language of a hub with lang: ar in its front matter: <html lang="ar" dir="rtl">, the hub right to left', async () => {
    const { tab, problems } = await open('/ar-still/index.html', false);
    assert.equal(await tab.$eval('html', (html) => `${html.lang} ${html.dir}`), 'ar rtl');
    const direction = await tab.evaluate(
      () => getComputedStyle(document.querySelector('topic-hub')!.shadowRoot!.querySelector('[part~="hub"]')!).direction,
    );
    assert.equal(direction, 'rtl');
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it('with a relative --script, the reading-path pages in paths/ upgrade too: a read toggle counts', async () => {
    const [path] = seedHub.readingPaths;
    const { tab, problems } = await open(`/live/paths/${path.id}.html`, true);
    // An earlier test of this origin may have marked a step of the path read.
    await tab.evaluate(() => localStorage.clear());
    await tab.reload();
    await tab.waitForFunction(() => customElements.get('reading-path'));
    await tab.evaluate(() => (document.querySelector('reading-path') as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete);
    await tab.evaluate(() =>
      document.querySelector('reading-path')!.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click(),
    );
    const expected = `1 of ${path.titles.length} read`;
    await tab.waitForFunction(
      (count: string) => document.querySelector('reading-path')!.shadowRoot!.querySelector('.count')!.textContent === count,
      {},
      expected,
    );
    assert.deepEqual(problems, []);
    await tab.close();
  });

  it("refuses a protocol-relative --script, which the pages' policy would block", async () => {
    const out = join(root, 'refused-script');
    const run = await topicHub('export', 'content', '--hub', seedHub.id, '--out', out, '--script', '//cdn.example/topic-hub.js');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--script must be an http\(s\) URL or a path/);
    assert.deepEqual(await readdir(root).then((names) => names.filter((name) => name === 'refused-script')), []);
  });

  it('refuses an unknown hub, a missing --hub and broken content, and writes nothing', async () => {
    const out = join(root, 'refused');
    const unknown = await topicHub('export', 'content', '--hub', 'no-such-hub', '--out', out);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /no hub "no-such-hub".*"technical-leadership"/);
    const missing = await topicHub('export', 'content', '--out', out);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing --hub/);
    const broken = await topicHub('export', 'test/fixtures/content/broken', '--hub', 'broken-hub', '--out', out);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /articles\/no-title\.md: title:/);
    assert.deepEqual(await readdir(root).then((names) => names.filter((name) => name === 'refused')), []);
  });
});
