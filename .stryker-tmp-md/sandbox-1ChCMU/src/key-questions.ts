/** Registers <key-questions> (and the elements it renders) and exports its class. */
// @ts-nocheck

import { KeyQuestions } from './elements/key-questions/key-questions.js';
import { defineElement } from './internal/define-element.js';

defineElement('key-questions', KeyQuestions);

export { KeyQuestions };
