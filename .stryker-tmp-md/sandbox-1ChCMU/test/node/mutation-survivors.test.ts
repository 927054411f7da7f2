/**
 * `topic-hub check` and `topic-hub build` (cli/build.ts) and the atomic write (cli/write-bundle.ts)
 * called in this process, for what the mutation run found unguarded: test/node/cli.test.ts runs the packed, compiled command, which
 * mutants of the sources never reach, and is too slow to run once per mutant. Expected values come
 * from the fixture folders (their file counts) and from the files the build writes.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it, mock } from 'node:test';
import { build, check } from '../../cli/build.js';
import { writeFileAtomically } from '../../cli/write-bundle.js';

const fixtures = 'test/fixtures/content';
// Inside the current folder, so the paths the command prints are relative ones, as a user's are.
let work: string;

/** Runs `command` with console.log / console.warn / console.error captured, one string per call. */
async function captured(command: () => Promise<number>) {
  const out: string[] = [];
  const err: string[] = [];
  const log = mock.method(console, 'log', (...args: unknown[]) => void out.push(args.join(' ')));
  const warn = mock.method(console, 'warn', (...args: unknown[]) => void err.push(args.join(' ')));
  const error = mock.method(console, 'error', (...args: unknown[]) => void err.push(args.join(' ')));
  try {
    const code = await command();
    return { code, stdout: out.join('\n'), stderr: err.join('\n'), errorCalls: err };
  } finally {
    log.mock.restore();
    warn.mock.restore();
    error.mock.restore();
  }
}

const countMarkdown = async (dir: string) => (await readdir(dir)).filter((name) => name.endsWith('.md')).length;

before(async () => {
  work = relative(process.cwd(), await mkdtemp(join(process.cwd(), 'mutation-survivors-')));
});
after(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('topic-hub check (in process)', () => {
  it('passes a good folder with its size in words, singular for one', async () => {
    const result = await captured(() => check(`${fixtures}/minimal`));
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `${fixtures}/minimal: no problems found (1 hub, 1 article).`);
  });

  it('passes a folder of several hubs with plural counts', async () => {
    const dir = `${fixtures}/multi-hub`;
    const [hubs, articles] = [await countMarkdown(`${dir}/hubs`), await countMarkdown(`${dir}/articles`)];
    const result = await captured(() => check(dir));
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, `${dir}: no problems found (${hubs} hubs, ${articles} articles).`);
  });

  it('prints the warnings of a folder that passes', async () => {
    const dir = `${fixtures}/hostile`;
    const result = await captured(() => check(dir));
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, new RegExp(`^warning: ${dir}/hubs/demo\\.md: \\(body\\): HTML is not rendered`, 'm'));
  });

  it('lists every error, one per line, then their count, and exits 1', async () => {
    const dir = `${fixtures}/broken`;
    const result = await captured(() => check(dir));
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    const errorLines = result.errorCalls.filter((line) => line.startsWith(`${dir}/`));
    assert.ok(errorLines.length > 1, result.stderr);
    assert.equal(result.errorCalls.at(-1), `\n${errorLines.length} content errors in ${dir}; fix them and check again.`);
  });

  it('says there is no such folder, and that a file is not a folder', async () => {
    const missing = await captured(() => check(join(work, 'nowhere')));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^topic-hub check: there is no folder .*nowhere\. .*topic-hub init .*nowhere$/);
    const file = join(work, 'a-file.md');
    await writeFile(file, '# not a folder\n');
    const notFolder = await captured(() => check(file));
    assert.equal(notFolder.code, 1);
    assert.match(notFolder.stderr, /^topic-hub check: .*a-file\.md is a file; give the content folder/);
  });
});

describe('topic-hub build (in process)', () => {
  it('writes <out>/bundle.json and prints its path, size, hash and one tag per hub', async () => {
    const dir = `${fixtures}/multi-hub`;
    const outFile = join(work, 'site', 'hubs', 'bundle.json');
    // Given as an absolute path, printed as the relative one a user would type.
    const result = await captured(() => build(dir, join(process.cwd(), work, 'site', 'hubs')));
    assert.equal(result.code, 0, result.stderr);
    const text = await readFile(outFile, 'utf8');
    const bundle = JSON.parse(text);
    const hubIds = (await readdir(`${dir}/hubs`)).map((name) => name.replace(/\.md$/, '')).sort();
    assert.deepEqual(Object.keys(bundle.hubs).sort(), hubIds);
    const kib = (Buffer.byteLength(text) / 1024).toFixed(1);
    const articles = await countMarkdown(`${dir}/articles`);
    const lines = result.stdout.split('\n');
    assert.equal(
      lines[0],
      `Wrote ${outFile} (${kib} KiB): ${hubIds.length} hubs, ${articles} articles, content hash ${bundle.contentHash}.`,
    );
    assert.ok(
      lines.includes('Embed it in any page (make both src attributes the URLs where your web server serves the two files):'),
      result.stdout,
    );
    assert.deepEqual(
      lines.filter((line) => line.startsWith('  <')),
      [
        '  <script type="module" src="/topic-hub.js"></script>',
        ...Object.keys(bundle.hubs).map((id) => `  <topic-hub src="/${outFile}" hub="${id}"></topic-hub>`),
      ],
    );
    // The drop-in line appears exactly when the package's drop-in file is built.
    assert.equal(
      result.stdout.includes('topic-hub.js is the drop-in file of this package: dist/topic-hub.js'),
      existsSync('dist/topic-hub.js'),
    );
  });

  it('writes nothing and says so on a content error; a previous bundle stays byte for byte', async () => {
    const outDir = join(work, 'kept');
    await mkdir(outDir, { recursive: true });
    const previous = '{"previous":true}';
    await writeFile(join(outDir, 'bundle.json'), previous);
    const result = await captured(() => build(`${fixtures}/broken`, outDir));
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, new RegExp(`content errors in ${fixtures}/broken; nothing written to ${outDir}\\.$`));
    assert.equal(await readFile(join(outDir, 'bundle.json'), 'utf8'), previous);
    assert.deepEqual(await readdir(outDir), ['bundle.json']);
  });

  it('refuses a missing folder before writing anything', async () => {
    const outDir = join(work, 'never');
    const result = await captured(() => build(join(work, 'nowhere'), outDir));
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^topic-hub build: there is no folder /);
    assert.equal(existsSync(outDir), false);
  });

  it('suggests /bundle.json as the URL when the output is outside the current folder', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'mutation-survivors-'));
    try {
      const result = await captured(() => build(`${fixtures}/minimal`, outDir));
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, new RegExp(`^Wrote ${join(outDir, 'bundle.json')} `));
      assert.match(result.stdout, /\n {2}<topic-hub src="\/bundle.json" hub="base"><\/topic-hub>/);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});

describe('the atomic write of a bundle', () => {
  it('fails loudly and leaves no temporary file when the rename cannot happen', async () => {
    const dir = join(work, 'atomic');
    // A non-empty folder where the file should go: the rename over it fails.
    const target = join(dir, 'bundle.json');
    await mkdir(join(target, 'inside'), { recursive: true });
    await assert.rejects(writeFileAtomically(target, '{}'), { code: /^(EISDIR|ENOTEMPTY|EEXIST)$/ });
    assert.deepEqual(await readdir(dir), ['bundle.json']);
  });
});
