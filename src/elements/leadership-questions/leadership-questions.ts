import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { heading } from '../../internal/heading.js';
import { HubElement } from '../../internal/hub-element.js';
import { sectionStyles } from '../../internal/section.styles.js';

/**
 * @summary The questions that matter to the hub's topic, as a list.
 *
 * @fires hub-error - The hub is unknown or the bundle cannot be read.
 *
 * @csspart heading - The section heading.
 * @csspart list - The list of questions.
 * @csspart question - One question.
 * @csspart error - The message shown when the section cannot be shown.
 */
export class LeadershipQuestions extends HubElement {
  static override styles = [...HubElement.styles, sectionStyles];

  protected override renderContent() {
    return html`<section aria-labelledby="heading">
      ${heading(this.level, 'Leadership Questions That Matter', 'heading', 'heading')}
      <ul class="items" part="list">
        ${this.content.hub.questionsHtml.map((question) => html`<li part="question">${unsafeHTML(question)}</li>`)}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'leadership-questions': LeadershipQuestions;
  }
}
