import MiniSearch from 'minisearch';
import { bundleUrlOf } from '../content/bundle-loader.js';
import type { Article, ContentBundle } from '../content/bundle-types.js';
import { HubContentError } from '../content/content-store.js';
import {
  bundleCatalog,
  loadSearchIndex,
  maxQueryLength,
  searchIndex,
  type ArticleSearchRequest,
  type IdPage,
} from './article-search-engine.js';
import { fetchIndexText, IndexFileError, storedCatalog, unreadableIndex, type IndexFailure } from './index-file.js';
import { searchIndexOptions } from './search-index-options.js';
import type { ImmediateSearchEngine, SearchEngine, SearchPage, SearchQuery } from './search-engine.js';
import type { WorkerRequest } from './search-worker.js';

/**
 * An answer by id, with each article's display data from the bundle. An id the bundle does not
 * have (a stale or hostile index file) is no result.
 */
export const withArticles = (bundle: ContentBundle, page: IdPage): SearchPage => ({
  ...page,
  matches: page.matches
    .filter(({ id }) => Object.hasOwn(bundle.articles, id))
    .map(({ id, terms }) => ({ article: bundle.articles[id], terms })),
});

/**
 * The engine of a bundle that carries its index inline (the built-in bundle, a `bundle` property):
 * small enough to parse and query on the main thread, where an answer costs less than a message
 * to a worker would.
 */
function inlineEngine(bundle: ContentBundle): ImmediateSearchEngine {
  const catalog = bundleCatalog(bundle);
  const searchNow = ({ limit, ...request }: SearchQuery) =>
    withArticles(
      bundle,
      searchIndex(() => loadSearchIndex(bundle), catalog, request, limit),
    );
  return {
    prepare: async () => void loadSearchIndex(bundle),
    search: async (query) => searchNow(query),
    searchNow,
  };
}

/** Where a loaded index answers: in the worker, or on the main thread when no worker can start. */
interface IndexBackend {
  mode: 'worker' | 'main-thread';
  search(request: ArticleSearchRequest, limit: number): Promise<IdPage>;
}

const asContentError = ({ code, messageKey, params }: IndexFailure) => new HubContentError(code, messageKey, params);

/** The policy the worker's URL passes through on pages that enforce Trusted Types; it allows that one URL only. */
const trustedTypesPolicyName = 'topic-hub-elements';
/** `null` once the page refused it (its `trusted-types` list lacks the name): not asked again, so it reports one violation at most. */
let workerPolicy: { createScriptURL(url: string): unknown } | null | undefined;

/**
 * `new Worker` for our own worker file, under the name bundlers look for, so that the literal
 * `new Worker(new URL('./search-worker.ts', import.meta.url), …)` below is found by the build,
 * which emits the worker as a file of its own beside the code and rewrites the URL. Refuses (throws)
 * where a worker of that URL cannot start: another origin (a drop-in served from a CDN), or
 * Trusted Types without a policy of ours.
 */
const Worker = function (url: URL, options: WorkerOptions) {
  if (url.origin !== location.origin) throw new Error('the worker file is on another origin than the page');
  const types = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): typeof workerPolicy } }).trustedTypes;
  let scriptUrl: unknown = url.href;
  if (types) {
    if (workerPolicy === undefined) {
      workerPolicy = null;
      workerPolicy = types.createPolicy(trustedTypesPolicyName, {
        createScriptURL: (candidate: string) => {
          if (candidate !== url.href) throw new TypeError(`${trustedTypesPolicyName} creates no script URL but its search worker's`);
          return candidate;
        },
      });
    }
    if (!workerPolicy) throw new Error(`the page does not allow the Trusted Types policy ${trustedTypesPolicyName}`);
    scriptUrl = workerPolicy.createScriptURL(url.href);
  }
  return new globalThis.Worker(scriptUrl as string, options);
} as unknown as new (url: URL, options: WorkerOptions) => globalThis.Worker;

/**
 * Whether index files are searched in a worker where one can start; the tests turn it off to see
 * the main-thread fallback give the same results.
 * @internal
 */
export const searchMode: { worker: boolean } = { worker: true };

/** Starts the worker, or returns undefined when none can start here (no Worker, CSP, Trusted Types, origin). */
function startWorker(): globalThis.Worker | undefined {
  if (!searchMode.worker || typeof globalThis.Worker !== 'function') return undefined;
  try {
    return new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'topic-hub-search' });
  } catch {
    return undefined;
  }
}

/**
 * Resolves once the worker has loaded the index at `url`; rejects with `undefined` when the worker
 * itself failed (fall back). A worker that stops later fails the searches waiting for it and calls
 * `stopped`, so the next search starts afresh.
 */
function workerBackend(worker: globalThis.Worker, url: string, timeout: number, stopped: () => void): Promise<IndexBackend> {
  const answers = new Map<number, { resolve(page: IdPage): void; reject(error: unknown): void }>();
  let next = 0;
  let running = true;
  return new Promise((resolve, reject) => {
    // The worker's own timer starts only once its script runs: this one also covers a worker file
    // the server is slow to send, so no search waits longer than the element's timeout.
    const timer = setTimeout(() => {
      worker.terminate();
      running = false;
      const seconds = Number((timeout / 1000).toFixed(3));
      reject(new HubContentError('timeout', 'error.timeout', { url, seconds }));
    }, timeout);
    worker.onerror = (event) => {
      clearTimeout(timer);
      // The worker file did not load or run (CSP, a missing file, an old browser): the page searches itself.
      event.preventDefault();
      worker.terminate();
      running = false;
      reject(undefined);
      stopped();
      for (const answer of answers.values()) answer.reject(new Error('the search worker stopped'));
    };
    worker.onmessage = ({ data }: MessageEvent) => {
      if (data.type === 'ready') {
        clearTimeout(timer);
        resolve({
          mode: 'worker',
          search: (request, limit) =>
            new Promise((resolveAnswer, rejectAnswer) => {
              if (!running) return rejectAnswer(new Error('the search worker stopped'));
              const id = next++;
              answers.set(id, { resolve: resolveAnswer, reject: rejectAnswer });
              worker.postMessage({ type: 'search', id, request, limit } satisfies WorkerRequest);
            }),
        });
      } else if (data.type === 'failed') {
        clearTimeout(timer);
        worker.terminate();
        reject(asContentError(data.failure));
      } else if (data.type === 'answer') {
        const answer = answers.get(data.id);
        answers.delete(data.id);
        if (data.error !== undefined) answer?.reject(new Error(data.error));
        else answer?.resolve(data.page);
      }
    };
    worker.postMessage({ type: 'load', url, timeout } satisfies WorkerRequest);
  });
}

/** Waits for a moment the page is idle, so loading the index does not hold up what the reader does. */
const idle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 500 }) : setTimeout(resolve, 0),
  );

/** The index parsed on the main thread in idle time, in chunks (MiniSearch's loadJSONAsync yields as it goes). */
async function mainThreadBackend(url: string, timeout: number): Promise<IndexBackend> {
  let text: string;
  try {
    text = await fetchIndexText(url, timeout);
  } catch (error) {
    throw error instanceof IndexFileError ? asContentError(error.failure) : error;
  }
  await idle();
  let index: MiniSearch<Article>;
  try {
    index = await MiniSearch.loadJSONAsync<Article>(text, searchIndexOptions);
  } catch (error) {
    throw asContentError(unreadableIndex(url, error).failure);
  }
  const catalog = storedCatalog(index);
  return { mode: 'main-thread', search: async (request, limit) => searchIndex(() => index, catalog, request, limit) };
}

async function startBackend(url: string, timeout: number, stopped: () => void): Promise<IndexBackend> {
  const worker = startWorker();
  if (worker) {
    try {
      return await workerBackend(worker, url, timeout, stopped);
    } catch (error) {
      if (error !== undefined) throw error;
    }
  }
  return mainThreadBackend(url, timeout);
}

/** One index per page per URL, whatever bundle objects name it; a failed load is forgotten, so a later search asks again. */
const backends = new Map<string, Promise<IndexBackend>>();

function backendFor(url: string, timeout: number): Promise<IndexBackend> {
  let backend = backends.get(url);
  if (!backend) {
    const forget = () => backends.get(url) === started && backends.delete(url);
    const started = startBackend(url, timeout, forget);
    started.catch(forget);
    backends.set(url, started);
    backend = started;
  }
  return backend;
}

/**
 * Where the bundle's index file is: resolved against the bundle's URL (against the page for a
 * bundle given as an object), and only on that same origin, so a bundle cannot make the page
 * fetch from elsewhere.
 */
export function indexFileUrl(bundle: ContentBundle, file: string): string {
  const bundleUrl = bundleUrlOf(bundle);
  const base = bundleUrl ?? document.baseURI;
  const origin = bundleUrl ? new URL(bundleUrl).origin : location.origin;
  const refuse = (problem: string) =>
    bundleUrl
      ? new HubContentError('invalid-bundle', 'error.fileInvalidBundle', { url: bundleUrl, problem })
      : new HubContentError('invalid-bundle', 'error.invalidBundle', { problem });
  let url: URL;
  try {
    url = new URL(file, base);
  } catch {
    throw refuse(`its searchIndexFile ${JSON.stringify(file)} is not a URL`);
  }
  if (url.origin !== origin || !/^https?:$/.test(url.protocol)) {
    throw refuse(`its searchIndexFile ${JSON.stringify(file)} is not on the bundle's origin (${origin})`);
  }
  return url.href;
}

/**
 * The engine of a bundle whose index is a file of its own (`searchIndexFile`): fetched when the
 * search is first focused or first asked, parsed and queried in a worker where one can start, on
 * the main thread in idle time otherwise. Tags alone (an empty query) are answered from the
 * bundle at once, without the index.
 */
const noIndex = (): never => {
  throw new Error('tags alone are answered without the index');
};

function fileEngine(bundle: ContentBundle, file: string, timeout: number): SearchEngine {
  const catalog = bundleCatalog(bundle);
  const backend = () => {
    try {
      return backendFor(indexFileUrl(bundle, file), timeout);
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return {
    prepare: async () => void (await backend()),
    search: async ({ limit, ...request }) => {
      const query = request.query.slice(0, maxQueryLength).trim();
      if (!query) return withArticles(bundle, searchIndex(noIndex, catalog, request, limit));
      return withArticles(bundle, await (await backend()).search(request, limit));
    },
  };
}

const engines = new WeakMap<ContentBundle, SearchEngine>();

/**
 * The search engine of a bundle, made once and shared by every search element that reads it; an
 * index file is given up after `timeout` milliseconds (that of the first search that asks).
 */
export function searchEngineFor(bundle: ContentBundle, timeout: number): SearchEngine {
  let engine = engines.get(bundle);
  if (!engine) {
    engine = typeof bundle.searchIndex === 'string' ? inlineEngine(bundle) : fileEngine(bundle, bundle.searchIndexFile ?? '', timeout);
    engines.set(bundle, engine);
  }
  return engine;
}

/** Whether the index file at `url` is searched in a worker or on the main thread, once loaded (for tests and the bench). */
export async function indexFileMode(url: string): Promise<IndexBackend['mode'] | undefined> {
  return backends.get(url)?.then((backend) => backend.mode);
}
