import defaultBundleSource from './default-bundle.js';
import { bundleStructureProblem } from './bundle-check.js';
import { BUNDLE_VERSION, type ContentBundle, type Hub, type ReadingPath } from './bundle-types.js';

export type HubErrorCode = 'invalid-bundle' | 'missing-hub' | 'unknown-hub' | 'missing-path' | 'unknown-path' | 'unknown-article';

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

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function bundleProblem(source: unknown): string | undefined {
  if (!isRecord(source)) return 'it is not an object';
  if (source.version !== BUNDLE_VERSION) {
    return `its version is ${JSON.stringify(source.version)}, this library reads version ${BUNDLE_VERSION}`;
  }
  return bundleStructureProblem(source);
}

const checkedBundles = new WeakMap<object, ContentBundle | HubContentError>();

/**
 * Checks that `source` is a content bundle this runtime can read, once per object.
 * Throws a HubContentError (`invalid-bundle`) naming what is wrong.
 */
export function readBundle(source: unknown = defaultBundleSource): ContentBundle {
  const key = isRecord(source) ? source : undefined;
  let checked = key && checkedBundles.get(key);
  if (!checked) {
    const problem = bundleProblem(source);
    checked = problem
      ? new HubContentError('invalid-bundle', `The content bundle cannot be read: ${problem}.`)
      : (source as unknown as ContentBundle);
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
