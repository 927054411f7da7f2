import { formatMessage, type TranslationKey } from '../internal/localize.js';
import { en } from '../translations/en.js';
import defaultBundleSource from './default-bundle.js';
import { bundleStructureProblem, isRecord } from './bundle-check.js';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  READABLE_BUNDLE_VERSIONS,
  type Article,
  type ContentBundle,
  type Hub,
  type ReadingPath,
} from './bundle-types.js';

/** Why an element shows an error; `hub-error`'s `detail.code`. The first four concern only a bundle loaded from `src`. */
export type HubErrorCode =
  | 'network-error'
  | 'http-error'
  | 'timeout'
  | 'invalid-json'
  | 'invalid-bundle'
  | 'unsupported-version'
  | 'missing-hub'
  | 'unknown-hub'
  | 'missing-path'
  | 'unknown-path'
  | 'unknown-article'
  | 'search-unavailable';

/** The texts of the errors in the translation tables. */
export type ErrorMessageKey = Exclude<Extract<TranslationKey, `error.${string}`>, 'error.title'>;

/**
 * Why an element cannot show what its attributes ask for; the detail of `hub-error`. `message` is
 * English, for logs; the element shows the text of `messageKey` in the reader's language.
 */
export class HubContentError extends Error {
  constructor(
    readonly code: HubErrorCode,
    readonly messageKey: ErrorMessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(formatMessage(en[messageKey], params, 'en'));
    this.name = 'HubContentError';
  }
}

/**
 * Tells a bundle of another format version, and JSON that is no bundle at all, from a damaged
 * bundle: each needs a different fix. Bundles of version 1 carry no `format` field.
 */
function formatProblem(source: unknown, url: string | undefined): HubContentError | undefined {
  const isBundle =
    isRecord(source) && (source.format === BUNDLE_FORMAT || (source.format === undefined && typeof source.version === 'number'));
  if (!isBundle) {
    return url
      ? new HubContentError('invalid-bundle', 'error.fileNotABundle', { url, format: BUNDLE_FORMAT })
      : new HubContentError('invalid-bundle', 'error.notABundle', { format: BUNDLE_FORMAT });
  }
  if (typeof source.version !== 'number' || !READABLE_BUNDLE_VERSIONS.includes(source.version)) {
    const params = { version: JSON.stringify(source.version) ?? 'undefined', expected: String(BUNDLE_VERSION) };
    return url
      ? new HubContentError('unsupported-version', 'error.fileUnsupportedVersion', { ...params, url })
      : new HubContentError('unsupported-version', 'error.unsupportedVersion', params);
  }
  return undefined;
}

const checkedBundles = new WeakMap<object, ContentBundle | HubContentError>();

/**
 * Checks that `source` is a content bundle this runtime can read, once per object.
 * Throws a HubContentError (`invalid-bundle` or `unsupported-version`) naming what is wrong, and
 * `url`, the address the bundle came from, where it came from one.
 */
export function readBundle(source: unknown = defaultBundleSource, url?: string): ContentBundle {
  const key = isRecord(source) ? source : undefined;
  let checked = key && checkedBundles.get(key);
  if (!checked) {
    checked = formatProblem(source, url);
    if (!checked) {
      const problem = bundleStructureProblem(source as Record<string, unknown>);
      checked = problem
        ? url
          ? new HubContentError('invalid-bundle', 'error.fileInvalidBundle', { url, problem })
          : new HubContentError('invalid-bundle', 'error.invalidBundle', { problem })
        : (source as unknown as ContentBundle);
    }
    if (key) checkedBundles.set(key, checked);
  }
  if (checked instanceof HubContentError) throw checked;
  return checked;
}

const hubList = (bundle: ContentBundle) =>
  Object.keys(bundle.hubs)
    .map((id) => `"${id}"`)
    .join(', ');

export function findHub(bundle: ContentBundle, hubId: string | undefined | null): Hub {
  if (!hubId) {
    throw new HubContentError('missing-hub', 'error.missingHub', { hubs: hubList(bundle) });
  }
  const hub = Object.hasOwn(bundle.hubs, hubId) ? bundle.hubs[hubId] : undefined;
  if (!hub) {
    throw new HubContentError('unknown-hub', 'error.unknownHub', { hub: hubId, hubs: hubList(bundle) });
  }
  return hub;
}

/** The language of an article: that of the first hub listing it that says its language. */
export const articleLang = (bundle: ContentBundle, article: Article) =>
  article.hubs.map((hub) => (Object.hasOwn(bundle.hubs, hub) ? bundle.hubs[hub].lang : undefined)).find(Boolean);

export function findReadingPath(hub: Hub, pathId: string | undefined | null): ReadingPath {
  const pathList = hub.readingPaths.map((path) => `"${path.id}"`).join(', ');
  if (!pathId) {
    throw new HubContentError('missing-path', 'error.missingPath', { paths: pathList });
  }
  const path = hub.readingPaths.find((candidate) => candidate.id === pathId);
  if (!path) {
    throw new HubContentError('unknown-path', 'error.unknownPath', { hub: hub.id, path: pathId, paths: pathList });
  }
  return path;
}
