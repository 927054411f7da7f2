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

async function readSources<T>(
  contentDir: string,
  folder: string,
  schema: z.ZodType<T>,
  errors: ContentError[],
): Promise<SourceFile<T>[]> {
  const dir = join(contentDir, folder);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  } catch {
    errors.push({ file: dir, field: '(folder)', message: 'folder not found' });
    return [];
  }
  const sources: SourceFile<T>[] = [];
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
      errors.push({ file, field: '(front matter)', message: `is not valid YAML: ${(error as Error).message}` });
      continue;
    }
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({ file, field: fieldPath(issue.path), message: issue.message });
      }
      continue;
    }
    sources.push({ id, file, data: result.data, body: parsed.content });
  }
  return sources;
}

function checkHubReferences(
  hub: SourceFile<HubSource>,
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
  data.startHere.forEach((entry, i) => checkArticle(`startHere[${i}].article`, entry.article));
  checkUnique('readingPaths', data.readingPaths.map((path) => path.id), 'reading path id');
  data.readingPaths.forEach((path, i) => {
    path.articles.forEach((articleId, j) => checkArticle(`readingPaths[${i}].articles[${j}]`, articleId));
    checkUnique(`readingPaths[${i}].articles`, path.articles, 'article');
  });
  data.failureModes.forEach((mode, i) =>
    mode.articles.forEach((articleId, j) => checkArticle(`failureModes[${i}].articles[${j}]`, articleId)),
  );
  data.relatedHubs.forEach((related, i) => {
    if (related.hub !== undefined && !hubIds.has(related.hub)) {
      errors.push({ file, field: `relatedHubs[${i}].hub`, message: `refers to unknown hub "${related.hub}" (there is no hubs/${related.hub}.md)` });
    }
    if (related.hub === undefined && related.url === undefined) {
      errors.push({ file, field: `relatedHubs[${i}]`, message: 'needs a url or the id of a hub in this bundle' });
    }
  });
  data.references.forEach((articleId, i) => checkArticle(`references[${i}]`, articleId));
  checkUnique('references', data.references, 'article');
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
  const articleSources = await readSources<ArticleSource>(contentDir, 'articles', articleSchema, errors);
  const hubSources = await readSources<HubSource>(contentDir, 'hubs', hubSchema, errors);

  for (const { file, data } of articleSources) {
    data.tags.forEach((tag, i) => {
      if (data.tags.indexOf(tag) !== i) errors.push({ file, field: `tags[${i}]`, message: `duplicate tag "${tag}"` });
    });
  }
  const articleIds = new Set(articleSources.map((source) => source.id));
  const hubIds = new Set(hubSources.map((source) => source.id));
  for (const hub of hubSources) checkHubReferences(hub, articleIds, hubIds, errors);
  if (hubSources.length === 0 && errors.length === 0) {
    errors.push({ file: join(contentDir, 'hubs'), field: '(folder)', message: 'holds no hub (*.md)' });
  }
  if (errors.length > 0) return { bundle: undefined, errors };

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
