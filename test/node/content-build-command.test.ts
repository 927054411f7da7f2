/**
 * `tsx scripts/build-content.ts` and `topic-hub build` (cli/topic-hub.ts) as commands, in a child process: what only the command does
 * around `buildBundle()` (whose results content-build.test.ts and hostile-content.test.ts check
 * in this process): the exit code, each error and warning on stderr with the summary, the ES
 * module it writes, the previous bundle left alone on an error, and a hang turned into a refusal.
 * Left out of the mutation groups: a child process per test is too slow to run once per mutant.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { readBundle } from '../../src/content/content-store.js';
import { searchIndexOptions } from '../../src/search/search-index-options.js';
import { buildInProcess } from './build-in-process.js';

const fixtures = 'test/fixtures/content';
/** A hang fails the test instead of blocking the run; a build takes about 1.5 s here. */
const BUILD_TIMEOUT_MS = 60_000;
let outDir: string;

/** `tsx scripts/build-content.ts --content <contentDir> --out <outFile>`, killed if it hangs. */
function buildCommand(contentDir: string, outFile: string) {
  const args = ['--import', 'tsx', 'scripts/build-content.ts', '--content', contentDir, '--out', outFile];
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, args, { timeout: BUILD_TIMEOUT_MS, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      const failure = error as (Error & { code?: number; signal?: NodeJS.Signals }) | null;
      resolve({ code: failure ? (failure.code ?? null) : 0, signal: failure?.signal ?? null, stdout, stderr });
    });
  });
}

before(async () => {
  outDir = await realpath(await mkdtemp(join(tmpdir(), 'content-build-command-')));
});
after(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('scripts/build-content.ts, the command', () => {
  it('on errors exits 1, prints each error and the count, and leaves the previous bundle untouched, with no temp file', async () => {
    const outFile = join(outDir, 'previous-bundle.js');
    await writeFile(outFile, 'export default "the previous, good bundle";\n');
    const result = await buildCommand(`${fixtures}/broken`, outFile);
    assert.equal(result.code, 1);
    assert.equal(await readFile(outFile, 'utf8'), 'export default "the previous, good bundle";\n');
    assert.deepEqual(await readdir(outDir).then((names) => names.filter((name) => name.endsWith('.tmp'))), []);
    // The 14 errors listed in the test of the broken fixture above, each on a line, then the summary.
    const { errors } = await buildInProcess(`${fixtures}/broken`);
    assert.equal(errors.length, 14);
    assert.equal(result.stderr, `${errors.join('\n')}\n\n14 content errors in ${fixtures}/broken; no bundle written.\n`);
    assert.equal(result.stdout, '');
  });

  it('writes the ES module the elements import, prints the warnings and a summary on success', async () => {
    const contentDir = `${fixtures}/hostile`;
    const outFile = join(outDir, 'hostile.js');
    const result = await buildCommand(contentDir, outFile);
    assert.equal(result.code, 0, result.stderr);
    const built = await buildInProcess(contentDir);
    const bundle = JSON.parse(JSON.stringify(built.bundle));
    const { default: written } = await import(pathToFileURL(outFile).href);
    assert.deepEqual(written, bundle);
    assert.ok(built.warnings.length >= 2, 'the hostile fixture has HTML in two fields');
    assert.equal(result.stderr, built.warnings.map((line) => `warning: ${line}\n`).join(''));
    const articleCount = (await readdir(`${contentDir}/articles`)).length;
    const size = ((await readFile(outFile, 'utf8')).length / 1024).toFixed(1);
    assert.equal(result.stdout, `Content bundle ${bundle.contentHash}: 1 hub, ${articleCount} articles -> ${outFile} (${size} KiB)\n`);
  });

  it('refuses a FIFO named x.md instead of hanging on it: the command exits 1 with one line and writes nothing', async () => {
    const dir = join(outDir, 'fifo', 'content');
    await cp(`${fixtures}/minimal`, dir, { recursive: true });
    execFileSync('mkfifo', [join(dir, 'articles', 'x.md')]);
    const out = join(outDir, 'fifo', 'out');
    await mkdir(out);
    const run = await buildCommand(dir, join(out, 'bundle.json'));
    assert.equal(run.signal, null, `the build was killed (${run.signal}): it hung\n${run.stderr}`);
    assert.equal(run.code, 1, run.stderr);
    const line = `${relative(process.cwd(), join(dir, 'articles', 'x.md'))}: (file): is a named pipe (FIFO), not a regular file: only Markdown files are read`;
    assert.equal(run.stderr, `${line}\n\n1 content error in ${dir}; no bundle written.\n`);
    assert.equal(run.stdout, '');
    assert.deepEqual(await readdir(out), [], 'nothing written');
  });
});

/** `tsx cli/topic-hub.ts build <contentDir> --out <out>`: the `topic-hub build` command from the sources. */
function topicHubBuild(contentDir: string, out: string, ...more: string[]) {
  const args = ['--import', 'tsx', 'cli/topic-hub.ts', 'build', contentDir, '--out', out, ...more];
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, args, { timeout: BUILD_TIMEOUT_MS, killSignal: 'SIGKILL' }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as Error & { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

describe('topic-hub build, the command: the search index in a file of its own', () => {
  it('writes bundle.json naming search-index.<hash>.json beside it, and .gz and .br copies of both', async () => {
    const out = join(outDir, 'split');
    const run = await topicHubBuild(`${fixtures}/multi-hub`, out);
    assert.equal(run.code, 0, run.stderr);
    const bundleText = await readFile(join(out, 'bundle.json'), 'utf8');
    const bundle = JSON.parse(bundleText);
    assert.equal(bundle.version, 3);
    assert.equal(bundle.searchIndex, undefined, 'no index inline');
    assert.match(bundle.searchIndexFile, /^search-index\.[0-9a-f]{16}\.json$/);
    const indexFile: string = bundle.searchIndexFile;
    assert.deepEqual(
      (await readdir(out)).sort(),
      ['bundle.json', 'bundle.json.br', 'bundle.json.gz', indexFile, `${indexFile}.br`, `${indexFile}.gz`].sort(),
    );
    const indexText = await readFile(join(out, indexFile), 'utf8');
    // Named by its content: the hash is that of the file's bytes.
    assert.equal(
      indexFile.slice('search-index.'.length, -'.json'.length),
      createHash('sha256').update(indexText).digest('hex').slice(0, 16),
    );
    for (const [file, text] of [
      ['bundle.json', bundleText],
      [indexFile, indexText],
    ]) {
      assert.equal(gunzipSync(await readFile(join(out, `${file}.gz`))).toString(), text, `${file}.gz`);
      assert.equal(brotliDecompressSync(await readFile(join(out, `${file}.br`))).toString(), text, `${file}.br`);
    }
    assert.match(
      run.stdout,
      new RegExp(
        `Wrote .*${indexFile.replaceAll('.', '\\.')} \\(\\d+\\.\\d KiB\\), the search index, and \\.gz and \\.br copies of both files\\.`,
      ),
    );
  });

  it('writes an index that finds the fixture’s articles, with each article’s tags and hubs stored for the worker', async () => {
    const out = join(outDir, 'split-index');
    assert.equal((await topicHubBuild(`${fixtures}/multi-hub`, out)).code, 0);
    const bundle = JSON.parse(await readFile(join(out, 'bundle.json'), 'utf8'));
    const index = MiniSearch.loadJSON(await readFile(join(out, bundle.searchIndexFile), 'utf8'), searchIndexOptions);
    // test/fixtures/content/multi-hub/articles: only paved-roads-not-gates.md says "mandatory".
    assert.deepEqual(
      index.search('mandatory').map((result) => result.id),
      ['paved-roads-not-gates'],
    );
    // Both hubs of the fixture list it among their references.
    assert.deepEqual(index.getStoredFields('paved-roads-not-gates'), {
      tags: ['platform', 'adoption'],
      hubs: ['developer-experience', 'platform-engineering'],
    });
    // The elements read it: the runtime check passes.
    assert.equal(readBundle(bundle), bundle);
  });

  it('keeps the index inside bundle.json with --inline-index, for apps that import the bundle as a module', async () => {
    const out = join(outDir, 'inline');
    const run = await topicHubBuild(`${fixtures}/multi-hub`, out, '--inline-index');
    assert.equal(run.code, 0, run.stderr);
    const bundle = JSON.parse(await readFile(join(out, 'bundle.json'), 'utf8'));
    assert.equal(bundle.searchIndexFile, undefined);
    assert.equal(typeof bundle.searchIndex, 'string');
    assert.deepEqual((await readdir(out)).sort(), ['bundle.json', 'bundle.json.br', 'bundle.json.gz']);
    // test/fixtures/content/multi-hub/articles: only paved-roads-not-gates.md says "mandatory".
    const index = MiniSearch.loadJSON(bundle.searchIndex, searchIndexOptions);
    assert.deepEqual(
      index.search('mandatory').map((result) => result.id),
      ['paved-roads-not-gates'],
    );
    assert.equal(readBundle(bundle), bundle);
  });

  it('writes nothing on a content error: the previous files stay, and no index or copy appears', async () => {
    const out = join(outDir, 'split-kept');
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'bundle.json'), '{"previous":true}');
    const run = await topicHubBuild(`${fixtures}/broken`, out);
    assert.equal(run.code, 1);
    assert.deepEqual(await readdir(out), ['bundle.json']);
    assert.equal(await readFile(join(out, 'bundle.json'), 'utf8'), '{"previous":true}');
  });
});
