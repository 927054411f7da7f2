/** Registers <start-here> (and the elements it renders) and exports its class. */
import { StartHere } from './elements/start-here/start-here.js';
import { defineElement } from './internal/define-element.js';

defineElement('start-here', StartHere);

export { StartHere };
/** The detail types of the events this element fires. */
export type { HubErrorDetail } from './internal/events.js';
