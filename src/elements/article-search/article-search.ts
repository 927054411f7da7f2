import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Article, ContentBundle } from '../../content/bundle-types.js';
import { articleLang, findHub, HubContentError } from '../../content/content-store.js';
import type { ArticleSelectDetail, SearchChangeDetail } from '../../internal/events.js';
import { asContentError, BundleElement } from '../../internal/hub-element.js';
import { tagFilterStyles } from '../../internal/tag-filter.styles.js';
import { safeUrl } from '../../internal/safe-url.js';
import { parseTagList } from '../../internal/tag-list.js';
import { highlightTerms } from '../../search/highlight.js';
import { searchEngineFor } from '../../search/minisearch-engine.js';
import { pagefindEngineFor } from '../../search/pagefind-search.js';
import type { ImmediateSearchEngine, SearchEngine, SearchPage } from '../../search/search-engine.js';
import { articleSearchStyles } from './article-search.styles.js';
import {
  characterShortcutsOff,
  isEditable,
  matchesShortcut,
  onCharacterShortcutsChange,
  parseShortcut,
  setCharacterShortcutsOff,
} from './keyboard-shortcut.js';

export type { ArticleSelectDetail, SearchChangeDetail };

/** Screen readers get one announcement after typing settles, not one per keystroke. */
export const announceDelay = 500;
const maxTagFilters = 12;
const noAnswer: SearchPage = { matches: [], total: 0, tagCounts: [] };

/**
 * @summary Full-text search over the bundle's articles: ranked results on every keystroke, with
 * prefix and typo tolerance, tag filters with counts, and the WAI-ARIA combobox pattern.
 *
 * @fires {CustomEvent<SearchChangeDetail>} search-change - The query or the selected tags changed. Detail: query, tags, count.
 * @fires {CustomEvent<ArticleSelectDetail>} article-select - A result was chosen (Enter or click). Detail: article. Cancelable: call
 * `preventDefault()` to route it yourself; otherwise the browser follows the article's URL.
 * @fires {CustomEvent<HubErrorDetail>} hub-error - The hub is unknown or the bundle cannot be read.
 *
 * @csspart label - The label of the search field.
 * @csspart input - The search field (the combobox).
 * @csspart clear - The button that clears the search field.
 * @csspart count - The visible number of results.
 * @csspart hint - The keys that work in the list ("↑ ↓ to choose, Enter to open, Esc to close").
 * @csspart shortcut - The line that names the page-wide shortcut, with its on/off button.
 * @csspart shortcut-toggle - The button that turns a single-key shortcut off or on again.
 * @csspart tag-filters - The row of tag filter buttons.
 * @csspart tag-filter - One tag filter button (pressed when selected), with its count.
 * @csspart listbox - The list of results.
 * @csspart option - One result.
 * @csspart match - A highlighted matching word.
 * @csspart badge - The "Canon" badge of a result.
 * @csspart empty - The "no results" message.
 * @csspart suggestion - The button that searches for the suggested spelling.
 * @csspart error - The message shown when the search cannot be shown.
 * @csspart search-error - Why the last search failed (its index or Pagefind could not load), under the field, which stays usable.
 *
 * @cssprop --hub-search-max-height - Height at which the result list scrolls (28rem).
 */
export class ArticleSearch extends BundleElement {
  static override styles = [...BundleElement.styles, tagFilterStyles, articleSearchStyles];

  /** Search one hub's articles; every article of the bundle when absent. */
  @property({ reflect: true }) hub = '';

  /** The placeholder text of the search field; "Search articles" in the reader's language when not set. */
  @property() placeholder?: string;

  /** The most results to list. */
  @property({ type: Number }) limit = 10;

  /** Selected tags, space-separated; results must have all of them. */
  @property({ reflect: true }) tags = '';

  /**
   * A key that focuses the search from anywhere on the page: a single key such as "/" (never while
   * the reader types in a field, and the reader can turn it off: for every search of the site, those
   * open in other tabs included, at once) or a combination such as "Control+k".
   */
  @property() shortcut = '';

  /** Keep the query and tags in the URL hash, so a search can be linked and survives reload. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** The text in the search field. */
  @property() value = '';

  /**
   * Where queries go instead of the bundle's own index: any `SearchEngine` (asynchronous, answers
   * the best `limit` matches with their articles, the total and tag counts over the top matches).
   * The element shows only the answer to its latest query; an engine that also has `searchNow`
   * (`ImmediateSearchEngine`) is shown in the same render as the keystroke.
   */
  @property({ attribute: false }) searchEngine?: SearchEngine;

  /**
   * The URL of a Pagefind index folder (`<outdir>/pagefind/` of `topic-hub build --search pagefind`),
   * for corpora too large for the bundle's own index: queries go to it, with this element's
   * behaviour (every word, else any; typo correction; no debounce), and results carry the display
   * data stored in the index, so `src` may name a bundle without those articles, or be left out. The
   * page needs `script-src 'wasm-unsafe-eval'`. `searchEngine`, where set, wins.
   */
  @property() pagefind?: string;

  @state() private open = false;
  @state() private activeIndex = -1;
  @state() private announcement = '';
  @state() private shortcutOff = characterShortcutsOff();
  private stopShortcutSync?: () => void;

  @query('input') private input!: HTMLInputElement;

  private bundleContent!: ContentBundle;
  private engine?: SearchEngine;
  private searchKey?: string;
  /** The answer shown: that of the latest search answered, kept while the next one is on its way. */
  private response: SearchPage = noAnswer;
  /** The query `response` answers (its "no match" names it), or undefined when it answers no search. */
  private answeredQuery?: string;
  /** Counts searches, so an answer that arrives after a later search started is dropped. */
  private searchCount = 0;
  /** The latest search, until its answer is shown. */
  private pendingSearch?: Promise<void>;
  /**
   * Why the latest search failed (a damaged index, an index or Pagefind that cannot be loaded), until
   * one succeeds: shown under the field, which stays, so the reader keeps focus and the next key tries again.
   */
  private searchFailure?: HubContentError;
  /** The failure last reported with `hub-error`, so each is reported once. */
  private reportedSearchFailure?: string;
  /** Counts the reader's changes: only the latest one, once answered, fires `search-change`. */
  private changeCount = 0;
  private announceTimer?: ReturnType<typeof setTimeout>;

  private get selectedTags() {
    return parseTagList(this.tags);
  }

  private get hashKeys() {
    return this.hub ? { query: `${this.hub}-search`, tags: `${this.hub}-tags` } : { query: 'search', tags: 'search-tags' };
  }

  override connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onDocumentKeydown);
    // The reader turns the shortcut off once, for the site: every search follows at once.
    this.stopShortcutSync = onCharacterShortcutsChange((off) => (this.shortcutOff = off));
    if (this.syncUrl) {
      window.addEventListener('hashchange', this.readUrl);
      this.readUrl();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKeydown);
    this.stopShortcutSync?.();
    window.removeEventListener('hashchange', this.readUrl);
    clearTimeout(this.announceTimer);
  }

  /** Focuses the search field. */
  override focus(options?: FocusOptions) {
    this.input?.focus(options);
  }

  protected override resolveContent(bundle: ContentBundle) {
    // A Pagefind index scopes by hub itself: its hubs need not be in the bundle.
    if (this.hub && !this.pagefind) findHub(bundle, this.hub);
    // Moving through the results re-renders too; only a new query, tag set, hub or limit searches again.
    const limit = this.shownLimit;
    const searchKey = JSON.stringify([this.value, this.selectedTags, this.hub, limit]);
    const engine = this.searchEngine ?? (this.pagefind ? this.pagefindEngine(this.pagefind) : searchEngineFor(bundle, this.loadTimeout));
    if (bundle !== this.bundleContent || engine !== this.engine) this.searchFailure = undefined;
    if (bundle !== this.bundleContent || engine !== this.engine || searchKey !== this.searchKey) {
      this.bundleContent = bundle;
      this.engine = engine;
      this.searchKey = searchKey;
      this.search(limit);
    }
  }

  private pagefindEngine(folder: string) {
    let url: string;
    try {
      url = new URL(folder, document.baseURI).href;
    } catch {
      throw new HubContentError('search-unavailable', 'error.searchUnavailable', { problem: `"${folder}" is not a URL` });
    }
    return pagefindEngineFor(url, this.hub || undefined);
  }

  /**
   * Asks the engine, and shows its answer when it comes, unless a later search started meanwhile.
   * Until then the previous answer stays: no flicker, no jump. Searching is the only thing that
   * loads the index (besides focusing the field), so a page that never searches never pays.
   */
  private search(limit: number) {
    const count = ++this.searchCount;
    const query = this.value;
    const tags = this.selectedTags;
    if (!query.trim() && tags.length === 0) {
      this.pendingSearch = undefined;
      this.response = noAnswer;
      this.answeredQuery = undefined;
      return;
    }
    const engine = this.engine!;
    const request = { query, tags, hub: this.hub || undefined, limit };
    const show = (page: SearchPage) => {
      this.response = page;
      this.answeredQuery = query.trim();
      this.searchFailure = undefined;
      this.reportedSearchFailure = undefined;
      this.pendingSearch = undefined;
    };
    const { searchNow } = engine as Partial<ImmediateSearchEngine>;
    if (searchNow) {
      // An answer at once shows in this update: one render per keystroke, as fast as a plain function call.
      try {
        show(searchNow.call(engine, request));
      } catch (error) {
        this.fail(error);
        this.pendingSearch = undefined;
      }
      return;
    }
    this.pendingSearch = engine.search(request).then(
      (page) => {
        if (count !== this.searchCount) return;
        show(page);
        // An option made active on the previous answer would now name another article: none is active.
        this.activeIndex = -1;
        this.requestUpdate();
      },
      (error: unknown) => {
        if (count !== this.searchCount) return;
        this.fail(error);
        this.pendingSearch = undefined;
        this.requestUpdate();
      },
    );
  }

  /** Shows why the search failed under the field (no stale results), and reports it once with `hub-error`. */
  private fail(error: unknown) {
    const failure = asContentError(error);
    this.searchFailure = failure;
    this.response = noAnswer;
    this.answeredQuery = undefined;
    this.activeIndex = -1;
    const key = `${failure.code}:${failure.message}`;
    if (key === this.reportedSearchFailure) return;
    this.reportedSearchFailure = key;
    this.reportFailure(failure);
  }

  /** Completes once the results of the latest search are shown, so `await el.updateComplete` means "results shown". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.pendingSearch) {
      await this.pendingSearch;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // Only the reader opens the list (typing, a chip, focus): tags set from outside, such as a
    // References chip in <topic-hub>, must not expand it above where the reader is.
    if (changed.has('value') || changed.has('tags')) this.activeIndex = -1;
    // A page that renders the search with a query (or restores one from the URL) shows its results.
    if (!this.hasUpdated && this.value.trim()) this.open = true;
  }

  private get shownLimit() {
    return Math.max(1, this.limit);
  }

  private get shownMatches() {
    return this.response.matches.slice(0, this.shownLimit);
  }

  private get expanded() {
    return this.open && this.shownMatches.length > 0;
  }

  private readUrl = () => {
    const params = new URLSearchParams(location.hash.slice(1));
    const keys = this.hashKeys;
    this.value = params.get(keys.query) ?? '';
    this.tags = parseTagList(params.get(keys.tags)).join(' ');
  };

  private writeUrl() {
    const params = new URLSearchParams(location.hash.slice(1));
    const keys = this.hashKeys;
    const set = (key: string, value: string) => (value ? params.set(key, value) : params.delete(key));
    set(keys.query, this.value);
    set(keys.tags, this.selectedTags.join(','));
    const hash = params.toString();
    // replaceState: typing must not fill the history with one entry per keystroke.
    history.replaceState(history.state, '', hash ? `#${hash}` : location.pathname + location.search);
  }

  private onDocumentKeydown = (event: KeyboardEvent) => {
    const shortcut = parseShortcut(this.shortcut);
    if (!shortcut || event.defaultPrevented || !matchesShortcut(shortcut, event)) return;
    if (shortcut.characterKey && (this.shortcutOff || isEditable(event.composedPath()[0] ?? null))) return;
    event.preventDefault();
    this.focus();
  };

  private toggleShortcut() {
    this.shortcutOff = !this.shortcutOff;
    setCharacterShortcutsOff(this.shortcutOff);
  }

  /** A change the reader made: it opens the list (unless `open` is false, as for Escape). */
  private async changeSearch(value: string, tags: string[], open = true) {
    const change = ++this.changeCount;
    this.value = value;
    this.tags = tags.join(' ');
    this.open = open && (value.trim() !== '' || tags.length > 0);
    await this.updateComplete;
    // Keys typed while an answer was on its way: one event, for the latest change, with its answer.
    if (change !== this.changeCount) return;
    if (this.syncUrl) this.writeUrl();
    const count = this.response.total;
    this.emit<SearchChangeDetail>('search-change', { query: this.value, tags: this.selectedTags, count });
    this.scheduleAnnouncement();
  }

  /**
   * Whether focus may be moved back into the search after an answer came: it is still inside it, or
   * it fell to the page because the control that held it went away. Not when the reader has moved on.
   */
  private mayRefocus() {
    const active = document.activeElement;
    return (this.renderRoot as ShadowRoot).activeElement !== null || active === null || active === document.body;
  }

  /**
   * The count, once typing settles. The active option is not announced here: the screen reader
   * already speaks it (name and "n of m") when aria-activedescendant moves.
   */
  private scheduleAnnouncement() {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const count = this.response.total;
      const { suggestion } = this.response;
      const term = this.localize.term.bind(this.localize);
      if (!this.open || (!this.value.trim() && !this.selectedTags.length)) this.announcement = '';
      else if (count === 0)
        this.announcement = suggestion ? term('search.announceSuggestion', { suggestion }) : term('search.announceNone');
      else if (count > this.shownMatches.length)
        this.announcement = term('search.announceShown', { count, shown: this.shownMatches.length });
      else this.announcement = term('search.announceCount', { count });
    }, announceDelay);
  }

  private moveActive(index: number) {
    this.open = true;
    const count = this.shownMatches.length;
    if (count === 0) return;
    this.activeIndex = ((index % count) + count) % count;
    this.updateComplete.then(() => {
      this.renderRoot.querySelector(`#option-${this.activeIndex}`)?.scrollIntoView({ block: 'nearest' });
    });
  }

  /** Closes the list; nothing stays active and nothing more is announced. */
  private collapse() {
    this.open = false;
    this.activeIndex = -1;
    clearTimeout(this.announceTimer);
    this.announcement = '';
  }

  private onFocusout = (event: FocusEvent) => {
    // aria-activedescendant only means something while the field has focus.
    if (event.target === this.input) this.activeIndex = -1;
    // Focus moving between the field, the chips and the buttons stays in the widget.
    if (!this.renderRoot.contains(event.relatedTarget as Node | null)) this.collapse();
  };

  /** Escape anywhere in the widget but the field (a chip, a button) closes the list and returns to the field. */
  private onWidgetKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.target === this.input || !this.open) return;
    event.preventDefault();
    // Focus first: the field opens the list when it gets focus, and Escape means closed.
    this.focus();
    this.collapse();
  };

  private selectArticle(article: Article) {
    clearTimeout(this.announceTimer);
    this.announcement = this.localize.term('search.announceChosen', { title: article.title });
    this.focus();
    const event = this.emit<ArticleSelectDetail>('article-select', { article }, { cancelable: true });
    const url = safeUrl(article.url);
    if (!event.defaultPrevented && url) window.location.assign(url);
  }

  private onKeydown(event: KeyboardEvent) {
    const count = this.shownMatches.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.moveActive(this.expanded ? this.activeIndex + 1 : 0);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.moveActive(this.expanded ? (this.activeIndex < 0 ? count - 1 : this.activeIndex - 1) : count - 1);
        break;
      case 'Home':
      case 'End':
        // Only while a result is active: otherwise Home and End move the caret, as in any field.
        if (this.expanded && this.activeIndex >= 0) {
          event.preventDefault();
          this.moveActive(event.key === 'Home' ? 0 : count - 1);
        }
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves: the reader is editing again, so no option stays active.
        this.activeIndex = -1;
        break;
      case 'Enter': {
        const active = this.expanded ? this.shownMatches[this.activeIndex] : undefined;
        if (active) {
          event.preventDefault();
          this.selectArticle(active.article);
        }
        break;
      }
      case 'Escape':
        // The APG combobox: Escape closes the popup; only when it is already closed does it clear the field.
        if (this.open) {
          event.preventDefault();
          this.collapse();
        } else if (this.value) {
          event.preventDefault();
          this.changeSearch('', this.selectedTags, false);
        }
        break;
    }
  }

  private async toggleTag(tag: string) {
    const selected = this.selectedTags;
    await this.changeSearch(this.value, selected.includes(tag) ? selected.filter((t) => t !== tag) : [...selected, tag]);
    if (!this.mayRefocus()) return;
    // The chip keeps its place and its element (keyed by tag), but the focus follows it explicitly in
    // case the row was redrawn; when the row is gone (no query, no tag left), back to the field.
    const chip = this.renderRoot.querySelector<HTMLButtonElement>(`[part~='tag-filter'][data-tag="${CSS.escape(tag)}"]`);
    (chip ?? this.input)?.focus();
  }

  private async clear() {
    await this.changeSearch('', this.selectedTags);
    if (this.mayRefocus()) this.focus();
  }

  private tagFilters() {
    const selected = this.selectedTags;
    // The engine counts over the top matches (most frequent first), so the work is bounded at any size.
    const counts = new Map(this.response.tagCounts);
    const others = this.response.tagCounts
      .map(([tag]) => tag)
      .filter((tag) => !selected.includes(tag))
      .slice(0, maxTagFilters);
    // Shown in alphabetical order, so pressing a chip never moves it (or its neighbours) under the
    // reader's focus or pointer; which tags are offered still follows their counts.
    return (
      [...selected, ...others]
        .sort((a, b) => a.localeCompare(b))
        // Every match has the selected tags: their count is the total, not the count within the top matches.
        .map((tag) => ({
          tag,
          count: selected.includes(tag) ? this.response.total : (counts.get(tag) ?? 0),
          pressed: selected.includes(tag),
        }))
    );
  }

  protected override renderContent() {
    const matches = this.shownMatches;
    const expanded = this.expanded;
    const searching = this.open && (this.value.trim() !== '' || this.selectedTags.length > 0);
    const filters = searching ? this.tagFilters() : [];
    const active = expanded && this.activeIndex >= 0 ? `option-${this.activeIndex}` : undefined;
    const shortcut = parseShortcut(this.shortcut);
    const shortcutOn = shortcut && !(shortcut.characterKey && this.shortcutOff);
    const total = this.response.total;
    const term = this.localize.term.bind(this.localize);
    // Titles, summaries and tags are content: in a language of their own where it is not the page's.
    const hub = this.hub && Object.hasOwn(this.bundleContent.hubs, this.hub) ? this.bundleContent.hubs[this.hub] : undefined;
    const lang = this.contentLang(hub?.lang);
    const langOf = (article: Article) => this.contentLang(articleLang(this.bundleContent, article));
    const kbd = (key: string) => html`<kbd>${key}</kbd>`;
    return html`<div
      class="search"
      role="search"
      aria-label=${this.label || (hub ? term('search.hubRegion', { hub: hub.title }) : term('search.label'))}
      @focusout=${this.onFocusout}
      @keydown=${this.onWidgetKeydown}
    >
      <label for="input" part="label">${term('search.label')}</label>
      <div class="field">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-activedescendant=${active ?? nothing}
          aria-describedby=${shortcutOn ? 'usage-hint shortcut-hint' : 'usage-hint'}
          placeholder=${this.placeholder ?? term('search.placeholder')}
          .value=${this.value}
          @input=${(event: InputEvent) => this.changeSearch((event.target as HTMLInputElement).value, this.selectedTags)}
          @keydown=${this.onKeydown}
          @focus=${() => {
            if (this.value.trim() || this.selectedTags.length) this.open = true;
            // The index is fetched and parsed when the reader first comes to search, not on page load;
            // a failure shows when a search needs it.
            this.engine?.prepare().catch(() => undefined);
          }}
        />
        ${
          this.value
            ? html`<button type="button" part="clear" aria-label=${term('search.clear')} @click=${this.clear}>
              <span aria-hidden="true">×</span>
            </button>`
            : shortcutOn
              ? html`<kbd class="shortcut-key" aria-hidden="true">${shortcut.label}</kbd>`
              : nothing
        }
      </div>
      <span id="usage-hint" class="visually-hidden">${term('search.usage')}</span>
      ${
        this.searchFailure
          ? html`<div class="error" role="alert" part="search-error">
            <span class="state-icon" aria-hidden="true"></span>
            <p><strong>${term('error.title')}</strong> ${term(this.searchFailure.messageKey, this.searchFailure.params)}</p>
          </div>`
          : nothing
      }
      ${
        shortcut
          ? html`<p part="shortcut">
            <span id="shortcut-hint">${this.localize.termParts(shortcutOn ? 'search.shortcutOn' : 'search.shortcutOff', { key: kbd(shortcut.label) })}</span>
            ${
              shortcut.characterKey
                ? html`<button type="button" part="shortcut-toggle" @click=${this.toggleShortcut}>
                  ${term(this.shortcutOff ? 'search.turnOn' : 'search.turnOff')}<span class="visually-hidden">
                    ${term('search.shortcutName', { key: shortcut.label })}</span
                  >
                </button>`
                : nothing
            }
          </p>`
          : nothing
      }
      ${
        filters.length
          ? html`<div part="tag-filters" role="group" aria-label=${term('search.tagFilters')}>
            ${repeat(
              filters,
              ({ tag }) => tag,
              ({ tag, count, pressed }) => html`<button
                type="button"
                part="tag-filter"
                data-tag=${tag}
                lang=${ifDefined(lang) /* the tag is content; the count reads the same in any language */}
                aria-pressed=${pressed ? 'true' : 'false'}
                @mousedown=${(event: MouseEvent) => event.preventDefault() /* Safari, macOS Firefox: a click does not focus a button, so the field would blur and collapse */}
                @click=${() => this.toggleTag(tag)}
              >
                ${tag} (${this.localize.number(count)})
              </button>`,
            )}
          </div>`
          : nothing
      }
      ${
        expanded
          ? html`<div class="summary">
            <p part="count">
              ${total > matches.length ? term('search.countShown', { count: total, shown: matches.length }) : term('search.count', { count: total })}
            </p>
            <p part="hint" aria-hidden="true">
              ${this.localize.termParts('search.keys', { up: kbd('↑'), down: kbd('↓'), enter: kbd('Enter'), esc: kbd('Esc') })}
            </p>
          </div>`
          : nothing
      }
      <ul id="listbox" part="listbox" role="listbox" aria-label=${term('search.results')} ?hidden=${!expanded}>
        ${
          expanded
            ? matches.map(
                ({ article, terms }, index) => html`<li
                id="option-${index}"
                part="option"
                role="option"
                aria-selected=${index === this.activeIndex ? 'true' : 'false'}
                aria-describedby="option-${index}-summary"
                @mousedown=${(event: MouseEvent) => event.preventDefault() /* keeps focus in the field */}
                @click=${() => this.selectArticle(article)}
                @mousemove=${() => {
                  if (this.activeIndex !== index) this.activeIndex = index;
                }}
              >
                <span class="option-title" lang=${ifDefined(langOf(article))}>${highlightTerms(article.title, terms)}</span>
                ${/* The name is the title alone; the summary is the description, the tags are for the eye. */ ''}
                <span class="option-summary" id="option-${index}-summary" aria-hidden="true" lang=${ifDefined(langOf(article))}>${highlightTerms(article.summary, terms)}</span>
                <span class="option-meta" aria-hidden="true">
                  ${article.canon ? html`<span part="badge">${term('card.canon')}</span>` : nothing}
                  <span lang=${ifDefined(langOf(article))}>${article.tags.join(' · ')}</span>
                </span>
              </li>`,
              )
            : nothing
        }
      </ul>
      ${
        searching && this.answeredQuery !== undefined && this.response.total === 0
          ? html`<p part="empty">
            ${term(this.selectedTags.length ? 'search.noMatchWithTags' : 'search.noMatch', { query: this.answeredQuery })}
            ${
              this.response.suggestion
                ? html`<button type="button" part="suggestion" @click=${() => this.acceptSuggestion()}>
                  ${term('search.suggestion', { suggestion: this.response.suggestion })}
                </button>`
                : nothing
            }
          </p>`
          : nothing
      }
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private acceptSuggestion() {
    const suggestion = this.response.suggestion;
    if (!suggestion) return;
    this.changeSearch(suggestion, this.selectedTags);
    // At once, while the button that had focus goes away: the answer may take a moment.
    this.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-search': ArticleSearch;
  }
}
