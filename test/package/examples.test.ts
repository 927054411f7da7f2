/**
 * The example apps of examples/, built and opened as an app team would: each folder is copied to a
 * temporary project, its own package.json is installed with the packed tarball in place of
 * `topic-hub-elements`, and its own `npm run build` runs (the content build of its hub, the type
 * check, the production build). The output is served as static files under a strict
 * Content-Security-Policy and opened in headless Chromium: the elements must render, the event the
 * app listens to must reach the framework's handler (the app shows it in its own DOM), and the page
 * must log no error. A misspelt tag and a misspelt attribute must fail each app's type check, so the
 * types cannot be `any` in disguise.
 *
 * Expected text comes from the examples' hub folders (examples/<name>/hub/, written by hand) and the
 * shipped hub's title; the three builds run at once (installs wait on the disk and npm's cache more
 * than on the CPU).
 */
import assert from 'node:assert/strict';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium, serveFolder, type StaticServer } from './browser.js';
import { exec, packPackage, repo, type PackedPackage } from './packed-package.js';

type ExampleName = 'html' | 'react' | 'vue';

interface BuiltExample {
  project: string;
  /** Seconds spent in `npm install` and in `npm run build`. */
  seconds: { install: number; build: number };
}

/** The strict policy of many intranets, sent with every file: no inline script or style, no eval, this origin only. */
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

let packed: PackedPackage;
let browser: Browser;
const builds = new Map<ExampleName, Promise<BuiltExample>>();
const servers: StaticServer[] = [];

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

/** Copies examples/<name> as a developer's checkout has it (no installed or built files), installs and builds it. */
async function buildExample(name: ExampleName): Promise<BuiltExample> {
  const source = join(repo, 'examples', name);
  const project = join(packed.root, name);
  const leftOut = new Set(['node_modules', 'dist', join('src', 'hub'), 'package-lock.json']);
  await cp(source, project, { recursive: true, filter: (file) => !leftOut.has(relative(source, file)) });
  let start = performance.now();
  // The tarball replaces the registry version the example's package.json names, as `npm install <tgz>` does.
  await exec('npm', ['install', packed.tarball, '--prefer-offline', '--no-audit', '--no-fund'], { cwd: project });
  const install = seconds(start);
  start = performance.now();
  await exec('npm', ['run', 'build'], { cwd: project }).catch((error: { stdout?: string; stderr?: string }) => {
    throw new Error(`npm run build failed in examples/${name}:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  });
  return { project, seconds: { install, build: seconds(start) } };
}

/** The gzip size, in kB, of the JavaScript and CSS a browser downloads for the built site. */
async function gzipKilobytes(site: string): Promise<number> {
  const files = (await readdir(site, { recursive: true })).filter((file) => /\.(js|css)$/.test(file));
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(join(site, file)), { level: 9 }).length;
  return Math.round(bytes / 100) / 10;
}

/**
 * Opens the built example and returns the page with a list that collects every console error,
 * uncaught exception, failed request and CSP violation.
 */
async function open(name: ExampleName, t: TestContext): Promise<{ page: Page; problems: string[] }> {
  const { project, seconds } = await builds.get(name)!;
  const site = join(project, 'dist');
  t.diagnostic(
    `examples/${name}: npm install ${seconds.install} s, npm run build ${seconds.build} s, JS + CSS ${await gzipKilobytes(site)} kB gzip`,
  );
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  const server = await serveFolder(site, { 'content-security-policy': contentSecurityPolicy });
  servers.push(server);
  await page.goto(`${server.origin}/`, { waitUntil: 'load' });
  return { page, problems };
}

/** Fails, naming them, when the page uses any tag of ours that no script defined (a production build dropped it). */
async function assertAllDefined(page: Page, tags: string[]) {
  const undefinedTags = await page.evaluate((tags) => tags.filter((tag) => document.querySelector(tag) && !customElements.get(tag)), tags);
  assert.deepEqual(undefinedTags, [], 'elements on the page that the build left undefined');
}

/** Waits until the element at the end of `path` (each selector inside the previous one's shadow root) shows `text`. */
async function waitForText(page: Page, path: string[], text: string) {
  try {
    await page.waitForFunction(
      (path, text) => {
        let scope: ParentNode | null | undefined = document;
        let element: Element | null | undefined;
        for (const [index, selector] of path.entries()) {
          element = scope?.querySelector(selector);
          scope = index < path.length - 1 ? element?.shadowRoot : undefined;
        }
        return element?.textContent?.trim().replace(/\s+/g, ' ') === text;
      },
      { timeout: 15_000, polling: 100 },
      path,
      text,
    );
  } catch {
    const shown = await page.evaluate((path) => {
      let scope: ParentNode | null | undefined = document;
      let element: Element | null | undefined;
      for (const selector of path) {
        element = scope?.querySelector(selector);
        scope = element?.shadowRoot;
      }
      return element?.textContent?.trim() ?? '(no such element)';
    }, path);
    assert.fail(`${path.join(' >>> ')} shows ${JSON.stringify(shown)}, expected ${JSON.stringify(text)}`);
  }
}

/** Runs the example's type checker over the app plus one extra file; returns what it printed, failing if it passed. */
async function typeCheckWith(name: ExampleName, file: string, source: string, checker: string): Promise<string> {
  const { project } = await builds.get(name)!;
  await writeFile(join(project, file), source);
  try {
    await exec(join(project, 'node_modules/.bin', checker), ['--noEmit'], { cwd: project });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return stdout + stderr;
  }
  assert.fail(`${checker} accepted ${file}`);
}

before(async () => {
  packed = await packPackage('topic-hub-examples-');
  for (const name of ['html', 'react', 'vue'] as const) {
    const build = buildExample(name);
    // Awaited by the tests; this keeps a failed build from being reported as an unhandled rejection before them.
    build.catch(() => {});
    builds.set(name, build);
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  await Promise.allSettled(builds.values());
  await packed?.remove();
});

// Every test at once: each waits only for its own example's build, and a type check overlaps the other builds.
describe('the example apps, built from the packed tarball', { concurrency: true }, () => {
  describe('examples/html: a plain page with the drop-in file', () => {
    it('shows the built-in hub and its own hub (built with the topic-hub command) under a strict CSP', async (t) => {
      const { page, problems } = await open('html', t);
      await waitForText(page, ['topic-hub[hub="frontend-guild"]', '[part~="title"]'], 'Frontend Guild');
      await waitForText(page, ['topic-hub[hub="technical-leadership"]', '[part~="title"]'], 'Technical Leadership');
      await assertAllDefined(page, ['topic-hub']);
      assert.deepEqual(problems, []);
      await page.close();
    });
  });

  describe('examples/react: Vite + React 19 + TypeScript', { concurrency: true }, () => {
    it('renders its own hub passed as the bundle property, and React hears reading-progress', async (t) => {
      const { page, problems } = await open('react', t);
      await waitForText(page, ['h1'], 'Design system handbook');
      await assertAllDefined(page, ['topic-hub', 'reading-path']);
      await waitForText(page, ['topic-hub', '[part~="title"]'], 'Design System Guild');
      await waitForText(page, ['reading-path', '[part~="heading"]'], 'Ship your first component');
      await waitForText(page, ['[role="status"]'], 'Tick an article once you have read it.');
      const firstToggle = await page.waitForSelector('reading-path >>> input[type="checkbox"]');
      await firstToggle!.click();
      await waitForText(page, ['[role="status"]'], 'You have read 1 of 3 articles.');
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('fails its type check on a misspelt tag and a misspelt attribute', async () => {
      const output = await typeCheckWith(
        'react',
        'src/Misspelt.tsx',
        [
          'export const misspeltTag = <topic-hubb hub="design-system"></topic-hubb>;',
          'export const misspeltAttribute = <topic-hub hubb="design-system"></topic-hub>;',
          '',
        ].join('\n'),
        'tsc',
      );
      assert.match(
        output,
        /src\/Misspelt\.tsx\(1,\d+\): error TS2339: Property 'topic-hubb' does not exist on type 'JSX\.IntrinsicElements'/,
      );
      assert.match(
        output,
        /src\/Misspelt\.tsx\(2,\d+\): error TS2322: [^\n]*\n\s*Property 'hubb' does not exist on type '[^']*TopicHub[^']*'/,
      );
      assert.doesNotMatch(output, /src\/(App|main)\.tsx/, 'the app itself type-checks');
    });
  });

  describe('examples/vue: Vue 3 + Vite + vue-tsc (strict templates)', { concurrency: true }, () => {
    it('renders its own hub bound to the bundle property, and Vue hears search-change', async (t) => {
      const { page, problems } = await open('vue', t);
      await waitForText(page, ['h1'], 'Data platform handbook');
      await assertAllDefined(page, ['topic-hub', 'article-search']);
      await waitForText(page, ['topic-hub', '[part~="title"]'], 'Data Platform');
      await waitForText(page, ['[role="status"]'], 'Type to search our articles.');
      const input = await page.waitForSelector('article-search >>> input');
      await input!.type('backfills');
      await waitForText(page, ['[role="status"]'], 'Articles found for “backfills”: 1');
      assert.deepEqual(problems, []);
      await page.close();
    });

    it('fails its type check on a misspelt tag, attribute and event', async () => {
      const output = await typeCheckWith(
        'vue',
        'src/Misspelt.vue',
        [
          '<template>',
          '  <topic-hubb hub="data-platform"></topic-hubb>',
          '  <topic-hub hubb="data-platform"></topic-hub>',
          '  <article-search hub="data-platform" @search-chnage="() => {}"></article-search>',
          '</template>',
          '',
        ].join('\n'),
        'vue-tsc',
      );
      assert.match(output, /src\/Misspelt\.vue\(2,\d+\): error TS2339: Property 'topic-hubb' does not exist/);
      assert.match(
        output,
        /src\/Misspelt\.vue\(3,\d+\): error TS2561: [^\n]*'hubb' does not exist in type [^\n]*Did you mean to write 'hub'\?/,
      );
      assert.match(
        output,
        /src\/Misspelt\.vue\(4,\d+\): error TS2561: [^\n]*'onSearchChnage' does not exist in type [^\n]*Did you mean to write 'onSearchChange'\?/,
      );
      assert.doesNotMatch(output, /src\/(App\.vue|main\.ts)/, 'the app itself type-checks');
    });
  });
});
