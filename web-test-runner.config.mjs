import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './scripts/find-chrome.mjs';

/** Ends the run with one plain "browser: N passed, N failed" line that CI logs can be read by. */
function summaryReporter() {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
    return totals;
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load has errors but no test results: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      process.stdout.write(`\nbrowser: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
    },
  };
}

/** Built from test/fixtures/content/multi-hub by `npm run build:test-fixtures` (part of `npm run test:browser`). */
const multiHubBundle = 'test/fixtures/built/multi-hub.json';
/** The same content built by the real `topic-hub build` (bundle.json and its search index file), by `npm run build:test-fixtures`. */
const splitBundleDir = 'test/fixtures/built/multi-hub-split';

/**
 * Test-only URLs under /__test__/, for loading bundles from `src` as a real server would answer:
 *
 * - `/__test__/…/bundle?variant=…` the multi-hub bundle (variant absent), or made from it:
 *   `invalid-json` (cut short), `not-a-bundle` (JSON that is not a bundle), `version` (version 99);
 *   `status=404` answers that status, `drop=1` closes the connection without an answer,
 *   `hold=KEY` answers only once `/__test__/release?hold=KEY` is requested (or never).
 *   Any other parameter (e.g. `id`) only makes the URL unique to a test.
 * - `/__test__/split/bundle?id=…` the multi-hub content as `topic-hub build` writes it, its index
 *   file named `index?name=<file>&id=<id>` (or `index=` the URL given), served at `/__test__/split/index`;
 *   `hold`, `status` and `drop` work there too.
 * - `/__test__/requests?url=/__test__/…` how many times that path and query were requested, and
 *   how many of those held answers the page gave up on (closed the connection).
 *
 * Nothing is cached (`no-store`), so every request the page makes reaches the counter. The paths
 * have no file extension because the test runner marks any path with one cacheable for a year.
 */
function testServer() {
  const requests = new Map();
  const closed = new Map();
  const holds = new Map();
  const hold = (key) => new Promise((release) => holds.set(key, [...(holds.get(key) ?? []), release]));
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/__test__/')) return next();
    requests.set(ctx.url, (requests.get(ctx.url) ?? 0) + 1);
    ctx.set('Cache-Control', 'no-store');
    const { query } = ctx;
    if (ctx.path === '/__test__/requests') {
      ctx.body = { count: requests.get(query.url) ?? 0, closedByClient: closed.get(query.url) ?? 0 };
    } else if (ctx.path === '/__test__/release') {
      for (const release of holds.get(query.hold) ?? []) release();
      holds.delete(query.hold);
      ctx.body = { released: query.hold };
    } else if (ctx.path.endsWith('/bundle') || ctx.path.endsWith('/index')) {
      if (query.hold) {
        const answer = await Promise.race([
          hold(query.hold).then(() => 'released'),
          new Promise((closed) => ctx.req.once('close', () => closed('closed'))),
        ]);
        if (answer === 'closed') {
          closed.set(ctx.url, (closed.get(ctx.url) ?? 0) + 1);
          return;
        }
      }
      if (query.drop) {
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      ctx.type = 'application/json';
      ctx.status = Number(query.status ?? 200);
      if (ctx.path.startsWith('/__test__/split/')) {
        // What `topic-hub build` wrote, with the index named under /__test__/ (no file extension, counted).
        if (ctx.path.endsWith('/index')) {
          const file = await readFile(join(splitBundleDir, basename(String(query.name))), 'utf8').catch(() => undefined);
          if (file === undefined) ctx.status = 404;
          ctx.body = file ?? 'no such index file';
        } else {
          const bundle = JSON.parse(await readFile(join(splitBundleDir, 'bundle.json'), 'utf8'));
          bundle.searchIndexFile = query.index ?? `index?name=${encodeURIComponent(bundle.searchIndexFile)}&id=${query.id ?? ''}`;
          ctx.body = bundle;
        }
        return;
      }
      const json = await readFile(multiHubBundle, 'utf8');
      if (query.variant === 'invalid-json') ctx.body = json.slice(0, 200);
      else if (query.variant === 'not-a-bundle') ctx.body = { name: 'some-package', version: '1.0.0' };
      else if (query.variant === 'version') ctx.body = { ...JSON.parse(json), version: 99 };
      else ctx.body = json;
    } else {
      return next();
    }
  };
}

/** Built from test/fixtures/content/multi-hub by `npm run build:test-fixtures` with `--search pagefind`. */
const pagefindMultiHub = 'test/fixtures/built/pagefind/multi-hub/pagefind';

/**
 * A page under a Content-Security-Policy header, for the Pagefind engine's policy test: the header
 * reaches Pagefind's web worker only when the worker script's own response carries it, as a site-wide
 * header does, so every file here is sent with it.
 *
 * - `/__pagefind-csp/<policy>/page` a page that prepares the Pagefind engine on `index/`, searches
 *   "platform" and posts `{ ids }` or `{ error }`, and any unhandled rejection, to its parent.
 *   `<policy>` is `strict` (`script-src 'self'`), `wasm` (`script-src 'self' 'wasm-unsafe-eval'`) or
 *   `trusted-types` (`wasm` and `require-trusted-types-for 'script'`).
 * - `/__pagefind-csp/<policy>/index/…` the multi-hub fixture's Pagefind folder.
 */
function pagefindCspPage() {
  const policies = {
    strict: "script-src 'self'",
    wasm: "script-src 'self' 'wasm-unsafe-eval'",
    'trusted-types': "script-src 'self' 'wasm-unsafe-eval'; require-trusted-types-for 'script'",
  };
  const probe = `import { createPagefindEngine } from '/src/search/pagefind-engine.ts';
const unhandled = [];
addEventListener('unhandledrejection', (event) => unhandled.push(String(event.reason?.message ?? event.reason)));
const engine = createPagefindEngine({ folder: new URL('index/', location.href).href });
const report = (answer) => setTimeout(() => parent.postMessage({ ...answer, unhandled }, '*'), 500);
engine
  .prepare()
  .then(() => engine.search({ query: 'platform', tags: [], limit: 10 }))
  .then((page) => report({ ids: page.matches.map((match) => match.article.id) }), (error) => report({ error: error.message }));
`;
  return async (ctx, next) => {
    const match = /^\/__pagefind-csp\/(strict|wasm|trusted-types)\/(page|probe\.js|index\/(.+))$/.exec(ctx.path);
    if (!match) return next();
    ctx.set('Content-Security-Policy', `default-src 'self'; ${policies[match[1]]}`);
    ctx.set('Cache-Control', 'no-store');
    if (match[2] === 'page') {
      ctx.type = 'html';
      ctx.body = '<!doctype html><title>Pagefind under a policy</title><script type="module" src="probe.js"></script>';
    } else if (match[2] === 'probe.js') {
      ctx.type = 'js';
      ctx.body = probe;
    } else {
      const file = join(pagefindMultiHub, match[3]);
      if (!file.startsWith(`${pagefindMultiHub}/`)) return next();
      ctx.type = file.endsWith('.js') ? 'js' : file.endsWith('.json') ? 'json' : 'application/octet-stream';
      ctx.body = await readFile(file).catch(() => {
        ctx.status = 404;
        return '';
      });
    }
  };
}

/**
 * Serves `/__security/built-bundle.json`: the XSS-corpus content folder (test/security/hostile-content.ts)
 * built by the real content build, once per run and only when a test asks for it.
 */
function hostileBuiltBundle() {
  const run = promisify(execFile);
  let built;
  const build = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hostile-built-'));
    try {
      await run(process.execPath, ['--import', 'tsx', 'test/security/hostile-content.ts', join(dir, 'content')]);
      await run(
        process.execPath,
        ['--import', 'tsx', 'scripts/build-content.ts', '--content', join(dir, 'content'), '--out', join(dir, 'bundle.json')],
        {
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      return await readFile(join(dir, 'bundle.json'), 'utf8');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };
  return {
    name: 'hostile-built-bundle',
    async serve(context) {
      if (context.path !== '/__security/built-bundle.json') return undefined;
      built ??= build();
      return { body: await built, type: 'json' };
    },
  };
}

/**
 * Test commands that speak CDP to the page, for what @web/test-runner-commands does not offer
 * with puppeteer. A session is kept per page: emulation lasts while it is attached.
 *
 * - `executeServerCommand('emulate-forced-colors', { active })`: forced colours (Windows High
 *   Contrast); emulateMedia offers them with Playwright only and puppeteer refuses the feature.
 * - `executeServerCommand('accessibility-tree')`: every node Chromium gives screen readers, in tree
 *   order, as `{ role, name, description, level }`. puppeteer's snapshot (a11ySnapshot) prunes headings that hold
 *   a link, so it cannot show an outline.
 */
function cdpCommands() {
  const sessions = new Map();
  const cdp = async (session) => {
    if (!sessions.has(session.id)) sessions.set(session.id, await session.browser.getPage(session.id).createCDPSession());
    return sessions.get(session.id);
  };
  return {
    name: 'cdp-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-forced-colors') {
        await (
          await cdp(session)
        ).send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      }
      if (command === 'accessibility-tree') {
        const { nodes } = await (await cdp(session)).send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((node) => [node.nodeId, node]));
        const ordered = [];
        const walk = (node) => {
          if (!node.ignored) {
            const level = node.properties?.find((property) => property.name === 'level')?.value.value;
            ordered.push({
              role: node.role?.value,
              name: node.name?.value,
              ...(node.description?.value !== undefined && { description: node.description.value }),
              ...(level !== undefined && { level }),
            });
          }
          for (const id of node.childIds ?? []) if (byId.has(id)) walk(byId.get(id));
        };
        walk(nodes.find((node) => !node.parentId));
        return ordered;
      }
      return undefined;
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/package/**', '!test/visual/**'],
  nodeResolve: true,
  middleware: [testServer(), pagefindCspPage()],
  // Decorators need the project's tsconfig (experimentalDecorators, no define semantics).
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), hostileBuiltBundle(), cdpCommands()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        // Root in CI needs --no-sandbox; the rest keeps Chromium off the (closed) network.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
      async createPage({ context }) {
        const page = await context.newPage();
        // An alert from any frame (an XSS payload in an iframe it made, say) would block the page until
        // the run times out: dismiss it, and set the flag the security tests check.
        page.on('dialog', async (dialog) => {
          const shown = `${dialog.type()}(${dialog.message()})`;
          await dialog.dismiss();
          await page.evaluate((what) => (window.__xss ??= `dialog ${what}`), shown).catch(() => {});
        });
        return page;
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
};
