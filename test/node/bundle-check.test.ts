/**
 * The runtime's check of a bundle (src/content/bundle-check.ts) and the content store that runs it
 * (src/content/content-store.ts), on a small valid bundle written here and copies of it with one
 * thing wrong. Every message is written out in full: it is what a bundle's author reads.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundleStructureProblem, maxRichTextDepth } from '../../src/content/bundle-check.js';
import { findHub, findReadingPath, HubContentError, readBundle, type HubErrorCode } from '../../src/content/content-store.js';

/** A valid bundle that uses every field, optional ones included. */
function validBundle(): Record<string, unknown> {
  return {
    format: 'topic-hub-bundle',
    version: 2,
    contentHash: 'abc',
    articles: {
      first: {
        id: 'first',
        title: 'First',
        summary: 'One.',
        tags: ['a', 'b'],
        canon: true,
        date: '2026-01-02',
        url: '/first',
        hubs: ['main'],
      },
      second: { id: 'second', title: 'Second', summary: 'Two.', tags: [], canon: false, hubs: ['main'] },
    },
    hubs: {
      main: {
        id: 'main',
        title: 'Main',
        url: 'https://example.com/main',
        intro: [
          { type: 'paragraph', children: ['Hello ', { type: 'em', children: ['you'] }] },
          { type: 'list', ordered: true, items: [[{ type: 'paragraph', children: [{ type: 'code', text: 'x' }] }], []] },
        ],
        headings: { startHere: 'Begin', references: 'All' },
        startHere: [
          {
            article: 'first',
            label: 'The first',
            reason: [{ type: 'link', href: '/x', children: [{ type: 'strong', children: ['go'] }] }],
          },
        ],
        questions: [['Why?']],
        readingPaths: [{ id: 'path', title: 'Path', articles: ['first', 'second'] }],
        failureModes: [{ text: ['Oops'], articles: ['second'] }],
        relatedHubs: [
          { title: 'Other', url: 'https://example.com/other' },
          { title: 'Self', hub: 'main' },
        ],
        references: ['second', 'first'],
      },
      empty: {
        id: 'empty',
        title: 'Empty',
        intro: [],
        startHere: [],
        questions: [],
        readingPaths: [],
        failureModes: [],
        relatedHubs: [],
        references: [],
      },
    },
    searchIndex: '{}',
  };
}

/** Marks a field to delete. */
const absent = Symbol('absent');

/** Sets (or deletes) the field at a dotted path such as `hubs.main.startHere.0.label`. */
function set(bundle: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = bundle;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  if (value === absent) delete node[last];
  else node[last] = value;
  return bundle;
}

/** The problem found in a valid bundle whose field at `path` is set to `value`. */
const problemWith = (path: string, value: unknown) => bundleStructureProblem(set(validBundle(), path, value));

/** `levels` em nodes, each inside the previous one's children. */
function nestedEm(levels: number): unknown[] {
  let text: unknown[] = ['deep'];
  for (let i = 0; i < levels; i++) text = [{ type: 'em', children: text }];
  return text;
}

/** `levels` lists, each an item of the previous one, the innermost with one empty item. */
function nestedLists(levels: number): unknown[] {
  let blocks: unknown[] = [];
  for (let i = 0; i < levels; i++) blocks = [{ type: 'list', ordered: false, items: [blocks] }];
  return blocks;
}

describe('bundleStructureProblem', () => {
  it('accepts a valid bundle, with and without the optional fields', () => {
    assert.equal(bundleStructureProblem(validBundle()), undefined);
  });

  it('refuses a bundle without hubs, articles or search index', () => {
    const noHubs = 'it has no hubs or no articles';
    assert.equal(problemWith('hubs', absent), noHubs);
    assert.equal(problemWith('hubs', []), noHubs);
    assert.equal(problemWith('hubs', null), noHubs);
    assert.equal(problemWith('articles', []), noHubs);
    assert.equal(problemWith('articles', 'x'), noHubs);
    assert.equal(problemWith('searchIndex', absent), 'it has no search index');
    assert.equal(problemWith('searchIndex', {}), 'it has no search index');
  });

  const articleCases: [name: string, field: string, value: unknown, message: string][] = [
    ['title', 'title', 1, 'article "first".title must be text'],
    ['missing summary', 'summary', absent, 'article "first".summary must be text'],
    ['tags', 'tags', 'a', 'article "first".tags must be a list'],
    ['one tag', 'tags', ['a', 2], 'article "first".tags[1] must be text'],
    ['canon', 'canon', 'true', 'article "first".canon must be true or false'],
    ['missing canon', 'canon', absent, 'article "first".canon must be true or false'],
    ['date', 'date', 20260102, 'article "first".date must be text'],
    ['date null', 'date', null, 'article "first".date must be text'],
    ['url', 'url', ['/x'], 'article "first".url must be text'],
    ['hubs', 'hubs', {}, 'article "first".hubs must be a list'],
  ];
  for (const [name, field, value, message] of articleCases) {
    it(`checks an article's ${name}`, () => {
      assert.equal(problemWith(`articles.first.${field}`, value), message);
    });
  }

  it('refuses an article that is not an object', () => {
    assert.equal(problemWith('articles.first', ['x']), 'article "first" must be an object');
    assert.equal(problemWith('articles.first', null), 'article "first" must be an object');
  });

  const hubCases: [name: string, field: string, value: unknown, message: string][] = [
    ['title', 'title', absent, 'hub "main".title must be text'],
    ['url', 'url', 5, 'hub "main".url must be text'],
    ['intro', 'intro', 'Hello', 'hub "main".intro must be a list'],
    ['headings', 'headings', 'Begin', 'hub "main".headings must be an object'],
    ['a heading', 'headings.references', 1, 'hub "main".headings.references must be text'],
    ['another heading', 'headings.failureModes', true, 'hub "main".headings.failureModes must be text'],
    ['the Start Here heading', 'headings.startHere', 2, 'hub "main".headings.startHere must be text'],
    ['the questions heading', 'headings.questions', [], 'hub "main".headings.questions must be text'],
    ['the reading paths heading', 'headings.readingPaths', {}, 'hub "main".headings.readingPaths must be text'],
    ['the related hubs heading', 'headings.relatedHubs', false, 'hub "main".headings.relatedHubs must be text'],
    ['startHere', 'startHere', {}, 'hub "main".startHere must be a list'],
    ['a startHere entry', 'startHere', ['first'], 'hub "main".startHere[0] must be an object'],
    ['a startHere article', 'startHere.0.article', 1, 'hub "main".startHere[0].article must be text'],
    ['a startHere label', 'startHere.0.label', 1, 'hub "main".startHere[0].label must be text'],
    ['a startHere reason', 'startHere.0.reason', 'Why', 'hub "main".startHere[0].reason must be a list'],
    ['questions', 'questions', ['Why?'], 'hub "main".questions[0] must be a list'],
    ['readingPaths', 'readingPaths', null, 'hub "main".readingPaths must be a list'],
    ['a reading path id', 'readingPaths.0.id', absent, 'hub "main".readingPaths[0].id must be text'],
    ['a reading path title', 'readingPaths.0.title', 1, 'hub "main".readingPaths[0].title must be text'],
    ['a reading path article', 'readingPaths.0.articles', [1], 'hub "main".readingPaths[0].articles[0] must be text'],
    ['failureModes', 'failureModes', 'x', 'hub "main".failureModes must be a list'],
    ['a failure mode text', 'failureModes.0.text', 'Oops', 'hub "main".failureModes[0].text must be a list'],
    ['a failure mode article', 'failureModes.0.articles', 'second', 'hub "main".failureModes[0].articles must be a list'],
    ['relatedHubs', 'relatedHubs', {}, 'hub "main".relatedHubs must be a list'],
    ['a related hub title', 'relatedHubs.1.title', 1, 'hub "main".relatedHubs[1].title must be text'],
    ['a related hub url', 'relatedHubs.0.url', 1, 'hub "main".relatedHubs[0].url must be text'],
    ['a related hub id', 'relatedHubs.1.hub', 1, 'hub "main".relatedHubs[1].hub must be text'],
    ['references', 'references', 'first', 'hub "main".references must be a list'],
    ['a reference', 'references', ['first', 2], 'hub "main".references[1] must be text'],
  ];
  for (const [name, field, value, message] of hubCases) {
    it(`checks a hub's ${name}`, () => {
      assert.equal(problemWith(`hubs.main.${field}`, value), message);
    });
  }

  it('refuses a hub that is not an object', () => {
    assert.equal(problemWith('hubs.main', 'Main'), 'hub "main" must be an object');
  });

  describe('rich text', () => {
    const reason = (text: unknown) => problemWith('hubs.main.startHere.0.reason', text);
    const intro = (text: unknown) => problemWith('hubs.main.intro', text);
    const at = 'hub "main".startHere[0].reason';

    it('accepts every inline node type', () => {
      const text = [
        'plain',
        { type: 'em', children: ['a'] },
        { type: 'strong', children: [] },
        { type: 'code', text: 'c' },
        { type: 'link', href: 'https://example.com', children: ['l'] },
      ];
      assert.equal(reason(text), undefined);
    });

    it('names an inline node that is neither text nor a known node', () => {
      assert.equal(reason([1]), `${at}[0] must be text or a rich-text node`);
      assert.equal(reason([null]), `${at}[0] must be text or a rich-text node`);
      assert.equal(reason([['a']]), `${at}[0] must be text or a rich-text node`);
      assert.equal(reason(['a', { type: 'script', children: [] }]), `${at}[1] has the unknown type "script"`);
      assert.equal(reason([{ children: [] }]), `${at}[0] has the unknown type undefined`);
      assert.equal(reason([{ type: 'paragraph', children: [] }]), `${at}[0] has the unknown type "paragraph"`);
    });

    it('checks the fields of each inline node', () => {
      assert.equal(reason([{ type: 'em', children: 'a' }]), `${at}[0].children must be a list`);
      assert.equal(reason([{ type: 'strong', children: [2] }]), `${at}[0].children[0] must be text or a rich-text node`);
      assert.equal(reason([{ type: 'code', text: ['c'] }]), `${at}[0].text must be text`);
      assert.equal(reason([{ type: 'code', children: ['c'] }]), `${at}[0].text must be text`);
      assert.equal(reason([{ type: 'link', children: ['l'] }]), `${at}[0].href must be text`);
      assert.equal(reason([{ type: 'link', href: '/x' }]), `${at}[0].children must be a list`);
      assert.equal(
        reason([{ type: 'link', href: '/x', children: [{ type: 'em', children: [{}] }] }]),
        `${at}[0].children[0].children[0] has the unknown type undefined`,
      );
    });

    it('checks every question, failure mode text and intro paragraph as inline text', () => {
      assert.equal(problemWith('hubs.main.questions.1', ['ok', { type: 'img' }]), 'hub "main".questions[1][1] has the unknown type "img"');
      assert.equal(
        problemWith('hubs.main.failureModes.0.text', [{ type: 'code' }]),
        'hub "main".failureModes[0].text[0].text must be text',
      );
      assert.equal(intro([{ type: 'paragraph', children: [{ type: 'em' }] }]), 'hub "main".intro[0].children[0].children must be a list');
    });

    it('names a block that is neither a paragraph nor a list', () => {
      assert.equal(intro(['Hello']), 'hub "main".intro[0] must be a paragraph or a list');
      assert.equal(intro([[]]), 'hub "main".intro[0] must be a paragraph or a list');
      assert.equal(intro([{ type: 'heading', children: [] }]), 'hub "main".intro[0] has the unknown type "heading"');
      assert.equal(intro([{ type: 'em', children: [] }]), 'hub "main".intro[0] has the unknown type "em"');
    });

    it('checks paragraphs and lists', () => {
      assert.equal(intro([{ type: 'paragraph' }]), 'hub "main".intro[0].children must be a list');
      assert.equal(intro([{ type: 'list', items: [] }]), 'hub "main".intro[0].ordered must be true or false');
      assert.equal(intro([{ type: 'list', ordered: 'yes', items: [] }]), 'hub "main".intro[0].ordered must be true or false');
      assert.equal(intro([{ type: 'list', ordered: false }]), 'hub "main".intro[0].items must be a list');
      assert.equal(
        intro([{ type: 'list', ordered: false, items: [{ type: 'paragraph', children: [] }] }]),
        'hub "main".intro[0].items[0] must be a list',
      );
      assert.equal(
        intro([{ type: 'list', ordered: false, items: [[], ['x']] }]),
        'hub "main".intro[0].items[1][0] must be a paragraph or a list',
      );
    });

    it(`accepts inline text nested ${maxRichTextDepth} levels deep and refuses one level more`, () => {
      assert.equal(maxRichTextDepth, 64);
      assert.equal(reason(nestedEm(64)), undefined);
      assert.equal(reason(nestedEm(65)), `${at}${'[0].children'.repeat(65)} is nested too deeply`);
    });

    it('counts the paragraph of an intro as one level', () => {
      const paragraph = (levels: number) => [{ type: 'paragraph', children: nestedEm(levels) }];
      assert.equal(intro(paragraph(63)), undefined);
      assert.equal(intro(paragraph(64)), `hub "main".intro[0].children${'[0].children'.repeat(64)} is nested too deeply`);
    });

    it(`accepts lists nested ${maxRichTextDepth} levels deep and refuses one level more`, () => {
      assert.equal(intro(nestedLists(64)), undefined);
      assert.equal(intro(nestedLists(65)), `hub "main".intro${'[0].items[0]'.repeat(65)} is nested too deeply`);
    });
  });

  describe('article references', () => {
    const missing = (id: string) => `hub "main" refers to article "${id}", which is not in the bundle`;

    it('refuses a reference, Start Here entry, reading path or failure mode naming an absent article', () => {
      assert.equal(problemWith('hubs.main.references.2', 'third'), missing('third'));
      assert.equal(problemWith('hubs.main.startHere.0.article', 'third'), missing('third'));
      assert.equal(problemWith('hubs.main.readingPaths.0.articles.2', 'third'), missing('third'));
      assert.equal(problemWith('hubs.main.failureModes.0.articles', ['third']), missing('third'));
      assert.equal(problemWith('articles.second', absent), missing('second'));
    });

    it('does not take the names of object properties for articles', () => {
      for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
        assert.equal(problemWith('hubs.main.references.2', id), missing(id));
      }
    });

    it('refuses an article or hub whose id is not its key', () => {
      assert.equal(
        bundleStructureProblem(set(validBundle(), 'articles.first.id', 'second')),
        'article "first".id must be "first", its key in the bundle',
      );
      assert.equal(
        bundleStructureProblem(set(validBundle(), 'hubs.main.id', 'other')),
        'hub "main".id must be "main", its key in the bundle',
      );
    });

    it('checks the hubs and articles a bundle parsed from JSON names like object properties', () => {
      const bundle = validBundle();
      // Keys and ids renamed together: each entry's id is its key.
      const json = JSON.stringify(bundle).replaceAll('"main"', '"__proto__"').replaceAll('"first"', '"constructor"');
      const parsed = JSON.parse(json);
      assert.ok(Object.hasOwn(parsed.hubs, '__proto__'));
      assert.equal(bundleStructureProblem(parsed), undefined);
      assert.equal(bundleStructureProblem(set(parsed, 'hubs.__proto__.title', 1)), 'hub "__proto__".title must be text');
    });
  });
});

/** What `action` throws, checked to be a HubContentError with that code. */
function thrown(action: () => unknown, code: HubErrorCode): string {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof HubContentError, String(error));
    assert.ok(error instanceof Error);
    assert.equal(error.name, 'HubContentError');
    assert.equal(error.code, code);
    return error.message;
  }
  assert.fail(`nothing was thrown; expected ${code}`);
}

describe('readBundle', () => {
  const notABundle = (where: string) =>
    `${where} is not a topic-hub content bundle (it has no "format": "topic-hub-bundle"). Give the element the bundle.json that the content build writes.`;
  const otherVersion = (where: string, version: string) =>
    `${where} cannot be read: its version is ${version}, this library reads version 3. Rebuild the bundle with this version of topic-hub-elements, or load the version of the library that wrote it.`;

  it('returns a valid bundle as it is', () => {
    const bundle = validBundle();
    assert.equal(readBundle(bundle), bundle);
  });

  it('reads the built-in bundle when given none', () => {
    const bundle = readBundle();
    assert.equal(bundle.hubs['technical-leadership'].title, 'Technical Leadership');
    assert.equal(readBundle(undefined), bundle);
  });

  it('refuses what is no bundle at all as invalid-bundle', () => {
    for (const source of [null, 'bundle', 2, [validBundle()], {}, { version: '2' }, { format: 'other', version: 2 }]) {
      assert.equal(
        thrown(() => readBundle(source), 'invalid-bundle'),
        notABundle('The content bundle'),
        JSON.stringify(source),
      );
    }
  });

  it('names where the bundle came from', () => {
    assert.equal(
      thrown(() => readBundle({}, 'https://example.com/b.json'), 'invalid-bundle'),
      notABundle('The file at https://example.com/b.json'),
    );
  });

  it('tells a bundle of another version, with or without a format field, as unsupported-version', () => {
    // Version 1 bundles had no format field.
    assert.equal(
      thrown(() => readBundle({ version: 1, hubs: {} }), 'unsupported-version'),
      otherVersion('The content bundle', '1'),
    );
    assert.equal(
      thrown(() => readBundle({ ...validBundle(), version: 4 }, 'b.json'), 'unsupported-version'),
      otherVersion('The file at b.json', '4'),
    );
    assert.equal(
      thrown(() => readBundle({ ...validBundle(), version: '2' }), 'unsupported-version'),
      otherVersion('The content bundle', '"2"'),
    );
    const withoutVersion = set(validBundle(), 'version', absent);
    assert.equal(
      thrown(() => readBundle(withoutVersion), 'unsupported-version'),
      otherVersion('The content bundle', 'undefined'),
    );
  });

  it('reads version 2 (index inline) and version 3 (index inline or in a file of its own, not both)', () => {
    const v3 = { ...validBundle(), version: 3 };
    assert.equal(readBundle(v3), v3);
    const inFile = { ...set(validBundle(), 'searchIndex', absent), version: 3, searchIndexFile: 'search-index.abc.json' };
    assert.equal(readBundle(inFile), inFile);
    const both = { ...validBundle(), version: 3, searchIndexFile: 'search-index.abc.json' };
    assert.equal(
      thrown(() => readBundle(both), 'invalid-bundle'),
      'The content bundle cannot be read: it has both a search index and a search index file.',
    );
    // Version 2 has no index file: a runtime of version 2 would not look for one.
    const v2InFile = { ...set(validBundle(), 'searchIndex', absent), searchIndexFile: 'search-index.abc.json' };
    assert.equal(
      thrown(() => readBundle(v2InFile), 'invalid-bundle'),
      'The content bundle cannot be read: it has no search index.',
    );
    const notText = { ...set(validBundle(), 'searchIndex', absent), version: 3, searchIndexFile: 7 };
    assert.equal(
      thrown(() => readBundle(notText), 'invalid-bundle'),
      'The content bundle cannot be read: it has no search index.',
    );
  });

  it('refuses a damaged bundle of the right version as invalid-bundle, naming the problem', () => {
    const bundle = set(validBundle(), 'hubs.main.references.2', 'third');
    assert.equal(
      thrown(() => readBundle(bundle, 'b.json'), 'invalid-bundle'),
      'The file at b.json cannot be read: hub "main" refers to article "third", which is not in the bundle.',
    );
  });

  it('checks each bundle object once', () => {
    const bundle = validBundle();
    assert.equal(readBundle(bundle), bundle);
    // A change after the first check is not seen: the elements never change a bundle.
    set(bundle, 'hubs.main.title', 1);
    assert.equal(readBundle(bundle), bundle);

    const damaged = set(validBundle(), 'hubs.main.title', 1);
    const first = thrown(() => readBundle(damaged), 'invalid-bundle');
    set(damaged, 'hubs.main.title', 'Main');
    let again: unknown;
    try {
      readBundle(damaged);
    } catch (error) {
      again = error;
    }
    assert.ok(again instanceof HubContentError);
    assert.equal(again.message, first);
    // A copy is another object, checked anew.
    assert.equal(readBundle({ ...damaged }).hubs.main.title, 'Main');
  });
});

describe('findHub and findReadingPath', () => {
  const bundle = readBundle(validBundle());

  it('finds a hub by id', () => {
    assert.equal(findHub(bundle, 'main'), bundle.hubs.main);
  });

  it('says which hubs there are when none is chosen', () => {
    for (const id of [undefined, null, '']) {
      assert.equal(
        thrown(() => findHub(bundle, id), 'missing-hub'),
        'No hub chosen: set the hub attribute to one of "main", "empty".',
      );
    }
  });

  it('says which hubs there are when the hub is unknown, object property names included', () => {
    for (const id of ['other', 'constructor', '__proto__', 'toString']) {
      assert.equal(
        thrown(() => findHub(bundle, id), 'unknown-hub'),
        `There is no hub "${id}" in this content bundle. Hubs: "main", "empty".`,
      );
    }
  });

  it('finds a reading path by id', () => {
    assert.equal(findReadingPath(bundle.hubs.main, 'path'), bundle.hubs.main.readingPaths[0]);
  });

  it('says which paths there are when none is chosen or it is unknown', () => {
    const hub = bundle.hubs.main;
    for (const id of [undefined, null, '']) {
      assert.equal(
        thrown(() => findReadingPath(hub, id), 'missing-path'),
        'No reading path chosen: set the path attribute to one of "path".',
      );
    }
    assert.equal(
      thrown(() => findReadingPath(hub, 'Path'), 'unknown-path'),
      'Hub "main" has no reading path "Path". Paths: "path".',
    );
    const twoPaths = { ...hub, readingPaths: [...hub.readingPaths, { id: 'other', title: 'Other', articles: ['first'] }] };
    assert.equal(
      thrown(() => findReadingPath(twoPaths, 'nope'), 'unknown-path'),
      'Hub "main" has no reading path "nope". Paths: "path", "other".',
    );
    assert.equal(
      thrown(() => findReadingPath(bundle.hubs.empty, 'constructor'), 'unknown-path'),
      'Hub "empty" has no reading path "constructor". Paths: .',
    );
  });
});
