import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article, ContentBundle } from '../../content/bundle-types.js';
import { articleLang, HubContentError } from '../../content/content-store.js';
import { heading } from '../../internal/heading.js';
import { BundleElement } from '../../internal/hub-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { articleCardStyles } from './article-card.styles.js';

/** The parts of `<article-card>`, for `exportparts` on elements that render cards. */
export const articleCardParts = 'card, title, title-link, summary, tags, tag, badge, date';

/**
 * @summary One article of the bundle: its title (a link where the article has a URL), summary,
 * tags, publication date and a "Canon" badge for the site's canonical essays.
 *
 * @fires {CustomEvent<HubErrorDetail>} hub-error - The article id is not in the bundle, or the bundle cannot be read.
 *
 * @csspart card - The box around the article.
 * @csspart title - The article's title (a heading at `heading-level`).
 * @csspart title-link - The link around the title, where the article has a URL.
 * @csspart summary - The one-sentence summary.
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart badge - The "Canon" badge (read out as "Canon: essential reading").
 * @csspart date - The publication date.
 * @csspart error - The message shown in place of the article when it cannot be shown.
 *
 * @cssprop --hub-color-surface - Background of the card.
 * @cssprop --hub-color-border-subtle - Edge of the card.
 * @cssprop --hub-color-badge - Colour of the "Canon" badge.
 */
export class ArticleCard extends BundleElement {
  static override styles = [...BundleElement.styles, articleCardStyles];

  /** Id of the article to show (its file name in `content/articles/`). */
  @property({ reflect: true }) article = '';

  /** A shorter title to show instead of the article's own (a card is not a region: its title names it). */
  @property() override label?: string;

  private entry!: Article;
  /** The language of the first hub that lists the article, where the bundle says it. */
  private entryLang?: string;

  protected override resolveContent(bundle: ContentBundle) {
    const entry = Object.hasOwn(bundle.articles, this.article) ? bundle.articles[this.article] : undefined;
    if (!entry) throw new HubContentError('unknown-article', 'error.unknownArticle', { article: this.article });
    this.entry = entry;
    this.entryLang = articleLang(bundle, entry);
  }

  protected override renderContent() {
    const { title, summary, tags, canon, date } = this.entry;
    const url = safeUrl(this.entry.url);
    let published = date ? new Date(date) : undefined;
    if (published && Number.isNaN(published.getTime())) published = undefined;
    const shownTitle = this.label || title;
    const lang = this.contentLang(this.entryLang);
    return html`<article part="card">
      ${heading(this.level, url ? html`<a part="title-link" href=${url}>${shownTitle}</a>` : shownTitle, 'title', undefined, lang)}
      <p part="summary" lang=${ifDefined(lang)}>${summary}</p>
      <div class="meta">
        ${
          // The meaning is in the text, not only in a tooltip that keyboard and touch users never see.
          canon
            ? html`<span part="badge" title=${this.localize.term('card.canonMeaning')}
                ><span aria-hidden="true">${this.localize.term('card.canon')}</span
                ><span class="visually-hidden">${this.localize.term('card.canonMeaning')}</span></span
              >`
            : nothing
        }
        ${published ? html`<time part="date" datetime=${date}>${this.localize.date(published, { dateStyle: 'medium', timeZone: 'UTC' })}</time>` : nothing}
        <ul part="tags" aria-label=${this.localize.term('card.tags')}>
          ${tags.map((tag) => html`<li part="tag" lang=${ifDefined(lang)}>${tag}</li>`)}
        </ul>
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-card': ArticleCard;
  }
}
