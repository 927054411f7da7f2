/** Registers <reference-list> (and the elements it renders) and exports its class. */
import { ReferenceList } from './elements/reference-list/reference-list.js';
import { defineElement } from './internal/define-element.js';

defineElement('reference-list', ReferenceList);

export { ReferenceList };
/** The detail types of the events this element fires. */
export type { HubErrorDetail, TagFilterDetail } from './internal/events.js';
