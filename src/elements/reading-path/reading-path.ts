import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ContentBundle, ReadingPath as ReadingPathContent } from '../../content/bundle-types.js';
import { findReadingPath } from '../../content/content-store.js';
import type { ReadingProgressDetail } from '../../internal/events.js';
import { heading } from '../../internal/heading.js';
import { HubElement } from '../../internal/hub-element.js';
import { sectionStyles } from '../../internal/section.styles.js';
import { ArticleCard, articleCardParts } from '../article-card/article-card.js';
import { loadReadArticles, saveReadArticles, storageKey } from './reading-progress-store.js';
import { readingPathStyles } from './reading-path.styles.js';

export type { ReadingProgressDetail };

/**
 * @summary One reading path of a hub: its articles in order, numbered, with a checkbox per article
 * to mark it as read, the reader's progress and the next article to read.
 *
 * @fires {CustomEvent<ReadingProgressDetail>} reading-progress - The reader marked an article as read or unread. Detail: hub, path, read, total, readArticles.
 * @fires {CustomEvent<HubErrorDetail>} hub-error - The hub or path is unknown, or the bundle cannot be read.
 *
 * @csspart heading - The path's title.
 * @csspart status - The line with the progress bar and the "n of m read" text.
 * @csspart progress - The progress bar.
 * @csspart list - The ordered list of steps.
 * @csspart step - One step: its marker, card and read toggle.
 * @csspart done - A step the reader marked as read (with `step`).
 * @csspart current - The first unread step, the next to read (with `step`; it has `aria-current="step"`).
 * @csspart marker - A step's number, or a check mark once it is read.
 * @csspart read-toggle - The label with the "Read" checkbox.
 * @csspart next - The "Next" label beside the first unread step's card, under its marker.
 * @csspart card - An article card (and its title, title-link, summary, tags, tag, badge, date).
 * @csspart error - The message shown when the path cannot be shown.
 *
 * @cssprop --hub-color-accent - The progress bar, the checkboxes, the next step's marker and label.
 * @cssprop --hub-color-success - The check marks of read steps and of a finished path.
 */
export class ReadingPath extends HubElement {
  static override styles = [...HubElement.styles, sectionStyles, readingPathStyles];
  /** The elements this one renders, defined with it by `defineElement`. @internal */
  static dependencies = { 'article-card': ArticleCard };

  /** Id of the reading path, e.g. `ai-operating-model`. */
  @property({ reflect: true }) path = '';

  /**
   * `local` keeps progress in localStorage per hub and path, shared with every other `local`
   * element showing the same path, on this page and in other tabs; `none` keeps it for this
   * element and page only.
   */
  @property() storage: 'local' | 'none' = 'local';

  /** `compact` tightens the cards of the steps and cuts their summaries to three lines; `comfortable` (the default) gives them room, but on a phone (narrower than 36rem) cuts the summaries too. */
  @property({ reflect: true }) density?: 'compact' | 'comfortable';

  @state() private readArticles = new Set<string>();
  private readingPath!: ReadingPathContent;
  private loadedKey?: string;

  protected override resolveContent(bundle: ContentBundle) {
    super.resolveContent(bundle);
    this.readingPath = findReadingPath(this.content.hub, this.path);
    const key = `${this.hub}\n${this.path}\n${this.storage}`;
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      if (this.storage === 'none') this.readArticles = new Set();
      else if (this.serverRendered && !this.hasUpdated) this.showSavedProgressAfterHydration(key);
      else this.readArticles = loadReadArticles(this.hub, this.path);
    }
  }

  /** The server rendered the path unread (it cannot know the reader): hydrate that, then show the saved progress. */
  private async showSavedProgressAfterHydration(key: string) {
    await this.updateComplete;
    if (key === this.loadedKey) this.readArticles = loadReadArticles(this.hub, this.path);
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('reading-progress', this.followProgressOnPage);
    window.addEventListener('storage', this.followProgressInOtherTabs);
  }

  override disconnectedCallback() {
    window.removeEventListener('reading-progress', this.followProgressOnPage);
    window.removeEventListener('storage', this.followProgressInOtherTabs);
    super.disconnectedCallback();
  }

  /**
   * Another `<reading-path>` of this page shows the same path (say, one inside `<topic-hub>` and
   * one alone): keep both in step, as they share the stored progress. `storage="none"` elements
   * keep theirs to themselves.
   */
  private followProgressOnPage = (event: Event) => {
    const source = event.composedPath()[0];
    if (source === this || !(source instanceof ReadingPath) || source.storage === 'none' || this.storage === 'none') return;
    const { hub, path, readArticles } = (event as CustomEvent<ReadingProgressDetail>).detail;
    if (hub === this.hub && path === this.path) this.readArticles = new Set(readArticles);
  };

  /** The reader marked articles in another tab (a `null` key: that tab cleared the storage). */
  private followProgressInOtherTabs = (event: StorageEvent) => {
    if (this.storage === 'none' || !this.hub || !this.path) return;
    if (event.key === null || event.key === storageKey(this.hub, this.path)) {
      this.readArticles = loadReadArticles(this.hub, this.path);
    }
  };

  private toggleRead(articleId: string, read: boolean) {
    const next = new Set(this.readArticles);
    if (read) next.add(articleId);
    else next.delete(articleId);
    this.readArticles = next;
    if (this.storage !== 'none') saveReadArticles(this.hub, this.path, next);
    const readArticles = this.readingPath.articles.filter((id) => next.has(id));
    this.emit<ReadingProgressDetail>('reading-progress', {
      hub: this.hub,
      path: this.path,
      read: readArticles.length,
      total: this.readingPath.articles.length,
      readArticles,
    });
  }

  protected override renderContent() {
    const { articles: articleIds, title } = this.readingPath;
    const { articles } = this.content.bundle;
    const total = articleIds.length;
    const read = articleIds.filter((id) => this.readArticles.has(id)).length;
    const nextId = articleIds.find((id) => !this.readArticles.has(id));
    const region = this.regionName('heading');
    const lang = this.hubLang;
    return html`<section aria-labelledby=${region.labelledBy} aria-label=${region.label}>
      ${heading(this.level, title, 'heading', 'heading', lang)}
      <div class="status" part="status">
        <progress part="progress" max=${total} .value=${read} aria-labelledby="heading progress-text"></progress>
        <span id="progress-text" class="count">${this.localize.term('path.progress', { read, total })}</span>
        ${
          nextId
            ? html`<span class="quiet"
                >${this.localize.termParts('path.next', { title: html`<span lang=${ifDefined(lang)}>${articles[nextId].title}</span>` })}</span
              >`
            : html`<span class="complete"><span aria-hidden="true">✓</span> ${this.localize.term('path.allRead')}</span>`
        }
      </div>
      <ol class="steps" part="list">
        ${articleIds.map((id, index) => {
          const done = this.readArticles.has(id);
          const next = id === nextId;
          // The list already numbers the steps for assistive tech: the visible marker repeats it, or shows the check.
          return html`<li part=${done ? 'step done' : next ? 'step current' : 'step'} aria-current=${next ? 'step' : nothing}>
            <div class="rail">
              <span class="marker" part="marker" aria-hidden="true">${done ? '✓' : this.localize.number(index + 1)}</span>
              ${next ? html`<span part="next">${this.localize.term('path.nextStep')}</span>` : nothing}
              <label part="read-toggle">
                <input
                  type="checkbox"
                  .checked=${done}
                  aria-label=${this.localize.term('path.markRead', { title: articles[id].title })}
                  @change=${(event: Event) => this.toggleRead(id, (event.target as HTMLInputElement).checked)}
                />
                <span>${this.localize.term('path.read')}</span>
              </label>
            </div>
            <article-card
              article=${id}
              heading-level=${this.level + 1}
              theme=${this.theme}
              density=${this.density ?? nothing}
              .bundle=${this.bundle}
              exportparts=${articleCardParts}
            ></article-card>
          </li>`;
        })}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reading-path': ReadingPath;
  }
}
