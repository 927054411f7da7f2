/** Registers <article-search> and exports its class. */
import { ArticleSearch } from './elements/article-search/article-search.js';
import { defineElement } from './internal/define-element.js';

defineElement('article-search', ArticleSearch);

export { ArticleSearch };
/** The detail types of the events this element fires. */
export type { ArticleSelectDetail, HubErrorDetail, SearchChangeDetail } from './internal/events.js';
