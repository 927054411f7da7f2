// @ts-nocheck
import defaultBundleSource from './default-bundle.js';
import { bundleStructureProblem, isRecord } from './bundle-check.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type ContentBundle, type Hub, type ReadingPath } from './bundle-types.js';

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
  | 'unknown-article';

/** Why an element cannot show what its attributes ask for; the detail of `hub-error`. */
export class HubContentError extends Error {
  constructor(
    readonly code: HubErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HubContentError';
  }
}

/**
 * Tells a bundle of another format version, and JSON that is no bundle at all, from a damaged
 * bundle: each needs a different fix. Bundles of version 1 carry no `format` field.
 */
function formatProblem(source: unknown, where: string): HubContentError | undefined {
  const isBundle =
    isRecord(source) && (source.format === BUNDLE_FORMAT || (source.format === undefined && typeof source.version === 'number'));
  if (!isBundle) {
    return new HubContentError(
      'invalid-bundle',
      `${where} is not a topic-hub content bundle (it has no "format": "${BUNDLE_FORMAT}"). Give the element the bundle.json that the content build writes.`,
    );
  }
  if (source.version !== BUNDLE_VERSION) {
    return new HubContentError(
      'unsupported-version',
      `${where} cannot be read: its version is ${JSON.stringify(source.version)}, this library reads version ${BUNDLE_VERSION}. Rebuild the bundle with this version of topic-hub-elements, or load the version of the library that wrote it.`,
    );
  }
  return undefined;
}

const checkedBundles = new WeakMap<object, ContentBundle | HubContentError>();

/**
 * Checks that `source` is a content bundle this runtime can read, once per object.
 * Throws a HubContentError (`invalid-bundle` or `unsupported-version`) naming what is wrong;
 * `where` names the bundle in that message (e.g. the URL it came from).
 */
export function readBundle(source: unknown = defaultBundleSource, where = 'The content bundle'): ContentBundle {
  const key = isRecord(source) ? source : undefined;
  let checked = key && checkedBundles.get(key);
  if (!checked) {
    checked = formatProblem(source, where);
    if (!checked) {
      const problem = bundleStructureProblem(source as Record<string, unknown>);
      checked = problem
        ? new HubContentError('invalid-bundle', `${where} cannot be read: ${problem}.`)
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
    throw new HubContentError('missing-hub', `No hub chosen: set the hub attribute to one of ${hubList(bundle)}.`);
  }
  const hub = Object.hasOwn(bundle.hubs, hubId) ? bundle.hubs[hubId] : undefined;
  if (!hub) {
    throw new HubContentError('unknown-hub', `There is no hub "${hubId}" in this content bundle. Hubs: ${hubList(bundle)}.`);
  }
  return hub;
}

export function findReadingPath(hub: Hub, pathId: string | undefined | null): ReadingPath {
  const pathList = hub.readingPaths.map((path) => `"${path.id}"`).join(', ');
  if (!pathId) {
    throw new HubContentError('missing-path', `No reading path chosen: set the path attribute to one of ${pathList}.`);
  }
  const path = hub.readingPaths.find((candidate) => candidate.id === pathId);
  if (!path) {
    throw new HubContentError('unknown-path', `Hub "${hub.id}" has no reading path "${pathId}". Paths: ${pathList}.`);
  }
  return path;
}
