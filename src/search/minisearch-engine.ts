import type { ContentBundle } from '../content/bundle-types.js';
import { bundleCatalog, loadSearchIndex, searchIndex, type IdPage } from './article-search-engine.js';
import type { SearchEngine, SearchPage } from './search-engine.js';

/** An answer by id, with each article's display data from the bundle. */
export const withArticles = (bundle: ContentBundle, page: IdPage): SearchPage => ({
  ...page,
  matches: page.matches.map(({ id, terms }) => ({ article: bundle.articles[id], terms })),
});

/**
 * The engine of a bundle that carries its index inline (the built-in bundle, a `bundle` property):
 * small enough to parse and query on the main thread, where an answer costs less than a message
 * to a worker would.
 */
function inlineEngine(bundle: ContentBundle): SearchEngine {
  const catalog = bundleCatalog(bundle);
  return {
    prepare: async () => void loadSearchIndex(bundle),
    search: async ({ limit, ...request }) =>
      withArticles(
        bundle,
        searchIndex(() => loadSearchIndex(bundle), catalog, request, limit),
      ),
  };
}

const engines = new WeakMap<ContentBundle, SearchEngine>();

/** The search engine of a bundle, made once and shared by every search element that reads it. */
export function searchEngineFor(bundle: ContentBundle): SearchEngine {
  let engine = engines.get(bundle);
  if (!engine) {
    engine = inlineEngine(bundle);
    engines.set(bundle, engine);
  }
  return engine;
}
