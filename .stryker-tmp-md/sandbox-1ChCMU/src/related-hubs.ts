/** Registers <related-hubs> (and the elements it renders) and exports its class. */
// @ts-nocheck

import { RelatedHubs } from './elements/related-hubs/related-hubs.js';
import { defineElement } from './internal/define-element.js';

defineElement('related-hubs', RelatedHubs);

export { RelatedHubs };
