/** Registers <article-card> (and the elements it renders) and exports its class. */
import { ArticleCard } from './elements/article-card/article-card.js';
import { defineElement } from './internal/define-element.js';

defineElement('article-card', ArticleCard);

export { ArticleCard };
/** The detail types of the events this element fires. */
export type { HubErrorDetail } from './internal/events.js';
