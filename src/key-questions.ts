/** Registers <key-questions> (and the elements it renders) and exports its class. */
import { KeyQuestions } from './elements/key-questions/key-questions.js';
import { defineElement } from './internal/define-element.js';

defineElement('key-questions', KeyQuestions);

export { KeyQuestions };
/** The detail types of the events this element fires. */
export type { HubErrorDetail } from './internal/events.js';
