/**
 * `tsx scripts/build-content.ts` as a command, in a child process: what only the command does
 * around `buildBundle()` (whose results content-build.test.ts and hostile-content.test.ts check
 * in this process): the exit code, each error and warning on stderr with the summary, the ES
 * module it writes, the previous bundle left alone on an error, and a hang turned into a refusal.
 * Left out of the mutation groups: a child process per test is too slow to run once per mutant.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
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
