import { z } from 'zod';
import { idPattern, isBundleUrl } from './bundle-schema.js';
import { markdownNestingProblem } from './limits.js';

const required = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : what);

const id = z
  .string({ error: required('must be an id (text)') })
  .regex(idPattern, 'must be lowercase letters, digits and single hyphens (e.g. "ai-operating-model")');

const text = z
  .string({ error: required('must be text') })
  .trim()
  .min(1, 'must not be empty');

/** Where a page lives: on the web, or on the intranet that embeds the hub (`/wiki/...`). */
const pageUrl = z
  .string({ error: required('must be a URL (text)') })
  .trim()
  .refine(
    (url) => ((/^https?:\/\//i.test(url) && URL.canParse(url)) || url.startsWith('/')) && isBundleUrl(url),
    'must be an absolute http(s) URL or a path on this site starting with "/" (not //host, no spaces or backslashes)',
  );

const heading = text.max(120, 'must be at most 120 characters');

/** A BCP 47 language tag (`de`, `en-GB`, `zh-Hant`), written the canonical way, as `Intl` reads it. */
const languageTag = z
  .string({ error: required('must be a language tag (text)') })
  .trim()
  .transform((tag, context) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // Reported below.
    }
    context.addIssue({ code: 'custom', message: 'must be a BCP 47 language tag, e.g. "de", "en-GB" or "ar"' });
    return z.NEVER;
  });

/** Inline Markdown, bounded in nesting before anything parses it as Markdown. */
const prose = text.superRefine((value, context) => {
  const problem = markdownNestingProblem(value, 1, { inline: true });
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** YAML turns an unquoted 2024-01-31 into a Date; both spellings mean the same day. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: 'must be a date written YYYY-MM-DD' }),
);

export const articleSchema = z.strictObject({
  title: text,
  summary: text,
  // Counted only when it is a list: zod's own min/max run on anything with a length, so `tags: base`
  // would also be "at most three" (its four letters). Bad ids and a bad count are both reported.
  tags: z.array(id, { error: 'must be a list of tags' }).check((context) => {
    if (!Array.isArray(context.value)) return;
    const count = context.value.length;
    if (count < 1 || count > 3) {
      context.issues.push({
        code: 'custom',
        input: context.value,
        message: count < 1 ? 'must list at least one tag' : 'must list at most three tags',
      });
    }
  }),
  canon: z.boolean({ error: 'must be true or false' }).default(false),
  date: isoDate.optional(),
  url: pageUrl.optional(),
});

export const hubSchema = z.strictObject({
  title: text,
  url: pageUrl.optional(),
  /** The language the hub's content is written in; the elements mark its text with it where the page's differs. */
  lang: languageTag.optional(),
  /** The hub's own section headings; the elements fall back to neutral ones. */
  headings: z
    .strictObject({
      startHere: heading.optional(),
      questions: heading.optional(),
      readingPaths: heading.optional(),
      failureModes: heading.optional(),
      relatedHubs: heading.optional(),
      references: heading.optional(),
    })
    .default({}),
  startHere: z
    .array(
      z.strictObject({
        article: id,
        label: text.optional(),
        reason: prose,
      }),
    )
    .default([]),
  questions: z.array(prose).default([]),
  readingPaths: z
    .array(
      z.strictObject({
        id,
        title: text,
        articles: z.array(id).min(1, 'must list at least one article'),
      }),
    )
    .default([]),
  failureModes: z
    .array(
      z.strictObject({
        text: prose,
        articles: z.array(id).default([]),
      }),
    )
    .default([]),
  relatedHubs: z
    .array(
      z.strictObject({
        title: text,
        url: pageUrl.optional(),
        hub: id.optional(),
      }),
    )
    .default([]),
  references: z.array(id).default([]),
});

export type ArticleSource = z.infer<typeof articleSchema>;
export type HubSource = z.infer<typeof hubSchema>;
