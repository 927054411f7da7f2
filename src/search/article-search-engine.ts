import MiniSearch, { type SearchResult } from 'minisearch';
import type { Article, ContentBundle } from '../content/bundle-types.js';
import { searchIndexOptions } from './search-index-options.js';

/** Longer queries are cut here: nobody types more, and fuzzy matching costs grow with each term. */
export const maxQueryLength = 200;

/** Tag filters count the tags of this many top matches, not of every match: bounded work at any corpus size. */
export const tagCountWindow = 200;

export interface ArticleSearchRequest {
  query: string;
  /** An article must have every one of these tags. */
  tags: string[];
  /** Only articles of this hub; all hubs of the bundle when empty. */
  hub?: string;
}

export interface ArticleMatch {
  article: Article;
  /** Words of the article that matched the query, lower-cased, for highlighting. */
  terms: string[];
}

export interface ArticleSearchResponse {
  matches: ArticleMatch[];
  /** Closest query with results, offered when there is none. */
  suggestion?: string;
}

/**
 * What the search needs to know of the articles beyond the index: which ids are articles of the
 * bundle, their tags and hubs (the filters), and the order an empty query lists them in. The main
 * thread reads it from the bundle; a worker gets a copy of just these fields.
 */
export interface SearchCatalog {
  /** The tags and hubs of the article `id`, or undefined when the bundle has no such article. */
  entry(id: string): { tags: readonly string[]; hubs: readonly string[] } | undefined;
  /** Every article id in the bundle's order, or the hub's references in its order (none for a hub the bundle lacks). */
  ordered(hub?: string): readonly string[];
}

/** One match by article id, as a worker can send it back. */
export interface IdMatch {
  id: string;
  terms: string[];
}

/** The answer to one search, by article id: the best `limit` matches, the total, bounded tag counts, a suggestion. */
export interface IdPage {
  matches: IdMatch[];
  total: number;
  tagCounts: [tag: string, count: number][];
  suggestion?: string;
}

/** The catalog of a bundle, read from its articles and hubs. */
export function bundleCatalog(bundle: ContentBundle): SearchCatalog {
  return {
    // The index comes with the bundle: an id it names that is not one of the bundle's own articles
    // ("constructor", "__proto__", a stale id) is no result.
    entry: (id) => (Object.hasOwn(bundle.articles, id) ? bundle.articles[id] : undefined),
    ordered: (hub) => (hub ? (Object.hasOwn(bundle.hubs, hub) ? bundle.hubs[hub].references : []) : Object.keys(bundle.articles)),
  };
}

const loadedIndexes = new WeakMap<ContentBundle, MiniSearch<Article>>();

/** Parses a serialized index with the options it was built with. */
export const parseSearchIndex = (json: string) => MiniSearch.loadJSON<Article>(json, searchIndexOptions);

/**
 * The bundle's prebuilt inline index (none, and so an error, for a bundle whose index is in a
 * file: the engine loads that one), parsed on first use and shared by every search element on
 * the page that reads the same bundle. It is never rebuilt in the browser.
 */
export function loadSearchIndex(bundle: ContentBundle): MiniSearch<Article> {
  let index = loadedIndexes.get(bundle);
  if (!index) {
    index = parseSearchIndex(bundle.searchIndex ?? '');
    loadedIndexes.set(bundle, index);
  }
  return index;
}

/** Typo tolerance grows with the word: none for short words, where one edit changes the meaning. */
const fuzziness = (term: string) => (term.length <= 3 ? 0 : term.length <= 5 ? 1 : 2);

const searchOptions = {
  prefix: (term: string, index: number, terms: string[]) => index === terms.length - 1 || term.length > 3,
  fuzzy: (term: string) => fuzziness(term),
  boost: { title: 3, tags: 2, summary: 1 },
};

/** Most frequent first, then alphabetical. */
function countTags(ids: readonly string[], catalog: SearchCatalog): [string, number][] {
  const counts = new Map<string, number>();
  for (const id of ids.slice(0, tagCountWindow)) for (const tag of catalog.entry(id)!.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
}

/**
 * One search over `index`: every word first, any word when that finds nothing, within the hub and
 * the tags; the best `limit` matches, how many match in all, the tag counts of the top matches, and
 * a suggestion when nothing matches. The same function runs on the main thread and in the worker.
 * `index` is asked for only when there is a query: tags alone list the articles in order.
 */
export function searchIndex(
  index: () => MiniSearch<Article>,
  catalog: SearchCatalog,
  request: ArticleSearchRequest,
  limit: number,
): IdPage {
  const query = request.query.slice(0, maxQueryLength).trim();
  const inScope = (id: string) => {
    const entry = catalog.entry(id);
    return !!entry && (!request.hub || entry.hubs.includes(request.hub)) && request.tags.every((tag) => entry.tags.includes(tag));
  };
  const page = (ids: string[], termsOf: (i: number) => string[]): IdPage => ({
    matches: ids.slice(0, limit).map((id, i) => ({ id, terms: termsOf(i) })),
    total: ids.length,
    tagCounts: countTags(ids, catalog),
  });

  if (!query) {
    if (request.tags.length === 0) return { matches: [], total: 0, tagCounts: [] };
    return page(catalog.ordered(request.hub).filter(inScope), () => []);
  }

  const filter = (result: SearchResult) => inScope(result.id as string);
  let results = index().search(query, { ...searchOptions, combineWith: 'AND', filter });
  if (results.length === 0) results = index().search(query, { ...searchOptions, combineWith: 'OR', filter });
  if (results.length > 0) {
    return page(
      results.map((result) => result.id as string),
      (i) => results[i].terms,
    );
  }
  const suggestion = index()
    .autoSuggest(query, { fuzzy: 0.4, prefix: true, combineWith: 'OR', filter })
    .find((candidate) => candidate.suggestion !== query.toLowerCase())?.suggestion;
  return { matches: [], total: 0, tagCounts: [], ...(suggestion && { suggestion }) };
}

/** Every match of the bundle's inline index, with its article: the whole answer, for tests and the bench. */
export function searchArticles(bundle: ContentBundle, request: ArticleSearchRequest): ArticleSearchResponse {
  const { matches, suggestion } = searchIndex(() => loadSearchIndex(bundle), bundleCatalog(bundle), request, Infinity);
  return { matches: matches.map(({ id, terms }) => ({ article: bundle.articles[id], terms })), ...(suggestion && { suggestion }) };
}
