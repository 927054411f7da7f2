/**
 * The content bundle: what `scripts/build-content.ts` writes and the elements read.
 * Prose fields ending in `Html` were rendered from Markdown and sanitized at build time.
 */

/** What the `format` field of every bundle says, so a stray JSON file is told apart from a bundle. */
export const BUNDLE_FORMAT = 'topic-hub-bundle';

/** The bundle format this runtime reads; the build writes it, the runtime refuses any other. */
export const BUNDLE_VERSION = 1;

export interface Article {
  id: string;
  title: string;
  /** One plain-text sentence. */
  summary: string;
  tags: string[];
  /** One of the site's canonical essays. */
  canon: boolean;
  /** Publication date, `YYYY-MM-DD`, where known. */
  date?: string;
  url?: string;
  /** Ids of the hubs that list this article among their references. */
  hubs: string[];
}

export interface StartHereEntry {
  article: string;
  /** A shorter title to show instead of the article's own. */
  label?: string;
  reasonHtml: string;
}

export interface ReadingPath {
  id: string;
  title: string;
  /** Article ids, in reading order. */
  articles: string[];
}

export interface FailureMode {
  textHtml: string;
  /** Articles that address this failure mode. */
  articles: string[];
}

export interface RelatedHub {
  title: string;
  url?: string;
  /** Id of the related hub where it is in the same bundle. */
  hub?: string;
}

export interface Hub {
  id: string;
  title: string;
  url?: string;
  introHtml: string;
  startHere: StartHereEntry[];
  questionsHtml: string[];
  readingPaths: ReadingPath[];
  failureModes: FailureMode[];
  relatedHubs: RelatedHub[];
  /** Article ids, in the order the hub lists them (newest first). */
  references: string[];
}

export interface ContentBundle {
  version: typeof BUNDLE_VERSION;
  /** Hash of the content, so caches and bug reports can tell two bundles apart. */
  contentHash: string;
  hubs: Record<string, Hub>;
  articles: Record<string, Article>;
  /** A serialized MiniSearch index over `articles`; parsed only when search is first used. */
  searchIndex: string;
}
