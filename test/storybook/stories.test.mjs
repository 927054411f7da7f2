/**
 * Loads every story of the built Storybook (storybook-static/, from `npm run build-storybook`)
 * in headless Chromium: each must render its element with content in its shadow root, log no
 * console error, and pass axe-core. The list comes from storybook-static/index.json, so a new
 * story is covered without editing this file.
 *
 *   npm run test:stories      builds the Storybook, then runs this file with `node --test`
 */
import assert from 'node:assert/strict';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchHeadlessChrome } from '../../scripts/find-chrome.mjs';

const root = resolve('storybook-static');
const axePath = resolve('node_modules/axe-core/axe.min.js');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

assert.ok(existsSync(join(root, 'index.json')), 'storybook-static/index.json is missing: run `npm run build-storybook` first');
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
/** The story files of stories/ (the folder .storybook/main.ts reads), listed from the disk rather than from the build. */
const storyFiles = readdirSync('stories')
  .filter((file) => /\.stories\.ts$/.test(file))
  .sort();
/** The ids of the stories whose element rendered in this run. */
const visited = new Set();

/**
 * What a story whose point is one state must show, beyond rendering: the visible text of one part
 * of its element's shadow root (whitespace collapsed).
 */
const expectedStates = {
  'elements-article-search--shortcut-off': { part: 'shortcut-toggle', text: 'Turn on the / shortcut' },
};

/** The tag a story shows: from its title ("Elements/<topic-hub>"), else its meta's `component`. */
const tagOf = (story) => /<([a-z][a-z0-9]*-[a-z0-9-]*)>/.exec(story.title)?.[1];

let server;
let baseUrl;
let browser;

before(async () => {
  server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) file = root;
    // The browser asks for a favicon by itself; Storybook's iframe has none.
    if (pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  baseUrl = `http://127.0.0.1:${server.address().port}`;
  browser = await launchHeadlessChrome();
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
});

// Three pages at a time: about twice as fast as one by one on two cores.
describe('every story of the built Storybook', { concurrency: 3 }, () => {
  it('lists at least one story of every story file', () => {
    assert.ok(storyFiles.length > 0, 'stories/ has no *.stories.ts file');
    assert.ok(stories.length >= storyFiles.length, `index.json lists ${stories.length} stories for ${storyFiles.length} story files`);
    assert.deepEqual([...new Set(stories.map((story) => basename(story.importPath)))].sort(), storyFiles);
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name} (${story.id})`, async () => {
      // A context of its own: stories that set localStorage (the shortcut turned off) cannot reach
      // the stories open beside them through the storage event.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()} ${message.location()?.url ?? ''}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
      try {
        await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`, { waitUntil: 'load' });
        const tag = tagOf(story);
        // Rendered: the story's element (or, without a tag in the title, any custom element in the
        // story root) has finished its update and shows text in its shadow root. A generous limit:
        // on a loaded 2-core machine a long story has needed more than 10 s.
        await page.waitForFunction(
          async (tag) => {
            const rootElement = document.querySelector('#storybook-root');
            const element = tag
              ? rootElement?.querySelector(tag)
              : [...(rootElement?.querySelectorAll('*') ?? [])].find((candidate) => candidate.shadowRoot);
            if (!element?.shadowRoot) return false;
            await element.updateComplete;
            return element.shadowRoot.textContent.trim().length > 0;
          },
          { timeout: 30_000, polling: 100 },
          tag,
        );
        visited.add(story.id);
        const state = expectedStates[story.id];
        if (state) {
          const text = await page.evaluate(
            (tag, part) => document.querySelector(`#storybook-root ${tag}`)?.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent,
            tagOf(story),
            state.part,
          );
          assert.equal(text?.replace(/\s+/g, ' ').trim(), state.text, `the state of ${story.id}`);
        }
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          const run = () =>
            window.axe.run(
              { include: ['#storybook-root'] },
              {
                resultTypes: ['violations'],
                // Page-level rules: a story shows one element, not a whole page.
                rules: { region: { enabled: false }, 'page-has-heading-one': { enabled: false }, 'landmark-one-main': { enabled: false } },
              },
            );
          // Storybook's a11y addon runs axe after each render too: wait for its run to end.
          let result;
          for (let attempt = 0; !result; attempt++) {
            try {
              result = await run();
            } catch (error) {
              if (attempt > 50 || !String(error?.message ?? error).includes('already running')) throw error;
              await new Promise((done) => setTimeout(done, 100));
            }
          }
          return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
        });
        assert.deepEqual(violations, [], `axe violations in ${story.id}`);
        assert.deepEqual(problems, [], `console errors in ${story.id}`);
      } finally {
        await context.close();
      }
    });
  }
});

describe('the run', () => {
  it('checks the state of every story listed in expectedStates', () => {
    assert.deepEqual(
      Object.keys(expectedStates).filter((id) => !stories.some((story) => story.id === id)),
      [],
      'expectedStates names stories index.json does not list',
    );
  });
  it('rendered every story that index.json lists', () => {
    assert.deepEqual(
      stories.map((story) => story.id).filter((id) => !visited.has(id)),
      [],
      'stories listed in index.json whose element never rendered',
    );
    assert.equal(visited.size, stories.length);
  });
});

describe('the docs page of <topic-hub>', () => {
  // Written down from the element's documented API (README "Elements"), not read from the manifest.
  const expected = {
    properties: ['bundle'],
    attributes: ['density', 'reference-limit', 'pagefind', 'hub', 'src', 'timeout', 'theme', 'heading-level', 'label'],
    events: ['hub-error', 'reading-progress', 'tag-filter-change', 'search-change', 'article-select'],
  };

  it('lists attributes, properties, events, custom properties and parts in their own tables, public API only', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}/iframe.html?id=elements-topic-hub--docs&viewMode=docs`, { waitUntil: 'load' });
      await page.waitForSelector('.docblock-argstable tbody tr');
      // Each table section starts with a row "Hide <category> items"; the rows below it are its names.
      const tables = await page.$$eval('.docblock-argstable tbody tr', (rows) => {
        const found = {};
        let category;
        for (const row of rows) {
          const text = row.children[0]?.textContent.trim() ?? '';
          const header = /^Hide (.+?) items/.exec(row.textContent.trim());
          if (header) found[(category = header[1])] = [];
          else if (category) found[category].push(text.split(/\s/)[0]);
        }
        return found;
      });
      assert.deepEqual(tables.properties, expected.properties);
      assert.deepEqual(tables.attributes, expected.attributes);
      assert.deepEqual(tables.events, expected.events);
      assert.ok(tables['css custom properties']?.includes('--hub-color-accent'), JSON.stringify(tables));
      assert.ok(tables['css shadow parts']?.includes('::part(hub)'), JSON.stringify(tables));
    } finally {
      await page.close();
    }
  });
});
