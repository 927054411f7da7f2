/** Registers <related-hubs> (and the elements it renders) and exports its class. */
import { RelatedHubs } from './elements/related-hubs/related-hubs.js';
import { defineElement } from './internal/define-element.js';

defineElement('related-hubs', RelatedHubs);

export { RelatedHubs };
/** The detail types of the events this element fires. */
export type { HubErrorDetail } from './internal/events.js';
