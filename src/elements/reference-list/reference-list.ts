import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Article } from '../../content/bundle-types.js';
import type { TagFilterDetail } from '../../internal/events.js';
import { heading } from '../../internal/heading.js';
import { HubElement } from '../../internal/hub-element.js';
import { sectionHeading } from '../../internal/section-headings.js';
import { sectionStyles } from '../../internal/section.styles.js';
import { tagFilterStyles } from '../../internal/tag-filter.styles.js';
import { parseTagList } from '../../internal/tag-list.js';
import { ArticleCard, articleCardParts } from '../article-card/article-card.js';
import { referenceListStyles } from './reference-list.styles.js';

export type { TagFilterDetail };

/**
 * @summary Every article the hub lists, newest first, with a count and a filter by tag. Renders
 * nothing when the hub lists no articles.
 *
 * @fires {CustomEvent<TagFilterDetail>} tag-filter-change - The reader selected or cleared a tag. Detail: hub, tags, count.
 * @fires {CustomEvent<HubErrorDetail>} hub-error - The hub is unknown or the bundle cannot be read.
 *
 * @csspart heading - The section heading.
 * @csspart count - The number of entries ("31 entries tagged 'Technical Leadership'").
 * @csspart filter - The disclosure that holds the tag filters.
 * @csspart tag-filters - The list of tag filter buttons.
 * @csspart tag-filter - One tag filter button (pressed when selected), with its count.
 * @csspart list - The list of articles.
 * @csspart card - An article card (and its title, title-link, summary, tags, tag, badge, date).
 * @csspart error - The message shown when the section cannot be shown.
 */
export class ReferenceList extends HubElement {
  static override styles = [...HubElement.styles, sectionStyles, tagFilterStyles, referenceListStyles];
  /** The elements this one renders, defined with it by `defineElement`. @internal */
  static dependencies = { 'article-card': ArticleCard };

  /** Tags to filter by, space-separated: only articles with all of them are listed. */
  @property({ reflect: true }) tags = '';

  /**
   * Whether the reader has the tag filters open. Selected tags open them, but clearing the last
   * tag must not close them under the reader's focus: only the reader closes them.
   */
  @state() private filtersOpen = false;

  private toggleTag(tag: string) {
    this.filtersOpen = true;
    const selected = parseTagList(this.tags);
    this.tags = (selected.includes(tag) ? selected.filter((t) => t !== tag) : [...selected, tag]).join(' ');
    this.updateComplete.then(() => {
      const tags = parseTagList(this.tags);
      this.emit<TagFilterDetail>('tag-filter-change', { hub: this.hub, tags, count: this.filtered(tags).length });
    });
  }

  private filtered(selected: string[]): Article[] {
    const { hub, bundle } = this.content;
    return hub.references.map((id) => bundle.articles[id]).filter((article) => selected.every((tag) => article.tags.includes(tag)));
  }

  protected override renderContent() {
    const { hub, bundle } = this.content;
    if (hub.references.length === 0) return nothing;
    const selected = parseTagList(this.tags);
    const shown = this.filtered(selected);
    const total = hub.references.length;
    const tagCounts = new Map<string, number>();
    for (const article of shown) for (const tag of article.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1);
    const allTags = [...new Set(hub.references.flatMap((id) => bundle.articles[id].tags))].sort();
    const entries = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
    const region = this.regionName('heading');
    return html`<section aria-labelledby=${region.labelledBy} aria-label=${region.label}>
      ${heading(this.level, sectionHeading(hub, 'references'), 'heading', 'heading')}
      <p part="count" role="status">
        ${
          selected.length
            ? `${shown.length} of ${entries(total)}, tagged ${selected.map((tag) => `'${tag}'`).join(' and ')}`
            : `${entries(total)} tagged '${hub.title}'`
        }
      </p>
      <details
        part="filter"
        ?open=${this.filtersOpen || selected.length > 0}
        @toggle=${(event: Event) => (this.filtersOpen = (event.target as HTMLDetailsElement).open)}
      >
        <summary>Filter by tag${selected.length ? ` (${selected.length} selected)` : ''}</summary>
        <ul part="tag-filters" aria-label="Tags">
          ${allTags.map((tag) => {
            const pressed = selected.includes(tag);
            const count = tagCounts.get(tag) ?? 0;
            return html`<li>
              <button
                type="button"
                part="tag-filter"
                aria-pressed=${pressed ? 'true' : 'false'}
                ?disabled=${!pressed && count === 0}
                @click=${() => this.toggleTag(tag)}
              >
                ${tag} (${count})
              </button>
            </li>`;
          })}
        </ul>
      </details>
      <ul class="cards" part="list">
        ${repeat(
          shown,
          (article) => article.id,
          (article) => html`<li>
            <article-card
              article=${article.id}
              heading-level=${this.level + 1}
              theme=${this.theme}
              .bundle=${this.bundle}
              exportparts=${articleCardParts}
            ></article-card>
          </li>`,
        )}
      </ul>
      ${shown.length === 0 ? html`<p class="quiet">No entry has all of these tags.</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reference-list': ReferenceList;
  }
}
