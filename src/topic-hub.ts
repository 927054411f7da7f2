/** Registers <topic-hub> (and the elements it renders) and exports its class. */
// Before any element: Lit reads this hook once, when it loads, to hydrate server-rendered
// content (a declarative shadow root) instead of rendering a second copy beside it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { TopicHub } from './elements/topic-hub/topic-hub.js';
import { defineElement } from './internal/define-element.js';

defineElement('topic-hub', TopicHub);

export { TopicHub };
/** The detail types of the events this element fires. */
export type { ArticleSelectDetail, HubErrorDetail, ReadingProgressDetail, SearchChangeDetail, TagFilterDetail } from './internal/events.js';
