/**
 * `topic-hub build --search pagefind`, run as the built command (dist/cli/topic-hub.js, with pagefind
 * left as an import of the installed package): what it writes, and what it refuses. Run
 * `npm run build` first. Expected values come from test/fixtures/content/multi-hub, read by hand.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';

const cli = 'dist/cli/topic-hub.js';
const multiHub = 'test/fixtures/content/multi-hub';
let dir: string;

function topicHub(...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** A Pagefind file: gzip around "pagefind_dcd" and the data. */
const pagefindData = async (file: string) => gunzipSync(await readFile(file)).subarray('pagefind_dcd'.length);

before(async () => {
  assert.ok(existsSync(cli), `${cli} is missing: run npm run build first`);
  dir = await mkdtemp(join(tmpdir(), 'pagefind-build-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('topic-hub build --search pagefind', () => {
  it('writes the bundle and, in <out>/pagefind/, a Pagefind index with one record per article and the term list', async () => {
    const out = join(dir, 'multi-hub');
    const result = await topicHub('build', multiHub, '--out', out, '--search', 'pagefind');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Wrote .*pagefind\/ \(\d+ files\): the Pagefind index and its term list\.\n/);
    assert.ok(existsSync(join(out, 'bundle.json')));
    const files = await readdir(join(out, 'pagefind'));
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind', 'topic-hub-terms.json']) {
      assert.ok(files.includes(file), `pagefind/${file}`);
    }
    // Pagefind's own search UIs are not shipped: the elements are the UI.
    assert.deepEqual(
      files.filter((file) => /ui|highlight/.test(file)),
      [],
    );
    const fragments = await readdir(join(out, 'pagefind', 'fragment'));
    assert.equal(fragments.length, 5, 'one fragment per article of the fixture');

    const records = await Promise.all(
      fragments.map(async (file) => JSON.parse((await pagefindData(join(out, 'pagefind', 'fragment', file))).toString('utf8'))),
    );
    const paved = records.find((record) => record.meta.id === 'paved-roads-not-gates');
    assert.deepEqual(paved.meta, {
      id: 'paved-roads-not-gates',
      title: 'Paved Roads, Not Gates',
      summary: 'Why a well-kept default path gets more adoption than a mandatory review step.',
      tags: 'platform adoption',
      canon: 'true',
      url: 'https://example.com/paved-roads-not-gates/',
      date: '2026-03-02',
    });
    assert.deepEqual(paved.filters, { hub: ['developer-experience', 'platform-engineering'], tag: ['platform', 'adoption'] });
    const onCall = records.find((record) => record.meta.id === 'on-call-for-platform-teams');
    assert.equal(onCall.meta.url, undefined, 'the fixture gives this article no URL');
    assert.deepEqual(onCall.filters.hub, ['platform-engineering']);

    const terms = JSON.parse(await readFile(join(out, 'pagefind', 'topic-hub-terms.json'), 'utf8'));
    assert.equal(terms.format, 'topic-hub-terms');
    assert.equal(terms.complete, true);
    // "platform": three titles, one summary and four tags; three-letter words are left out.
    assert.deepEqual(terms.terms[0], ['platform', 8]);
    assert.deepEqual(
      terms.terms.filter(([word]: [string]) => word.length < 4),
      [],
    );
  });

  it('replaces a previous index and leaves no temporary folder', async () => {
    const out = join(dir, 'again');
    await mkdir(join(out, 'pagefind'), { recursive: true });
    await writeFile(join(out, 'pagefind', 'stale.pf_index'), 'from an older build');
    await writeFile(join(out, 'other.txt'), 'not ours');
    assert.equal((await topicHub('build', multiHub, '--out', out, '--search', 'pagefind')).code, 0);
    assert.ok(!existsSync(join(out, 'pagefind', 'stale.pf_index')));
    // Besides the bundle, its search index and their compressed copies: the new index, the page owner's file, no temporary folder.
    const bundleFiles = /^(bundle|search-index\.[0-9a-f]{16})\.json(\.gz|\.br)?$/;
    const entries = (await readdir(out)).sort();
    assert.ok(entries.includes('bundle.json'));
    assert.deepEqual(
      entries.filter((name) => !bundleFiles.test(name)),
      ['other.txt', 'pagefind'],
    );
  });

  it('writes nothing on a content error', async () => {
    const out = join(dir, 'broken');
    const result = await topicHub('build', 'test/fixtures/content/broken', '--out', out, '--search', 'pagefind');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /content errors in test\/fixtures\/content\/broken; nothing written to /);
    assert.ok(!existsSync(out));
  });

  it('without the pagefind package (npm install --omit=optional) says to install it, exit 1, and writes nothing', async () => {
    // The built command alone, in a folder with no node_modules above it.
    const installed = join(dir, 'no-pagefind');
    await cp('dist/cli', join(installed, 'dist', 'cli'), { recursive: true });
    await writeFile(join(installed, 'package.json'), '{ "type": "module" }');
    const out = join(dir, 'no-pagefind-out');
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [join(installed, cli), 'build', join(process.cwd(), multiHub), '--out', out, '--search', 'pagefind'],
        { cwd: installed, timeout: 60_000 },
        (error, _stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stderr }),
      );
    });
    assert.equal(result.code, 1);
    assert.equal(
      result.stderr,
      `topic-hub build: --search pagefind needs the pagefind package (an optional dependency of topic-hub-elements): npm install pagefind\nNothing written to ${out}.\n`,
    );
    assert.ok(!existsSync(out));
  });

  it('refuses another --search value with exit code 2 and the usage, writing nothing', async () => {
    const out = join(dir, 'lunr');
    const result = await topicHub('build', multiHub, '--out', out, '--search', 'lunr');
    assert.equal(result.code, 2);
    assert.match(
      result.stderr,
      /^topic-hub: --search must be "pagefind", not "lunr"\n\nUsage: topic-hub build <dir> \[--out <outdir>\] \[--search pagefind\]/,
    );
    assert.ok(!existsSync(out));
  });

  it('describes --search in the help', async () => {
    const result = await topicHub('build', '--help');
    assert.match(result.stdout, /--search pagefind +Also write a Pagefind index of the articles to <outdir>\/pagefind\//);
    assert.match(result.stdout, /script-src 'wasm-unsafe-eval'/);
  });
});
