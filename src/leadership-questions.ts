/** Registers <leadership-questions> (and the elements it renders) and exports its class. */
import { LeadershipQuestions } from './elements/leadership-questions/leadership-questions.js';
import { defineElement } from './internal/define-element.js';

defineElement('leadership-questions', LeadershipQuestions);

export { LeadershipQuestions };
