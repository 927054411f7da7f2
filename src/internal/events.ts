/**
 * The events of the library and their details, in one place. Every event bubbles and is composed,
 * so it reaches the page's `document` and `window`: the global map below types
 * `addEventListener('hub-error', …)` on elements, `document` and `window` alike.
 */
import type { Article } from '../content/bundle-types.js';
import type { HubErrorCode } from '../content/content-store.js';

export interface HubErrorDetail {
  code: HubErrorCode;
  message: string;
  hub: string;
  /** The absolute URL of the bundle, where the element loads it from `src`. */
  src?: string;
}

export interface ReadingProgressDetail {
  hub: string;
  path: string;
  /** How many of the path's articles are marked as read. */
  read: number;
  total: number;
  /** Ids of the articles marked as read, in path order. */
  readArticles: string[];
}

export interface TagFilterDetail {
  hub: string;
  /** The selected tags: an article is listed when it has all of them. */
  tags: string[];
  /** How many articles are listed. */
  count: number;
}

export interface SearchChangeDetail {
  query: string;
  tags: string[];
  /** How many articles match. */
  count: number;
}

export interface ArticleSelectDetail {
  article: Article;
}

/** Every event an element of the library fires, by name. */
export interface TopicHubEventMap {
  'hub-error': CustomEvent<HubErrorDetail>;
  'reading-progress': CustomEvent<ReadingProgressDetail>;
  'tag-filter-change': CustomEvent<TagFilterDetail>;
  'search-change': CustomEvent<SearchChangeDetail>;
  'article-select': CustomEvent<ArticleSelectDetail>;
}

declare global {
  // HTMLElementEventMap, DocumentEventMap and WindowEventMap all extend this map.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends TopicHubEventMap {}
}
