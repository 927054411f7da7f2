/** Registers <failure-mode-list> (and the elements it renders) and exports its class. */
// Before any element: Lit reads this hook once, when it loads, to hydrate server-rendered
// content (a declarative shadow root) instead of rendering a second copy beside it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { FailureModeList } from './elements/failure-mode-list/failure-mode-list.js';
import { defineElement } from './internal/define-element.js';

defineElement('failure-mode-list', FailureModeList);

export { FailureModeList };
/** The detail types of the events this element fires. */
export type { HubErrorDetail } from './internal/events.js';
