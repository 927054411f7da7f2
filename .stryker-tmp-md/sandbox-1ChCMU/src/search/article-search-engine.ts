// @ts-nocheck
import MiniSearch, { type SearchResult } from 'minisearch';
import type { Article, ContentBundle } from '../content/bundle-types.js';
import { searchIndexOptions } from './search-index-options.js';

/** Longer queries are cut here: nobody types more, and fuzzy matching costs grow with each term. */
export const maxQueryLength = 200;

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

const loadedIndexes = new WeakMap<ContentBundle, MiniSearch<Article>>();

/**
 * The bundle's prebuilt index, parsed on first use and shared by every search element on the
 * page that reads the same bundle. It is never rebuilt in the browser.
 */
export function loadSearchIndex(bundle: ContentBundle): MiniSearch<Article> {
  let index = loadedIndexes.get(bundle);
  if (!index) {
    index = MiniSearch.loadJSON<Article>(bundle.searchIndex, searchIndexOptions);
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

export function searchArticles(bundle: ContentBundle, request: ArticleSearchRequest): ArticleSearchResponse {
  const query = request.query.slice(0, maxQueryLength).trim();
  const inScope = (article: Article | undefined): article is Article =>
    !!article && (!request.hub || article.hubs.includes(request.hub)) && request.tags.every((tag) => article.tags.includes(tag));

  if (!query) {
    if (request.tags.length === 0) return { matches: [] };
    const ordered = request.hub
      ? (bundle.hubs[request.hub]?.references ?? []).map((id) => bundle.articles[id])
      : Object.values(bundle.articles);
    return { matches: ordered.filter(inScope).map((article) => ({ article, terms: [] })) };
  }

  const index = loadSearchIndex(bundle);
  // The index comes with the bundle: an id it names that is not one of the bundle's own articles
  // ("constructor", "__proto__", a stale id) is no result.
  const articleOf = (result: SearchResult) => (Object.hasOwn(bundle.articles, result.id) ? bundle.articles[result.id] : undefined);
  const filter = (result: SearchResult) => inScope(articleOf(result));
  // Every word must match; only when that finds nothing does any word do.
  let results = index.search(query, { ...searchOptions, combineWith: 'AND', filter });
  if (results.length === 0) results = index.search(query, { ...searchOptions, combineWith: 'OR', filter });
  const matches = results.map((result) => ({ article: articleOf(result)!, terms: result.terms }));
  if (matches.length > 0) return { matches };

  const suggestion = index
    .autoSuggest(query, { fuzzy: 0.4, prefix: true, combineWith: 'OR', filter })
    .find((candidate) => candidate.suggestion !== query.toLowerCase())?.suggestion;
  return { matches, ...(suggestion && { suggestion }) };
}
