/** Registers <reference-list> (and the elements it renders) and exports its class. */
// @ts-nocheck

import { ReferenceList } from './elements/reference-list/reference-list.js';
import { defineElement } from './internal/define-element.js';

defineElement('reference-list', ReferenceList);

export { ReferenceList };
