/**
 * The term list of `--search pagefind` (src/search/term-list.ts): what the build counts and keeps,
 * and how the Pagefind engine corrects a word with it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TermIndex, buildTermList, editDistance } from '../../src/search/term-list.js';

const article = (title: string, summary = '', tags: string[] = []) => ({ title, summary, tags });

describe('buildTermList', () => {
  it('counts the words of titles, summaries and tags, most frequent first, ties alphabetical, none under four letters', () => {
    const list = buildTermList([article('Team Debt', 'The debt of a team.', ['technical-debt']), article('Zebra team')]);
    assert.deepEqual(list, {
      format: 'topic-hub-terms',
      version: 1,
      complete: true,
      terms: [
        ['debt', 3],
        ['team', 3],
        ['technical', 1],
        ['zebra', 1],
      ],
    });
  });

  it('keeps only the most frequent words when capped, and says the list is not complete', () => {
    const list = buildTermList([article('alpha alpha beta gamma')], 2);
    assert.deepEqual(list.terms, [
      ['alpha', 2],
      ['beta', 1],
    ]);
    assert.equal(list.complete, false);
  });
});

describe('editDistance', () => {
  it('counts a swap of two letters as one edit, as a reader does', () => {
    assert.equal(editDistance('techincal', 'technical', 2), 1);
    assert.equal(editDistance('hedcount', 'headcount', 2), 1);
    assert.equal(editDistance('metric', 'metrics', 2), 1);
    assert.equal(editDistance('kitten', 'sitting', 3), 3);
  });

  it('stops at the limit: anything farther is limit + 1', () => {
    assert.equal(editDistance('kitten', 'sitting', 1), 2);
    assert.equal(editDistance('a', 'abcdef', 2), 3);
  });
});

describe('TermIndex', () => {
  const terms = new TermIndex(
    buildTermList([
      article('team team team teams'),
      article('tram headcount headcount'),
      article('technical technical debt'),
      article('technique'),
    ]),
  );

  it('corrects to the closest word, the more frequent of two equally close ones', () => {
    assert.equal(terms.closest('hedcount'), 'headcount');
    assert.equal(terms.closest('techincal'), 'technical');
    // "tean" is one edit from "team" (3 times) and from "tram" (once).
    assert.equal(terms.closest('tean'), 'team');
  });

  it('allows no edit up to three letters, one up to five, two above', () => {
    assert.equal(terms.closest('tem'), undefined);
    assert.equal(terms.closest('tm'), undefined);
    assert.equal(terms.closest('dbet'), 'debt');
    assert.equal(terms.closest('dxbx'), undefined, 'two edits in four letters');
    assert.equal(terms.closest('hedcoxnt'), 'headcount', 'two edits in eight letters');
    assert.equal(terms.closest('hxdxoxnt'), undefined, 'three edits');
  });

  it('knows the words of the list and every word too short to correct; finds a word being typed', () => {
    assert.ok(terms.knows('teams'));
    assert.ok(terms.knows('xyz'));
    assert.ok(!terms.knows('teamz'));
    assert.ok(terms.startsSomeWord('techn'));
    assert.ok(!terms.startsSomeWord('techx'));
  });
});
