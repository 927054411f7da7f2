import type { ContentBundle } from './bundle-types.js';
import { HubContentError, readBundle } from './content-store.js';

/** How long an element waits for the bundle at its `src` before it shows a `timeout` error, in milliseconds. */
export const defaultLoadTimeout = 15_000;

interface BundleRequest {
  /** Settles once, for every element that waits for this URL. */
  result: Promise<ContentBundle>;
  /** Set once loaded, so elements added later render at once, without a loading state. */
  bundle?: ContentBundle;
  abort: AbortController;
  /** Elements still waiting; when the last one gives up, the download stops. */
  waiting: number;
}

/**
 * One request per absolute URL, shared by every element of this copy of the library on the page.
 * They all get the same bundle object, so its checks and its search index are shared too. A failed
 * request is forgotten: the next element that names the URL asks again.
 */
const requests = new Map<string, BundleRequest>();

/** Where each loaded bundle came from: its search index file is found relative to it. */
const urls = new WeakMap<ContentBundle, string>();

/** The absolute URL a bundle was loaded from with `src`, or undefined for one given as an object. */
export const bundleUrlOf = (bundle: ContentBundle): string | undefined => urls.get(bundle);

const forget = (url: string, request: BundleRequest) => {
  if (requests.get(url) === request) requests.delete(url);
};

/** The bundle at `url` (absolute) if it has already loaded on this page. */
export const loadedBundle = (url: string): ContentBundle | undefined => requests.get(url)?.bundle;

/**
 * The content bundle at `url` (absolute), fetched once per page and checked. Rejects with a
 * HubContentError whose code says what went wrong: `network-error`, `http-error`, `invalid-json`,
 * `invalid-bundle`, `unsupported-version`, or `timeout` after `timeout` milliseconds.
 */
export function loadBundle(url: string, timeout = defaultLoadTimeout): Promise<ContentBundle> {
  let request = requests.get(url);
  if (!request) {
    const abort = new AbortController();
    const started: BundleRequest = { result: fetchBundle(url, abort.signal), abort, waiting: 0 };
    started.result.then(
      (bundle) => {
        started.bundle = bundle;
        urls.set(bundle, url);
      },
      () => forget(url, started),
    );
    requests.set(url, started);
    request = started;
  }
  return request.bundle ? Promise.resolve(request.bundle) : waitFor(url, request, timeout);
}

function waitFor(url: string, request: BundleRequest, timeout: number): Promise<ContentBundle> {
  request.waiting++;
  return new Promise<ContentBundle>((resolve, reject) => {
    const timer = setTimeout(() => {
      const seconds = Number((timeout / 1000).toFixed(3));
      reject(new HubContentError('timeout', 'error.timeout', { url, seconds }));
      // Nobody else waits for it: stop the download, and let the next element start afresh.
      if (--request.waiting === 0) {
        request.abort.abort();
        forget(url, request);
      }
    }, timeout);
    request.result.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// A plain fetch: same-origin credentials by default, so it works under `connect-src 'self'` and
// sends the intranet's cookies for a bundle on the same site, never to another one.
async function fetchBundle(url: string, signal: AbortSignal): Promise<ContentBundle> {
  const networkError = (error: unknown) => new HubContentError('network-error', 'error.network', { url, problem: reasonOf(error) });
  let text: string;
  try {
    const response = await fetch(url, { signal });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new HubContentError('http-error', 'error.http', { url, status });
    }
    text = await response.text();
  } catch (error) {
    throw error instanceof HubContentError ? error : networkError(error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new HubContentError('invalid-json', 'error.invalidJson', { url, problem: reasonOf(error) });
  }
  try {
    return readBundle(json, url);
  } catch (error) {
    // A hostile or damaged bundle may break a check itself; it is still only a bad bundle.
    throw error instanceof HubContentError
      ? error
      : new HubContentError('invalid-bundle', 'error.fileInvalidBundle', { url, problem: reasonOf(error) });
  }
}
