/**
 * Size budgets that fail CI: every file a page downloads, gzipped (level 9) as bench/sizes.ts
 * measures it, stays within its budget in bench/size-budgets.ts (the one list). Run `npm run build`
 * first (`npm test` does).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sizeBudgets } from '../../bench/size-budgets.js';
import { shippedSizes, splitDropIn } from '../../bench/sizes.js';
import { seedHub, seedReferences } from '../fixtures/seed-facts.js';

const root = process.cwd();
const shipped = shippedSizes(root);

describe('size budgets', () => {
  it('has one budget for every shipped file, and no budget for a file that is not shipped', () => {
    const measured = shipped.map((size) => size.file).sort();
    assert.deepEqual(
      measured.filter((file) => !(file in sizeBudgets)),
      [],
      'shipped without a budget: add one to bench/size-budgets.ts',
    );
    assert.deepEqual(
      Object.keys(sizeBudgets).filter((file) => !measured.includes(file)),
      [],
      'a budget for a file the build no longer writes: remove it from bench/size-budgets.ts',
    );
  });

  it('splits the drop-in into its runtime and the built-in content', () => {
    const { content, runtime } = splitDropIn(root);
    for (const text of [seedHub.title, seedReferences[0]!.title]) {
      assert.ok(content.includes(JSON.stringify(text).slice(1, -1)), `the content part holds "${text}"`);
      assert.ok(!runtime.includes(JSON.stringify(text).slice(1, -1)), `the runtime part does not hold "${text}"`);
    }
    assert.ok(runtime.includes('customElements'), 'the runtime part holds the code');
  });

  for (const size of shipped) {
    it(`${size.file} stays within its budget`, () => {
      const budget = sizeBudgets[size.file];
      if (budget === undefined) return; // reported by the first test
      assert.ok(
        size.gzip <= budget,
        `${size.file} (${size.what}) is ${size.gzip.toLocaleString('en')} bytes gzip, over its budget of ` +
          `${budget.toLocaleString('en')} bytes (+${(size.gzip - budget).toLocaleString('en')}). Cut it, or raise the budget ` +
          'in bench/size-budgets.ts and say why in the commit.',
      );
    });
  }
});
