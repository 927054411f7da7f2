import type { ReactiveControllerHost } from 'lit';
import { loadBundle, loadedBundle } from '../content/bundle-loader.js';
import type { ContentBundle } from '../content/bundle-types.js';
import { HubContentError } from '../content/content-store.js';

/** Where an element's bundle from `src` stands; `url` is the absolute URL. */
export type BundleSource =
  | { state: 'none' }
  | { state: 'loading'; url: string }
  | { state: 'loaded'; url: string; bundle: ContentBundle }
  | { state: 'failed'; url: string; error: unknown };

/**
 * Loads the bundle an element names with `src` through the page-wide cache (bundle-loader.ts),
 * and updates the element when it arrives or fails. The element calls `use()` before each render.
 */
export class BundleSourceController {
  current: BundleSource = { state: 'none' };

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * Shows the bundle at `src`, resolved against the page's base URL, or none when `src` is
   * undefined. A URL is requested once until `src` names another: a failure stays shown, not retried.
   */
  use(src: string | undefined, timeout: number) {
    if (src === undefined) {
      this.current = { state: 'none' };
      return;
    }
    let url: string;
    try {
      url = absoluteUrl(src);
    } catch (error) {
      this.current = { state: 'failed', url: src, error };
      return;
    }
    if (this.current.state !== 'none' && this.current.url === url) return;
    const bundle = loadedBundle(url);
    if (bundle) {
      this.current = { state: 'loaded', url, bundle };
      return;
    }
    this.current = { state: 'loading', url };
    loadBundle(url, timeout).then(
      (loaded) => this.settle({ state: 'loaded', url, bundle: loaded }),
      (error: unknown) => this.settle({ state: 'failed', url, error }),
    );
  }

  /** Resolves once the bundle at `src` has loaded (then `use(src)` finds it at once); rejects with the reason it cannot. */
  async whenLoaded(src: string, timeout: number): Promise<void> {
    await loadBundle(absoluteUrl(src), timeout);
  }

  private settle(next: BundleSource & { url: string }) {
    // An answer for a URL the element no longer names (src changed, or a bundle was set) is dropped.
    if (this.current.state !== 'loading' || this.current.url !== next.url) return;
    this.current = next;
    this.host.requestUpdate();
  }
}

function absoluteUrl(src: string) {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    throw new HubContentError('network-error', 'error.notAUrl', { src });
  }
}
