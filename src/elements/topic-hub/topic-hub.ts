import { html, isServer, nothing, type PropertyValues, type ReactiveElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { heading } from '../../internal/heading.js';
import { HubElement } from '../../internal/hub-element.js';
import { renderRichText } from '../../internal/rich-text.js';
import { sectionStyles } from '../../internal/section.styles.js';
import { articleCardParts } from '../article-card/article-card.js';
import { ArticleSearch } from '../article-search/article-search.js';
import { FailureModeList } from '../failure-mode-list/failure-mode-list.js';
import { KeyQuestions } from '../key-questions/key-questions.js';
import { ReadingPath } from '../reading-path/reading-path.js';
import { ReferenceList } from '../reference-list/reference-list.js';
import { RelatedHubs } from '../related-hubs/related-hubs.js';
import { StartHere } from '../start-here/start-here.js';
import { topicHubStyles } from './topic-hub.styles.js';

const sectionParts = `heading, list, ${articleCardParts}`;

/** Resolves once every element inside `root` (at any depth) finished its updates. */
async function settled(root: Element | DocumentFragment): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (const element of root.querySelectorAll('*')) {
    const nested = element as Partial<ReactiveElement>;
    if (nested.updateComplete) pending.push(nested.updateComplete.then(() => nested.renderRoot && settled(nested.renderRoot)));
  }
  await Promise.all(pending);
}

/**
 * Resolves in a task after the next frame is painted (a frame callback, then a task), or after
 * 100 ms where no frame comes (a hidden tab), so that the first sections are on screen before
 * the next one renders.
 */
function afterNextPaint(): Promise<void> {
  return new Promise((done) => {
    const fallback = setTimeout(done, 100);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(done);
    });
  });
}

/**
 * @summary A whole topic hub: title, intro, Start Here, questions, reading paths, failure modes,
 * related hubs and references, in that order; a section the hub has no content for is left out.
 * Each section is also an element of its own.
 *
 * @fires {CustomEvent<HubErrorDetail>} hub-error - The hub is unknown, or the bundle cannot be loaded or read (never while it is still loading). Detail: code, message, hub, and src where the bundle comes from `src`.
 * @fires {CustomEvent<ReadingProgressDetail>} reading-progress - From a reading path: the reader marked an article as read or unread.
 * @fires {CustomEvent<TagFilterDetail>} tag-filter-change - From the references: the reader selected or cleared a tag.
 * @fires {CustomEvent<SearchChangeDetail>} search-change - From the search above the references: the query or tags changed.
 * @fires {CustomEvent<ArticleSelectDetail>} article-select - From the search: a result was chosen (cancelable).
 *
 * @csspart hub - The box around the whole hub.
 * @csspart title - The hub's title.
 * @csspart intro - The hub's introduction.
 * @csspart heading - Each section's heading.
 * @csspart list - Each section's list.
 * @csspart card - Every article card (and its title, title-link, summary, tags, tag, badge, date).
 * @csspart reason - Why to read a Start Here entry.
 * @csspart progress - A reading path's progress bar.
 * @csspart read-toggle - A reading path's "Read" checkbox and its label.
 * @csspart step - A reading path's step; `done` once read, `current` for the next to read.
 * @csspart done - A read step of a reading path.
 * @csspart current - The next step to read of a reading path.
 * @csspart marker - A reading path step's number or check mark.
 * @csspart next - The "Next" label of a reading path.
 * @csspart tag-filter - A tag filter button of the search or the references.
 * @csspart more-tags - The references' "More tags" button.
 * @csspart show-all - The references' "Show all" button.
 * @csspart input - The search field.
 * @csspart option - A search result.
 * @csspart error - The message shown in place of the hub when it cannot be shown.
 *
 * @cssprop --hub-padding - Padding around the hub; its sections add none of their own.
 * @cssprop --hub-min-height - The hub's least height (default none), held from the moment it is defined, also while its bundle at `src` loads: give the hub's height as the page shows it, and nothing below the hub moves when the content arrives.
 */
export class TopicHub extends HubElement {
  static override styles = [...HubElement.styles, sectionStyles, topicHubStyles];
  protected static override readonly holdsSections = true;
  /** The elements this one renders, defined with it by `defineElement`. @internal */
  static dependencies = {
    'start-here': StartHere,
    'key-questions': KeyQuestions,
    'reading-path': ReadingPath,
    'failure-mode-list': FailureModeList,
    'related-hubs': RelatedHubs,
    'reference-list': ReferenceList,
    'article-search': ArticleSearch,
  };

  /**
   * Density of the cards of the hub's reading paths and references: `compact` (the default:
   * tighter cards, summaries cut short, ten references then "Show all") or `comfortable`.
   */
  @property({ reflect: true }) density?: 'compact' | 'comfortable';

  /**
   * How many references show before "Show all": 10 by default; 0 shows them all (as a page
   * without JavaScript must, where no button works).
   */
  @property({ attribute: 'reference-limit', type: Number }) referenceLimit?: number;

  /**
   * The URL of a Pagefind index folder (`topic-hub build --search pagefind`) that the hub's search
   * queries instead of the bundle's own index: see `<article-search>`'s `pagefind`.
   */
  @property() pagefind?: string;

  /** Tags selected in the search or in the references: one selection filters both. */
  @state() private selectedTags = '';

  private selectTags = (event: CustomEvent<{ tags: string[] }>) => {
    this.selectedTags = event.detail.tags.join(' ');
  };

  /**
   * How many of the hub's sections render now. The first render shows the header and sections
   * until the hub reaches below the bottom of the window, before the first frame (so nothing
   * below the hub moves on screen); each further section renders in a task of its own after a
   * frame, so that no single task renders the whole hub and the first paint comes sooner.
   * Undefined: every section (a server-rendered hub hydrates them all at once).
   */
  @state() private shownSections?: number = this.serverRendered || isServer ? undefined : 1;
  private moreSections?: Promise<void>;
  /** The sections of the hub being rendered (0 while loading or failed). */
  private sectionCount = 0;

  /** Resolves once every section rendered, so that `await hub.updateComplete` sees the whole hub. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.moreSections) {
      await this.moreSections;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override updated() {
    super.updated();
    if (this.shownSections === undefined || this.moreSections || this.sectionCount === 0) return;
    this.moreSections = this.beforeNextSection().then(() => {
      this.moreSections = undefined;
      const shown = (this.shownSections ?? 0) + 1;
      this.shownSections = shown >= this.sectionCount ? undefined : shown;
    });
  }

  /**
   * Waits for the sections shown so far to render (microtasks, still before the frame), then
   * for the next frame only where the hub already reaches below the window's bottom edge.
   */
  private async beforeNextSection() {
    await settled(this.renderRoot);
    if (this.getBoundingClientRect().bottom <= window.innerHeight) return;
    await afterNextPaint();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.sectionCount = 0;
    super.willUpdate(changed);
  }

  protected override renderContent() {
    const { hub } = this.content;
    const sectionLevel = this.level + 1;
    const sections = [
      hub.startHere.length
        ? () =>
            html`<start-here hub=${this.hub} theme=${this.theme} .bundle=${this.bundle} heading-level=${sectionLevel} exportparts="${sectionParts}, reason"></start-here>`
        : undefined,
      hub.questions.length
        ? () =>
            html`<key-questions hub=${this.hub} theme=${this.theme} .bundle=${this.bundle} heading-level=${sectionLevel} exportparts=${sectionParts}></key-questions>`
        : undefined,
      hub.readingPaths.length ? () => this.renderReadingPaths(sectionLevel) : undefined,
      hub.failureModes.length
        ? () =>
            html`<failure-mode-list hub=${this.hub} theme=${this.theme} .bundle=${this.bundle} heading-level=${sectionLevel} exportparts=${sectionParts}></failure-mode-list>`
        : undefined,
      hub.relatedHubs.length
        ? () =>
            html`<related-hubs hub=${this.hub} theme=${this.theme} .bundle=${this.bundle} heading-level=${sectionLevel} exportparts=${sectionParts}></related-hubs>`
        : undefined,
      hub.references.length ? () => this.renderReferences(sectionLevel) : undefined,
    ].filter((section) => section !== undefined);
    this.sectionCount = sections.length;
    // Sections re-export their parts so that topic-hub::part(card) reaches every card.
    const region = this.regionName('title');
    return html`<section part="hub" aria-labelledby=${region.labelledBy} aria-label=${region.label}>
      <header>
        ${heading(this.level, hub.title, 'title', 'title', this.hubLang)}
        ${hub.intro.length ? html`<div part="intro" lang=${ifDefined(this.hubLang)}>${renderRichText(hub.intro)}</div>` : nothing}
      </header>
      ${sections.slice(0, this.shownSections).map((section) => section())}
    </section>`;
  }

  private renderReadingPaths(sectionLevel: number) {
    const { hub } = this.content;
    // Inside the hub's region: headed, not a region of its own.
    return html`<section>
        ${this.sectionHeading('readingPaths', sectionLevel, 'reading-paths')}
        <div class="paths">
          ${hub.readingPaths.map(
            (path) => html`<reading-path
              hub=${this.hub}
              path=${path.id}
              theme=${this.theme}
              .bundle=${this.bundle}
              heading-level=${sectionLevel + 1}
              density=${this.density ?? 'compact'}
              exportparts="${sectionParts}, progress, read-toggle, step, done, current, marker, next"
            ></reading-path>`,
          )}
        </div>
      </section>`;
  }

  private renderReferences(sectionLevel: number) {
    return html`<article-search
        hub=${this.hub}
        theme=${this.theme}
        .bundle=${this.bundle}
        pagefind=${ifDefined(this.pagefind)}
        tags=${this.selectedTags}
        exportparts="input, listbox, option, match, tag-filter"
        @search-change=${this.selectTags}
      ></article-search>
      <reference-list
        hub=${this.hub}
        theme=${this.theme}
        .bundle=${this.bundle}
        heading-level=${sectionLevel}
        tags=${this.selectedTags}
        density=${this.density ?? 'compact'}
        limit=${this.referenceLimit ?? nothing}
        exportparts="${sectionParts}, tag-filter, more-tags, show-all"
        @tag-filter-change=${this.selectTags}
      ></reference-list>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'topic-hub': TopicHub;
  }
}
