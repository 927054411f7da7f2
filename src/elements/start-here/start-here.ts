import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { HubElement } from '../../internal/hub-element.js';
import { renderInlineText } from '../../internal/rich-text.js';
import { sectionStyles } from '../../internal/section.styles.js';
import { ArticleCard, articleCardParts } from '../article-card/article-card.js';
import { startHereStyles } from './start-here.styles.js';

/**
 * @summary The hub's "Start Here" list: the first articles to read, in order, each with the
 * reason to read it. Renders nothing when the hub has no such list.
 *
 * @fires {CustomEvent<HubErrorDetail>} hub-error - The hub is unknown or the bundle cannot be read.
 *
 * @csspart heading - The section heading.
 * @csspart list - The ordered list of entries.
 * @csspart item - One entry: its card and its reason.
 * @csspart reason - Why to read the entry.
 * @csspart card - An article card (and its title, title-link, summary, tags, tag, badge, date).
 * @csspart error - The message shown when the section cannot be shown.
 */
export class StartHere extends HubElement {
  static override styles = [...HubElement.styles, sectionStyles, startHereStyles];
  /** The elements this one renders, defined with it by `defineElement`. @internal */
  static dependencies = { 'article-card': ArticleCard };

  protected override renderContent() {
    const { hub } = this.content;
    if (hub.startHere.length === 0) return nothing;
    const region = this.regionName('heading');
    return html`<section aria-labelledby=${region.labelledBy} aria-label=${region.label}>
      ${this.sectionHeading('startHere')}
      <ol part="list">
        ${hub.startHere.map(
          (entry) => html`<li part="item">
            <article-card
              article=${entry.article}
              label=${entry.label ?? ''}
              heading-level=${this.level + 1}
              theme=${this.theme}
              .bundle=${this.bundle}
              exportparts=${articleCardParts}
            ></article-card>
            <p part="reason" lang=${ifDefined(this.hubLang)}>${renderInlineText(entry.reason)}</p>
          </li>`,
        )}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'start-here': StartHere;
  }
}
