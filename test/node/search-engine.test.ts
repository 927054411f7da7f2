/**
 * The search engine behind `<article-search>`, on small bundles written here, so each rule of the
 * search (AND then OR, tags, hub scope, prefix and typo tolerance per word length, suggestion,
 * query cut-off, field weights) is checked on words chosen to sit on its boundaries.
 */
import assert from 'node:assert/strict';
import { describe, it, mock } from 'node:test';
import MiniSearch from 'minisearch';
import { buildBundle } from '../../cli/content/build-bundle.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Article, type ContentBundle, type Hub } from '../../src/content/bundle-types.js';
import {
  bundleCatalog,
  loadSearchIndex,
  maxQueryLength,
  searchArticles,
  searchIndex,
  tagCountWindow,
  type ArticleSearchRequest,
} from '../../src/search/article-search-engine.js';
import { searchIndexOptions } from '../../src/search/search-index-options.js';
import { pagefindMaxQueryLength } from '../../src/search/pagefind-engine.js';

type ArticleFixture = Pick<Article, 'id' | 'title'> & Partial<Article>;

const article = (fields: ArticleFixture): Article => ({ summary: '', tags: [], canon: false, hubs: [], ...fields });

const hub = (id: string, references: string[]): Hub => ({
  id,
  title: id,
  intro: [],
  startHere: [],
  questions: [],
  readingPaths: [],
  failureModes: [],
  relatedHubs: [],
  references,
});

/**
 * A bundle whose index is built as the content build builds it (MiniSearch with the shared
 * options, serialized with JSON.stringify): that is the bundle format's contract. `indexOnly`
 * documents go into the index without being articles of the bundle.
 */
function makeBundle(articles: Article[], hubs: Hub[] = [], indexOnly: ArticleFixture[] = []): ContentBundle {
  const index = new MiniSearch<Article>(searchIndexOptions);
  index.addAll([...articles, ...indexOnly.map(article)]);
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    contentHash: 'test',
    hubs: Object.fromEntries(hubs.map((entry) => [entry.id, entry])),
    articles: Object.fromEntries(articles.map((entry) => [entry.id, entry])),
    searchIndex: JSON.stringify(index),
  };
}

const ids = (bundle: ContentBundle, request: Partial<ArticleSearchRequest>) =>
  searchArticles(bundle, { query: '', tags: [], ...request }).matches.map((match) => match.article.id);

describe('every word first, any word when that finds nothing', () => {
  const bundle = makeBundle([
    article({ id: 'both', title: 'Kettle lantern' }),
    article({ id: 'kettle', title: 'Kettle only' }),
    article({ id: 'lantern', title: 'Lantern only' }),
  ]);

  it('returns only the articles holding every word when some do', () => {
    assert.deepEqual(ids(bundle, { query: 'kettle lantern' }), ['both']);
  });

  it('returns the articles holding any word when none holds them all', () => {
    assert.deepEqual(ids(bundle, { query: 'kettle walrus' }).sort(), ['both', 'kettle']);
  });

  it('lists the article words that matched, lower-cased, for highlighting', () => {
    const [match] = searchArticles(bundle, { query: 'KETTLE Lantern', tags: [] }).matches;
    assert.deepEqual([...match.terms].sort(), ['kettle', 'lantern']);
  });
});

describe('tags and hub scope', () => {
  const bundle = makeBundle(
    [
      article({ id: 'red-blue', title: 'Pottery one', tags: ['red', 'blue'], hubs: ['north'] }),
      article({ id: 'red', title: 'Pottery two', tags: ['red'], hubs: ['north', 'south'] }),
      article({ id: 'blue', title: 'Pottery three', tags: ['blue'], hubs: ['south'] }),
      article({ id: 'plain', title: 'Pottery four', hubs: ['north'] }),
    ],
    // Listed in another order than the articles, to see whose order an empty query keeps.
    [hub('north', ['plain', 'red', 'red-blue']), hub('south', ['blue', 'red'])],
  );

  it('keeps only articles that have every selected tag', () => {
    assert.deepEqual(ids(bundle, { query: 'pottery', tags: ['red', 'blue'] }), ['red-blue']);
    assert.deepEqual(ids(bundle, { query: 'pottery', tags: ['red'] }).sort(), ['red', 'red-blue']);
  });

  it('keeps only the articles of the hub asked for, and searches every hub without one', () => {
    assert.deepEqual(ids(bundle, { query: 'pottery', hub: 'south' }).sort(), ['blue', 'red']);
    assert.deepEqual(ids(bundle, { query: 'pottery' }).sort(), ['blue', 'plain', 'red', 'red-blue']);
    assert.deepEqual(ids(bundle, { query: 'pottery', hub: '' }).sort(), ['blue', 'plain', 'red', 'red-blue']);
  });

  it('combines hub and tags', () => {
    assert.deepEqual(ids(bundle, { query: 'pottery', hub: 'south', tags: ['blue'] }), ['blue']);
  });

  it('lists the hub’s references in the hub’s order, filtered by tags, when the query is empty', () => {
    assert.deepEqual(ids(bundle, { hub: 'north', tags: ['red'] }), ['red', 'red-blue']);
    assert.deepEqual(ids(bundle, { query: '   ', hub: 'south', tags: ['red'] }), ['red']);
    // Nothing was typed, so nothing is highlighted.
    assert.deepEqual(
      searchArticles(bundle, { query: '', hub: 'north', tags: ['red'] }).matches.map((match) => match.terms),
      [[], []],
    );
  });

  it('lists every article of the bundle with the tags when the query is empty and no hub is given', () => {
    assert.deepEqual(ids(bundle, { tags: ['blue'] }), ['red-blue', 'blue']);
    assert.deepEqual(ids(bundle, { hub: '', tags: ['red'] }), ['red-blue', 'red']);
  });

  it('lists nothing when the query is empty and no tag is selected', () => {
    assert.deepEqual(ids(bundle, { hub: 'north' }), []);
    assert.deepEqual(ids(bundle, {}), []);
  });

  it('lists nothing for a hub the bundle does not have', () => {
    assert.deepEqual(ids(bundle, { hub: 'west', tags: ['red'] }), []);
    assert.deepEqual(ids(bundle, { hub: 'constructor', tags: ['red'] }), []);
    assert.deepEqual(ids(bundle, { query: 'pottery', hub: 'west' }), []);
  });
});

describe('prefix matching', () => {
  const bundle = makeBundle([article({ id: 'governance', title: 'Governance review' }), article({ id: 'review', title: 'Review' })]);

  it('matches the last word as a prefix, however short', () => {
    assert.deepEqual(ids(bundle, { query: 'review gov' }), ['governance']);
    assert.deepEqual(ids(bundle, { query: 'g' }), ['governance']);
  });

  it('matches a word of more than 3 letters as a prefix anywhere in the query', () => {
    assert.deepEqual(ids(bundle, { query: 'gove review' }), ['governance']);
  });

  it('does not match a word of 3 letters as a prefix unless it is the last', () => {
    // "gov" finds nothing, so no article holds every word and any word ("review") counts.
    const { matches } = searchArticles(bundle, { query: 'gov review', tags: [] });
    assert.deepEqual(matches.map((match) => match.article.id).sort(), ['governance', 'review']);
    assert.ok(matches.every((match) => !match.terms.includes('governance')));
  });
});

describe('a page of results: bounded work at any size', () => {
  // 250 articles, all tagged "common", in the hub's order; only the last 50 are also tagged "late".
  const many = Array.from({ length: 250 }, (_, i) =>
    article({ id: `a${i}`, title: `Pottery ${i}`, tags: i >= 200 ? ['common', 'late'] : ['common'], hubs: ['north'] }),
  );
  const bundle = makeBundle(many, [
    hub(
      'north',
      many.map((entry) => entry.id),
    ),
  ]);
  const page = (request: Partial<ArticleSearchRequest>, limit: number) =>
    searchIndex(() => loadSearchIndex(bundle), bundleCatalog(bundle), { query: '', tags: [], ...request }, limit);

  it('returns the best `limit` matches and the number of all matches', () => {
    const result = page({ tags: ['common'], hub: 'north' }, 7);
    assert.deepEqual(
      result.matches.map((match) => match.id),
      ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6'],
    );
    assert.equal(result.total, 250);
    assert.equal(page({ query: 'pottery' }, 3).total, 250);
    assert.equal(page({ query: 'pottery' }, 3).matches.length, 3);
  });

  it(`counts tags over the top ${tagCountWindow} matches only, most frequent first`, () => {
    assert.equal(tagCountWindow, 200);
    assert.deepEqual(page({ tags: ['common'], hub: 'north' }, 10).tagCounts, [['common', 200]]);
    // The "late" articles come first when they are the only ones asked for.
    assert.deepEqual(page({ tags: ['late'], hub: 'north' }, 10).tagCounts, [
      ['common', 50],
      ['late', 50],
    ]);
  });
});

describe('tag counts and empty answers', () => {
  // Tags met in the order zeta, beta, alpha; counted beta 2, alpha 2, zeta 1.
  const bundle = makeBundle([
    article({ id: 'one', title: 'Kiln one', tags: ['zeta', 'beta'] }),
    article({ id: 'two', title: 'Kiln two', tags: ['beta', 'alpha'] }),
    article({ id: 'three', title: 'Kiln three', tags: ['alpha'] }),
  ]);
  const page = (request: Partial<ArticleSearchRequest>) =>
    searchIndex(() => loadSearchIndex(bundle), bundleCatalog(bundle), { query: '', tags: [], ...request }, 10);

  it('lists tag counts most frequent first, ties in alphabetical order', () => {
    assert.deepEqual(page({ query: 'kiln' }).tagCounts, [
      ['alpha', 2],
      ['beta', 2],
      ['zeta', 1],
    ]);
  });

  it('answers no query and no tags, and a query that finds nothing, with an empty page', () => {
    assert.deepEqual(page({}), { matches: [], total: 0, tagCounts: [] });
    assert.deepEqual(page({ query: 'zzzzzz' }), { matches: [], total: 0, tagCounts: [] });
  });
});

describe('typo tolerance grows with the length of the word', () => {
  // Each query below differs from one indexed word by substitutions only, and starts no indexed word.
  const bundle = makeBundle([
    article({ id: 'bat', title: 'Bat' }),
    article({ id: 'task', title: 'Task' }),
    article({ id: 'plant', title: 'Plant' }),
    article({ id: 'garden', title: 'Garden' }),
  ]);
  const cases: [query: string, edits: number, expected: string[]][] = [
    ['cat', 1, []],
    ['tusk', 1, ['task']],
    ['tuxk', 2, []],
    ['plxnt', 1, ['plant']],
    ['plxxt', 2, []],
    ['gaxxen', 2, ['garden']],
    ['gxxxen', 3, []],
  ];
  for (const [query, edits, expected] of cases) {
    it(`"${query}" (${query.length} letters, ${edits} edit${edits === 1 ? '' : 's'}) finds ${expected.join(', ') || 'nothing'}`, () => {
      assert.deepEqual(ids(bundle, { query }), expected);
    });
  }
});

describe('suggestion when nothing matches', () => {
  const bundle = makeBundle([article({ id: 'plant', title: 'Plant' }), article({ id: 'garden', title: 'Garden', tags: ['green'] })]);

  it('offers the closest spelling that has results', () => {
    assert.deepEqual(searchArticles(bundle, { query: 'plxxt', tags: [] }), { matches: [], suggestion: 'plant' });
  });

  it('offers no suggestion when results are found', () => {
    assert.deepEqual(Object.keys(searchArticles(bundle, { query: 'plant', tags: [] })), ['matches']);
    // Found by any word: results still, so no suggestion either.
    assert.deepEqual(Object.keys(searchArticles(bundle, { query: 'plant gardxn', tags: [] })), ['matches']);
  });

  it('offers no suggestion when nothing is close, and none outside the tags selected', () => {
    assert.deepEqual(searchArticles(bundle, { query: 'zzzzzz', tags: [] }), { matches: [] });
    assert.deepEqual(searchArticles(bundle, { query: 'plxxt', tags: ['green'] }), { matches: [] });
  });

  it('never suggests the query itself', () => {
    for (const query of ['plxxt', 'PLXXT', 'gaxxxn', 'zzzzzz']) {
      const { suggestion } = searchArticles(bundle, { query, tags: [] });
      assert.notEqual(suggestion?.toLowerCase(), query.toLowerCase(), query);
    }
  });
});

describe('query length', () => {
  const bundle = makeBundle([article({ id: 'garden', title: 'Garden' })]);
  // "qqqq" is no word of the index, nor one or two edits from one.
  const filler = 'qqqq '.repeat(maxQueryLength / 5);

  it('is cut at 200 characters', () => {
    assert.equal(maxQueryLength, 200);
    assert.equal(pagefindMaxQueryLength, maxQueryLength, 'the Pagefind engine cuts queries where the MiniSearch engine does');
  });

  it('ignores a word that starts at character 200', () => {
    assert.equal(filler.length, 200);
    assert.deepEqual(ids(bundle, { query: `${filler}garden` }), []);
  });

  it('reads a word up to character 200', () => {
    assert.deepEqual(ids(bundle, { query: `${filler.slice(1)}garden` }), ['garden']);
  });
});

describe('ranking', () => {
  // Under equal field weights the summary match would rank first here: its field is the
  // shortest relative to the others of its kind. Only the weights put title, then tags, first.
  const bundle = makeBundle([
    article({ id: 'in-summary', title: 'Notes one two three', summary: 'Orchard', tags: ['alpha'] }),
    article({ id: 'in-tags', title: 'Notes one two three', summary: 'Plain words here today', tags: ['orchard', 'beta', 'gamma'] }),
    article({ id: 'in-title', title: 'Orchard notes one two three', summary: 'Plain words here today', tags: ['alpha'] }),
  ]);

  it('ranks a title match above a tag match above a summary match', () => {
    assert.deepEqual(ids(bundle, { query: 'orchard' }), ['in-title', 'in-tags', 'in-summary']);
  });
});

describe('the index', () => {
  it('skips ids that are not articles of the bundle', () => {
    const bundle = makeBundle(
      [article({ id: 'garden', title: 'Garden' })],
      [],
      [
        { id: 'constructor', title: 'Garden' },
        { id: '__proto__', title: 'Garden' },
        { id: 'stale', title: 'Garden' },
      ],
    );
    assert.deepEqual(ids(bundle, { query: 'garden' }), ['garden']);
    assert.deepEqual(searchArticles(bundle, { query: 'gardxxx', tags: [] }).suggestion, 'garden');
  });

  it('is parsed once per bundle object, then shared', () => {
    const bundle = makeBundle([article({ id: 'garden', title: 'Garden' })]);
    const loadJSON = mock.method(MiniSearch, 'loadJSON');
    try {
      const index = loadSearchIndex(bundle);
      searchArticles(bundle, { query: 'garden', tags: [] });
      searchArticles(bundle, { query: 'gar', tags: [] });
      assert.equal(loadSearchIndex(bundle), index);
      assert.equal(loadJSON.mock.callCount(), 1);
      assert.notEqual(loadSearchIndex({ ...bundle }), index);
      assert.equal(loadJSON.mock.callCount(), 2);
    } finally {
      loadJSON.mock.restore();
    }
  });
});

describe('the relevance cases README names, on the shipped content', async () => {
  const result = await buildBundle('content');
  const shipped = result.bundle!;
  const first = (query: string) => ids(shipped, { query, hub: 'technical-leadership' })[0];

  it('builds', () => {
    assert.deepEqual(result.errors, []);
  });

  it('finds "AI Governance Without Bureaucracy" first for the prefix "gover"', () => {
    assert.equal(first('gover'), 'ai-governance-without-bureaucracy');
  });

  it('finds "The Throughput Engineer: Why Headcount Is a Lagging Metric" first for "hedcount"', () => {
    assert.equal(first('hedcount'), 'throughput-engineer-headcount-lagging-metric');
  });

  it('finds "The True Cost of Technical Debt" first for "techincal debt"', () => {
    assert.equal(first('techincal debt'), 'true-cost-of-technical-debt');
  });
});
