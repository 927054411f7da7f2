/**
 * The nesting limits checked before Markdown reaches the parser (cli/content/limits.ts): exactly
 * 20 levels pass and 21 fail, for each way of nesting, and text that only looks deep passes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_BLOCK_NESTING, MAX_INLINE_NESTING, markdownNestingProblem } from '../../cli/content/limits.js';

const blockProblem = 'nests block quotes and lists more than 20 levels deep: flatten it';
const inlineProblem =
  'nests emphasis, strikethrough and link brackets more than 20 levels deep: flatten it or escape the characters with \\';

/** Asserts that `make(20)` passes and `make(21)` is refused with `problem`. */
function assertLimit(make: (levels: number) => string, problem: string) {
  assert.equal(markdownNestingProblem(make(20)), undefined, JSON.stringify(make(20)));
  assert.equal(markdownNestingProblem(make(21)), problem, JSON.stringify(make(21)));
}

describe('block nesting', () => {
  it('is limited to 20 levels', () => {
    assert.equal(MAX_BLOCK_NESTING, 20);
  });

  it('counts quote markers on one line', () => {
    assertLimit((levels) => `${'> '.repeat(levels)}deep`, blockProblem);
    assertLimit((levels) => `${'>'.repeat(levels)}deep`, blockProblem);
  });

  it('counts list markers of every kind on one line', () => {
    assertLimit((levels) => `${'- '.repeat(levels)}deep`, blockProblem);
    assertLimit((levels) => `${'* '.repeat(levels)}deep`, blockProblem);
    assertLimit((levels) => `${'+ '.repeat(levels)}deep`, blockProblem);
    assertLimit((levels) => `${'1. '.repeat(levels)}deep`, blockProblem);
    assertLimit((levels) => `${'123456789) '.repeat(levels)}deep`, blockProblem);
    assertLimit((levels) => `${'> - '.repeat(levels / 2)}${levels % 2 ? '> ' : ''}deep`, blockProblem);
  });

  it('counts a marker at the end of a line', () => {
    assertLimit((levels) => '- '.repeat(levels - 1) + '-', blockProblem);
    assertLimit((levels) => '1. '.repeat(levels - 1) + '1.', blockProblem);
  });

  it('counts every two columns of indentation before a marker as one more level', () => {
    // One marker, and 38 or 40 columns of indentation: 1 + 19 and 1 + 20 levels.
    assertLimit((levels) => `${' '.repeat(2 * (levels - 1))}- deep`, blockProblem);
    // An odd number of columns rounds up: 37 columns are 19 levels more, 39 are 20.
    assert.equal(markdownNestingProblem(`${' '.repeat(37)}- deep`), undefined);
    assert.equal(markdownNestingProblem(`${' '.repeat(39)}- deep`), blockProblem);
    // A tab is four columns.
    assert.equal(markdownNestingProblem(`${'\t'.repeat(9)}  - deep`), undefined);
    assert.equal(markdownNestingProblem(`${'\t'.repeat(10)}- deep`), blockProblem);
    // Between markers the one space a marker needs is not counted, the rest is: 11 markers with
    // 18 more columns (nine gaps of 3 spaces, one of 1) are 20 levels; with ten gaps of 3, 21.
    assert.equal(markdownNestingProblem(`${'-   '.repeat(9)}- - deep`), undefined);
    assert.equal(markdownNestingProblem(`${'-   '.repeat(10)}- deep`), blockProblem);
  });

  it('counts nested list items written one per line, each measured on its line', () => {
    const nested = (levels: number) => Array.from({ length: levels }, (_, level) => `${' '.repeat(2 * level)}- item`).join('\n');
    assert.equal(markdownNestingProblem(nested(20)), undefined);
    assert.equal(markdownNestingProblem(nested(21)), `line 21 ${blockProblem}`);
  });

  it('does not count what is no marker', () => {
    assert.equal(markdownNestingProblem('-'.repeat(100)), undefined);
    assert.equal(markdownNestingProblem(`${'-x '.repeat(30)}`), undefined);
    assert.equal(markdownNestingProblem(`${'1234567890. '.repeat(30)}`), undefined);
    assert.equal(markdownNestingProblem(`a ${'> '.repeat(30)}`), undefined);
    assert.equal(markdownNestingProblem('> a\n'.repeat(100)), undefined);
  });

  it('names the line, counted from the first line given', () => {
    const text = `intro\n\n${'> '.repeat(21)}deep`;
    assert.equal(markdownNestingProblem(text), `line 3 ${blockProblem}`);
    assert.equal(markdownNestingProblem(text, 10), `line 12 ${blockProblem}`);
    assert.equal(markdownNestingProblem(`a\r\nb\r${'> '.repeat(21)}`), `line 3 ${blockProblem}`);
  });
});

describe('inline nesting', () => {
  it('is limited to 20 levels', () => {
    assert.equal(MAX_INLINE_NESTING, 20);
  });

  it('counts link brackets', () => {
    assertLimit((levels) => `${'['.repeat(levels)}deep`, inlineProblem);
    assertLimit((levels) => `${'[a '.repeat(levels)}deep${']'.repeat(levels)}`, inlineProblem);
  });

  it('counts emphasis, strong and strikethrough', () => {
    assertLimit((levels) => `${'*a '.repeat(levels)}deep`, inlineProblem);
    assertLimit((levels) => `${'_a '.repeat(levels)}deep`, inlineProblem);
    assertLimit((levels) => `${'~a '.repeat(levels)}deep`, inlineProblem);
    // A run of n `*` or `_` is ceil(n / 2) levels: 39 and 40 stars are 20, 41 are 21.
    assertLimit((levels) => `${'*'.repeat(2 * levels - 1)}deep`, inlineProblem);
    assert.equal(markdownNestingProblem(`${'*'.repeat(40)}deep`), undefined);
    assertLimit((levels) => `${'_'.repeat(2 * levels)}deep`, inlineProblem);
    // A run of `~` is one level, however long.
    assert.equal(markdownNestingProblem(`${'~'.repeat(100)}deep`), undefined);
  });

  it('counts openers that are closed only at the end, and none that are closed at once', () => {
    assertLimit((levels) => `${'*a '.repeat(levels)}${'b* '.repeat(levels)}`, inlineProblem);
    assert.equal(markdownNestingProblem('*a* '.repeat(100)), undefined);
    assert.equal(markdownNestingProblem('[a] '.repeat(100)), undefined);
    assert.equal(markdownNestingProblem('~a~ '.repeat(100)), undefined);
    assert.equal(markdownNestingProblem('_a_ '.repeat(100)), undefined);
  });

  it('closes everything opened after the opener a closer matches', () => {
    assert.equal(markdownNestingProblem(`[${'*a '.repeat(19)}] ${'*a '.repeat(20)}`), undefined);
    assert.equal(markdownNestingProblem(`[${'*a '.repeat(19)}] ${'*a '.repeat(21)}`), inlineProblem);
  });

  it('does not open emphasis on delimiters that cannot open', () => {
    // Between spaces: neither left- nor right-flanking.
    assert.equal(markdownNestingProblem('a * _ ~ '.repeat(100)), undefined);
    assert.equal(markdownNestingProblem(`${'['.repeat(20)} *\na *\tb`), undefined);
    // Inside a word an underscore neither opens nor closes; a star does.
    assert.equal(markdownNestingProblem(`a_b ${'['.repeat(20)}`), undefined);
    assert.equal(markdownNestingProblem(`a*b ${'['.repeat(20)}`), inlineProblem);
    assert.equal(markdownNestingProblem(`_a a_b ${'['.repeat(20)}`), inlineProblem);
    assert.equal(markdownNestingProblem(`*a a*b ${'['.repeat(20)}`), undefined);
    // Before punctuation a delimiter opens only after a space or punctuation.
    assert.equal(markdownNestingProblem(`a *( ${'['.repeat(20)}`), inlineProblem);
    assert.equal(markdownNestingProblem(`a(*( ${'['.repeat(20)}`), inlineProblem);
    assert.equal(markdownNestingProblem(`a*( ${'['.repeat(20)}`), undefined);
    // Symbols count as punctuation.
    assert.equal(markdownNestingProblem(`a*$ ${'['.repeat(20)}`), undefined);
    // After punctuation a delimiter closes only before a space or punctuation.
    assert.equal(markdownNestingProblem(`*a )*a ${'['.repeat(19)}`), inlineProblem);
    assert.equal(markdownNestingProblem(`*a )* ${'['.repeat(20)}`), undefined);
    assert.equal(markdownNestingProblem(`*a )*) ${'['.repeat(20)}`), undefined);
    // Inside a word after punctuation an underscore opens; before punctuation it closes.
    assertLimit((levels) => `${'a._b '.repeat(levels)}`, inlineProblem);
    assert.equal(markdownNestingProblem(`_a a_. ${'['.repeat(20)}`), undefined);
  });

  it('does not count escaped characters or code spans', () => {
    assert.equal(markdownNestingProblem('\\['.repeat(100)), undefined);
    assert.equal(markdownNestingProblem('\\*a '.repeat(100)), undefined);
    assert.equal(markdownNestingProblem(`\`${'[*a '.repeat(100)}\``), undefined);
    assert.equal(markdownNestingProblem(`\`\`${'[ ` '.repeat(100)}\`\``), undefined);
    assert.equal(markdownNestingProblem(`\` \`\`${'['.repeat(30)}\`\``), undefined);
    // An unmatched backtick opens no code span: what follows counts.
    assert.equal(markdownNestingProblem(`\`${'['.repeat(21)}`), inlineProblem);
    assert.equal(markdownNestingProblem(`\`\`${'['.repeat(21)}\``), inlineProblem);
  });

  it('counts the delimiters before and after a code span', () => {
    assert.equal(markdownNestingProblem(`${'['.repeat(21)}\`x\``), inlineProblem);
    assert.equal(markdownNestingProblem(`${'['.repeat(11)}\`x\`${'['.repeat(10)}`), inlineProblem);
  });

  it('counts from zero again once the outermost bracket closes', () => {
    const twenty = `${'['.repeat(20)}a${']'.repeat(20)}`;
    assert.equal(markdownNestingProblem(`${twenty} ${twenty}`), undefined);
  });

  it('closes nothing with a closer that matches no opener', () => {
    assert.equal(markdownNestingProblem(`[a a* ${'['.repeat(20)}`), inlineProblem);
  });

  it('measures each paragraph on its own', () => {
    assert.equal(markdownNestingProblem('[a\n\n'.repeat(100)), undefined);
    assert.equal(markdownNestingProblem('[a\n'.repeat(21)), `line 1 ${inlineProblem}`);
    assert.equal(markdownNestingProblem(`x\n\n${'[a\n'.repeat(21)}`, 5), `line 7 ${inlineProblem}`);
  });

  it('ends a paragraph at a line of only spaces', () => {
    assert.equal(markdownNestingProblem(`${'[a\n'.repeat(15)}   \n${'[a\n'.repeat(15)}`), undefined);
  });

  it('splits a paragraph at a quote or list marker only at the start of a line, after any spaces', () => {
    assert.equal(markdownNestingProblem(`${'[a\n'.repeat(11)}x > y\n${'[a\n'.repeat(10)}`), `line 1 ${inlineProblem}`);
    assert.equal(markdownNestingProblem(`${'[a\n'.repeat(11)}${'-  [a\n'.repeat(10)}`), undefined);
    assert.equal(markdownNestingProblem(`${'[a\n'.repeat(11)}${'1.  [a\n'.repeat(10)}`), undefined);
  });

  it('measures each list item and quote line on its own', () => {
    assert.equal(markdownNestingProblem('- [x\n'.repeat(200)), undefined);
    assert.equal(markdownNestingProblem('1. *a\n'.repeat(200)), undefined);
    assert.equal(markdownNestingProblem('> [a\n'.repeat(200)), undefined);
  });
});
