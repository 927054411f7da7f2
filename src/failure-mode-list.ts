/** Registers <failure-mode-list> (and the elements it renders) and exports its class. */
import { FailureModeList } from './elements/failure-mode-list/failure-mode-list.js';
import { defineElement } from './internal/define-element.js';

defineElement('failure-mode-list', FailureModeList);

export { FailureModeList };
/** The detail types of the events this element fires. */
export type { HubErrorDetail } from './internal/events.js';
