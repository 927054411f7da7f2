import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import matter from 'gray-matter';
import { marked } from 'marked';
import MiniSearch from 'minisearch';
import sanitizeHtml from 'sanitize-html';
import type { z } from 'zod';
import {
  BUNDLE_VERSION,
  type Article,
  type ContentBundle,
  type Hub,
} from '../../src/content/bundle-types.js';
import { searchIndexOptions } from '../../src/search/search-index-options.js';
import { articleSchema, hubSchema, idPattern, type ArticleSource, type HubSource } from './schema.js';

/** One thing wrong with the content, located as precisely as an author needs to fix it. */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

export const formatContentError = ({ file, field, message }: ContentError) =>
  `${file}: ${field}: ${message}`;

export type BuildResult = { bundle: ContentBundle; errors: [] } | { bundle: undefined; errors: ContentError[] };

interface SourceFile<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: sanitizeHtml.defaults.allowedTags,
  allowedAttributes: { a: ['href', 'title'], code: ['class'], '*': ['lang'] },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
};

/** Markdown from content files is untrusted: everything it renders to goes through the sanitizer. */
export const renderMarkdown = (markdown: string) =>
  sanitizeHtml(marked.parse(markdown, { async: false, gfm: true }), sanitizeOptions).trim();
const renderInlineMarkdown = (markdown: string) =>
  sanitizeHtml(marked.parseInline(markdown, { async: false, gfm: true }), sanitizeOptions).trim();

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  ) || '(front matter)';

/**
 * Parses front matter field by field, so one bad field neither hides the errors of the others
 * nor the cross-reference checks that the good fields still allow.
 */
function parseFields<Shape extends z.ZodRawShape>(
  shape: Shape,
  raw: Record<string, unknown>,
  file: string,
  errors: ContentError[],
): { data: Partial<z.infer<z.ZodObject<Shape>>>; valid: boolean } {
  const data: Record<string, unknown> = {};
  let valid = true;
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(shape, key)) {
      valid = false;
      errors.push({ file, field: key, message: `is not a known field (known: ${Object.keys(shape).join(', ')})` });
    }
  }
  for (const [key, schema] of Object.entries(shape)) {
    const result = (schema as z.ZodType).safeParse(raw[key]);
    if (result.success) {
      if (result.data !== undefined) data[key] = result.data;
      continue;
    }
    valid = false;
    for (const issue of result.error.issues) {
      errors.push({ file, field: fieldPath([key, ...issue.path]), message: issue.message });
    }
  }
  return { data: data as Partial<z.infer<z.ZodObject<Shape>>>, valid };
}

async function readSources<Shape extends z.ZodRawShape>(
  contentDir: string,
  folder: string,
  shape: Shape,
  errors: ContentError[],
): Promise<SourceFile<Partial<z.infer<z.ZodObject<Shape>>>>[]> {
  const dir = join(contentDir, folder);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  } catch {
    errors.push({ file: dir, field: '(folder)', message: 'folder not found' });
    return [];
  }
  const sources: SourceFile<Partial<z.infer<z.ZodObject<Shape>>>>[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    const id = basename(name, '.md');
    if (!idPattern.test(id)) {
      errors.push({
        file,
        field: '(file name)',
        message: `"${id}" is not a valid id: use lowercase letters, digits and single hyphens`,
      });
    }
    let parsed: matter.GrayMatterFile<string>;
    try {
      // Passing options turns off gray-matter's cache, which hands out one shared object per text.
      parsed = matter(await readFile(path, 'utf8'), {});
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0].replace(/:$/, '');
      errors.push({ file, field: '(front matter)', message: `is not valid YAML: ${reason}` });
      sources.push({ id, file, data: {}, body: '' });
      continue;
    }
    const { data } = parseFields(shape, parsed.data, file, errors);
    sources.push({ id, file, data, body: parsed.content });
  }
  return sources;
}

function checkHubReferences(
  hub: SourceFile<Partial<HubSource>>,
  articleIds: Set<string>,
  hubIds: Set<string>,
  errors: ContentError[],
) {
  const { file, data } = hub;
  const checkArticle = (field: string, articleId: string) => {
    if (!articleIds.has(articleId)) {
      errors.push({ file, field, message: `refers to unknown article "${articleId}" (there is no articles/${articleId}.md)` });
    }
  };
  const checkUnique = (field: string, values: string[], what: string) => {
    values.forEach((value, index) => {
      if (values.indexOf(value) !== index) {
        errors.push({ file, field: `${field}[${index}]`, message: `duplicate ${what} "${value}"` });
      }
    });
  };
  const { startHere = [], readingPaths = [], failureModes = [], relatedHubs = [], references = [] } = data;
  startHere.forEach((entry, i) => checkArticle(`startHere[${i}].article`, entry.article));
  checkUnique('readingPaths', readingPaths.map((path) => path.id), 'reading path id');
  readingPaths.forEach((path, i) => {
    path.articles.forEach((articleId, j) => checkArticle(`readingPaths[${i}].articles[${j}]`, articleId));
    checkUnique(`readingPaths[${i}].articles`, path.articles, 'article');
  });
  failureModes.forEach((mode, i) =>
    mode.articles.forEach((articleId, j) => checkArticle(`failureModes[${i}].articles[${j}]`, articleId)),
  );
  relatedHubs.forEach((related, i) => {
    if (related.hub !== undefined && !hubIds.has(related.hub)) {
      errors.push({ file, field: `relatedHubs[${i}].hub`, message: `refers to unknown hub "${related.hub}" (there is no hubs/${related.hub}.md)` });
    }
    if (related.hub === undefined && related.url === undefined) {
      errors.push({ file, field: `relatedHubs[${i}]`, message: 'needs a url or the id of a hub in this bundle' });
    }
  });
  references.forEach((articleId, i) => checkArticle(`references[${i}]`, articleId));
  checkUnique('references', references, 'article');
  if (hub.body.trim() === '') {
    errors.push({ file, field: '(body)', message: 'must hold the intro in Markdown after the front matter' });
  }
}

/**
 * Reads, validates and renders a content folder (`hubs/*.md`, `articles/*.md`).
 * Either every file is valid and the bundle is returned, or every error is returned.
 */
export async function buildBundle(contentDir: string): Promise<BuildResult> {
  const errors: ContentError[] = [];
  const articleFiles = await readSources(contentDir, 'articles', articleSchema.shape, errors);
  const hubFiles = await readSources(contentDir, 'hubs', hubSchema.shape, errors);

  for (const { file, data } of articleFiles) {
    data.tags?.forEach((tag, i, tags) => {
      if (tags.indexOf(tag) !== i) errors.push({ file, field: `tags[${i}]`, message: `duplicate tag "${tag}"` });
    });
  }
  // An article whose file exists counts as existing even when its own fields have errors: those
  // are reported once, in its file, not again at every reference to it.
  const articleIds = new Set(articleFiles.map((source) => source.id));
  const hubIds = new Set(hubFiles.map((source) => source.id));
  for (const hub of hubFiles) checkHubReferences(hub, articleIds, hubIds, errors);
  if (hubFiles.length === 0 && errors.length === 0) {
    errors.push({ file: join(contentDir, 'hubs'), field: '(folder)', message: 'holds no hub (*.md)' });
  }
  if (errors.length > 0) return { bundle: undefined, errors };
  // Without errors every field parsed, so the partial types are complete.
  const articleSources = articleFiles as SourceFile<ArticleSource>[];
  const hubSources = hubFiles as SourceFile<HubSource>[];

  const articles: Record<string, Article> = {};
  for (const { id, data } of articleSources) {
    articles[id] = {
      id,
      title: data.title,
      summary: data.summary,
      tags: data.tags,
      canon: data.canon,
      ...(data.date && { date: data.date }),
      ...(data.url && { url: data.url }),
      hubs: hubSources.filter((hub) => hub.data.references.includes(id)).map((hub) => hub.id),
    };
  }
  const hubs: Record<string, Hub> = {};
  for (const { id, data, body } of hubSources) {
    hubs[id] = {
      id,
      title: data.title,
      ...(data.url && { url: data.url }),
      introHtml: renderMarkdown(body),
      startHere: data.startHere.map(({ article, label, reason }) => ({
        article,
        ...(label && { label }),
        reasonHtml: renderInlineMarkdown(reason),
      })),
      questionsHtml: data.questions.map(renderInlineMarkdown),
      readingPaths: data.readingPaths,
      failureModes: data.failureModes.map(({ text, articles: ids }) => ({
        textHtml: renderInlineMarkdown(text),
        articles: ids,
      })),
      relatedHubs: data.relatedHubs,
      references: data.references,
    };
  }

  const index = new MiniSearch<Article>(searchIndexOptions);
  index.addAll(Object.values(articles));
  const searchIndex = JSON.stringify(index);
  const contentHash = createHash('sha256')
    .update(JSON.stringify({ hubs, articles, searchIndex }))
    .digest('hex')
    .slice(0, 16);
  return { bundle: { version: BUNDLE_VERSION, contentHash, hubs, articles, searchIndex }, errors: [] };
}
