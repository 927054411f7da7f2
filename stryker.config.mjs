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
 * `perTest`: the tests import the module in their own process, so Stryker sees which test file
 * reaches which mutant and runs only those. `off`: the tests run the content build in a child
 * process (`tsx scripts/build-content.ts`), where Stryker's coverage hook is absent; the child
 * still inherits the active mutant through the environment, so every test file runs against
 * every mutant, cheapest first, stopping at the first failure.
 *
 *
 * `typecheck`: run @stryker-mutator/typescript-checker first, which drops mutants that would not
 * compile. It costs seconds per mutant here (a type check of the program each time), far more
 * than the unit tests it would spare, so only the group whose tests cost ~25 s per mutant uses
 * it; `MUTATE_TYPECHECK=1` (or `0`) turns it on (or off) for any group, e.g. to tell whether a
 * survivor even compiles.
 *
 * @type {Record<string, { mutate: string[]; testFiles: string[]; coverageAnalysis: 'perTest' | 'off'; typecheck: boolean }>}
 */
const groups = {
  search: {
    mutate: ['src/search/article-search-engine.ts'],
    testFiles: ['test/node/search-engine.test.ts'],
    coverageAnalysis: 'perTest',
    typecheck: false,
  },
  runtime: {
    mutate: ['src/content/content-store.ts', 'src/content/bundle-check.ts', 'src/internal/safe-url.ts'],
    testFiles: ['test/node/bundle-check.test.ts', 'test/node/content-store.test.ts', 'test/node/safe-url.test.ts'],
    coverageAnalysis: 'perTest',
    typecheck: false,
  },
  cli: {
    mutate: ['cli/build.ts'],
    testFiles: ['test/node/mutation-survivors.test.ts'],
    coverageAnalysis: 'perTest',
    typecheck: false,
  },
  build: {
    mutate: ['cli/content/*.ts', 'cli/write-bundle.ts'],
    testFiles: [
      'test/node/limits.test.ts',
      'test/node/rich-text.test.ts',
      'test/node/bundle-schema.test.ts',
      'test/node/hostile-corpus.test.ts',
      'test/node/content-build.test.ts',
      'test/node/hostile-content.test.ts',
    ],
    coverageAnalysis: 'off',
    typecheck: true,
  },
};

// version.test.ts (half a second, it reaches none of these modules) is in every group so that a
// group whose unit tests do not exist yet still runs and reports its mutants as not covered.
for (const group of Object.values(groups)) group.testFiles.push('test/node/version.test.ts');

const name = process.env.MUTATE_GROUP ?? '';
const group = groups[name];
if (!group) throw new Error(`Set MUTATE_GROUP to one of: ${Object.keys(groups).join(', ')} (got "${name}").`);

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
  coverageAnalysis: group.coverageAnalysis,
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
