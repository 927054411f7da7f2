// The long-task measurement (test/perf/long-tasks.perf.ts): the project's test runner setup with
// room for minutes of loading and typing. npx wtr --config test/perf/wtr-perf.config.mjs
import base from '../../web-test-runner.config.mjs';

export default {
  ...base,
  files: ['test/perf/long-tasks.perf.ts'],
  testsFinishTimeout: 30 * 60 * 1000,
  testFramework: { config: { timeout: 30 * 60 * 1000 } },
};
