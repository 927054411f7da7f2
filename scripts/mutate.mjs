/**
 * Runs Stryker once per module group of stryker.config.mjs, one after the other (each run uses
 * both cores), and stops at the first run that fails.
 *
 *   node scripts/mutate.mjs [--break=SCORE] [group ...]     default: every group
 *
 * Each run prints its clear-text table: mutation score, killed, survived, no coverage, timeouts
 * per file. With --break, a group whose score is below SCORE (percent) fails the run (Stryker's
 * `thresholds.break`): `npm run mutate:quick` uses it in CI. Extra Stryker options go through
 * environment variables (MUTATE_TYPECHECK, MUTATE_CONCURRENCY).
 */
import { spawnSync } from 'node:child_process';

const allGroups = ['search', 'runtime', 'markdown', 'cli', 'build'];
const args = process.argv.slice(2);
const breakArg = args.find((arg) => arg.startsWith('--break='));
const breakScore = breakArg?.slice('--break='.length);
if (breakArg && !/^\d+(\.\d+)?$/.test(breakScore ?? '')) {
  console.error(`mutate: --break needs a score in percent, e.g. --break=90 (got "${breakArg}").`);
  process.exit(2);
}
const named = args.filter((arg) => arg !== breakArg);
const groups = named.length > 0 ? named : allGroups;
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
    env: { ...process.env, MUTATE_GROUP: group, ...(breakScore && { MUTATE_BREAK: breakScore }) },
  });
  console.log(`=== ${group}: ${Math.round((Date.now() - started) / 1000)} s ===`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}
