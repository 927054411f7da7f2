import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article } from '../../content/bundle-types.js';
import { HubElement } from '../../internal/hub-element.js';
import { renderInlineText } from '../../internal/rich-text.js';
import { safeUrl } from '../../internal/safe-url.js';
import { sectionStyles } from '../../internal/section.styles.js';
import { failureModeListStyles } from './failure-mode-list.styles.js';

/**
 * @summary The ways the hub's topic commonly goes wrong, each with the articles that address it
 * where the content names them. Renders nothing when the hub lists no failure modes.
 *
 * @fires {CustomEvent<HubErrorDetail>} hub-error - The hub is unknown or the bundle cannot be read.
 *
 * @csspart heading - The section heading.
 * @csspart list - The list of failure modes.
 * @csspart failure-mode - One failure mode: a row with a warning icon, its text and its articles.
 * @csspart icon - The warning icon of a failure mode.
 * @csspart text - What goes wrong.
 * @csspart related - The articles that address a failure mode.
 * @csspart error - The message shown when the section cannot be shown.
 */
export class FailureModeList extends HubElement {
  static override styles = [...HubElement.styles, sectionStyles, failureModeListStyles];

  protected override renderContent() {
    const { hub, bundle } = this.content;
    if (hub.failureModes.length === 0) return nothing;
    const articleLink = ({ title, url }: Article) => {
      const href = safeUrl(url);
      return href ? html`<a href=${href}>${title}</a>` : title;
    };
    const region = this.regionName('heading');
    const lang = this.hubLang;
    return html`<section aria-labelledby=${region.labelledBy} aria-label=${region.label}>
      ${this.sectionHeading('failureModes')}
      <ul class="modes" part="list">
        ${hub.failureModes.map(
          (mode) => html`<li part="failure-mode">
            <span class="icon" part="icon" aria-hidden="true"></span>
            <span class="text" part="text" lang=${ifDefined(lang)}>${renderInlineText(mode.text)}</span>
            ${
              mode.articles.length
                ? html`<span part="related"
                  >${this.localize.term('failureModes.read')}
                  <ul lang=${ifDefined(lang)}>
                    ${mode.articles.map((id) => html`<li>${articleLink(bundle.articles[id])}</li>`)}
                  </ul></span
                >`
                : nothing
            }
          </li>`,
        )}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'failure-mode-list': FailureModeList;
  }
}
