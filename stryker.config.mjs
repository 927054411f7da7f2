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
 * Every group uses the tap runner: each test file runs in its own process, where Stryker's hook
 * records which mutants it reaches (per-test coverage), so a mutant runs only the test files that
 * reach it. The tests must therefore call the code in their own process: a child process is out
 * of the hook's sight (its mutants all come out "no coverage").
 *
 * @type {Record<string, { mutate: string[]; testFiles: string[] }>}
 */
const groups = {
  search: {
    mutate: ['src/search/article-search-engine.ts'],
    testFiles: ['test/node/search-engine.test.ts'],
  },
  runtime: {
    mutate: ['src/content/content-store.ts', 'src/content/bundle-check.ts', 'src/internal/safe-url.ts'],
    testFiles: ['test/node/bundle-check.test.ts', 'test/node/content-store.test.ts', 'test/node/safe-url.test.ts'],
  },
  cli: {
    mutate: ['cli/build.ts'],
    testFiles: ['test/node/mutation-survivors.test.ts'],
  },
  // The Markdown limits and the Markdown-to-tree conversion, on their unit tests and then on the
  // two fastest build tests, which reach the inline mode of the limits and the file size limit.
  markdown: {
    mutate: ['cli/content/limits.ts', 'cli/content/rich-text.ts'],
    testFiles: [
      'test/node/limits.test.ts',
      'test/node/rich-text.test.ts',
      'test/node/content-build.test.ts',
      'test/node/content-fields.test.ts',
    ],
  },
  // The content build, called in process by its tests (test/node/build-in-process.ts), cheapest
  // file first; mutation-survivors.test.ts reaches write-bundle.ts through `topic-hub build`.
  build: {
    mutate: ['cli/content/*.ts', '!cli/content/limits.ts', '!cli/content/rich-text.ts', 'cli/write-bundle.ts'],
    testFiles: [
      'test/node/content-fields.test.ts',
      'test/node/bundle-schema.test.ts',
      'test/node/content-build.test.ts',
      'test/node/hostile-content.test.ts',
      'test/node/mutation-survivors.test.ts',
      'test/node/hostile-corpus.test.ts',
    ],
  },
};

// version.test.ts (half a second, it reaches none of these modules) is in every tap group so that
// a group whose unit tests do not exist yet still runs and reports its mutants as not covered.
for (const group of Object.values(groups)) group.testFiles.push('test/node/version.test.ts');

const name = process.env.MUTATE_GROUP ?? '';
const group = groups[name];
if (!group) throw new Error(`Set MUTATE_GROUP to one of: ${Object.keys(groups).join(', ')} (got "${name}").`);
// MUTATE_REPORT names the reports and the incremental file instead of the group, so runs of one
// file each (`--mutate`) keep their own, and can run side by side.
const report = process.env.MUTATE_REPORT ?? name;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'tap',
  tap: {
    testFiles: group.testFiles,
    // Each test file runs directly in one process (not under `node --test`, which would start
    // another process per file, out of reach of Stryker's coverage hook).
    nodeArgs: ['-r', '{{hookFile}}', '--import', 'tsx', '--test-reporter=tap', '{{testFile}}'],
    forceBail: true,
  },
  coverageAnalysis: 'perTest',
  mutate: group.mutate,
  // The TypeScript checker drops mutants that would not compile, but costs seconds per mutant (a
  // type check each time), more than the unit tests it would spare: off unless MUTATE_TYPECHECK=1,
  // e.g. to tell whether a survivor even compiles.
  checkers: process.env.MUTATE_TYPECHECK === '1' ? ['typescript'] : [],
  tsconfigFile: 'tsconfig.mutate.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  // MUTATE_BREAK (set by `scripts/mutate.mjs --break=SCORE`): a lower score fails the run.
  thresholds: { high: 80, low: 60, break: process.env.MUTATE_BREAK ? Number(process.env.MUTATE_BREAK) : null },
  // MUTATE_CONCURRENCY=1 on a machine shared with other work.
  concurrency: Number(process.env.MUTATE_CONCURRENCY ?? 2),
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${report}.json`,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${report}.html` },
  jsonReporter: { fileName: `reports/mutation/${report}.json` },
  clearTextReporter: { allowColor: false, logTests: false },
  ignorePatterns: ['.stryker-tmp*', 'dist', 'storybook-static', 'reports', 'bench/results.json', 'demo/hubs', 'test/fixtures/built'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
