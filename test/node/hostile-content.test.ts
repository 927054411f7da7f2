/**
 * The content build on hostile content folders, made in a temporary folder at test time (links,
 * FIFOs and sockets cannot be committed), each the valid `minimal` fixture plus one problem, with
 * the build called in this process (build-in-process.ts); the FIFO case, where the danger is a
 * hang, runs the command in content-build-command.test.ts. Each must end in one exact
 * `file: field: message` line and no bundle, never a hang, a stack trace or code execution.
 */
import assert from 'node:assert/strict';
import { access, cp, mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildInProcess } from './build-in-process.js';

const base = 'test/fixtures/content/minimal';
let temp: string;
let caseCount = 0;

/** How the build names a file: relative to the folder it runs in, as an author typed it. */
const shown = (path: string) => relative(process.cwd(), path);

/** A fresh copy of the valid base fixture. */
async function makeCase() {
  caseCount += 1;
  const root = join(temp, `case-${caseCount}`);
  const dir = join(root, 'content');
  await cp(base, dir, { recursive: true });
  return { root, dir };
}

/** Builds `dir` in process and asserts exactly the expected error lines, no bundle and no stack trace. */
async function assertRefused(dir: string, expected: string[]) {
  const result = await buildInProcess(dir);
  assert.deepEqual(result.errors, expected);
  assert.equal(result.bundle, undefined);
  // The build prints a newline in a message as \x0a: a stack trace would read "…\x0a    at f (file.ts:1:2)".
  assert.doesNotMatch(result.errors.join('\n'), /\bat .*:\d+:\d+/, 'no stack trace');
  return result;
}

/** Builds `dir` in process and returns the bundle as written, asserting no errors. */
async function assertBuilt(dir: string) {
  const { bundle, errors } = await buildInProcess(dir);
  assert.deepEqual(errors, []);
  assert.ok(bundle);
  return JSON.parse(JSON.stringify(bundle));
}

const validArticle = (title: string) => `---\ntitle: ${title}\nsummary: A valid article.\ntags: [base]\n---\n`;

before(async () => {
  temp = await realpath(await mkdtemp(join(tmpdir(), 'hostile-content-')));
});
after(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('content build on the base fixture', () => {
  it('builds the valid base fixture (each case below adds one problem to it)', async () => {
    const { dir } = await makeCase();
    const bundle = await assertBuilt(dir);
    assert.deepEqual(Object.keys(bundle.articles), ['only-article']);
    assert.equal(bundle.articles['only-article'].date, '2024-01-31', 'an unquoted YAML date is still a date');
  });
});

describe('content build refuses to read outside the content folder', () => {
  it('refuses a file that is a link to a file outside', async () => {
    const { root, dir } = await makeCase();
    const secret = join(root, 'secret.md');
    await writeFile(secret, validArticle('SECRET-OUTSIDE-TEXT'));
    await symlink(secret, join(dir, 'articles', 'leak.md'));
    const result = await assertRefused(dir, [
      `${shown(join(dir, 'articles', 'leak.md'))}: (file): is a link to ${secret}, outside the content folder: only files inside the content folder are read`,
    ]);
    assert.doesNotMatch(result.warnings.join('\n'), /SECRET-OUTSIDE-TEXT/);
  });

  it('refuses an articles folder that is a link to a folder outside', async () => {
    const { root, dir } = await makeCase();
    const elsewhere = join(root, 'elsewhere');
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, 'only-article.md'), validArticle('SECRET-OUTSIDE-TEXT'));
    await rm(join(dir, 'articles'), { recursive: true });
    await symlink(elsewhere, join(dir, 'articles'));
    await writeFile(join(dir, 'hubs', 'base.md'), '---\ntitle: Base hub\n---\nAn intro.\n');
    await assertRefused(dir, [
      `${shown(join(dir, 'articles'))}: (folder): is a link to ${elsewhere}, outside the content folder: only files inside the content folder are read`,
    ]);
  });

  it('follows a link that stays inside the content folder', async () => {
    const { dir } = await makeCase();
    await mkdir(join(dir, 'shared'));
    await writeFile(join(dir, 'shared', 'kept.md'), validArticle('Linked inside'));
    await symlink(join('..', 'shared', 'kept.md'), join(dir, 'articles', 'linked.md'));
    const bundle = await assertBuilt(dir);
    assert.equal(bundle.articles.linked.title, 'Linked inside');
  });
});

describe('content build reads only regular files', () => {
  it('refuses a socket and a folder named *.md', async () => {
    const { dir } = await makeCase();
    await mkdir(join(dir, 'articles', 'folder.md'));
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'articles', 'socket.md'), resolve));
    try {
      await assertRefused(dir, [
        `${shown(join(dir, 'articles', 'folder.md'))}: (file): is a folder, not a regular file: only Markdown files are read`,
        `${shown(join(dir, 'articles', 'socket.md'))}: (file): is a socket or a device, not a regular file: only Markdown files are read`,
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('gives a hub that cannot be read that one error, not also a missing intro', async () => {
    const { dir } = await makeCase();
    await mkdir(join(dir, 'hubs', 'folder.md'));
    await assertRefused(dir, [
      `${shown(join(dir, 'hubs', 'folder.md'))}: (file): is a folder, not a regular file: only Markdown files are read`,
    ]);
  });

  it('refuses a file over the size limit, saying its size and the limit', async () => {
    const { dir } = await makeCase();
    const head = validArticle('Big');
    await writeFile(join(dir, 'articles', 'big.md'), head + 'x'.repeat(2 * 1024 * 1024 - head.length));
    await assertRefused(dir, [
      `${shown(join(dir, 'articles', 'big.md'))}: (file): is 2,097,152 bytes, more than the limit of 1,048,576 bytes (1 MiB): split it or shorten it`,
    ]);
  });
});

describe('content build refuses text it cannot read safely', () => {
  it('refuses 2,000 nested quotes in a body before Markdown parsing, with the line', async () => {
    const { dir } = await makeCase();
    const hub = join(dir, 'hubs', 'base.md');
    await writeFile(hub, `---\ntitle: Base hub\nreferences: [only-article]\n---\nAn intro.\n\n${'>'.repeat(2000)} deep\n`);
    await assertRefused(dir, [`${shown(hub)}: (body): line 7 nests block quotes and lists more than 20 levels deep: flatten it`]);
  });

  it('refuses deep nesting in a reason of the front matter', async () => {
    const { dir } = await makeCase();
    const hub = join(dir, 'hubs', 'base.md');
    const reason = `${'**'.repeat(2000)}deep${'**'.repeat(2000)}`;
    await writeFile(
      hub,
      `---\ntitle: Base hub\nstartHere:\n  - article: only-article\n    reason: '${reason}'\nreferences: [only-article]\n---\nAn intro.\n`,
    );
    await assertRefused(dir, [
      `${shown(hub)}: startHere[0].reason: nests emphasis, strikethrough and link brackets more than 20 levels deep: flatten it or escape the characters with \\`,
    ]);
  });

  for (const opening of ['---js', '---javascript']) {
    it(`refuses ${opening} front matter without running it`, async () => {
      const { root, dir } = await makeCase();
      const marker = join(root, 'code-ran');
      const file = join(dir, 'articles', 'code.md');
      await writeFile(
        file,
        `${opening}\n{ title: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') || 'Code', summary: 'x', tags: ['a'] }\n---\n`,
      );
      await assertRefused(dir, [
        `${shown(file)}: (front matter): opens with "${opening}": front matter must be YAML, between two lines that hold only ---`,
      ]);
      await assert.rejects(access(marker), 'the front matter ran as code');
    });
  }

  it('refuses YAML that expands aliases a billion times', async () => {
    const { dir } = await makeCase();
    const file = join(dir, 'articles', 'laughs.md');
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [prev, name] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'g'],
    ]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    await writeFile(file, `---\n${levels.join('\n')}\n---\n`);
    await assertRefused(dir, [`${shown(file)}: (front matter): expands aliases (*name) more than 100 times: write the values out instead`]);
  });

  it('refuses deeply nested YAML', async () => {
    const { dir } = await makeCase();
    const file = join(dir, 'articles', 'deep.md');
    await writeFile(file, `---\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`);
    await assertRefused(dir, [
      `${shown(file)}: (front matter): nests lists and mappings more than 20 levels deep: no field needs more than 3`,
    ]);
  });

  it("keeps YAML's own message, with the line in the file", async () => {
    const { dir } = await makeCase();
    const file = join(dir, 'articles', 'bad-yaml.md');
    await writeFile(file, '---\ntitle: Fine\nsummary: Fine.\ntitle: Again\ntags: [a]\n---\n');
    await assertRefused(dir, [`${shown(file)}: (front matter): is not valid YAML: Map keys must be unique at line 4, column 1`]);
  });

  it('refuses Latin-1 bytes, naming the byte, its offset and line', async () => {
    const { dir } = await makeCase();
    const file = join(dir, 'articles', 'latin.md');
    const before = '---\ntitle: Latin\nsummary: Caf';
    await writeFile(file, Buffer.concat([Buffer.from(before), Buffer.from([0xe9]), Buffer.from(' au lait.\ntags: [base]\n---\n')]));
    await assertRefused(dir, [
      `${shown(file)}: (file): is not UTF-8 text: byte 0xE9 at offset ${before.length} (line 3) is not valid UTF-8; save the file as UTF-8`,
    ]);
  });
});

describe('content build file names', () => {
  it('reads *.MD and *.markdown files, and a UTF-8 file with a byte order mark', async () => {
    const { dir } = await makeCase();
    await writeFile(join(dir, 'articles', 'x.MD'), validArticle('Upper-case extension'));
    await writeFile(join(dir, 'articles', 'y.markdown'), validArticle('Long extension'));
    await writeFile(join(dir, 'articles', 'z.md'), `\uFEFF${validArticle('With a BOM')}`);
    await writeFile(join(dir, 'articles', '.hidden.md'), 'not front matter at all');
    await writeFile(join(dir, 'articles', 'notes.txt'), 'not Markdown');
    const bundle = await assertBuilt(dir);
    assert.deepEqual(Object.keys(bundle.articles).sort(), ['only-article', 'x', 'y', 'z']);
    assert.equal(bundle.articles.x.title, 'Upper-case extension');
    assert.equal(bundle.articles.y.title, 'Long extension');
    assert.equal(bundle.articles.z.title, 'With a BOM');
  });

  it('refuses two files with the same id', async () => {
    const { dir } = await makeCase();
    await writeFile(join(dir, 'articles', 'a.md'), validArticle('Lower'));
    await writeFile(join(dir, 'articles', 'a.MD'), validArticle('Upper'));
    await assertRefused(dir, [
      `${shown(join(dir, 'articles', 'a.md'))}: (file name): has the same id "a" as ${shown(join(dir, 'articles', 'a.MD'))}: keep one of the two files`,
    ]);
  });
});
