// @ts-check
/**
 * Mutation testing (StrykerJS) of the modules that run in node, one module group per run:
 *
 *   MUTATE_GROUP=search npx stryker run     (or `npm run mutate`, which runs every group)
 *
 * Each group names the sources it mutates and the fast node tests that concern them; see
 * docs/mutation-testing.md for the scores and the survivors accepted.
 */

/**
 * `tap`: each test file runs in its own process, where Stryker's hook records which mutants it
 * reaches (per-test coverage), so a mutant runs only the test files that reach it. For modules
 * that the tests import.
 *
 * `command`: the content build's tests run it in a child process (`tsx
 * scripts/build-content.ts`), out of reach of that hook: the tap runner would report every
 * mutant as not covered (and with coverage analysis off it still does, in 9.6.1). The command
 * runner runs the test files for every mutant, which reaches the child processes through the
 * environment variable that selects the active mutant; the files run cheapest first and the
 * first failure ends the run.
 *
 * `typecheck`: run @stryker-mutator/typescript-checker first, which drops mutants that would not
 * compile. It costs seconds per mutant here (a type check each time), more than the unit tests it
 * would spare, so only the command group uses it; `MUTATE_TYPECHECK=1` (or `0`) turns it on (or
 * off) for any group, e.g. to tell whether a survivor even compiles.
 *
 * @type {Record<string, { mutate: string[]; testFiles: string[]; runner: 'tap' | 'command'; typecheck: boolean }>}
 */
const groups = {
  search: {
    mutate: ['src/search/article-search-engine.ts'],
    testFiles: ['test/node/search-engine.test.ts'],
    runner: 'tap',
    typecheck: false,
  },
  runtime: {
    mutate: ['src/content/content-store.ts', 'src/content/bundle-check.ts', 'src/internal/safe-url.ts'],
    testFiles: ['test/node/bundle-check.test.ts', 'test/node/content-store.test.ts', 'test/node/safe-url.test.ts'],
    runner: 'tap',
    typecheck: false,
  },
  cli: {
    mutate: ['cli/build.ts'],
    testFiles: ['test/node/mutation-survivors.test.ts'],
    runner: 'tap',
    typecheck: false,
  },
  // The Markdown limits and the Markdown-to-tree conversion have in-process unit tests of their
  // own, so they can use the fast tap runner; the rest of cli/content is reached only through the
  // build's child processes (the `build` group).
  markdown: {
    mutate: ['cli/content/limits.ts', 'cli/content/rich-text.ts'],
    testFiles: ['test/node/limits.test.ts', 'test/node/rich-text.test.ts'],
    runner: 'tap',
    typecheck: false,
  },
  build: {
    mutate: ['cli/content/*.ts', '!cli/content/limits.ts', '!cli/content/rich-text.ts', 'cli/write-bundle.ts'],
    testFiles: [
      'test/node/limits.test.ts',
      'test/node/rich-text.test.ts',
      'test/node/bundle-schema.test.ts',
      'test/node/hostile-corpus.test.ts',
      'test/node/content-build.test.ts',
      'test/node/hostile-content.test.ts',
    ],
    runner: 'command',
    typecheck: true,
  },
};

// version.test.ts (half a second, it reaches none of these modules) is in every tap group so that
// a group whose unit tests do not exist yet still runs and reports its mutants as not covered.
for (const group of Object.values(groups)) if (group.runner === 'tap') group.testFiles.push('test/node/version.test.ts');

const name = process.env.MUTATE_GROUP ?? '';
const group = groups[name];
if (!group) throw new Error(`Set MUTATE_GROUP to one of: ${Object.keys(groups).join(', ')} (got "${name}").`);

// A file not written yet is skipped; `node --test` would fail on it.
const command = `for f in ${group.testFiles.join(' ')}; do [ ! -e "$f" ] || node --import tsx --test "$f" || exit 1; done`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: group.runner,
  commandRunner: { command },
  tap: {
    testFiles: group.testFiles,
    // Each test file runs directly in one process (not under `node --test`, which would start
    // another process per file, out of reach of Stryker's coverage hook).
    nodeArgs: ['-r', '{{hookFile}}', '--import', 'tsx', '--test-reporter=tap', '{{testFile}}'],
    forceBail: true,
  },
  coverageAnalysis: group.runner === 'tap' ? 'perTest' : 'off',
  mutate: group.mutate,
  checkers: (process.env.MUTATE_TYPECHECK ?? (group.typecheck ? '1' : '0')) === '1' ? ['typescript'] : [],
  tsconfigFile: 'tsconfig.mutate.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  concurrency: 2,
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false },
  ignorePatterns: ['dist', 'storybook-static', 'reports', 'bench/results.json', 'demo/hubs', 'test/fixtures/built'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
