import type MiniSearch from 'minisearch';
import type { Article } from '../content/bundle-types.js';
import type { SearchCatalog } from './article-search-engine.js';

/**
 * Why an index file could not be loaded, as plain data: a worker sends it to the page, which
 * shows it as the element's error (a HubContentError with these fields).
 */
export interface IndexFailure {
  code: 'network-error' | 'http-error' | 'timeout' | 'invalid-bundle';
  messageKey: 'error.network' | 'error.http' | 'error.timeout' | 'error.fileInvalidBundle';
  params: Record<string, string | number>;
}

export class IndexFileError extends Error {
  constructor(readonly failure: IndexFailure) {
    super(`${failure.code}: ${Object.values(failure.params).join(', ')}`);
  }
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The text of the index file at `url`, fetched as the bundle is (same-origin credentials, so it
 * works under `connect-src 'self'`), given up after `timeout` milliseconds (the bundle's own wait),
 * so a search never waits for ever. Throws an IndexFileError.
 */
export async function fetchIndexText(url: string, timeout: number): Promise<string> {
  const signal = AbortSignal.timeout(timeout);
  const failed = (error: unknown) =>
    new IndexFileError(
      signal.aborted
        ? { code: 'timeout', messageKey: 'error.timeout', params: { url, seconds: Number((timeout / 1000).toFixed(3)) } }
        : { code: 'network-error', messageKey: 'error.network', params: { url, problem: reasonOf(error) } },
    );
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw failed(error);
  }
  if (!response.ok) {
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new IndexFileError({ code: 'http-error', messageKey: 'error.http', params: { url, status } });
  }
  try {
    return await response.text();
  } catch (error) {
    throw failed(error);
  }
}

/** A file that was fetched but is no index this version reads. */
export const unreadableIndex = (url: string, error: unknown) =>
  new IndexFileError({
    code: 'invalid-bundle',
    messageKey: 'error.fileInvalidBundle',
    params: { url, problem: `it is not a search index this version reads (${reasonOf(error)})` },
  });

const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The catalog an index file carries: each article's tags and hubs, stored in the index by the
 * build. Empty queries (tags alone) never reach it: the page answers those from the bundle.
 */
export function storedCatalog(index: MiniSearch<Article>): SearchCatalog {
  return {
    entry: (id) => {
      const stored = index.getStoredFields(id);
      return stored && isTextList(stored.tags) && isTextList(stored.hubs) ? { tags: stored.tags, hubs: stored.hubs } : undefined;
    },
    ordered: () => [],
  };
}
