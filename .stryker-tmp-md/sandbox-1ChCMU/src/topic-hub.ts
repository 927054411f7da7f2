/** Registers <topic-hub> (and the elements it renders) and exports its class. */
// @ts-nocheck

import { TopicHub } from './elements/topic-hub/topic-hub.js';
import { defineElement } from './internal/define-element.js';

defineElement('topic-hub', TopicHub);

export { TopicHub };
