/** Registers <reading-path> (and the elements it renders) and exports its class. */
// @ts-nocheck

import { ReadingPath } from './elements/reading-path/reading-path.js';
import { defineElement } from './internal/define-element.js';

defineElement('reading-path', ReadingPath);

export { ReadingPath };
