/** Registers <article-card> (and the elements it renders) and exports its class. */
// @ts-nocheck

import { ArticleCard } from './elements/article-card/article-card.js';
import { defineElement } from './internal/define-element.js';

defineElement('article-card', ArticleCard);

export { ArticleCard };
