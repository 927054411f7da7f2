import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HubElement } from '../../internal/hub-element.js';
import { renderInlineText } from '../../internal/rich-text.js';
import { sectionStyles } from '../../internal/section.styles.js';
import { keyQuestionsStyles } from './key-questions.styles.js';

/**
 * @summary The questions that matter to the hub's topic, as a list under the hub's heading for them
 * ("Questions" where it names none). Renders nothing when the hub has no questions.
 *
 * @fires {CustomEvent<HubErrorDetail>} hub-error - The hub is unknown or the bundle cannot be read.
 *
 * @csspart heading - The section heading.
 * @csspart list - The list of questions.
 * @csspart question - One question.
 * @csspart error - The message shown when the section cannot be shown.
 */
export class KeyQuestions extends HubElement {
  static override styles = [...HubElement.styles, sectionStyles, keyQuestionsStyles];

  protected override renderContent() {
    const { hub } = this.content;
    if (hub.questions.length === 0) return nothing;
    const region = this.regionName('heading');
    return html`<section aria-labelledby=${region.labelledBy} aria-label=${region.label}>
      ${this.sectionHeading('questions')}
      <ul part="list" lang=${ifDefined(this.hubLang)}>
        ${hub.questions.map((question) => html`<li part="question">${renderInlineText(question)}</li>`)}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'key-questions': KeyQuestions;
  }
}
