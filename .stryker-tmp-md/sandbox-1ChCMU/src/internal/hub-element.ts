// @ts-nocheck
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { defaultLoadTimeout } from '../content/bundle-loader.js';
import { findHub, HubContentError, readBundle, type HubErrorCode } from '../content/content-store.js';
import type { ContentBundle, Hub } from '../content/bundle-types.js';
import { BundleSourceController } from './bundle-source-controller.js';
import { clampHeadingLevel } from './heading.js';
import { themeStyles } from './theme.styles.js';
import { libraryVersion } from './version.js';

export interface HubErrorDetail {
  code: HubErrorCode;
  message: string;
  hub: string;
  /** The absolute URL of the bundle, where the element loads it from `src`. */
  src?: string;
}

declare global {
  interface HTMLElementEventMap {
    'hub-error': CustomEvent<HubErrorDetail>;
  }
}

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every element of the library shares: the content bundle (built in, set as a property, or
 * loaded from `src`), the colour scheme, the heading level, and one error contract — a bad
 * attribute or bundle renders an alert in place of the content and fires `hub-error`; nothing
 * is thrown into the page.
 *
 * @fires hub-error - The element cannot show its content: see `detail.code`. Never fired while a bundle is still loading.
 * @csspart loading - The quiet placeholder shown while the bundle at `src` loads.
 */
export abstract class BundleElement extends LitElement {
  static override styles = [themeStyles];

  /** The version of the copy of the library that defined this element. */
  static readonly libraryVersion = libraryVersion;

  private readonly source = new BundleSourceController(this);
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
  @property({ type: Number }) timeout = defaultLoadTimeout;

  /** Colour scheme: `auto` follows the page's `prefers-color-scheme`. */
  @property({ reflect: true }) theme: Theme = 'auto';

  /** The level of this element's top heading, so it fits the outline of the page it sits in. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Derived in each update from the attributes and the bundle, never set from outside. */
  protected failure?: HubContentError;
  private reportedFailure?: string;

  protected get level() {
    return clampHeadingLevel(this.headingLevel);
  }

  /** Reads what this element shows from the bundle; throws a HubContentError when it cannot. */
  protected abstract resolveContent(bundle: ContentBundle): void;
  /** The content, or `nothing` where the hub has none for this element (it is left out, not shown empty). */
  protected abstract renderContent(): unknown;

  /** What the element is showing, for error details (its hub id, or '' where it has none). */
  protected get hubId(): string {
    return '';
  }

  protected override willUpdate(_changed: PropertyValues<this>) {
    const timeout = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : defaultLoadTimeout;
    this.source.use(this.assignedBundle === undefined && this.src ? this.src : undefined, timeout);
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

  protected override render() {
    if (this.source.current.state === 'loading') {
      return html`<div class="loading" part="loading" aria-busy="true">Loading…</div>`;
    }
    if (!this.failure) {
      try {
        return this.renderContent();
      } catch (error) {
        // A bundle that passed the checks but still breaks a template must not break the page.
        this.failure = asContentError(error);
      }
    }
    return html`<div class="error" role="alert" part="error">
      <strong>This content cannot be shown.</strong> ${this.failure.message}
    </div>`;
  }

  protected override updated() {
    const key = this.failure ? `${this.failure.code}:${this.failure.message}` : undefined;
    if (key === this.reportedFailure) return;
    this.reportedFailure = key;
    if (this.failure) {
      const { current } = this.source;
      const src = current.state === 'none' ? undefined : current.url;
      this.emit<HubErrorDetail>('hub-error', {
        code: this.failure.code,
        message: this.failure.message,
        hub: this.hubId,
        ...(src && { src }),
      });
    }
  }

  /** Dispatches a bubbling, composed event, so pages hear it through every shadow root. */
  protected emit<T>(type: string, detail: T, options: { cancelable?: boolean } = {}) {
    const event = new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    this.dispatchEvent(event);
    return event;
  }
}

function asContentError(error: unknown): HubContentError {
  if (error instanceof HubContentError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new HubContentError('invalid-bundle', `The content bundle is damaged: ${reason}.`);
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
}
