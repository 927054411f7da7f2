/**
 * Markdown to the bundle's rich-text tree (cli/content/rich-text.ts): what each Markdown
 * construct becomes, the warnings for what the tree cannot hold, and the links it refuses.
 * Expected trees are written by hand from CommonMark/GFM.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToInlineText, markdownToRichText, type RichTextProblems } from '../../cli/content/rich-text.js';
import type { InlineText, RichText } from '../../src/content/bundle-types.js';

const warnings = {
  heading: 'headings are not shown as headings (the hub has its own); the text is kept as a bold paragraph',
  quote: 'quotes are not shown as quotes; their text is kept as paragraphs',
  code: 'code blocks are shown as inline code',
  table: 'tables are not shown as tables; each row is kept as a paragraph',
  html: 'HTML is not rendered; only its text is kept',
  del: 'strikethrough is not shown; the text is kept',
  image: 'images are not shown; their alt text is kept',
};

const linkError = (href: string) =>
  `links to ${JSON.stringify(href)} are not allowed: use http, https, mailto or a relative URL (not //host, no spaces or backslashes)`;

function rich(markdown: string): { tree: RichText } & RichTextProblems {
  const problems: RichTextProblems = { errors: [], warnings: [] };
  return { tree: markdownToRichText(markdown, problems), ...problems };
}

function inline(markdown: string): { tree: InlineText } & RichTextProblems {
  const problems: RichTextProblems = { errors: [], warnings: [] };
  return { tree: markdownToInlineText(markdown, problems), ...problems };
}

const p = (...children: InlineText) => ({ type: 'paragraph' as const, children });

describe('markdownToRichText', () => {
  it('turns paragraphs into paragraph nodes, dropping rules, blank lines and link definitions', () => {
    assert.deepEqual(rich('One *two*.\n\n---\n\n[ref]: https://example.com\n\nThree **four**'), {
      tree: [p('One ', { type: 'em', children: ['two'] }, '.'), p('Three ', { type: 'strong', children: ['four'] })],
      errors: [],
      warnings: [],
    });
  });

  it('turns lists into list nodes, ordered or not, tight or loose, nested', () => {
    assert.deepEqual(rich('- a\n- b').tree, [{ type: 'list', ordered: false, items: [[p('a')], [p('b')]] }]);
    assert.deepEqual(rich('1. a\n\n2. b').tree, [{ type: 'list', ordered: true, items: [[p('a')], [p('b')]] }]);
    assert.deepEqual(rich('- a\n  1. b\n- *c*').tree, [
      {
        type: 'list',
        ordered: false,
        items: [[p('a'), { type: 'list', ordered: true, items: [[p('b')]] }], [p({ type: 'em', children: ['c'] })]],
      },
    ]);
  });

  it('keeps a heading as a bold paragraph, with a warning', () => {
    assert.deepEqual(rich('# Title *x*\n\ntext'), {
      tree: [p({ type: 'strong', children: ['Title ', { type: 'em', children: ['x'] }] }), p('text')],
      errors: [],
      warnings: [warnings.heading],
    });
  });

  it('keeps a quote as its paragraphs, with a warning', () => {
    assert.deepEqual(rich('> a\n>\n> b'), { tree: [p('a'), p('b')], errors: [], warnings: [warnings.quote] });
  });

  it('keeps a code block as inline code, with a warning', () => {
    assert.deepEqual(rich('```js\nlet a = 1 < 2;\n```'), {
      tree: [p({ type: 'code', text: 'let a = 1 < 2;' })],
      errors: [],
      warnings: [warnings.code],
    });
    assert.deepEqual(rich('    indented &amp;').tree, [p({ type: 'code', text: 'indented &amp;' })]);
  });

  it('keeps each table row as a paragraph of its cells, with a warning', () => {
    const { tree, warnings: found } = rich('| a | b |\n|---|---|\n| 1 | *2* |');
    assert.deepEqual(found, [warnings.table]);
    assert.deepEqual(tree.length, 2);
    assert.deepEqual(tree[0], p('a', ' · ', 'b'));
    assert.deepEqual(tree[1], p('1', ' · ', { type: 'em', children: ['2'] }));
  });

  it('keeps only the text of an HTML block, without script or style contents, with a warning', () => {
    assert.deepEqual(rich('<div class="x">a &amp; <b>b</b><script>evil()</script><style>p{}</style></div>'), {
      tree: [p('a & b')],
      errors: [],
      warnings: [warnings.html],
    });
    assert.deepEqual(rich('<div><script>evil()</script></div>').tree, []);
  });

  it('keeps what it does not support as text, with a warning naming it', () => {
    assert.deepEqual(rich('- [x] done'), {
      tree: [{ type: 'list', ordered: false, items: [[p('[x]'), p('done')]] }],
      errors: [],
      warnings: ['"checkbox" blocks are not supported; their text is kept'],
    });
  });

  it('gives each warning once', () => {
    assert.deepEqual(rich('# a\n\n# b\n\n> c\n\n> d').warnings, [warnings.heading, warnings.quote]);
  });

  it('returns an empty tree for empty text', () => {
    assert.deepEqual(rich(''), { tree: [], errors: [], warnings: [] });
    assert.deepEqual(rich('\n\n  \n').tree, []);
  });
});

describe('markdownToInlineText', () => {
  it('trims the line and turns emphasis, strong and code into their nodes', () => {
    assert.deepEqual(inline('  *a* **b** `c &amp; d`  '), {
      tree: [{ type: 'em', children: ['a'] }, ' ', { type: 'strong', children: ['b'] }, ' ', { type: 'code', text: 'c &amp; d' }],
      errors: [],
      warnings: [],
    });
  });

  it('decodes character references in text and image alt text', () => {
    assert.deepEqual(inline('&copy; &#65;&#x42; &amp;amp; &lt;b&gt;').tree, ['© AB &amp; <b>']);
    assert.deepEqual(inline('see ![a &amp; b](/i.png)'), { tree: ['see a & b'], errors: [], warnings: [warnings.image] });
  });

  it('keeps no empty text', () => {
    assert.deepEqual(inline('![](/i.png)').tree, []);
    assert.deepEqual(inline('*![](/i.png)*').tree, [{ type: 'em', children: [] }]);
  });

  it('merges adjacent text into one string', () => {
    assert.deepEqual(inline('a\\*b\\_c').tree, ['a*b_c']);
    assert.deepEqual(inline('a  \nb').tree, ['a b']);
    assert.deepEqual(inline('a ~~b~~ c'), { tree: ['a b c'], errors: [], warnings: [warnings.del] });
  });

  it('turns links into link nodes with decoded destinations', () => {
    assert.deepEqual(inline('[site *x*](https://example.com/a "title") [m](mailto:a@example.com) [r](../b?c=1&amp;d=2#e)').tree, [
      { type: 'link', href: 'https://example.com/a', children: ['site ', { type: 'em', children: ['x'] }] },
      ' ',
      { type: 'link', href: 'mailto:a@example.com', children: ['m'] },
      ' ',
      { type: 'link', href: '../b?c=1&d=2#e', children: ['r'] },
    ]);
    assert.deepEqual(inline('<https://example.com>').tree, [
      { type: 'link', href: 'https://example.com', children: ['https://example.com'] },
    ]);
  });

  it('refuses links other than http, https, mailto or relative, keeping the text around them', () => {
    const cases: [string, string][] = [
      ['[x](javascript:alert(1))', 'javascript:alert(1)'],
      ['[x](&#106;avascript:alert(1))', 'javascript:alert(1)'],
      ['[x](&#x6A;avascript&colon;alert(1))', 'javascript:alert(1)'],
      ['[x](JAVASCRIPT:alert(1))', 'JAVASCRIPT:alert(1)'],
      ['[x](data:text/html,hi)', 'data:text/html,hi'],
      ['[x](//evil.example)', '//evil.example'],
      ['[x](<a b>)', 'a b'],
      ['[x](/a&#92;b)', '/a\\b'],
      ['[x](ftp://example.com)', 'ftp://example.com'],
    ];
    for (const [markdown, href] of cases) {
      assert.deepEqual(inline(`see ${markdown} now`), { tree: ['see  now'], errors: [linkError(href)], warnings: [] }, markdown);
    }
  });

  it('reports every refused link', () => {
    assert.deepEqual(inline('[a](javascript:a) [b](vbscript:b)').errors, [linkError('javascript:a'), linkError('vbscript:b')]);
  });

  it('keeps the text of inline HTML, without the contents of script and style elements', () => {
    assert.deepEqual(inline('a <b>bold</b> <span title="t">c</span>'), { tree: ['a bold c'], errors: [], warnings: [warnings.html] });
    assert.deepEqual(inline('a <script>alert(1)</script> b').tree, ['a  b']);
    assert.deepEqual(inline('a <script>x<b>y</b>z</script> b').tree, ['a  b']);
    assert.deepEqual(inline('a <SCRIPT type="module">alert(1)</SCRIPT> b').tree, ['a  b']);
    assert.deepEqual(inline('a <style>p { color: red }</style> b').tree, ['a  b']);
    assert.deepEqual(inline('a <scripts>kept</scripts> b').tree, ['a kept b']);
  });

  it('gives each warning once', () => {
    assert.deepEqual(inline('<i>a</i> ~~b~~ <i>c</i> ~~d~~').warnings, [warnings.html, warnings.del]);
  });
});
