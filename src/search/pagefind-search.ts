import { HubContentError } from '../content/content-store.js';
import type { SearchEngine, SearchQuery } from './search-engine.js';

const engines = new Map<string, SearchEngine>();

/**
 * The engine for `<article-search pagefind="…">`: one per folder and hub on the page, shared by
 * every search naming them. The Pagefind engine's own code is fetched with its first use, so pages
 * that never name a Pagefind index never download it. A failure (no index there, WebAssembly
 * blocked by the page's policy) becomes the element's `search-unavailable` error.
 */
export function pagefindEngineFor(folder: string, hub: string | undefined): SearchEngine {
  const key = JSON.stringify([folder, hub]);
  let engine = engines.get(key);
  if (!engine) {
    let loading: Promise<SearchEngine> | undefined;
    const load = () =>
      (loading ??= import('./pagefind-engine.js').then(({ createPagefindEngine }) => createPagefindEngine({ folder, hub })));
    const unavailable = (error: unknown): never => {
      throw new HubContentError('search-unavailable', 'error.searchUnavailable', {
        problem: error instanceof Error ? error.message : String(error),
      });
    };
    engine = {
      prepare: () => load().then((loaded) => loaded.prepare(), unavailable),
      search: (query: SearchQuery) =>
        load()
          .then((loaded) => loaded.search(query))
          .catch(unavailable),
    };
    engines.set(key, engine);
  }
  return engine;
}
