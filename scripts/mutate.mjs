/**
 * Runs Stryker once per module group of stryker.config.mjs, one after the other (each run uses
 * both cores), and stops at the first run that fails.
 *
 *   node scripts/mutate.mjs [group ...]     default: every group
 *
 * Each run prints its clear-text table: mutation score, killed, survived, no coverage, timeouts
 * per file. Extra Stryker options go through environment variables (MUTATE_TYPECHECK).
 */
import { spawnSync } from 'node:child_process';

const allGroups = ['search', 'runtime', 'markdown', 'cli', 'build'];
const groups = process.argv.length > 2 ? process.argv.slice(2) : allGroups;
for (const group of groups) {
  if (!allGroups.includes(group)) {
    console.error(`mutate: no group "${group}"; the groups are ${allGroups.join(', ')}.`);
    process.exit(2);
  }
}
for (const group of groups) {
  console.log(`\n=== mutation group ${group} ===`);
  const started = Date.now();
  const result = spawnSync('npx', ['--no', '--', 'stryker', 'run'], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_GROUP: group },
  });
  console.log(`=== ${group}: ${Math.round((Date.now() - started) / 1000)} s ===`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
