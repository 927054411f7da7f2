/**
 * Every field an author writes, and the files they write it in, through the content build
 * (`buildBundle()` in this process, see build-in-process.ts): the message for each wrong value,
 * the defaults of what may be left out, and the front matter and bytes the build refuses. The
 * expected lines are the messages an author must see, written down here; the mutation run found
 * them unguarded (docs/mutation-testing.md).
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildInProcess } from './build-in-process.js';

let temp: string;
let count = 0;
before(async () => {
  temp = await mkdtemp(join(tmpdir(), 'content-fields-'));
});
after(async () => {
  await rm(temp, { recursive: true, force: true });
});

const validArticle = '---\ntitle: Valid\nsummary: A valid article.\ntags: [base]\n---\n';
const validHub = '---\ntitle: Hub\nreferences: [valid]\n---\nIntro.\n';

/**
 * A content folder with these files (paths relative to it, text or bytes); `shown` gives a path
 * inside it as the build prints it.
 */
async function folder(files: Record<string, string | Buffer>, { folders = ['articles', 'hubs'] } = {}) {
  count += 1;
  const dir = join(temp, `case-${count}`);
  await mkdir(dir);
  for (const name of folders) await mkdir(join(dir, name));
  for (const [path, content] of Object.entries(files)) await writeFile(join(dir, path), content);
  return { dir, shown: (path: string) => relative(process.cwd(), join(dir, path)) };
}

const knownArticleFields = 'title, summary, tags, canon, date, url';
const urlMessage = 'must be an absolute http(s) URL or a path on this site starting with "/" (not //host, no spaces or backslashes)';
const idMessage = 'must be lowercase letters, digits and single hyphens (e.g. "ai-operating-model")';

describe('article fields', () => {
  it('names each wrong field and what it must be', async () => {
    const { dir, shown } = await folder({
      'articles/valid.md': validArticle,
      'articles/a.md': '---\ntitle: 42\nsummary: "   "\ntags: 7\ncanon: "yes"\ndate: "2024-13-01"\nurl: 42\nauthor: Me\n---\n',
      'articles/b.md': '---\ntitle: B\nsummary: B.\ntags: [Base, 7, a-b]\nurl: ftp://example.com/x\n---\n',
      'articles/c.md': '---\nsummary: C.\ntags: []\nurl: https://\n---\n',
      'articles/d.md': '---\ntitle: D\nsummary: D.\ntags: [a, b, c, d]\nurl: //evil.example/x\n---\n',
      'articles/e.md': '---\ntitle: E\nsummary: E.\ntags: [a]\nurl: /wiki/a\\b\n---\n',
      'articles/f.md': '---\ntitle: F\nsummary: F.\n---\n',
      'articles/g.md': '---\ntitle: G\nsummary: G.\ntags: base\n---\n',
      'articles/h.md': '---\ntitle: H\nsummary: H.\ntags: [A, b, c, d]\n---\n',
      'hubs/hub.md': validHub,
    });
    const { bundle, errors } = await buildInProcess(dir);
    assert.equal(bundle, undefined);
    assert.deepEqual(errors, [
      `${shown('articles/a.md')}: author: is not a known field (known: ${knownArticleFields})`,
      `${shown('articles/a.md')}: title: must be text`,
      `${shown('articles/a.md')}: summary: must not be empty`,
      `${shown('articles/a.md')}: tags: must be a list of tags`,
      `${shown('articles/a.md')}: canon: must be true or false`,
      `${shown('articles/a.md')}: date: must be a date written YYYY-MM-DD`,
      `${shown('articles/a.md')}: url: must be a URL (text)`,
      `${shown('articles/b.md')}: tags[0]: ${idMessage}`,
      `${shown('articles/b.md')}: tags[1]: must be an id (text)`,
      `${shown('articles/b.md')}: url: ${urlMessage}`,
      `${shown('articles/c.md')}: title: is required`,
      `${shown('articles/c.md')}: tags: must list at least one tag`,
      `${shown('articles/c.md')}: url: ${urlMessage}`,
      `${shown('articles/d.md')}: tags: must list at most three tags`,
      `${shown('articles/d.md')}: url: ${urlMessage}`,
      `${shown('articles/e.md')}: url: ${urlMessage}`,
      `${shown('articles/f.md')}: tags: must be a list of tags`,
      // One problem, not also "at most three" for the four letters of a word.
      `${shown('articles/g.md')}: tags: must be a list of tags`,
      // A bad tag and too many: both, in one run.
      `${shown('articles/h.md')}: tags[0]: ${idMessage}`,
      `${shown('articles/h.md')}: tags: must list at most three tags`,
    ]);
  });

  it('takes as url only an absolute http(s) URL that parses, or a path on this site', async () => {
    const refused = ['wiki/page', 'mailto:team@example.com', 'mailto:team@example.com?body=http://example.com', 'http://[oops'];
    const files: Record<string, string> = { 'articles/valid.md': validArticle, 'hubs/hub.md': validHub };
    const withUrl = (url: string) => `---\ntitle: T\nsummary: S.\ntags: [a]\nurl: "${url}"\n---\n`;
    refused.forEach((url, i) => (files[`articles/refused-${i}.md`] = withUrl(url)));
    files['articles/plain-http.md'] = withUrl('http://example.com/a');
    const { dir, shown } = await folder(files);
    const { errors } = await buildInProcess(dir);
    assert.deepEqual(
      errors,
      refused.map((_, i) => `${shown(`articles/refused-${i}.md`)}: url: ${urlMessage}`),
    );
  });

  it('keeps what may be left out at its default, trims text, and keeps a valid date and URL', async () => {
    const { dir } = await folder({
      'articles/valid.md': validArticle,
      'articles/full.md':
        '---\ntitle: "  Full  "\nsummary: " All fields. "\ntags: [a, b, c]\ncanon: true\ndate: "2024-02-29"\nurl: " HTTPS://Example.com/a?b=c#d "\n---\n',
      'articles/site.md': '---\ntitle: Site\nsummary: On the intranet.\ntags: [a]\nurl: /wiki/page\n---\n',
      'hubs/hub.md': validHub,
    });
    const { bundle, errors } = await buildInProcess(dir);
    assert.deepEqual(errors, []);
    const written = JSON.parse(JSON.stringify(bundle));
    assert.deepEqual(written.articles.valid, {
      id: 'valid',
      title: 'Valid',
      summary: 'A valid article.',
      tags: ['base'],
      canon: false,
      hubs: ['hub'],
    });
    assert.deepEqual(written.articles.full, {
      id: 'full',
      title: 'Full',
      summary: 'All fields.',
      tags: ['a', 'b', 'c'],
      canon: true,
      date: '2024-02-29',
      url: 'HTTPS://Example.com/a?b=c#d',
      hubs: [],
    });
    assert.equal(written.articles.site.url, '/wiki/page');
  });
});

describe('hub fields', () => {
  it('names each wrong field and what it must be, at its place in lists and headings', async () => {
    const long = 'x'.repeat(121);
    const { dir, shown } = await folder({
      'articles/valid.md': validArticle,
      'hubs/a.md': [
        '---',
        'title: A',
        'url: javascript:alert(1)',
        `headings: { questions: ${long}, references: "${'y'.repeat(120)}", nope: Nope }`,
        'startHere: [{ reason: Why }]',
        'readingPaths: [{ id: p, title: P, articles: [] }]',
        'relatedHubs: [{ title: Nowhere }]',
        'references: [valid]',
        '---',
        'Intro.',
      ].join('\n'),
      'hubs/b.md': '---\ntitle: B\nreferences: [valid]\n---\n  \n',
    });
    const { bundle, errors } = await buildInProcess(dir);
    assert.equal(bundle, undefined);
    assert.deepEqual(errors, [
      `${shown('hubs/a.md')}: url: ${urlMessage}`,
      `${shown('hubs/a.md')}: headings.questions: must be at most 120 characters`,
      `${shown('hubs/a.md')}: headings: Unrecognized key: "nope"`,
      `${shown('hubs/a.md')}: startHere[0].article: is required`,
      `${shown('hubs/a.md')}: readingPaths[0].articles: must list at least one article`,
      `${shown('hubs/a.md')}: relatedHubs[0]: needs a url or the id of a hub in this bundle`,
      `${shown('hubs/b.md')}: (body): must hold the intro in Markdown after the front matter`,
    ]);
  });

  it('names each reference to an article or hub that does not exist, and each duplicate', async () => {
    const { dir, shown } = await folder({
      'articles/valid.md': '---\ntitle: Valid\nsummary: Valid.\ntags: [a, b, a]\n---\n',
      'hubs/hub.md': [
        '---',
        'title: Hub',
        'readingPaths: [{ id: p, title: P, articles: [valid, valid] }]',
        'failureModes: [{ text: Oops, articles: [valid, gone] }]',
        'relatedHubs: [{ title: Other, hub: other }, { title: Web, url: "https://example.com/" }]',
        'references: [valid, ghost]',
        '---',
        'Intro.',
      ].join('\n'),
      'hubs/linked.md': '---\ntitle: Linked\n---\nIntro with [a script](javascript:alert(1)).\n',
      'hubs/lists.md': '---\ntitle: Lists\nrelatedHubs: 7\nreferences: 7\n---\nIntro.\n',
    });
    const { errors } = await buildInProcess(dir);
    assert.deepEqual(errors, [
      `${shown('hubs/lists.md')}: relatedHubs: Invalid input: expected array, received number`,
      `${shown('hubs/lists.md')}: references: Invalid input: expected array, received number`,
      `${shown('articles/valid.md')}: tags[2]: duplicate tag "a"`,
      `${shown('hubs/hub.md')}: readingPaths[0].articles[1]: duplicate article "valid"`,
      `${shown('hubs/hub.md')}: failureModes[0].articles[1]: refers to unknown article "gone" (there is no articles/gone.md)`,
      `${shown('hubs/hub.md')}: relatedHubs[0].hub: refers to unknown hub "other" (there is no hubs/other.md)`,
      `${shown('hubs/hub.md')}: references[1]: refers to unknown article "ghost" (there is no articles/ghost.md)`,
      // Errors in other files do not stop this hub's Markdown from being checked.
      `${shown('hubs/linked.md')}: (body): links to "javascript:alert(1)" are not allowed: use http, https, mailto or a relative URL (not //host, no spaces or backslashes)`,
    ]);
  });

  it('warns once per field where Markdown is kept in a simpler form, and not otherwise', async () => {
    const { dir, shown } = await folder({
      'articles/valid.md': validArticle,
      'hubs/hub.md': '---\ntitle: Hub\nquestions: ["Plain?", "With <b>HTML</b> and <i>more</i>?"]\n---\n# A heading\n\nPlain.\n',
      'hubs/plain.md': '---\ntitle: Plain\nquestions: [Plain?]\n---\nPlain.\n',
    });
    const { errors, warnings } = await buildInProcess(dir);
    assert.deepEqual(errors, []);
    assert.deepEqual(warnings, [
      `${shown('hubs/hub.md')}: (body): headings are not shown as headings (the hub has its own); the text is kept as a bold paragraph`,
      `${shown('hubs/hub.md')}: questions[1]: HTML is not rendered; only its text is kept`,
    ]);
  });

  it('keeps what may be left out at its default', async () => {
    const { dir } = await folder({
      'articles/valid.md': validArticle,
      'hubs/bare.md': '---\ntitle: Bare\n---\nIntro.\n',
      'hubs/some.md':
        '---\ntitle: Some\nurl: https://example.com/hub\nheadings: { questions: Asked }\nstartHere: [{ article: valid, label: Go, reason: Because }]\nfailureModes: [{ text: Oops }]\nrelatedHubs: [{ title: Bare, hub: bare }]\n---\nIntro.\n',
    });
    const { bundle, errors } = await buildInProcess(dir);
    assert.deepEqual(errors, []);
    const written = JSON.parse(JSON.stringify(bundle));
    assert.deepEqual(written.hubs.bare, {
      id: 'bare',
      title: 'Bare',
      intro: [{ type: 'paragraph', children: ['Intro.'] }],
      headings: {},
      startHere: [],
      questions: [],
      readingPaths: [],
      failureModes: [],
      relatedHubs: [],
      references: [],
    });
    const some = written.hubs.some;
    assert.equal(some.url, 'https://example.com/hub');
    assert.deepEqual(some.headings, { questions: 'Asked' });
    assert.deepEqual(some.startHere, [{ article: 'valid', label: 'Go', reason: ['Because'] }]);
    assert.deepEqual(some.failureModes, [{ text: ['Oops'], articles: [] }]);
    assert.deepEqual(some.relatedHubs, [{ title: 'Bare', hub: 'bare' }]);
    assert.deepEqual(written.articles.valid.hubs, [], 'no hub lists it among its references');
  });

  it("writes a hub's language as a canonical BCP 47 tag, and refuses what is no language tag", async () => {
    const good = await folder({ 'articles/valid.md': validArticle, 'hubs/hub.md': '---\ntitle: Hub\nlang: DE-at\n---\nIntro.\n' });
    const built = await buildInProcess(good.dir);
    assert.deepEqual(built.errors, []);
    assert.equal(JSON.parse(JSON.stringify(built.bundle)).hubs.hub.lang, 'de-AT');
    const bad = await folder({ 'articles/valid.md': validArticle, 'hubs/hub.md': '---\ntitle: Hub\nlang: german!\n---\nIntro.\n' });
    const { errors } = await buildInProcess(bad.dir);
    assert.deepEqual(errors, [`${bad.shown('hubs/hub.md')}: lang: must be a BCP 47 language tag, e.g. "de", "en-GB" or "ar"`]);
  });
});

describe('messages', () => {
  it('shows every control character of a file name as a two-digit escape', async () => {
    const { dir } = await folder({
      'articles/a\u0001b\u007fc.md': validArticle,
      'articles/valid.md': validArticle,
      'hubs/hub.md': validHub,
    });
    const { errors } = await buildInProcess(dir);
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.ok(errors[0].includes('a\\x01b\\x7fc.md: (file name)'), errors[0]);
  });
});

describe('content hash', () => {
  it('is the same for the same content and differs when any text differs', async () => {
    const files = { 'articles/valid.md': validArticle, 'hubs/hub.md': validHub };
    const [first, again, changed] = await Promise.all([
      folder(files).then(({ dir }) => buildInProcess(dir)),
      folder(files).then(({ dir }) => buildInProcess(dir)),
      folder({ ...files, 'hubs/hub.md': validHub.replace('Intro.', 'Intro!') }).then(({ dir }) => buildInProcess(dir)),
    ]);
    assert.match(first.bundle?.contentHash ?? '', /^[0-9a-f]{16}$/);
    assert.equal(again.bundle?.contentHash, first.bundle?.contentHash);
    assert.notEqual(changed.bundle?.contentHash, first.bundle?.contentHash);
  });
});

describe('front matter', () => {
  it('refuses front matter that is not closed, not fields, or opens with more than ---', async () => {
    const opening = `---${'x'.repeat(50)}`;
    const { dir, shown } = await folder({
      'articles/valid.md': validArticle,
      'articles/a-list.md': '---\n- title\n- summary\n---\n',
      'articles/b-scalar.md': '---\njust words\n---\n',
      'articles/c-date.md': '---\n2024-01-31\n---\n',
      'articles/d-open.md': '---\ntitle: Open\n',
      'articles/e-long.md': `${opening}\ntitle: Long\n---\n`,
      'hubs/hub.md': validHub,
    });
    const { errors } = await buildInProcess(dir);
    const fields = 'must be fields (name: value), one per line';
    assert.deepEqual(
      errors.filter((line) => line.includes('(front matter)')),
      [
        `${shown('articles/a-list.md')}: (front matter): ${fields}`,
        `${shown('articles/b-scalar.md')}: (front matter): ${fields}`,
        `${shown('articles/c-date.md')}: (front matter): ${fields}`,
        `${shown('articles/d-open.md')}: (front matter): is not closed: end it with a line that holds only ---`,
        `${shown('articles/e-long.md')}: (front matter): opens with "${opening.slice(0, 40)}…": front matter must be YAML, between two lines that hold only ---`,
      ],
    );
  });

  it('reads fences with trailing spaces and Windows line ends, and a file without front matter as all body', async () => {
    const { dir, shown } = await folder({
      'articles/valid.md': validArticle,
      'articles/crlf.md': '---  \r\ntitle: Windows\r\nsummary: CRLF.\r\ntags: [a]\r\n--- \r\n',
      'articles/empty.md': '---\n---\n',
      'hubs/hub.md': validHub,
      'hubs/plain.md': 'Only an intro, no front matter.\n',
    });
    const { errors } = await buildInProcess(dir);
    assert.deepEqual(errors, [
      `${shown('articles/empty.md')}: title: is required`,
      `${shown('articles/empty.md')}: summary: is required`,
      `${shown('articles/empty.md')}: tags: must be a list of tags`,
      `${shown('hubs/plain.md')}: title: is required`,
    ]);
    const fixed = await folder({
      'articles/valid.md': validArticle,
      'articles/crlf.md': '---  \r\ntitle: Windows\r\nsummary: CRLF.\r\ntags: [a]\r\n--- \r\n',
      'hubs/hub.md': validHub,
    });
    const built = await buildInProcess(fixed.dir);
    assert.deepEqual(built.errors, []);
    assert.equal(built.bundle?.articles.crlf.title, 'Windows');
  });

  it('closes front matter only at a line of ---, also at the end of the file, and refuses nested block lists', async () => {
    const opening = `---${'x'.repeat(37)}`;
    const { dir, shown } = await folder({
      'articles/valid.md': '---\ntitle: Valid\nsummary: Ends in a dash run ---\ntags: [a]\n---',
      'articles/w-opening.md': `${opening}\ntitle: W\n---\n`,
      'articles/x-deep.md': `---\n${'- '.repeat(25)}x\n---\n`,
      'hubs/hub.md': validHub,
    });
    const { errors, bundle } = await buildInProcess(dir);
    assert.deepEqual(errors, [
      `${shown('articles/w-opening.md')}: (front matter): opens with "${opening}": front matter must be YAML, between two lines that hold only ---`,
      `${shown('articles/x-deep.md')}: (front matter): nests lists and mappings more than 20 levels deep: no field needs more than 3`,
    ]);
    assert.equal(bundle, undefined);
    const fine = await folder({
      'articles/valid.md': '---\ntitle: Valid\nsummary: Ends in a dash run ---\ntags: [a]\n---',
      'hubs/hub.md': validHub,
    });
    const built = await buildInProcess(fine.dir);
    assert.equal(built.bundle?.articles.valid.summary, 'Ends in a dash run ---');
  });

  it('counts the lines of the body from the file, after the front matter', async () => {
    const { dir, shown } = await folder({
      'articles/valid.md': validArticle,
      'hubs/hub.md': `---\ntitle: Hub\n\nreferences: [valid]\n---\nIntro.\n\nMore.\n${'>'.repeat(30)} deep\n`,
      'hubs/plain.md': `# Plain\n\n${'>'.repeat(30)} deep\n`,
    });
    const { errors } = await buildInProcess(dir);
    const nests = 'nests block quotes and lists more than 20 levels deep: flatten it';
    assert.deepEqual(
      errors.filter((line) => line.includes('(body)')),
      [`${shown('hubs/hub.md')}: (body): line 9 ${nests}`, `${shown('hubs/plain.md')}: (body): line 3 ${nests}`],
    );
  });
});

describe('files and folders', () => {
  it('refuses each byte sequence that is not UTF-8, naming the first bad byte, its offset and line', async () => {
    const head = Buffer.from('---\ntitle: T\nsummary: "');
    const file = (bytes: number[]) => Buffer.concat([head, Buffer.from(bytes), Buffer.from('"\ntags: [a]\n---\n')]);
    const cases: [string, number[], number][] = [
      ['a-overlong', [0xc0, 0x80], 0],
      ['b-after-e0', [0xe0, 0x80, 0x80], 0],
      ['c-surrogate', [0xed, 0xa0, 0x80], 0],
      ['d-above-max', [0xf4, 0x90, 0x80, 0x80], 0],
      ['e-f5', [0xf5, 0x80, 0x80, 0x80], 0],
      ['f-short', [0x41, 0xe2, 0x82, 0x41], 1],
      ['g-bad-third', [0xe2, 0x82, 0x41], 0],
      ['h-after-f0', [0xf0, 0x80, 0x80, 0x80], 0],
      ['i-lone', [0x80], 0],
    ];
    const files: Record<string, Buffer> = { 'articles/valid.md': Buffer.from(validArticle), 'hubs/hub.md': Buffer.from(validHub) };
    for (const [name, bytes] of cases) files[`articles/${name}.md`] = file(bytes);
    // Valid sequences of two, three and four bytes before the bad one are stepped over whole.
    files['articles/j-after-valid.md'] = file([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0x9f, 0xbf, 0xff]);
    // The first and last lead bytes of each length, each with its own bounds for the second byte.
    const edges = [
      0xc2, 0xa9, 0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xe1, 0xa0, 0x80, 0xef, 0xbf, 0xbd, 0xf0, 0x90, 0x80, 0x80, 0xf1, 0x80, 0x80, 0x80,
    ];
    files['articles/k-edges.md'] = file([...edges, 0xf4, 0x8f, 0xbf, 0xbf, 0xff]);
    // A sequence cut short by the end of the file.
    files['articles/l-cut.md'] = Buffer.concat([head, Buffer.from([0xe2, 0x82])]);
    const { dir, shown } = await folder(files);
    const { errors } = await buildInProcess(dir);
    const line = (name: string, byte: number, offset: number) =>
      `${shown(`articles/${name}.md`)}: (file): is not UTF-8 text: byte 0x${byte.toString(16).toUpperCase()} at offset ${offset} (line 3) is not valid UTF-8; save the file as UTF-8`;
    assert.deepEqual(errors, [
      ...cases.map(([name, bytes, at]) => line(name, bytes[at], head.length + at)),
      line('j-after-valid', 0xff, head.length + 12),
      line('k-edges', 0xff, head.length + edges.length + 4),
      line('l-cut', 0xe2, head.length),
    ]);
  });

  it('reads a file of exactly 1 MiB and refuses one byte more', async () => {
    const article = (size: number) => validArticle + 'x'.repeat(size - validArticle.length);
    const { dir, shown } = await folder({
      'articles/valid.md': validArticle,
      'articles/at-limit.md': article(1024 * 1024),
      'articles/over-limit.md': article(1024 * 1024 + 1),
      'hubs/hub.md': validHub,
    });
    const { errors } = await buildInProcess(dir);
    assert.deepEqual(errors, [
      `${shown('articles/over-limit.md')}: (file): is 1,048,577 bytes, more than the limit of 1,048,576 bytes (1 MiB): split it or shorten it`,
    ]);
  });

  it('refuses a link to a file that does not exist, and a hubs folder that is a file', async () => {
    const { dir, shown } = await folder({ 'articles/valid.md': validArticle, hubs: validHub }, { folders: ['articles'] });
    await symlink(join(dir, 'nowhere.md'), join(dir, 'articles', 'dangling.md'));
    const { errors } = await buildInProcess(dir);
    assert.deepEqual(errors, [
      `${shown('articles/dangling.md')}: (file): is a link to a file that does not exist`,
      `${shown('hubs')}: (folder): is not a folder that can be read`,
    ]);
  });

  it('reads the files of a folder in the order of their names', async () => {
    const { dir } = await folder({
      'articles/c.md': validArticle,
      'articles/a.md': validArticle,
      'articles/b.md': validArticle,
      'hubs/hub.md': '---\ntitle: Hub\n---\nIntro.\n',
    });
    const { bundle } = await buildInProcess(dir);
    assert.deepEqual(Object.keys(bundle?.articles ?? {}), ['a', 'b', 'c']);
  });

  it('refuses an articles folder that is a link to the folder above the content folder', async () => {
    const { dir, shown } = await folder({ 'hubs/hub.md': validHub }, { folders: ['hubs'] });
    await symlink('..', join(dir, 'articles'));
    const { errors } = await buildInProcess(dir);
    assert.equal(
      errors[0],
      `${shown('articles')}: (folder): is a link to ${temp}, outside the content folder: only files inside the content folder are read`,
    );
  });

  it('says both folders are missing when the content folder is', async () => {
    const missing = join(temp, 'no-such-folder');
    const { errors } = await buildInProcess(missing);
    const shown = (path: string) => relative(process.cwd(), join(missing, path));
    assert.deepEqual(errors, [`${shown('articles')}: (folder): folder not found`, `${shown('hubs')}: (folder): folder not found`]);
  });

  it('says a hubs folder without hubs holds none', async () => {
    const { dir } = await folder({ 'articles/valid.md': validArticle, 'hubs/notes.txt': 'not a hub', 'hubs/old.md.bak': validHub });
    const { errors } = await buildInProcess(dir);
    // Relative to the current folder, as every other path in the messages.
    assert.deepEqual(errors, [`${relative(process.cwd(), join(dir, 'hubs'))}: (folder): holds no hub (*.md)`]);
  });
});
