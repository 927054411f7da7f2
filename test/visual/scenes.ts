/**
 * What the visual tests photograph: each element alone on a neutral page (test/visual/page.html),
 * with the attributes its Default story uses, plus the search with results typed in. Each scene is
 * shot in every view of capture.ts (light, dark, phone).
 */
const hub = 'technical-leadership';

export interface Scene {
  /** File name stem, `<name>.<view>.png`. */
  name: string;
  /** The tag this scene shows alone (one of the library's elements). */
  tag: string;
  /** Markup placed in the page's `<main>`. */
  html: string;
  /** A selector that must match in the rendered (shadow-inclusive) tree before the shot. */
  ready?: string;
}

export const scenes: Scene[] = [
  { name: 'topic-hub', tag: 'topic-hub', html: `<topic-hub hub="${hub}"></topic-hub>` },
  { name: 'start-here', tag: 'start-here', html: `<start-here hub="${hub}"></start-here>` },
  { name: 'key-questions', tag: 'key-questions', html: `<key-questions hub="${hub}"></key-questions>` },
  {
    name: 'reading-path',
    tag: 'reading-path',
    html: `<reading-path hub="${hub}" path="ai-operating-model" storage="none"></reading-path>`,
  },
  { name: 'failure-mode-list', tag: 'failure-mode-list', html: `<failure-mode-list hub="${hub}"></failure-mode-list>` },
  { name: 'related-hubs', tag: 'related-hubs', html: `<related-hubs hub="${hub}"></related-hubs>` },
  { name: 'reference-list', tag: 'reference-list', html: `<reference-list hub="${hub}"></reference-list>` },
  { name: 'article-card', tag: 'article-card', html: `<article-card article="ai-enterprise-scale"></article-card>` },
  { name: 'article-search', tag: 'article-search', html: `<article-search hub="${hub}"></article-search>` },
  {
    name: 'article-search-results',
    tag: 'article-search',
    html: `<article-search hub="${hub}" value="governance"></article-search>`,
    ready: '[role="option"]',
  },
];
