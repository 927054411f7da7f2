import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { findHub, HubContentError, readBundle, type HubErrorCode } from '../content/content-store.js';
import type { ContentBundle, Hub } from '../content/bundle-types.js';
import { clampHeadingLevel } from './heading.js';
import { themeStyles } from './theme.styles.js';

export interface HubErrorDetail {
  code: HubErrorCode;
  message: string;
  hub: string;
}

declare global {
  interface HTMLElementEventMap {
    'hub-error': CustomEvent<HubErrorDetail>;
  }
}

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every element of the library shares: the content bundle, the colour scheme, the heading
 * level, and one error contract — a bad attribute or bundle renders an alert in place of the
 * content and fires `hub-error`; nothing is thrown into the page.
 */
export abstract class BundleElement extends LitElement {
  static override styles = [themeStyles];

  /**
   * A content bundle to read instead of the one built into the library (an object as written by
   * `npm run build:content`). A bundle this version cannot read shows the error state.
   */
  @property({ attribute: false }) bundle?: unknown;

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
    try {
      this.resolveContent(readBundle(this.bundle));
      this.failure = undefined;
    } catch (error) {
      this.failure = asContentError(error);
    }
  }

  protected override render() {
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
      this.emit<HubErrorDetail>('hub-error', { code: this.failure.code, message: this.failure.message, hub: this.hubId });
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
