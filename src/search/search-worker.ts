/**
 * The search worker: fetches and parses a bundle's index file and answers queries off the main
 * thread, so a page with tens of thousands of articles stays responsive while the index loads and
 * while the reader types. It imports no element code (no Lit, no DOM): the build emits it as a small
 * module of its own beside the code that starts it (src/search/minisearch-engine.ts).
 *
 * Messages in: `{ type: 'load', url, timeout }` once, then `{ type: 'search', id, request, limit }`.
 * Messages out: `{ type: 'ready' }` or `{ type: 'failed', failure }`, then `{ type: 'answer', id, page }`
 * or `{ type: 'answer', id, error }` per search.
 */
import type MiniSearch from 'minisearch';
import type { Article } from '../content/bundle-types.js';
import { parseSearchIndex, searchIndex, type ArticleSearchRequest, type SearchCatalog } from './article-search-engine.js';
import { fetchIndexText, IndexFileError, storedCatalog, unreadableIndex } from './index-file.js';

export type WorkerRequest =
  { type: 'load'; url: string; timeout: number } | { type: 'search'; id: number; request: ArticleSearchRequest; limit: number };

let loaded: { index: MiniSearch<Article>; catalog: SearchCatalog } | undefined;

async function load(url: string, timeout: number) {
  const text = await fetchIndexText(url, timeout);
  try {
    const index = parseSearchIndex(text);
    loaded = { index, catalog: storedCatalog(index) };
  } catch (error) {
    throw unreadableIndex(url, error);
  }
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = ({ data }) => {
  if (data.type === 'load') {
    load(data.url, data.timeout).then(
      () => scope.postMessage({ type: 'ready' }),
      (error: unknown) =>
        scope.postMessage({
          type: 'failed',
          failure: error instanceof IndexFileError ? error.failure : unreadableIndex(data.url, error).failure,
        }),
    );
  } else if (data.type === 'search' && loaded) {
    const { index, catalog } = loaded;
    try {
      scope.postMessage({ type: 'answer', id: data.id, page: searchIndex(() => index, catalog, data.request, data.limit) });
    } catch (error) {
      scope.postMessage({ type: 'answer', id: data.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
};
