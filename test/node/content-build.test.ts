/**
 * The content build as an author meets it: what `buildBundle()` makes of a folder (called in this
 * process, see build-in-process.ts): the bundle, or every error as `file: field: message`. The
 * command around it (exit code, output, writing) is tested in content-build-command.test.ts.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import MiniSearch from 'minisearch';
import type { ContentBundle } from '../../src/content/bundle-types.js';
import { readBundle } from '../../src/content/content-store.js';
import { searchIndexOptions } from '../../src/search/search-index-options.js';
import { seedHub, seedReferences } from '../fixtures/seed-facts.js';
import { buildInProcess } from './build-in-process.js';

const fixtures = 'test/fixtures/content';

/** A bundle as the command writes it: JSON, without the fields that are undefined. */
const asWritten = (bundle: ContentBundle | undefined): ContentBundle => {
  assert.ok(bundle, 'the build returned no bundle');
  return JSON.parse(JSON.stringify(bundle));
};

const oneArticle = '---\ntitle: One\nsummary: The one.\ntags: [alpha]\n---\n';

/**
 * A content folder in a temporary directory with `articles/` and `hubs/` and these files (paths
 * relative to it); `hubFile` gives a hub's path as the build prints it.
 */
async function contentFolder(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'content-'));
  await mkdir(join(dir, 'articles'));
  await mkdir(join(dir, 'hubs'));
  for (const [path, text] of Object.entries(files)) await writeFile(join(dir, path), text);
  return { dir, hubFile: (name: string) => relative(process.cwd(), join(dir, 'hubs', name)) };
}

describe('content build on the shipped content', () => {
  let bundle: ContentBundle;
  before(async () => {
    const result = await buildInProcess('content');
    assert.deepEqual(result.errors, []);
    bundle = asWritten(result.bundle);
  });

  it('writes a versioned bundle with the Technical Leadership hub and its 31 references in the seed order', () => {
    assert.equal(bundle.format, 'topic-hub-bundle');
    assert.equal(bundle.version, 3);
    assert.match(bundle.contentHash, /^[0-9a-f]{16}$/);
    const hub = bundle.hubs[seedHub.id];
    assert.equal(hub.title, seedHub.title);
    assert.equal(hub.url, seedHub.url);
    assert.deepEqual(
      hub.references.map((id) => bundle.articles[id].title),
      seedReferences.map((reference) => reference.title),
    );
    assert.deepEqual(
      hub.references.map((id) => {
        const { title, tags, canon, date, url } = bundle.articles[id];
        return { id, title, tags, ...(canon && { canon }), ...(date && { date }), ...(url && { url }) };
      }),
      seedReferences,
    );
    assert.deepEqual(
      hub.startHere.map((entry) => [entry.article, entry.label ?? bundle.articles[entry.article].title]),
      seedHub.startHere.map((entry) => [entry.id, entry.title]),
    );
    assert.equal(hub.questions.length, seedHub.questionCount);
    assert.equal(hub.failureModes.length, seedHub.failureModeCount);
    assert.deepEqual(
      hub.readingPaths.map((path) => [path.id, path.title, path.articles.map((id) => bundle.articles[id].title)]),
      seedHub.readingPaths.map((path) => [path.id, path.title, path.titles]),
    );
    assert.deepEqual(hub.relatedHubs, seedHub.relatedHubs);
  });

  it('ships a serialized MiniSearch index that loads without re-indexing', () => {
    const index = MiniSearch.loadJSON(bundle.searchIndex!, searchIndexOptions);
    assert.equal(index.documentCount, 31);
    const [best] = index.search('headcount', { boost: { title: 3 } });
    assert.equal(best.id, 'throughput-engineer-headcount-lagging-metric');
  });
});

describe('content build on hostile Markdown', () => {
  it('keeps paragraphs, emphasis and links as a tree, and only the text of HTML', async () => {
    const result = await buildInProcess(`${fixtures}/hostile`);
    assert.deepEqual(result.errors, []);
    const bundle = asWritten(result.bundle);
    const hub = bundle.hubs.demo;
    assert.deepEqual(hub.intro[0], {
      type: 'paragraph',
      children: [
        'An intro with ',
        { type: 'strong', children: ['bold'] },
        ' text and ',
        { type: 'link', href: 'https://example.com/docs', children: ['a fine link'] },
        '.',
      ],
    });
    assert.deepEqual(hub.startHere[0].reason, ['Read this ', { type: 'em', children: ['first'] }, ' ']);
    assert.deepEqual(hub.questions[0], ['Who decides? ']);
    assert.deepEqual(hub.failureModes[0].text, ['Clicking bad links']);
    // An HTML block is not Markdown: its text, without the script's, is one paragraph.
    assert.equal(hub.intro.length, 2);
    assert.match(JSON.stringify(hub.intro[1]), /Handler and style attributes must go\..*a scripted link/);
    const everything = JSON.stringify(bundle);
    for (const forbidden of [/<script/i, /onerror/i, /onclick/i, /onmouseover/i, /javascript:/i, /style=/i, /<iframe/i, /<img/i, /alert/]) {
      assert.doesNotMatch(everything, forbidden);
    }
    const warnings = result.warnings.join('\n');
    assert.match(warnings, /^.*hostile\/hubs\/demo\.md: \(body\): HTML is not rendered; only its text is kept/m);
    assert.match(warnings, /^.*hostile\/hubs\/demo\.md: startHere\[0\]\.reason: HTML is not rendered/m);
    assert.equal(bundle.articles.first.date, '2024-01-31', 'an unquoted YAML date is kept as the same day');
    assert.deepEqual(bundle.articles.first.hubs, ['demo']);
  });
});

describe('content build on a Markdown link to a script', () => {
  it('refuses javascript:, data: and vbscript: links, naming the file and field, and writes nothing', async () => {
    const { dir, hubFile: pathOf } = await contentFolder({
      'articles/one.md': oneArticle,
      'hubs/links.md': [
        '---',
        'title: Links',
        'questions: ["See [this](JaVaScRiPt:alert(1))"]',
        'failureModes: [{ text: "[that](data:text/html,<script>alert(1)</script>)" }]',
        'references: [one]',
        '---',
        'Fine: [a page](/wiki/page), [mail](mailto:team@example.com). Not fine: [x](vbscript:msgbox(1)).',
      ].join('\n'),
    });
    const result = await buildInProcess(dir);
    assert.equal(result.bundle, undefined);
    const hubFile = pathOf('links.md');
    const lines = result.errors.filter((line) => line.startsWith(hubFile));
    assert.deepEqual(lines, [
      `${hubFile}: (body): links to "vbscript:msgbox(1)" are not allowed: use http, https, mailto or a relative URL (not //host, no spaces or backslashes)`,
      `${hubFile}: questions[0]: links to "JaVaScRiPt:alert(1)" are not allowed: use http, https, mailto or a relative URL (not //host, no spaces or backslashes)`,
      `${hubFile}: failureModes[0].text: links to "data:text/html,<script>alert(1)</script>" are not allowed: use http, https, mailto or a relative URL (not //host, no spaces or backslashes)`,
    ]);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('content build at and past the nesting limits', () => {
  /** A content folder with one article and one hub with these front matter lines and body. */
  async function folder(frontMatter: string[], body: string) {
    const { dir, hubFile } = await contentFolder({
      'articles/one.md': oneArticle,
      'hubs/deep.md': ['---', 'title: Deep', 'references: [one]', ...frontMatter, '---', body].join('\n'),
    });
    return { dir, hubFile: hubFile('deep.md') };
  }
  const openers = (n: number) => Array.from({ length: n }, () => '*a').join(' ');
  const closers = (n: number) => Array.from({ length: n }, () => 'a*').join(' ');

  it('refuses emphasis that opens on one paragraph of a question and closes on another (it is lexed as one run)', async () => {
    const question = [openers(10), '', openers(10), '', openers(10), '', closers(30)].join('\n');
    const { dir, hubFile } = await folder(['questions:', '  - |', ...question.split('\n').map((line) => `    ${line}`)], 'Intro.');
    const result = await buildInProcess(dir);
    assert.equal(result.bundle, undefined);
    assert.match(
      result.errors.join('\n'),
      new RegExp(
        `^${hubFile.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: questions\\[0\\]: nests emphasis, strikethrough and link brackets more than 20 levels deep`,
        'm',
      ),
    );
    assert.doesNotMatch(result.errors.join('\n'), /RangeError|at .*\.ts:\d+/);
  });

  it('refuses emphasis spread over ordered items that continue one paragraph ("2." cannot interrupt it)', async () => {
    const body = [
      'Intro.',
      ...Array.from({ length: 3 }, () => `2. ${openers(10)}`),
      ...Array.from({ length: 3 }, () => `2. ${closers(10)}`),
    ].join('\n');
    const { dir, hubFile } = await folder([], body);
    const result = await buildInProcess(dir);
    assert.equal(result.bundle, undefined);
    assert.ok(
      result.errors.some((line) => line.startsWith(`${hubFile}: (body): line 5 nests emphasis`)),
      result.errors.join('\n'),
    );
  });

  it('writes what the elements accept at the limits: 18 nested list items around 18 levels of emphasis', async () => {
    const markers = Array.from({ length: 18 }, () => '-').join(' ');
    const emphasis = Array.from({ length: 18 }, (_, i) => `${i % 2 ? '_' : '*'}${String.fromCharCode(97 + i)}`).join(' ');
    const closing = Array.from({ length: 18 }, (_, i) => `${String.fromCharCode(97 + 17 - i)}${(17 - i) % 2 ? '_' : '*'}`).join(' ');
    const { dir } = await folder([], `Intro.\n\n${markers} ${emphasis} x ${closing}`);
    const result = await buildInProcess(dir);
    assert.deepEqual(result.errors, []);
    const bundle = asWritten(result.bundle);
    assert.doesNotThrow(() => readBundle(bundle));
    await rm(dir, { recursive: true, force: true });
  });
});

describe('content build messages', () => {
  it('shows control characters of a file name as escapes, so the name cannot rewrite the terminal', async () => {
    const { dir } = await contentFolder({ 'articles/bad\u001b[2Kname.md': oneArticle });
    const result = await buildInProcess(dir);
    assert.equal(result.bundle, undefined);
    const errors = result.errors.join('\n');
    assert.ok(errors.includes('bad\\x1b[2Kname.md: (file name)'), errors);
    assert.ok(!errors.includes('\u001b'), 'no raw escape character reaches the terminal');
    await rm(dir, { recursive: true, force: true });
  });
});

describe('content build on broken content', () => {
  let result: Awaited<ReturnType<typeof buildInProcess>>;

  before(async () => {
    result = await buildInProcess(`${fixtures}/broken`);
  });

  it('lists every error with its file, field and what is wrong', () => {
    assert.equal(result.bundle, undefined);
    const hub = `${fixtures}/broken/hubs/broken-hub.md`;
    const articles = `${fixtures}/broken/articles`;
    const expected = [
      `${articles}/Bad_Name.md: (file name): "Bad_Name" is not a valid id`,
      `${articles}/bad-yaml.md: (front matter): is not valid YAML`,
      `${articles}/empty-tags.md: tags: must list at least one tag`,
      `${articles}/no-title.md: author: is not a known field`,
      `${articles}/no-title.md: title: is required`,
      `${articles}/no-title.md: tags: must list at most three tags`,
      `${articles}/no-title.md: date: must be a date written YYYY-MM-DD`,
      `${articles}/no-title.md: url: must be an absolute http(s) URL`,
      `${hub}: failureModes[0].text: must not be empty`,
      `${hub}: startHere[0].article: refers to unknown article "missing-article"`,
      `${hub}: readingPaths[1]: duplicate reading path id "path-one"`,
      `${hub}: readingPaths[0].articles[1]: refers to unknown article "ghost"`,
      `${hub}: relatedHubs[0].hub: refers to unknown hub "nowhere"`,
      `${hub}: references[1]: duplicate article "good"`,
    ];
    const lines = result.errors;
    assert.equal(lines.length, expected.length, lines.join('\n'));
    expected.forEach((start, i) => assert.ok(lines[i].startsWith(start), `line ${i}: ${lines[i]}\n expected to start with: ${start}`));
  });

  it('does not blame references to an article whose own file has errors', () => {
    assert.doesNotMatch(result.errors.join('\n'), /unknown article "empty-tags"/);
  });

  it('says so when a content folder has no hubs', async () => {
    const missing = await buildInProcess(`${fixtures}/no-hubs`);
    assert.equal(missing.bundle, undefined);
    assert.match(missing.errors.join('\n'), /no-hubs\/hubs: \(folder\): folder not found/);
  });
});
