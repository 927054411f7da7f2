import type { ArticleMatch, ArticleSearchRequest } from './article-search-engine.js';

/** One search as `<article-search>` asks it: the request, and how many matches it shows in full. */
export interface SearchQuery extends ArticleSearchRequest {
  /** The most matches to return with their display data; `total` still counts all of them. */
  limit: number;
}

/** What a search engine answers: bounded work, whatever the size of the corpus. */
export interface SearchPage {
  /** The best `limit` matches, best first, each with its article's display data. */
  matches: ArticleMatch[];
  /** How many articles match in all. */
  total: number;
  /** Tag counts over the top matches (not every match), most frequent first: what the tag filters offer. */
  tagCounts: [tag: string, count: number][];
  /** Closest query with results, offered when there is none. */
  suggestion?: string;
}

/**
 * Where `<article-search>` sends its queries: the bundle's own MiniSearch index (in a worker where
 * the page allows one) or a Pagefind index the page names. Engines answer asynchronously and the
 * element shows only the answer to its latest query.
 */
export interface SearchEngine {
  /** Starts fetching and parsing what the engine needs (called when the search field is first focused); resolves when ready. */
  prepare(): Promise<void>;
  search(query: SearchQuery): Promise<SearchPage>;
}

/**
 * An engine that can also give the same answer at once, for one that needs no waiting (an inline
 * index of a few hundred articles): `<article-search>` then shows it in the same update as the
 * keystroke, with one render instead of two. `searchNow` throws where `search` would reject.
 */
export interface ImmediateSearchEngine extends SearchEngine {
  searchNow(query: SearchQuery): SearchPage;
}
