// @ts-nocheck
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
