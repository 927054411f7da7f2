/** Registers <article-search> and exports its class. */
// Before any element: Lit reads this hook once, when it loads, to hydrate server-rendered
// content (a declarative shadow root) instead of rendering a second copy beside it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { ArticleSearch } from './elements/article-search/article-search.js';
import { defineElement } from './internal/define-element.js';

defineElement('article-search', ArticleSearch);

export { ArticleSearch };
/** The detail types of the events this element fires. */
export type { ArticleSelectDetail, HubErrorDetail, SearchChangeDetail } from './internal/events.js';
