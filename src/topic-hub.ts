/** Registers <topic-hub> (and the elements it renders) and exports its class. */
import { TopicHub } from './elements/topic-hub/topic-hub.js';
import { defineElement } from './internal/define-element.js';

defineElement('topic-hub', TopicHub);

export { TopicHub };
/** The detail types of the events this element fires. */
export type { ArticleSelectDetail, HubErrorDetail, ReadingProgressDetail, SearchChangeDetail, TagFilterDetail } from './internal/events.js';
