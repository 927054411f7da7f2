import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
      await run(process.execPath, ['--import', 'tsx', 'scripts/build-content.ts', '--content', join(dir, 'content'), '--out', join(dir, 'bundle.json')], {
        maxBuffer: 64 * 1024 * 1024,
      });
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

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // Decorators need the project's tsconfig (experimentalDecorators, no define semantics).
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), hostileBuiltBundle()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        // Root in CI needs --no-sandbox; the rest keeps Chromium off the (closed) network.
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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
