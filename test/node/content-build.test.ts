/**
 * The content build as an author meets it: `tsx scripts/build-content.ts` on a folder, its
 * exit code, its messages and what it writes (or leaves alone).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import MiniSearch from 'minisearch';
import type { ContentBundle } from '../../src/content/bundle-types.js';
import { searchIndexOptions } from '../../src/search/search-index-options.js';

const run = promisify(execFile);
const fixtures = 'test/fixtures/content';
let outDir: string;

async function buildContent(contentDir: string, outFile: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/build-content.ts', '--content', contentDir, '--out', outFile]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

before(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'content-build-'));
});
after(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('content build on the shipped content', () => {
  let bundle: ContentBundle;
  before(async () => {
    const result = await buildContent('content', join(outDir, 'shipped.json'));
    assert.equal(result.code, 0, result.stderr);
    bundle = JSON.parse(await readFile(join(outDir, 'shipped.json'), 'utf8'));
  });

  it('writes a versioned bundle with the Technical Leadership hub and its 31 references', () => {
    assert.equal(bundle.version, 1);
    assert.match(bundle.contentHash, /^[0-9a-f]{16}$/);
    const hub = bundle.hubs['technical-leadership'];
    assert.equal(hub.title, 'Technical Leadership');
    assert.equal(hub.references.length, 31);
    assert.equal(hub.startHere.length, 3);
    assert.equal(hub.questionsHtml.length, 4);
    assert.equal(hub.failureModes.length, 4);
    assert.deepEqual(hub.readingPaths.map((path) => [path.id, path.articles.length]), [
      ['ai-operating-model', 2],
      ['classic-engineering-leadership', 3],
    ]);
    assert.equal(Object.values(bundle.articles).filter((article) => article.canon).length, 4);
  });

  it('ships a serialized MiniSearch index that loads without re-indexing', () => {
    const index = MiniSearch.loadJSON(bundle.searchIndex, searchIndexOptions);
    assert.equal(index.documentCount, 31);
    const [best] = index.search('headcount', { boost: { title: 3 } });
    assert.equal(best.id, 'throughput-engineer-headcount-lagging-metric');
  });
});

describe('content build on hostile Markdown', () => {
  it('keeps the formatting and strips scripts, handlers, styles, frames and javascript: links', async () => {
    const result = await buildContent(`${fixtures}/hostile`, join(outDir, 'hostile.json'));
    assert.equal(result.code, 0, result.stderr);
    const bundle: ContentBundle = JSON.parse(await readFile(join(outDir, 'hostile.json'), 'utf8'));
    const hub = bundle.hubs.demo;
    const html = [hub.introHtml, ...hub.questionsHtml, ...hub.startHere.map((e) => e.reasonHtml), ...hub.failureModes.map((m) => m.textHtml)].join('\n');
    assert.match(hub.introHtml, /<strong>bold<\/strong>/);
    assert.match(hub.introHtml, /<a href="https:\/\/example.com\/docs">a fine link<\/a>/);
    assert.match(hub.startHere[0].reasonHtml, /<em>first<\/em>/);
    assert.match(html, /Handler and style attributes must go/);
    assert.match(hub.introHtml, /<a>a scripted link<\/a>/, "the link text stays, its javascript: href goes");
    for (const forbidden of [/<script/i, /onerror/i, /onclick/i, /javascript:/i, /style=/i, /<iframe/i, /<img/i, /alert/]) {
      assert.doesNotMatch(html, forbidden);
    }
    assert.equal(bundle.articles.first.date, '2024-01-31', 'an unquoted YAML date is kept as the same day');
    assert.deepEqual(bundle.articles.first.hubs, ['demo']);
  });
});

describe('content build on broken content', () => {
  let result: Awaited<ReturnType<typeof buildContent>>;
  const outFile = () => join(outDir, 'previous-bundle.js');

  before(async () => {
    await writeFile(outFile(), 'export default "the previous, good bundle";\n');
    result = await buildContent(`${fixtures}/broken`, outFile());
  });

  it('exits non-zero and leaves the previous bundle untouched, with no temp file', async () => {
    assert.equal(result.code, 1);
    assert.equal(await readFile(outFile(), 'utf8'), 'export default "the previous, good bundle";\n');
    assert.deepEqual(await readdir(outDir).then((names) => names.filter((name) => name.endsWith('.tmp'))), []);
  });

  it('lists every error with its file, field and what is wrong', () => {
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
    const lines = result.stderr.split('\n').filter((line) => line.startsWith(fixtures));
    assert.equal(lines.length, expected.length, result.stderr);
    expected.forEach((start, i) => assert.ok(lines[i].startsWith(start), `line ${i}: ${lines[i]}\n expected to start with: ${start}`));
    assert.match(result.stderr, /14 content errors in .*broken; no bundle written\./);
  });

  it('does not blame references to an article whose own file has errors', () => {
    assert.doesNotMatch(result.stderr, /unknown article "empty-tags"/);
  });

  it('says so when a content folder has no hubs', async () => {
    const missing = await buildContent(`${fixtures}/no-hubs`, join(outDir, 'none.js'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no-hubs\/hubs: \(folder\): folder not found/);
  });
});
