/**
 * Every public token of the theme is written down where page owners look for it: README's
 * Theming section and docs/design.md. A token added to theme.styles.ts without docs fails here.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const theme = read('src/internal/theme.styles.ts');
const tokens = [...new Set([...theme.matchAll(/var\(\s*(--hub-[a-z0-9-]+)/g)].map(([, name]) => name))].sort();

/** Names in a text, with README's short forms spelt out: `--hub-space-xs|s` is two names. */
function namesIn(text: string) {
  return new Set(
    [...text.matchAll(/--hub-[a-z0-9-]+(?:\|[a-z0-9]+)*/g)].flatMap(([written]) => {
      const [first, ...others] = written.split('|');
      const prefix = first.slice(0, first.lastIndexOf('-') + 1);
      return [first, ...others.map((other) => prefix + other)];
    }),
  );
}

describe('design tokens', () => {
  it('the theme defines a sensible number of public tokens', () => {
    // Colour roles, type, space, shape: a count far from this means the pattern above no longer reads the file.
    assert.ok(tokens.length > 40 && tokens.length < 80, `${tokens.length} tokens`);
  });

  for (const [file, text] of [
    ['README.md', read('README.md').split('### Theming')[1].split('\n## ')[0]],
    ['docs/design.md', read('docs/design.md')],
  ] as const) {
    it(`${file} names every token of the theme, and none it does not define`, () => {
      const named = namesIn(text);
      assert.deepEqual(
        tokens.filter((token) => !named.has(token)),
        [],
        'tokens missing from the docs',
      );
      assert.deepEqual(
        [...named].filter((name) => !tokens.includes(name) && name !== '--hub-search-max-height'),
        [],
        'names in the docs that the theme does not define',
      );
    });
  }
});
