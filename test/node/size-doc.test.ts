/**
 * docs/size.md is what `npm run size` writes from the current build: a change that moves a size
 * without regenerating the table fails here. Run `npm run build` first (`npm test` does).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { sizeReport } from '../../scripts/size-report.js';

it('docs/size.md is up to date with the build (run `npm run size` to regenerate it)', async () => {
  const committed = readFileSync('docs/size.md', 'utf8');
  const current = await sizeReport(process.cwd());
  const stale = current.split('\n').filter((line, index) => line !== committed.split('\n')[index]);
  assert.ok(
    committed === current,
    `docs/size.md is stale: run \`npm run size\`. First lines that differ:\n${stale.slice(0, 3).join('\n')}`,
  );
});
