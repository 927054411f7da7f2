import type { Options } from 'minisearch';
import type { Article } from '../content/bundle-types.js';

/**
 * How articles are indexed. The build indexes with these options and the runtime loads
 * the serialized index with the same ones: MiniSearch requires both sides to agree.
 */
export const searchIndexOptions: Options<Article> = {
  idField: 'id',
  fields: ['title', 'summary', 'tags'],
  extractField: (article, field) => {
    const value = article[field as keyof Article];
    return Array.isArray(value) ? value.join(' ') : String(value ?? '');
  },
};

/**
 * The index of a bundle that keeps it in a file of its own (`searchIndexFile`) also stores each
 * article's `tags` and `hubs`: the worker that searches it filters by tag and hub without the
 * bundle's articles, which stay on the page. Loading it takes `searchIndexOptions` (stored fields
 * come with the serialized index).
 */
export const searchIndexFileOptions: Options<Article> = {
  ...searchIndexOptions,
  storeFields: ['tags', 'hubs'],
  // Stored as lists; indexed as the words of `searchIndexOptions` (the tags joined by spaces).
  extractField: (article, field) => article[field as keyof Article],
  stringifyField: (value) => (Array.isArray(value) ? value.join(' ') : String(value ?? '')),
};
