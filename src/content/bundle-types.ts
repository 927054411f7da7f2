/**
 * The content bundle, format version 3: what `topic-hub build` writes and the elements read
 * (they read version 2 too, whose index is always inline).
 *
 * A bundle is data, never markup. Prose travels as a small tree of paragraphs, lists, emphasis,
 * strong, code and links (`RichText`, `InlineText`) that the elements render through Lit
 * templates, so a bundle from anywhere can run no script. Every URL in it is checked again at
 * run time (http, https, mailto and relative only).
 *
 * The JSON Schema of this format (`bundle.schema.json` in the package) is generated from the
 * build's own validation schema; other systems can produce bundles against it.
 */

/** What the `format` field of every bundle says, so a stray JSON file is told apart from a bundle. */
export const BUNDLE_FORMAT = 'topic-hub-bundle';

/**
 * The bundle format the build writes. The runtime reads it and version 2 (which differs only in
 * carrying its search index inline, always), and refuses any other.
 */
export const BUNDLE_VERSION = 3;

/** The format versions the runtime reads. */
export const READABLE_BUNDLE_VERSIONS: readonly number[] = [2, BUNDLE_VERSION];

/** A run of text: plain text, or emphasis, strong, code or a link around more of it. */
export type InlineNode =
  | string
  | { type: 'em' | 'strong'; children: InlineNode[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: InlineNode[] };

/** One line of rich text, such as a question or a reason to read an article. */
export type InlineText = InlineNode[];

/** A block of rich text: a paragraph, or a list whose items hold blocks of their own. */
export type BlockNode = { type: 'paragraph'; children: InlineText } | { type: 'list'; ordered: boolean; items: BlockNode[][] };

/** Several paragraphs and lists, such as a hub's introduction. */
export type RichText = BlockNode[];

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
  /** Where the article lives: an http(s) URL or a path on the same site. */
  url?: string;
  /** Ids of the hubs that list this article among their references. */
  hubs: string[];
}

export interface StartHereEntry {
  article: string;
  /** A shorter title to show instead of the article's own. */
  label?: string;
  reason: InlineText;
}

export interface ReadingPath {
  id: string;
  title: string;
  /** Article ids, in reading order. */
  articles: string[];
}

export interface FailureMode {
  text: InlineText;
  /** Articles that address this failure mode. */
  articles: string[];
}

export interface RelatedHub {
  title: string;
  url?: string;
  /** Id of the related hub where it is in the same bundle (its `url` is then the link). */
  hub?: string;
}

/**
 * The headings of a hub's sections, where the hub names its own; the elements fall back to
 * neutral ones ("Start here", "Questions", ...).
 */
export interface SectionHeadings {
  startHere?: string;
  questions?: string;
  readingPaths?: string;
  failureModes?: string;
  relatedHubs?: string;
  references?: string;
}

export interface Hub {
  id: string;
  title: string;
  /** The language the hub's content is written in, a BCP 47 tag (`de`, `en-GB`); absent where unknown. */
  lang?: string;
  /** Where the hub's own page lives: an http(s) URL or a path on the same site. */
  url?: string;
  intro: RichText;
  headings?: SectionHeadings;
  startHere: StartHereEntry[];
  questions: InlineText[];
  readingPaths: ReadingPath[];
  failureModes: FailureMode[];
  relatedHubs: RelatedHub[];
  /** Article ids, in the order the hub lists them (newest first). */
  references: string[];
}

export interface ContentBundle {
  format: typeof BUNDLE_FORMAT;
  /** A bundle of version 2 reads as one of version 3 whose index is inline: nothing else differs. */
  version: typeof BUNDLE_VERSION;
  /** Hash of the content, so caches and bug reports can tell two bundles apart. */
  contentHash: string;
  hubs: Record<string, Hub>;
  articles: Record<string, Article>;
  /**
   * A serialized MiniSearch index over `articles`, inline; parsed only when search is first used.
   * A bundle has this or `searchIndexFile`, never both (version 2: always this).
   */
  searchIndex?: string;
  /**
   * Version 3: where the index is instead, a URL relative to the bundle's own URL and on its origin
   * (`topic-hub build` writes `search-index.<hash>.json` beside `bundle.json`). Fetched only when the
   * search is first used.
   */
  searchIndexFile?: string;
}
