import type { Article } from '../content/bundle-types.js';
import type { ArticleMatch } from './article-search-engine.js';
import type { SearchEngine, SearchPage, SearchQuery } from './search-engine.js';
import { TERM_LIST_FORMAT, TermIndex, maxEdits, termListFileName, wordsOf, type TermList } from './term-list.js';

/**
 * Longer queries are cut here, as the MiniSearch engine cuts them (`maxQueryLength` of
 * article-search-engine.ts; test/node/search-engine.test.ts checks they agree). Not imported: this
 * module is loaded on first use, and a module shared with the elements would become a chunk that
 * the drop-in file itself must import.
 */
export const pagefindMaxQueryLength = 200;

/** The part of Pagefind's browser API (`pagefind.js`, 1.6 and later) this engine uses. */
interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindInstance;
}

interface PagefindInstance {
  search(term: string | null, options?: { filters?: object; sort?: object }): Promise<PagefindResponse | null>;
}

interface PagefindResponse {
  results: PagefindResult[];
  /** Counts per filter value over every result of this search, for the filters whose data Pagefind has loaded. */
  filters: Record<string, Record<string, number>>;
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ meta: Record<string, string | undefined>; filters: Record<string, string[] | undefined> }>;
}

export interface PagefindEngineOptions {
  /**
   * Absolute URL of the folder that holds `pagefind.js` (`<outdir>/pagefind/` of
   * `topic-hub build --search pagefind`), as the page owner names it: a bundle never picks it.
   */
  folder: string | URL;
  /** Only articles of this hub, unless a query names its own `hub`. */
  hub?: string;
}

/** Rewrites what Pagefind and the browser say when loading fails into what the page owner must fix. */
function explain(error: unknown, folder: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/WebAssembly|wasm/i.test(message) && /unsafe-eval|Content Security Policy|CSP/i.test(message)) {
    return new Error(`The page's Content-Security-Policy blocks Pagefind's WebAssembly: add 'wasm-unsafe-eval' to script-src (${message})`);
  }
  return new Error(`The Pagefind index at ${folder} failed: ${message}`);
}

/** Reads the term list, refusing anything that is not one. */
async function loadTermList(url: URL): Promise<TermIndex> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}: rebuild with "topic-hub build <dir> --search pagefind"`);
  const list = (await response.json()) as Partial<TermList> | null;
  if (list?.format !== TERM_LIST_FORMAT || list.version !== 1 || !Array.isArray(list.terms)) {
    throw new Error(`${url} is not a term list of topic-hub build --search pagefind`);
  }
  return new TermIndex(list as TermList);
}

/** An article as the index stored it (cli/search/pagefind-index.ts): display data from `meta`, plain text. */
function articleOf(data: Awaited<ReturnType<PagefindResult['data']>>): Article {
  const { meta, filters } = data;
  return {
    id: meta.id ?? '',
    title: meta.title ?? '',
    summary: meta.summary ?? '',
    tags: meta.tags ? meta.tags.split(' ') : [],
    canon: meta.canon === 'true',
    hubs: filters.hub ?? [],
    ...(meta.url !== undefined && { url: meta.url }),
    ...(meta.date !== undefined && { date: meta.date }),
  };
}

/** The article's words that a searched word matches whole or, as Pagefind matches them, as a prefix. */
function matchedTerms(article: Article, searched: readonly string[]): string[] {
  const words = new Set(wordsOf(`${article.title} ${article.summary} ${article.tags.join(' ')}`));
  return [...words].filter((word) => searched.some((term) => word.startsWith(term)));
}

/**
 * A {@link SearchEngine} over a Pagefind index, for corpora too large for the bundle's MiniSearch
 * index: Pagefind fetches only the index chunks a query needs, and the display data of the results
 * shown. The behaviour is the MiniSearch engine's, not Pagefind's UI: every word must match, else any
 * word does; the last word may be a prefix; a word that the index's term list does not know is
 * corrected to the closest frequent one (up to 1 edit for 4-5 letters, 2 above). Hub and tags scope
 * the search through Pagefind filters.
 *
 * Pagefind runs WebAssembly: the page needs `script-src 'wasm-unsafe-eval'` (and `'self'` or the
 * folder's origin). Errors reject `prepare()` and `search()` with an Error that says what to fix.
 */
export function createPagefindEngine({ folder, hub }: PagefindEngineOptions): SearchEngine {
  const folderName = String(folder);
  let loading: Promise<{ pagefind: PagefindInstance; terms: TermIndex }> | undefined;

  const load = () =>
    (loading ??= (async () => {
      let base: URL;
      try {
        base = new URL(folderName.endsWith('/') ? folderName : `${folderName}/`);
      } catch {
        throw new Error(`The Pagefind folder must be an absolute URL, not "${folderName}"`);
      }
      const moduleUrl = new URL('pagefind.js', base).href;
      const termsLoading = loadTermList(new URL(termListFileName, base));
      // Reported after the module's own failure, which says more; never left unhandled.
      termsLoading.catch(() => {});
      const module = (await import(/* @vite-ignore */ moduleUrl).catch((error: Error) => {
        throw new Error(
          `No Pagefind index at ${base}: ${moduleUrl} did not load (${error.message}). Build one with "topic-hub build <dir> --search pagefind" and serve its pagefind/ folder there.`,
        );
      })) as Partial<PagefindModule>;
      if (typeof module.createInstance !== 'function') throw new Error(`${moduleUrl} is not Pagefind 1.6 or later`);
      const pagefind = module.createInstance({ basePath: base.href });
      // An empty search returns once Pagefind has loaded its WebAssembly and metadata, or throws why it could not.
      await pagefind.search('').catch((error: unknown) => {
        throw explain(error, base.href);
      });
      return { pagefind, terms: await termsLoading };
    })().catch((error: unknown) => {
      // The next call tries again: a network error may pass.
      loading = undefined;
      throw error instanceof Error ? error : new Error(String(error));
    }));

  return {
    prepare: async () => {
      await load();
    },

    async search(query: SearchQuery): Promise<SearchPage> {
      const { pagefind, terms } = await load();
      const scope = query.hub ?? hub;
      const filters = { ...(scope && { hub: scope }), ...(query.tags.length > 0 && { tag: { all: query.tags } }) };
      // One answer per search text within this query: the words of a query are searched alone and together.
      const answers = new Map<string, Promise<PagefindResponse>>();
      const run = (term: string | null, sort?: object) => {
        const key = JSON.stringify([term, sort]);
        let answer = answers.get(key);
        if (!answer) {
          answer = pagefind.search(term, { filters, ...(sort && { sort }) }).then(
            (response) => response ?? { results: [], filters: {} },
            (error: unknown) => {
              throw explain(error, folderName);
            },
          );
          answers.set(key, answer);
        }
        return answer;
      };

      const words = wordsOf(query.query.slice(0, pagefindMaxQueryLength));
      let found: Found;
      let searched = words;
      if (words.length === 0) {
        if (query.tags.length === 0) return { matches: [], total: 0, tagCounts: [] };
        // Tags alone: every article with them, newest first, as the MiniSearch engine lists a hub's references.
        const response = await run(null, { date: 'desc' });
        found = { results: response.results, tags: response.filters.tag };
      } else {
        const last = words.length - 1;
        const corrected = words.map((word, i) =>
          terms.knows(word) || (i === last && terms.startsSomeWord(word)) ? word : (terms.closest(word) ?? word),
        );
        // A word missing from a capped term list may be a rare word of the index: try it as typed first.
        const attempts = corrected.join(' ') === words.join(' ') ? [words] : terms.complete ? [corrected] : [words, corrected];
        found = { results: [] };
        for (const attempt of attempts) {
          searched = attempt;
          found = await everyWord(attempt, run);
          if (found.results.length > 0) break;
        }
        if (found.results.length === 0) found = await anyWord(searched, run);
      }

      const shown = await Promise.all(found.results.slice(0, query.limit).map((result) => result.data())).catch((error: unknown) => {
        throw explain(error, folderName);
      });
      const matches: ArticleMatch[] = shown.map((data) => {
        const article = articleOf(data);
        return { article, terms: matchedTerms(article, searched) };
      });
      const page: SearchPage = { matches, total: found.results.length, tagCounts: tagCounts(found.tags, matches) };
      if (found.results.length === 0 && words.length > 0) {
        const suggestion = await suggest(words, terms, run);
        if (suggestion) page.suggestion = suggestion;
      }
      return page;
    },
  };
}

type Run = (term: string) => Promise<PagefindResponse>;

/** Matches in Pagefind's order, with Pagefind's tag counts over all of them where it gave them. */
interface Found {
  results: PagefindResult[];
  tags?: Record<string, number>;
}

/**
 * Articles that match every word. Pagefind ranks a query of several words by all of them, but leaves
 * out a word that matches nothing: that query finds nothing here, as in the MiniSearch engine.
 */
async function everyWord(words: readonly string[], run: Run): Promise<Found> {
  const [together, ...alone] = await Promise.all([run(words.join(' ')), ...(words.length > 1 ? words.map(run) : [])]);
  if (alone.some((response) => response.results.length === 0)) return { results: [] };
  return { results: together.results, tags: together.filters.tag };
}

/** Articles that match any word, the best summed scores first. */
async function anyWord(words: readonly string[], run: Run): Promise<Found> {
  const byId = new Map<string, { result: PagefindResult; score: number }>();
  for (const { results } of await Promise.all(words.map(run))) {
    for (const result of results) byId.set(result.id, { result, score: (byId.get(result.id)?.score ?? 0) + result.score });
  }
  return { results: [...byId.values()].sort((a, b) => b.score - a.score).map(({ result }) => result) };
}

/**
 * Tag counts, most frequent first: Pagefind's over every match where it gave them, else over the
 * shown matches (what the engine contract asks). Pagefind counts only the filters whose data it has
 * loaded, which it does for the filters a search uses (a chosen tag); loading them all up front
 * would make every later search 5-10 times slower at 10,000 articles (bench/pagefind-switch-over.ts).
 */
function tagCounts(counted: Record<string, number> | undefined, matches: readonly ArticleMatch[]): [string, number][] {
  const counts = new Map<string, number>();
  if (counted) for (const [tag, count] of Object.entries(counted)) counts.set(tag, count);
  else for (const { article } of matches) for (const tag of article.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 0).sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
}

/** A query with results, each word moved to the closest known word within a wider reach: offered when nothing matched. */
async function suggest(words: readonly string[], terms: TermIndex, run: Run): Promise<string | undefined> {
  const candidate = words.map((word) => terms.closest(word, Math.max(maxEdits(word), 1) + 1) ?? word).join(' ');
  if (candidate === words.join(' ')) return undefined;
  return (await run(candidate)).results.length > 0 ? candidate : undefined;
}
