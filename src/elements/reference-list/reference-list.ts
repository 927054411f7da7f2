import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Article } from '../../content/bundle-types.js';
import type { TagFilterDetail } from '../../internal/events.js';
import { HubElement } from '../../internal/hub-element.js';
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
 * @csspart filter - The group of tag filters, with its "Filter by tag" label.
 * @csspart tag-filters - The list of tag filter buttons.
 * @csspart tag-filter - One tag filter button (pressed when selected), with its count.
 * @csspart more-tags - The "More tags" / "Fewer tags" button.
 * @csspart list - The list of articles.
 * @csspart show-all - The "Show all n entries" / "Show the first n" button.
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
   * How many entries to list before a "Show all" button (default 10); `0` lists every entry. The
   * button lists the rest and moves focus to the first entry it added.
   */
  @property({ type: Number }) limit = 10;

  /**
   * `compact` lists the entries as tight cards, their summaries cut to two lines; `comfortable`
   * (the default) gives each card room and its whole summary.
   */
  @property({ reflect: true }) density?: 'compact' | 'comfortable';

  /** How many tag filters to offer before a "More tags" button (default 8): the most used come first. */
  @property({ attribute: 'tag-limit', type: Number }) tagLimit = 8;

  /**
   * The selection the live region speaks the count of: set by a press of this element's
   * own chips. A selection made elsewhere (the search of the same hub) changes the count silently,
   * so one press is spoken once, by the region of the control that was pressed.
   */
  @state() private spokenTags?: string;
  @state() private showAll = false;
  @state() private showAllTags = false;
  /** What to focus after the next render: the first entry or tag the reader's press revealed. */
  private focusAfterRender?: string;

  private toggleTag(tag: string) {
    const selected = parseTagList(this.tags);
    const tags = selected.includes(tag) ? selected.filter((t) => t !== tag) : [...selected, tag];
    this.tags = tags.join(' ');
    this.spokenTags = this.tags;
    // Focus stays on the pressed chip; a chip past `tag-limit` shows only while selected, so once
    // un-pressed it is gone and focus goes to "More tags" (the first match of the list wins).
    this.focusAfterRender = `[part~="tag-filter"][data-tag="${CSS.escape(tag)}"], [part~="more-tags"]`;
    this.updateComplete.then(() => {
      const tags = parseTagList(this.tags);
      this.emit<TagFilterDetail>('tag-filter-change', { hub: this.hub, tags, count: this.filtered(tags).length });
    });
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('tags') && this.tags !== this.spokenTags) this.spokenTags = undefined;
  }

  /** "n of m entries, tagged …" or "m entries tagged '<hub>'": the visible count and what the live region says after a press. */
  private countText(selected: string[]) {
    const { hub } = this.content;
    const total = hub.references.length;
    // Tags and the hub's title are content: in a language of their own where it is not the page's.
    const lang = this.hubLang;
    const quoted = (tag: string) => this.localize.term('references.tag', { tag });
    return selected.length
      ? this.localize.termParts('references.countFiltered', {
          shown: this.filtered(selected).length,
          count: total,
          tags: html`<span lang=${ifDefined(lang)}>${this.localize.list(selected.map(quoted))}</span>`,
        })
      : this.localize.termParts('references.count', { count: total, hub: html`<span lang=${ifDefined(lang)}>${hub.title}</span>` });
  }

  private filtered(selected: string[]): Article[] {
    const { hub, bundle } = this.content;
    return hub.references.map((id) => bundle.articles[id]).filter((article) => selected.every((tag) => article.tags.includes(tag)));
  }

  private reveal(what: 'entries' | 'tags', show: boolean) {
    if (what === 'entries') this.showAll = show;
    else this.showAllTags = show;
    // Focus goes to the first thing the press revealed; hiding keeps it on the button (which a
    // mouse press does not focus in every browser), never on an entry that is gone.
    if (what === 'entries') this.focusAfterRender = show ? '[data-first-revealed]' : '[part~="show-all"]';
    else this.focusAfterRender = show ? '[data-first-revealed-tag]' : '[part~="more-tags"]';
  }

  protected override updated() {
    super.updated();
    if (!this.focusAfterRender) return;
    this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
    this.focusAfterRender = undefined;
  }

  protected override renderContent() {
    const { hub } = this.content;
    if (hub.references.length === 0) return nothing;
    const selected = parseTagList(this.tags);
    const matching = this.filtered(selected);
    const limit = this.limit > 0 ? Math.floor(this.limit) : Infinity;
    const collapsed = !this.showAll && matching.length > limit;
    const shown = collapsed ? matching.slice(0, limit) : matching;
    const region = this.regionName('heading');
    return html`<section aria-labelledby=${region.labelledBy} aria-label=${region.label}>
      <div class="head">
        ${this.sectionHeading('references')}
        <p part="count">${this.countText(selected)}</p>
        <p class="visually-hidden" role="status">${this.spokenTags === undefined ? '' : this.countText(parseTagList(this.spokenTags))}</p>
      </div>
      ${this.renderTagFilters(selected, matching)}
      <ul class="cards" part="list">
        ${repeat(
          shown,
          (article) => article.id,
          (article, index) => {
            const firstRevealed = this.showAll && index === limit;
            return html`<li tabindex=${firstRevealed ? '-1' : nothing} ?data-first-revealed=${firstRevealed}>
              <article-card
                article=${article.id}
                heading-level=${this.level + 1}
                theme=${this.theme}
                density=${this.density ?? nothing}
                .bundle=${this.bundle}
                exportparts=${articleCardParts}
              ></article-card>
            </li>`;
          },
        )}
      </ul>
      ${
        matching.length === 0
          ? html`<p class="empty"><strong>${this.localize.term('references.empty')}</strong> ${this.localize.term('references.emptyHint')}</p>`
          : nothing
      }
      ${
        matching.length > limit
          ? html`<button type="button" class="button" part="show-all" @click=${() => this.reveal('entries', collapsed)}>
              ${collapsed ? this.localize.term('references.showAll', { count: matching.length }) : this.localize.term('references.showFirst', { count: limit })}
            </button>`
          : nothing
      }
    </section>`;
  }

  /**
   * The tag filters, most used first and in the same order whatever is selected, so a chip never
   * moves under the reader's focus. A tag that would leave nothing to show is not offered (a
   * selected one always is); beyond `tag-limit`, the rest wait behind "More tags".
   */
  private renderTagFilters(selected: string[], matching: Article[]) {
    const { hub, bundle } = this.content;
    const uses = new Map<string, number>();
    for (const id of hub.references) for (const tag of bundle.articles[id].tags) uses.set(tag, (uses.get(tag) ?? 0) + 1);
    const order = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || a.localeCompare(b));
    const counts = new Map<string, number>();
    for (const article of matching) for (const tag of article.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    const offered = order.filter((tag) => selected.includes(tag) || counts.has(tag));
    // Selected tags the hub does not use (from the attribute) still get a chip, to be cleared with.
    offered.push(...selected.filter((tag) => !uses.has(tag)));
    const tagLimit = this.tagLimit > 0 ? Math.floor(this.tagLimit) : Infinity;
    const hidden = this.showAllTags ? [] : offered.slice(tagLimit).filter((tag) => !selected.includes(tag));
    const chips = offered.filter((tag) => !hidden.includes(tag));
    const firstRevealedTag = this.showAllTags ? offered.slice(tagLimit).find((tag) => !selected.includes(tag)) : undefined;
    return html`<div class="filters" part="filter" role="group" aria-labelledby="filter-label">
      <span id="filter-label" class="filter-label">${this.localize.term('references.filter')}</span>
      <ul part="tag-filters">
        ${repeat(
          chips,
          (tag) => tag,
          (tag) => html`<li>
            <button
              type="button"
              part="tag-filter"
              data-tag=${tag}
              aria-pressed=${selected.includes(tag) ? 'true' : 'false'}
              ?data-first-revealed-tag=${tag === firstRevealedTag}
              @click=${() => this.toggleTag(tag)}
            >
              <span lang=${ifDefined(this.hubLang)}>${tag}</span> <span class="tag-count">(${this.localize.number(counts.get(tag) ?? 0)})</span>
            </button>
          </li>`,
        )}
        ${
          // Not when every tag past the limit is shown anyway because it is selected: "More tags (0)".
          offered.length > tagLimit && (this.showAllTags || hidden.length > 0)
            ? html`<li>
                <button
                  type="button"
                  class="more-tags"
                  part="more-tags"
                  aria-expanded=${this.showAllTags ? 'true' : 'false'}
                  @click=${() => this.reveal('tags', !this.showAllTags)}
                >
                  ${this.showAllTags ? this.localize.term('references.fewerTags') : this.localize.term('references.moreTags', { count: hidden.length })}
                </button>
              </li>`
            : nothing
        }
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reference-list': ReferenceList;
  }
}
