/** Registers <article-search> and exports its class. */
// @ts-nocheck

import { ArticleSearch } from './elements/article-search/article-search.js';
import { defineElement } from './internal/define-element.js';

defineElement('article-search', ArticleSearch);

export { ArticleSearch };
