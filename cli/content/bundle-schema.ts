/**
 * The content bundle format, version 3, as a zod schema: the one definition from which the
 * package's JSON Schema (`topic-hub-elements/bundle.schema.json`) is generated, so another system
 * (a CMS export, a script) can produce bundles and check them the way the build does. It follows
 * `src/content/bundle-types.ts`; a type-level test fails the type check when the two disagree.
 */
import { z } from 'zod';
import { BUNDLE_FORMAT as FORMAT, BUNDLE_VERSION as VERSION } from '../../src/content/bundle-types.js';

/** Ids appear in page owners' markup (`hub="…"`, `path="…"`), so they are kept URL- and attribute-safe. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const id = z.string().regex(idPattern).meta({
  id: 'Id',
  description: 'An id: lowercase letters, digits and single hyphens. Ids appear in page markup (hub="…").',
});

// Browsers drop tabs and newlines inside a URL and read `\` as `/`, so `java\tscript:` is a
// javascript: URL and `/\host` leaves the site: URLs hold no whitespace, controls or backslashes.
const urlChar = String.raw`[^\u0000-\u0020\u007F\\]`;
const urlPattern = new RegExp(
  String.raw`^(?:[Hh][Tt][Tt][Pp][Ss]?://[^\u0000-\u0020\u007F\\/?#]+${urlChar}*` +
    String.raw`|[Mm][Aa][Ii][Ll][Tt][Oo]:${urlChar}+` +
    String.raw`|(?![A-Za-z][A-Za-z0-9+.\-]*:)(?!//)${urlChar}+)$`,
  'u',
);
/** Whether a bundle may carry `url`: http(s), mailto or relative, in the strict form above. */
export const isBundleUrl = (url: string) => urlPattern.test(url);

const url = z.string().regex(urlPattern).meta({
  id: 'Url',
  description:
    'An absolute http(s) URL, a mailto: URL or a relative URL (not protocol-relative); no whitespace, control characters or backslashes.',
});

const text = z.string().min(1);

const inlineNode = z
  .union([
    z.string(),
    z.strictObject({
      type: z.enum(['em', 'strong']),
      get children() {
        return z.array(inlineNode);
      },
    }),
    z.strictObject({ type: z.literal('code'), text: z.string() }),
    z.strictObject({
      type: z.literal('link'),
      href: url,
      get children() {
        return z.array(inlineNode);
      },
    }),
  ])
  .meta({
    id: 'InlineNode',
    description: 'A run of text: plain text, or emphasis, strong, code or a link around more of it.',
  });

const inlineText = z.array(inlineNode).meta({
  id: 'InlineText',
  description: 'One line of rich text, such as a question or a reason to read an article.',
});

const blockNode = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('paragraph'), children: inlineText }),
    z.strictObject({
      type: z.literal('list'),
      ordered: z.boolean(),
      get items() {
        return z.array(z.array(blockNode));
      },
    }),
  ])
  .meta({ id: 'BlockNode', description: 'A paragraph, or a list whose items hold blocks of their own.' });

const richText = z.array(blockNode).meta({
  id: 'RichText',
  description: "Several paragraphs and lists, such as a hub's introduction.",
});

const article = z
  .strictObject({
    id,
    title: text,
    summary: text.meta({ description: 'One plain-text sentence.' }),
    tags: z.array(id),
    canon: z.boolean().meta({ description: "One of the site's canonical essays." }),
    date: z.iso.date().optional().meta({ description: 'Publication date, YYYY-MM-DD.' }),
    url: url.optional().meta({ description: 'Where the article lives.' }),
    hubs: z.array(id).meta({ description: 'Ids of the hubs that list this article among their references.' }),
  })
  .meta({ id: 'Article' });

const headings = z
  .strictObject({
    startHere: text.optional(),
    questions: text.optional(),
    readingPaths: text.optional(),
    failureModes: text.optional(),
    relatedHubs: text.optional(),
    references: text.optional(),
  })
  .meta({
    id: 'SectionHeadings',
    description: "The headings of a hub's sections where the hub names its own; the elements fall back to neutral ones.",
  });

const hub = z
  .strictObject({
    id,
    title: text,
    url: url.optional().meta({ description: "Where the hub's own page lives." }),
    lang: z
      .string()
      .regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/)
      .optional()
      .meta({ description: "The language of the hub's content, a BCP 47 tag (de, en-GB); older runtimes of format version 2 ignore it." }),
    intro: richText,
    headings: headings.optional(),
    startHere: z.array(
      z.strictObject({
        article: id,
        label: text.optional().meta({ description: "A shorter title to show instead of the article's own." }),
        reason: inlineText,
      }),
    ),
    questions: z.array(inlineText),
    readingPaths: z.array(
      z.strictObject({
        id,
        title: text,
        articles: z.array(id).meta({ description: 'Article ids, in reading order.' }),
      }),
    ),
    failureModes: z.array(
      z.strictObject({
        text: inlineText,
        articles: z.array(id).meta({ description: 'Articles that address this failure mode.' }),
      }),
    ),
    relatedHubs: z.array(
      z.strictObject({
        title: text,
        url: url.optional(),
        hub: id.optional().meta({ description: 'Id of the related hub where it is in the same bundle.' }),
      }),
    ),
    references: z.array(id).meta({ description: 'Article ids, in the order the hub lists them (newest first).' }),
  })
  .meta({ id: 'Hub' });

/** The whole content bundle, format version 3. */
export const bundleSchema = z
  .strictObject({
    format: z.literal(FORMAT),
    version: z.literal(VERSION),
    contentHash: text.meta({ description: 'Hash of the content, so caches and bug reports can tell two bundles apart.' }),
    hubs: z.record(id, hub),
    articles: z.record(id, article),
    searchIndex: z.string().optional().meta({
      description: 'A serialized MiniSearch index over `articles` (MiniSearch 7 toJSON), inline. A bundle has this or searchIndexFile.',
    }),
    searchIndexFile: z.string().min(1).optional().meta({
      description:
        "Where the index is instead: a URL relative to the bundle, on its origin (topic-hub build writes search-index.<hash>.json beside bundle.json). The index there also stores each article's tags and hubs.",
    }),
  })
  // Exactly one of the two: an index inline or in a file.
  .refine((bundle) => (bundle.searchIndex === undefined) !== (bundle.searchIndexFile === undefined), {
    message: 'needs searchIndex or searchIndexFile, not both',
  })
  // Not expressible in JSON Schema (docs/bundle-format.md says so): each entry's id is its key.
  .superRefine((bundle, context) => {
    for (const collection of ['hubs', 'articles'] as const) {
      for (const [key, entry] of Object.entries(bundle[collection])) {
        if (entry.id !== key) context.addIssue({ code: 'custom', path: [collection, key, 'id'], message: `must be "${key}", its key` });
      }
    }
  });

/** The bundle as the schema describes it; the same type as `ContentBundle`. */
export type BundleFromSchema = z.infer<typeof bundleSchema>;

/** The `$id` of the JSON Schema: one per format version, not tied to a host. */
export const BUNDLE_SCHEMA_ID = `urn:topic-hub-elements:bundle:${VERSION}`;

/**
 * The JSON Schema (draft 2020-12) of the content bundle, generated from `bundleSchema`. Recursive
 * rich text is expressed with `$defs` and `$ref`; the depth of its nesting is left to the runtime.
 */
export function bundleJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(bundleSchema, { target: 'draft-2020-12' });
  return {
    $schema,
    $id: BUNDLE_SCHEMA_ID,
    title: `topic-hub-elements content bundle, format version ${VERSION}`,
    description:
      'What `topic-hub build` writes and the topic-hub-elements custom elements read (property `bundle` or attribute `src`). Prose is a small tree of paragraphs, lists, emphasis, strong, code and links, never HTML; every URL is http(s), mailto or relative.',
    ...rest,
    // The refinement above, in JSON Schema's words: the index inline or in a file, exactly one.
    oneOf: ['searchIndex', 'searchIndexFile'].map((key) => ({ properties: { [key]: { type: 'string' } }, required: [key] })),
  };
}
