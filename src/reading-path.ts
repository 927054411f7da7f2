/** Registers <reading-path> (and the elements it renders) and exports its class. */
import { ReadingPath } from './elements/reading-path/reading-path.js';
import { defineElement } from './internal/define-element.js';

defineElement('reading-path', ReadingPath);

export { ReadingPath };
/** The detail types of the events this element fires. */
export type { HubErrorDetail, ReadingProgressDetail } from './internal/events.js';
