/**
 * Every tag of the library, each with an entry module `src/<tag>.ts` that registers it (and the
 * tags it renders). The builds make one output file per tag from this list, and the CDN loader
 * looks for these tags on the page.
 */
export const elementTags = [
  'article-card',
  'article-search',
  'start-here',
  'key-questions',
  'reading-path',
  'failure-mode-list',
  'related-hubs',
  'reference-list',
  'topic-hub',
] as const;
