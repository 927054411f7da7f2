/**
 * The content build (`buildBundle()`, in this process: build-in-process.ts) on a folder whose prose is an XSS
 * corpus (test/security/xss-corpus.ts): Markdown links with script schemes are refused, each
 * named as `file: field: ...`, and no bundle is made; without them the bundle holds only the format's node types and
 * links an author may write. Strings need no check: the elements show them as text.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ContentBundle } from '../../src/content/bundle-types.js';
import { badLinks, readCorpus, writeHostileContent } from '../security/hostile-content.js';
import { buildInProcess } from './build-in-process.js';

let workDir: string;
let corpus: string[];

before(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'hostile-corpus-'));
  corpus = await readCorpus();
});
after(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe('content build on an XSS corpus', () => {
  it('refuses every Markdown link with a script scheme, naming file and field, and makes no bundle', async () => {
    const contentDir = join(workDir, 'with-bad-links');
    const { hubFile, inlineProse } = await writeHostileContent(contentDir, corpus, { badLinks: true });
    const result = await buildInProcess(contentDir);
    assert.equal(result.bundle, undefined);
    const errors = result.errors.filter((line) => line.includes(': links to '));
    const file = relative(process.cwd(), hubFile);
    const message = (href: string) =>
      `links to ${JSON.stringify(href)} are not allowed: use http, https, mailto or a relative URL (not //host, no spaces or backslashes)`;
    const expected = [
      // The links come first in every list: the body, the reasons, then after the corpus in questions and failure modes.
      ...badLinks.map(({ href }) => `${file}: (body): ${message(href)}`),
      `${file}: (body): ${message('javascript:alert(7)')}`,
      ...badLinks.map(({ href }, i) => `${file}: startHere[${i}].reason: ${message(href)}`),
      ...badLinks.map(({ href }, i) => `${file}: questions[${inlineProse.length - badLinks.length + i}]: ${message(href)}`),
      ...badLinks.map(({ href }, i) => `${file}: failureModes[${inlineProse.length - badLinks.length + i}].text: ${message(href)}`),
    ];
    assert.deepEqual([...errors].sort(), [...expected].sort());
  });

  describe('without the bad links', () => {
    let bundle: ContentBundle;
    let prose: string[];
    before(async () => {
      const contentDir = join(workDir, 'corpus');
      ({ prose } = await writeHostileContent(contentDir, corpus, { badLinks: false }));
      const result = await buildInProcess(contentDir);
      assert.deepEqual(result.errors, []);
      bundle = JSON.parse(JSON.stringify(result.bundle));
    });

    it('writes the vectors of the front matter as they are', () => {
      assert.equal(bundle.hubs.hostile.title, prose[0].trim());
      assert.equal(bundle.articles['a-1'].title, prose[2].trim());
      assert.equal(bundle.articles['a-1'].summary, prose[3].trim());
      assert.equal(bundle.hubs.hostile.questions.length, prose.length + 1);
    });

    it('holds only the node types of the format, and links only to http(s), mailto or relative URLs', () => {
      const problems: string[] = [];
      const sameKeys = (node: object, keys: string[], path: string) => {
        if (Object.keys(node).sort().join() !== [...keys].sort().join())
          problems.push(`${path} has the keys ${Object.keys(node).join(', ')}`);
      };
      const inline = (nodes: unknown, path: string) => {
        if (!Array.isArray(nodes)) return problems.push(`${path} is not a list`);
        nodes.forEach((node, i) => {
          const at = `${path}[${i}]`;
          if (typeof node === 'string') return;
          switch (node?.type) {
            case 'em':
            case 'strong':
              sameKeys(node, ['type', 'children'], at);
              return inline(node.children, `${at}.children`);
            case 'code':
              sameKeys(node, ['type', 'text'], at);
              if (typeof node.text !== 'string') problems.push(`${at}.text is not text`);
              return;
            case 'link': {
              sameKeys(node, ['type', 'href', 'children'], at);
              // Read as the browser reads an href, relative ones against some https page.
              const { protocol } = new URL(node.href, 'https://page.invalid/');
              if (!['http:', 'https:', 'mailto:'].includes(protocol))
                problems.push(`${at}.href ${JSON.stringify(node.href)} is ${protocol}`);
              return inline(node.children, `${at}.children`);
            }
            default:
              problems.push(`${at} has the type ${JSON.stringify(node?.type)}`);
          }
        });
      };
      const blocks = (nodes: unknown, path: string) => {
        if (!Array.isArray(nodes)) return problems.push(`${path} is not a list`);
        nodes.forEach((node, i) => {
          const at = `${path}[${i}]`;
          if (node?.type === 'paragraph') {
            sameKeys(node, ['type', 'children'], at);
            inline(node.children, `${at}.children`);
          } else if (node?.type === 'list') {
            sameKeys(node, ['type', 'ordered', 'items'], at);
            node.items.forEach((item: unknown, j: number) => blocks(item, `${at}.items[${j}]`));
          } else problems.push(`${at} has the type ${JSON.stringify(node?.type)}`);
        });
      };
      const hub = bundle.hubs.hostile;
      blocks(hub.intro, 'intro');
      hub.startHere.forEach((entry, i) => inline(entry.reason, `startHere[${i}].reason`));
      hub.questions.forEach((question, i) => inline(question, `questions[${i}]`));
      hub.failureModes.forEach((mode, i) => inline(mode.text, `failureModes[${i}].text`));
      assert.deepEqual(problems, []);
      // The walk saw real trees, with every kind of node.
      const json = JSON.stringify(hub);
      for (const type of ['paragraph', 'list', 'em', 'strong', 'code', 'link'])
        assert.ok(json.includes(`"type":"${type}"`), `no ${type} node`);
    });
  });
});
