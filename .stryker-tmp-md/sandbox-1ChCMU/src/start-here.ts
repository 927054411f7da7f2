/** Registers <start-here> (and the elements it renders) and exports its class. */
// @ts-nocheck

import { StartHere } from './elements/start-here/start-here.js';
import { defineElement } from './internal/define-element.js';

defineElement('start-here', StartHere);

export { StartHere };
