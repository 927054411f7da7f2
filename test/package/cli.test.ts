/**
 * The `topic-hub` command as a team gets it: the package packed with `npm pack`, installed into
 * a fresh project and run with `npx` (packed-package.ts). Run `npm run build` first: the tarball
 * holds the built dist/.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { get as httpGet } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { exec, installProject, packPackage, repo, type PackedPackage } from './packed-package.js';

// What the starter holds, written down here rather than read from cli/starter/.
const starterHubId = 'my-hub';
const starterHubTitle = 'My Hub';
const starterArticles = ['adding-an-article', 'how-this-hub-works', 'publishing-the-hub'];
const starterReferences = ['publishing-the-hub', 'adding-an-article', 'how-this-hub-works'];

let packed: PackedPackage;
let project: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function topicHub(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await exec('npx', ['--no', '--', 'topic-hub', ...args], { cwd: project });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as Run;
    return { code, stdout, stderr };
  }
}

const inProject = (...parts: string[]) => join(project, ...parts);

/** Replaces one exact piece of a file of the project, failing when the piece is not there. */
async function edit(file: string, from: string, to: string) {
  const text = await readFile(inProject(file), 'utf8');
  assert.ok(text.includes(from), `${file} holds ${JSON.stringify(from)}`);
  await writeFile(inProject(file), text.replace(from, to));
}

/** Asks `probe` again until it returns something: the preview rebuilds in the background. */
async function eventually<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(100);
  }
}

before(async () => {
  assert.ok(existsSync(join(repo, 'dist/cli/topic-hub.js')), 'dist/cli/topic-hub.js exists: run npm run build first');
  packed = await packPackage('topic-hub-cli-');
  project = await installProject(packed, 'team-site');
});
after(() => packed?.remove());

describe('topic-hub from the packed package', () => {
  it('runs without the build-time libraries installed, and says its version and usage', async () => {
    for (const library of ['marked', 'zod', 'sanitize-html', 'gray-matter', 'tsx']) {
      assert.equal(existsSync(inProject('node_modules', library)), false, `${library} is not installed`);
    }
    const version = await topicHub('--version');
    const { version: expected } = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8'));
    assert.equal(version.stdout.trim(), expected);
    const help = await topicHub('build', '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: topic-hub build <dir> \[--out <outdir>\]/);

    const unknown = await topicHub('publish', 'x');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^topic-hub: unknown command "publish"\n[^]*Usage: topic-hub <command>/);
    const missing = await topicHub('check');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^topic-hub: missing the content folder <dir>\n[^]*Usage: topic-hub check <dir>/);
  });

  it('init writes the starter folder, and refuses a folder that is not empty', async () => {
    const result = await topicHub('init', 'my-hub');
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual((await readdir(inProject('my-hub/hubs'))).sort(), [`${starterHubId}.md`]);
    assert.deepEqual(
      (await readdir(inProject('my-hub/articles'))).sort(),
      starterArticles.map((id) => `${id}.md`),
    );
    const hub = await readFile(inProject('my-hub/hubs/my-hub.md'), 'utf8');
    assert.match(hub, /^title: "My Hub"$/m);
    assert.match(hub, /^# title \(required, text\)/m, 'fields are explained');
    assert.match(hub, /^# headings:\n# {3}startHere: /m, 'the optional headings are shown, commented out');
    assert.match(result.stdout, /npx topic-hub preview my-hub/);
    assert.match(result.stdout, /<topic-hub src="\/hubs\/my-hub\/bundle.json" hub="my-hub"><\/topic-hub>/);

    await writeFile(inProject('my-hub/notes.txt'), 'mine');
    const again = await topicHub('init', 'my-hub');
    assert.equal(again.code, 1);
    assert.match(again.stderr, /^topic-hub init: my-hub is not empty/);
    assert.equal(await readFile(inProject('my-hub/hubs/my-hub.md'), 'utf8'), hub, 'nothing overwritten');
    await rm(inProject('my-hub/notes.txt'));
  });

  it('check passes on the starter', async () => {
    const result = await topicHub('check', 'my-hub');
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, 'my-hub: no problems found (1 hub, 3 articles).\n');
  });

  it('check lists every problem of a broken folder as file: field: message', async () => {
    await cp(inProject('my-hub'), inProject('broken'), { recursive: true });
    await edit('broken/articles/adding-an-article.md', 'title: "Adding an article to the hub"\n', '');
    await edit('broken/articles/publishing-the-hub.md', 'tags: [publishing]', 'tags: []');
    await edit(
      'broken/hubs/my-hub.md',
      'articles: [how-this-hub-works, adding-an-article, publishing-the-hub]',
      'articles: [how-this-hub-works, adding-an-article, ghost]',
    );
    const result = await topicHub('check', 'broken');
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.deepEqual(result.stderr.split('\n'), [
      'broken/articles/adding-an-article.md: title: is required',
      'broken/articles/publishing-the-hub.md: tags: must list at least one tag',
      'broken/hubs/my-hub.md: readingPaths[0].articles[2]: refers to unknown article "ghost" (there is no articles/ghost.md)',
      '',
      '3 content errors in broken; fix them and check again.',
      '',
    ]);
  });

  it('build writes <out>/bundle.json with the hub and its articles, and prints the tags', async () => {
    const result = await topicHub('build', 'my-hub', '--out', 'public/hubs/my-hub');
    assert.equal(result.code, 0, result.stderr);
    const bundle = JSON.parse(await readFile(inProject('public/hubs/my-hub/bundle.json'), 'utf8'));
    assert.deepEqual(Object.keys(bundle.hubs), [starterHubId]);
    assert.equal(bundle.hubs[starterHubId].title, starterHubTitle);
    assert.deepEqual(bundle.hubs[starterHubId].references, starterReferences);
    assert.deepEqual(Object.keys(bundle.articles).sort(), starterArticles);
    assert.match(result.stdout, /^Wrote public\/hubs\/my-hub\/bundle.json \(\d+\.\d KiB\): 1 hub, 3 articles/);
    assert.match(result.stdout, /<script type="module" src="[^"]+"><\/script>/);
    assert.match(result.stdout, /<topic-hub src="\/public\/hubs\/my-hub\/bundle.json" hub="my-hub"><\/topic-hub>/);
  });

  it('build --search pagefind writes a Pagefind index with pagefind, the optional dependency npm installed', async () => {
    assert.ok(existsSync(inProject('node_modules', 'pagefind')), 'pagefind is installed with the package');
    const result = await topicHub('build', 'my-hub', '--out', 'public/search', '--search', 'pagefind');
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^Wrote public\/search\/pagefind\/ \(\d+ files\): the Pagefind index and its term list\.\n/);
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'topic-hub-terms.json', 'bundle.json']) {
      assert.ok(existsSync(inProject('public/search', file === 'bundle.json' ? '' : 'pagefind', file)), file);
    }
    assert.equal((await readdir(inProject('public/search/pagefind/fragment'))).length, starterArticles.length);
  });

  it('build writes nothing on an error: the previous output stays byte for byte, other files too', async () => {
    await cp(inProject('my-hub'), inProject('atomic'), { recursive: true });
    // A file of the site's own, in the folder before the CLI ever writes there.
    await mkdir(inProject('site/hub'), { recursive: true });
    await writeFile(inProject('site/hub/keep.txt'), 'not the CLI’s');
    const good = await topicHub('build', 'atomic', '--out', 'site/hub');
    assert.equal(good.code, 0, good.stderr);
    // The bundle, the search index it names, a .gz and a .br copy of each, and the site's own file.
    const { searchIndexFile } = JSON.parse(await readFile(inProject('site/hub/bundle.json'), 'utf8'));
    assert.match(searchIndexFile, /^search-index\.[0-9a-f]{16}\.json$/);
    const written = ['bundle.json', searchIndexFile].flatMap((file) => [file, `${file}.br`, `${file}.gz`]);
    assert.deepEqual((await readdir(inProject('site/hub'))).sort(), [...written, 'keep.txt'].sort());
    const before = await readFile(inProject('site/hub/bundle.json'));

    await edit('atomic/articles/how-this-hub-works.md', 'canon: true', 'canon: maybe');
    const bad = await topicHub('build', 'atomic', '--out', 'site/hub');
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /^atomic\/articles\/how-this-hub-works.md: canon: must be true or false\n/);
    assert.match(bad.stderr, /1 content error in atomic; nothing written to site\/hub\.\n$/);
    assert.deepEqual(await readFile(inProject('site/hub/bundle.json')), before);
    assert.deepEqual((await readdir(inProject('site/hub'))).sort(), [...written, 'keep.txt'].sort(), 'no temporary file left');

    const fresh = await topicHub('build', 'atomic', '--out', 'site/never');
    assert.equal(fresh.code, 1);
    assert.equal(existsSync(inProject('site/never')), false, 'a failed build creates no folder');
  });

  it('build says in one line when it cannot write, without a stack trace', async () => {
    await writeFile(inProject('a-file'), 'not a folder');
    const result = await topicHub('build', 'my-hub', '--out', 'a-file');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^topic-hub: mkdir a-file failed: EEXIST/);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  });
});

describe('topic-hub preview', () => {
  const secondHub = `---
title: "Second Hub"
references: [how-this-hub-works]
---
A second hub in the same folder.
`;

  let server: ChildProcessWithoutNullStreams | undefined;
  // A test that times out skips its own clean-up; a server left running would keep this file running.
  after(() => server?.kill('SIGKILL'));

  it('serves every hub, rebuilds on save, shows errors on the page, stops on SIGTERM', { timeout: 30_000 }, async () => {
    await cp(inProject('my-hub'), inProject('pv'), { recursive: true });
    await writeFile(inProject('pv/hubs/second-hub.md'), secondHub);
    // The installed command itself, not through npx: npx does not pass SIGTERM on to it.
    server = spawn(inProject('node_modules/.bin/topic-hub'), ['preview', 'pv', '--port', '0'], { cwd: project });
    let stdout = '';
    let stderr = '';
    server.stdout.on('data', (chunk) => (stdout += chunk));
    server.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = once(server, 'exit');
    try {
      const origin = await eventually(async () => {
        assert.equal(server!.exitCode, null, `the preview stopped early: ${stderr}`);
        return stdout.match(/http:\/\/127\.0\.0\.1:\d+/)?.[0];
      });
      const get = (path: string) => fetch(`${origin}${path}`);

      const page = await get('/');
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('content-security-policy'), "default-src 'self'");
      const html = await page.text();
      assert.deepEqual([...html.matchAll(/<topic-hub src="\/bundle.json" hub="([^"]+)"><\/topic-hub>/g)].map((match) => match[1]).sort(), [
        starterHubId,
        'second-hub',
      ]);
      assert.match(html, /<article-search src="\/bundle.json"><\/article-search>/);
      assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
      assert.doesNotMatch(html, /<style|\sstyle=|\son\w+=/i, 'no inline style or handler');
      const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]).sort();
      assert.deepEqual(scripts, ['/preview.js', '/topic-hub.js']);
      const dropIn = await get('/topic-hub.js');
      assert.equal(dropIn.status, 200);
      const packedDropIn = await readFile(inProject('node_modules/topic-hub-elements/dist/topic-hub.js'), 'utf8');
      assert.equal(await dropIn.text(), packedDropIn, "the package's own drop-in file");
      assert.match(await (await get('/preview.js')).text(), /new EventSource\('\/events'\)[^]*'reload'[^]*location\.reload\(\)/);

      assert.equal((await get('/favicon.ico')).status, 204, 'no 404 in the console for the icon browsers ask for');
      // A page elsewhere that points its own host name at 127.0.0.1 (DNS rebinding) gets nothing.
      const rebound = await new Promise<number | undefined>((resolve, reject) =>
        httpGet(`${origin}/bundle.json`, { headers: { host: 'attacker.example' } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        }).on('error', reject),
      );
      assert.equal(rebound, 421);

      const bundle = await (await get('/bundle.json')).json();
      assert.deepEqual(Object.keys(bundle.hubs).sort(), [starterHubId, 'second-hub']);

      // The reload signal the page listens to.
      const events = await get('/events');
      assert.equal(events.headers.get('content-type'), 'text/event-stream');
      const reader = events.body!.pipeThrough(new TextDecoderStream()).getReader();
      let received = '';

      await edit('pv/hubs/my-hub.md', 'title: "My Hub"', 'title: "Edited Hub"');
      await eventually(async () => {
        const { hubs } = await (await get('/bundle.json')).json();
        return hubs[starterHubId].title === 'Edited Hub' || undefined;
      });
      await eventually(async () => {
        received += (await reader.read()).value ?? '';
        return received.includes('event: reload\n') || undefined;
      });
      await reader.cancel();

      await edit('pv/hubs/my-hub.md', 'references:\n  - publishing-the-hub', 'references:\n  - ghost');
      const expected = 'pv/hubs/my-hub.md: references[0]: refers to unknown article "ghost" (there is no articles/ghost.md)';
      const errorPage = await eventually(async () => {
        const text = await (await get('/')).text();
        return text.includes('1 content error') ? text : undefined;
      });
      assert.ok(errorPage.includes(`<li><code>${expected.replaceAll('"', '&quot;')}</code></li>`), 'the error, escaped, in a list');
      assert.match(errorPage, /<topic-hub src="\/bundle.json" hub="my-hub">/, 'the last good build still shows');
      assert.ok(stderr.includes(`${expected}\n`), 'and in the terminal');

      const taken = await topicHub('preview', 'pv', '--port', new URL(origin).port);
      assert.equal(taken.code, 1);
      assert.equal(
        taken.stderr,
        `topic-hub preview: port ${new URL(origin).port} is already in use. Choose another one: topic-hub preview pv --port ${Number(new URL(origin).port) + 1}\n`,
      );
    } finally {
      server.kill('SIGTERM');
    }
    const [code, signal] = await exited;
    assert.deepEqual({ code, signal }, { code: 0, signal: null }, 'stops cleanly on SIGTERM');
  });
});
