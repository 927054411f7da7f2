import { html, LitElement, nothing, ReactiveElement, render, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { defaultLoadTimeout } from '../content/bundle-loader.js';
import { findHub, HubContentError, readBundle } from '../content/content-store.js';
import type { ContentBundle, Hub, SectionHeadings } from '../content/bundle-types.js';
import { BundleSourceController } from './bundle-source-controller.js';
import type { HubErrorDetail } from './events.js';
import { clampHeadingLevel, heading } from './heading.js';
import { LocalizeController, uiLanguageClass } from './localize.js';
import { neutralHeadings } from './section-headings.js';
import { themeStyles } from './theme.styles.js';
import { libraryVersion } from './version.js';

export type { HubErrorDetail };

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every element of the library shares: the content bundle (built in, set as a property, or
 * loaded from `src`), the colour scheme, the heading level, and one error contract — a bad
 * attribute or bundle renders an alert in place of the content and fires `hub-error`; nothing
 * is thrown into the page. Its text is in the language of the element's `lang`, else of the
 * closest ancestor's, else English (README, Languages); `dir="rtl"` mirrors it.
 *
 * @fires {CustomEvent<HubErrorDetail>} hub-error - The element cannot show its content: see `detail.code`. Never fired while a bundle is still loading.
 * @slot - Fallback content for pages where the script is off or fails (e.g. a link to the hub's
 * exported page): it shows until the element renders, is hidden once it does, and shows again
 * below the error message when the element cannot show its content.
 * @csspart loading - The quiet placeholder shown while the bundle at `src` loads.
 * @csspart error - The message shown in place of the content when it cannot be shown.
 *
 * @cssprop --hub-color-text - Body text.
 * @cssprop --hub-color-text-quiet - Secondary text: reasons, counts, dates, tags.
 * @cssprop --hub-color-surface - Background of every element and card.
 * @cssprop --hub-color-surface-raised - Background of tags, skeletons and hovered rows.
 * @cssprop --hub-color-surface-accent - Tinted background: hovered chips, the next step, the active result.
 * @cssprop --hub-color-border - Edges of controls (chips, fields, buttons), at least 3:1 against the surface; also the default of --hub-color-border-subtle.
 * @cssprop --hub-color-border-subtle - Separators and card edges, which need not stand out.
 * @cssprop --hub-color-accent - Links, progress, selected chips.
 * @cssprop --hub-color-accent-contrast - Text on accent-coloured backgrounds.
 * @cssprop --hub-color-badge - Text and edge of the "Canon" badge.
 * @cssprop --hub-color-badge-surface - Background of the "Canon" badge.
 * @cssprop --hub-color-success - Done: read steps, a finished path.
 * @cssprop --hub-color-danger - Edge, icon and title of error messages.
 * @cssprop --hub-color-danger-surface - Background of error messages.
 * @cssprop --hub-color-focus - The focus ring (defaults to the accent colour).
 * @cssprop --hub-font-family - Font of all text; inherits the page's font by default.
 * @cssprop --hub-font-size-xs - Tags and badges (0.8125em).
 * @cssprop --hub-font-size-s - Meta lines, chips, buttons (0.875em).
 * @cssprop --hub-font-size-m - Body text (1em: the size of the text around the element).
 * @cssprop --hub-font-size-l - Card and path titles, the hub's intro (1.125em).
 * @cssprop --hub-font-size-xl - Section headings (1.375em).
 * @cssprop --hub-font-size-2xl - The hub's title (1.75em).
 * @cssprop --hub-line-height - Body text (1.55).
 * @cssprop --hub-line-height-tight - Headings and chips (1.25).
 * @cssprop --hub-font-weight-heading - Headings (700).
 * @cssprop --hub-font-weight-strong - Emphasis in labels, chips and badges (600).
 * @cssprop --hub-space-2xs - 0.125rem.
 * @cssprop --hub-space-xs - The smallest gap (0.25rem).
 * @cssprop --hub-space-s - A small gap (0.5rem).
 * @cssprop --hub-space-m - The gap between cards (1rem).
 * @cssprop --hub-space-l - The gap inside sections (1.5rem).
 * @cssprop --hub-space-xl - The gap between a hub's sections (2rem).
 * @cssprop --hub-space-2xl - 3rem.
 * @cssprop --hub-padding - Padding of an element placed alone (default 1rem on phones to 1.5rem); none for the sections inside <topic-hub>.
 * @cssprop --hub-density - Multiplies the padding inside cards and rows: 1 (default), smaller is denser; the density="compact" attribute sets 0.625.
 * @cssprop --hub-radius - Corner radius of cards, fields and buttons (0.5rem).
 * @cssprop --hub-radius-s - Small corners: tags, skeleton lines (0.25rem).
 * @cssprop --hub-radius-l - Corners of an element's own surface (0.75rem).
 * @cssprop --hub-radius-pill - Chips and badges (999px).
 * @cssprop --hub-focus-width - Width of the focus ring (2px).
 * @cssprop --hub-focus-offset - Gap between the focus ring and the control (2px).
 * @cssprop --hub-shadow-s - Shadow of cards.
 * @cssprop --hub-shadow-m - Shadow of popups (the search results).
 */
export abstract class BundleElement extends LitElement {
  static override styles = [themeStyles];

  /**
   * The version of the copy of the library that defined this element, read by other copies on
   * the page for their warning.
   * @internal
   */
  static readonly libraryVersion = libraryVersion;

  private readonly source = new BundleSourceController(this);
  /**
   * The page holds this element's content already, in a declarative shadow root written by the
   * server render (`topic-hub-elements/ssr`, `topic-hub export`): its first render must hydrate
   * that content, so it must be the same render, not a loading state or saved reading progress.
   */
  protected readonly serverRendered = Boolean(this.shadowRoot);
  /** The reader's language (the element's `lang`, else the closest ancestor's) and its texts. */
  protected readonly localize = new LocalizeController(this);
  /** Carries the `empty` and `failed` states, which the host's styles follow (`:state()`). */
  private readonly internals = this.attachInternals();
  private assignedBundle?: unknown;

  /**
   * A content bundle object to read instead of loading `src` or using the built-in one (an object
   * as written by the content build). A bundle this version cannot read shows the error state.
   * When the element loaded its bundle from `src`, reading this gives that bundle.
   */
  @property({ attribute: false })
  get bundle(): unknown {
    return this.assignedBundle ?? (this.source.current.state === 'loaded' ? this.source.current.bundle : undefined);
  }
  set bundle(value: unknown) {
    this.assignedBundle = value;
  }

  /**
   * URL of a content bundle (`bundle.json`) to show instead of the built-in one, absolute or
   * relative to the page. It is fetched once per page for every element that names it. Ignored
   * while the `bundle` property is set.
   */
  @property() src?: string;

  /** How long to wait for the bundle at `src`, in milliseconds, before showing a `timeout` error. */
  @property({ type: Number }) timeout: number = defaultLoadTimeout;

  /** Colour scheme: `auto` follows the page's `prefers-color-scheme`. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** The level of this element's top heading, so it fits the outline of the page it sits in. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * A name for the element's region (landmark), in place of its heading. Screen readers list
   * regions by name: a page with two elements of a kind (two `<reading-path>`s of one path, two
   * `<failure-mode-list>`s) names them apart, e.g. `label="Onboarding: failure modes"`.
   */
  @property() label?: string;

  /**
   * Elements whose shadow root holds other elements' sections (the hub) are the one region for
   * all of them: the sections inside are headed but unnamed, so two hubs on a page do not repeat
   * "Start here" and "References" as region names.
   * @internal
   */
  protected static readonly holdsSections: boolean = false;

  /** Derived in each update from the attributes and the bundle, never set from outside. */
  protected failure?: HubContentError;
  private reportedFailure?: string;

  protected get level() {
    return clampHeadingLevel(this.headingLevel);
  }

  /** Inside an element that holds sections, this one's section is not a region of its own. */
  private get isInnerSection() {
    // A shadow root has a host, the document has none (`instanceof ShadowRoot` would fail in a server render).
    const holder = (this.getRootNode() as Partial<ShadowRoot>).host;
    return holder instanceof BundleElement && (holder.constructor as typeof BundleElement).holdsSections;
  }

  /**
   * The name of the element's region, as two attribute values for its `<section>`: `aria-label`
   * from `label`, else `aria-labelledby` the heading with id `headingId`; neither for a section
   * inside the hub, which is the region.
   */
  protected regionName(headingId: string): { labelledBy: string | typeof nothing; label: string | typeof nothing } {
    if (this.label) return { labelledBy: nothing, label: this.label };
    if (this.isInnerSection) return { labelledBy: nothing, label: nothing };
    return { labelledBy: headingId, label: nothing };
  }

  /**
   * `lang` for text of the content written in `lang`, where that is not the language around the
   * element (which the text would otherwise inherit), so screen readers pronounce it right.
   */
  protected contentLang(lang: string | undefined): string | undefined {
    const { fallsBack, lang: pageLang } = this.localize;
    // Where the UI is the English fallback (marked `lang="en"`), content of no known language is
    // marked as the page's, which it would have inherited without that mark.
    const own = lang || (fallsBack ? pageLang : undefined);
    if (!own || own.toLowerCase() === (fallsBack ? 'en' : pageLang.toLowerCase())) return undefined;
    // A bundle from anywhere: a tag that is no language tag is not written into the page.
    return /^[a-z]{2,8}(-[a-z0-9]{1,8})*$/i.test(own) ? own : undefined;
  }

  /** Reads what this element shows from the bundle; throws a HubContentError when it cannot. */
  protected abstract resolveContent(bundle: ContentBundle): void;
  /** The content, or `nothing` where the hub has none for this element (it is left out, not shown empty). */
  protected abstract renderContent(): unknown;

  /** What the element is showing, for error details (its hub id, or '' where it has none). */
  protected get hubId(): string {
    return '';
  }

  /**
   * The `src` the server wrote (read while the element upgrades, as `serverRendered`): the
   * server's content is of that bundle, so only that bundle can hydrate it.
   */
  private readonly serverSrc = this.serverRendered ? this.getAttribute('src') : null;
  /** The bundle at `serverSrc` could not be loaded: the server's content stays until the element names another. */
  private serverBundleFailed = false;
  /** The server's content is gone and the element renders its own (see `update`). */
  private rendersOwnContent = false;

  /** The element still shows the server's content, and what it names now is what that content is of. */
  private get showsServerBundle() {
    if (!this.serverRendered || this.hasUpdated || this.rendersOwnContent) return false;
    return this.assignedBundle !== undefined || (this.src ?? null) === this.serverSrc;
  }

  /** Readable, not interactive: the bundle of the server's content failed, and nothing else is named. */
  private get keepsServerContent() {
    return this.serverBundleFailed && this.assignedBundle === undefined && this.showsServerBundle;
  }

  /**
   * A server-rendered element that names its bundle with `src` hydrates once that bundle is here:
   * a first render in the loading state would not match the server's content. When the bundle
   * cannot be loaded, the server's content stays as it is (readable, not interactive) until the
   * element is given another `src` or a `bundle`, which it then renders afresh.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const src = this.src;
    if (!src || this.assignedBundle !== undefined || this.serverBundleFailed || !this.showsServerBundle) return super.scheduleUpdate();
    return this.source.whenLoaded(src, this.loadTimeout).then(
      () => super.scheduleUpdate(),
      (error: unknown) => {
        // The element may name another bundle by now: then that one renders, in place of the server's content.
        if (this.showsServerBundle && this.assignedBundle === undefined) {
          this.serverBundleFailed = true;
          const { code, message } = asContentError(error);
          this.emit<HubErrorDetail>('hub-error', { code, message, hub: this.hubId, src });
        }
        return super.scheduleUpdate();
      },
    );
  }

  protected override shouldUpdate(changed: PropertyValues<this>) {
    // Not frozen: the update ends here (nothing pending), and the next change is heard.
    return !this.keepsServerContent && super.shouldUpdate(changed);
  }

  /**
   * The first render hydrates the server's content when it is of the bundle the element shows and
   * Lit's hydrate support is loaded; otherwise (another `src` or `bundle` than the server's, a
   * render that does not match it: the bundle lacks the hub, or no hydrate support: an app that did
   * not import it) the server's content is removed and the element renders its own, never beside it.
   */
  protected override update(changed: PropertyValues<this>) {
    const firstOverServerContent = this.serverRendered && !this.hasUpdated && !this.rendersOwnContent;
    if (!this.rendersOwnContent && (!firstOverServerContent || (this.showsServerBundle && hydrationSupported(this)))) {
      try {
        super.update(changed);
        return;
      } catch (error) {
        // Only hydration throws here (render() catches its own errors), and it must not reach the page.
        if (!firstOverServerContent) throw error;
      }
    }
    if (firstOverServerContent) {
      this.rendersOwnContent = true;
      // Kept: the stylesheets the server linked, which style what renders now (a hydrating root adopts none).
      for (const node of [...this.renderRoot.childNodes]) {
        if (!(node instanceof HTMLLinkElement || node instanceof HTMLStyleElement)) node.remove();
      }
    }
    // LitElement's update, with the hydrate support, would hydrate: render as LitElement does otherwise.
    const value = this.render();
    (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
    render(value, this.renderRoot, this.renderOptions);
  }

  /** The `timeout` in force: the attribute when it is a positive number, else the default. */
  protected get loadTimeout() {
    return Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : defaultLoadTimeout;
  }

  protected override willUpdate(_changed: PropertyValues<this>) {
    this.source.use(this.assignedBundle === undefined && this.src ? this.src : undefined, this.loadTimeout);
    const { current } = this.source;
    if (current.state === 'loading') {
      this.failure = undefined;
      return;
    }
    try {
      if (current.state === 'failed') throw current.error;
      this.resolveContent(readBundle(this.bundle));
      this.failure = undefined;
    } catch (error) {
      this.failure = asContentError(error);
    }
  }

  /** `empty`: nothing to show, so no room taken; `failed`: the error box is the only surface, not a box in a box. */
  private setState(state: 'empty' | 'failed', on: boolean) {
    // Custom states need Chromium 125, Safari 17.4 or Firefox 126 (older Chromium takes only
    // `--name`): elsewhere the element renders without them, keeping its surface when empty or failed.
    try {
      if (on) this.internals.states.add(state);
      else this.internals.states.delete(state);
    } catch {
      // No CustomStateSet, or one that refuses the name: nothing to follow, nothing to break.
    }
  }

  /**
   * The element's shadow content, in a box that marks the English fallback text `lang="en"` where
   * the page's language has no table, so that screen readers do not read it with that language's voice.
   */
  protected override render() {
    return html`<div class=${uiLanguageClass} lang=${this.localize.fallsBack ? 'en' : nothing}>${this.renderState()}</div>`;
  }

  private renderState() {
    this.setState('empty', false);
    this.setState('failed', false);
    if (this.source.current.state === 'loading') {
      return html`<div class="loading" part="loading" aria-busy="true">
        <span class="loading-label"><span class="spinner" aria-hidden="true"></span>${this.localize.term('loading')}</span>
        <span class="skeleton" aria-hidden="true"><span></span><span></span><span></span></span>
      </div>`;
    }
    if (!this.failure) {
      try {
        const content = this.renderContent();
        this.setState('empty', content === nothing);
        return content;
      } catch (error) {
        // A bundle that passed the checks but still breaks a template must not break the page.
        this.failure = asContentError(error);
      }
    }
    this.setState('failed', true);
    return html`<div class="error" role="alert" part="error">
      <span class="state-icon" aria-hidden="true"></span>
      <p><strong>${this.localize.term('error.title')}</strong> ${this.localize.term(this.failure.messageKey, this.failure.params)}</p>
    </div>
      <slot></slot>`;
  }

  protected override updated() {
    const key = this.failure ? `${this.failure.code}:${this.failure.message}` : undefined;
    if (key === this.reportedFailure) return;
    this.reportedFailure = key;
    if (this.failure) this.reportFailure(this.failure);
  }

  /** Fires `hub-error` for `failure`, with the hub and, where the bundle came from `src`, its URL. */
  protected reportFailure(failure: HubContentError) {
    const { current } = this.source;
    const src = current.state === 'none' ? undefined : current.url;
    this.emit<HubErrorDetail>('hub-error', { code: failure.code, message: failure.message, hub: this.hubId, ...(src && { src }) });
  }

  /** Dispatches a bubbling, composed event, so pages hear it through every shadow root. */
  protected emit<T>(type: string, detail: T, options: { cancelable?: boolean } = {}) {
    const event = new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    this.dispatchEvent(event);
    return event;
  }
}

/**
 * Lit's hydrate support was loaded before Lit (the drop-in has it; an app imports
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js` first): it makes every LitElement observe
 * `defer-hydration`. Without it, LitElement renders a server-rendered root's content a second time.
 */
const hydrationSupported = (element: LitElement) =>
  (element.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');

export function asContentError(error: unknown): HubContentError {
  if (error instanceof HubContentError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new HubContentError('invalid-bundle', 'error.damagedBundle', { problem: reason });
}

/** An element that shows part of one hub, chosen by its `hub` attribute. */
export abstract class HubElement extends BundleElement {
  /** Id of the hub to show, e.g. `technical-leadership`. */
  @property({ reflect: true }) hub = '';

  protected content!: { bundle: ContentBundle; hub: Hub };

  protected override get hubId() {
    return this.hub;
  }

  protected override resolveContent(bundle: ContentBundle) {
    this.content = { bundle, hub: findHub(bundle, this.hub) };
  }

  /** `lang` for the hub's own text where its language is not the one around the element. */
  protected get hubLang() {
    return this.contentLang(this.content.hub.lang);
  }

  /** A section's heading: the hub's own (marked with its language), else the neutral one in the reader's language. */
  protected sectionHeading(section: keyof SectionHeadings, level = this.level, id = 'heading') {
    const own = this.content.hub.headings?.[section];
    return own
      ? heading(level, own, 'heading', id, this.hubLang)
      : heading(level, this.localize.term(neutralHeadings[section]), 'heading', id);
  }
}
