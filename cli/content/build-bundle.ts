import { createHash } from 'node:crypto';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Article,
  type ContentBundle,
  type Hub,
  type InlineText,
  type RichText,
} from '../../src/content/bundle-types.js';
import { searchIndexFileOptions, searchIndexOptions } from '../../src/search/search-index-options.js';
import { inlineTextProblem, richTextProblem } from '../../src/content/bundle-check.js';
import { bundleSchema } from './bundle-schema.js';
import { readSources, shownPath, type SourceFile } from './read-sources.js';
import { markdownToInlineText, markdownToRichText, type RichTextProblems } from './rich-text.js';
import { articleSchema, hubSchema, type ArticleSource, type HubSource } from './schema.js';

/** One thing wrong with the content, located as precisely as an author needs to fix it. */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

/**
 * File names and YAML messages come from the content: control characters in them are shown as
 * escapes, so a file name cannot move the cursor or rewrite the terminal that prints it.
 */
const printable = (text: string) =>
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);

export const formatContentError = ({ file, field, message }: ContentError) => printable(`${file}: ${field}: ${message}`);

/** Warnings never stop the build: they say where Markdown was kept in a simpler form. */
export type BuildResult =
  { bundle: ContentBundle; errors: []; warnings: ContentError[] } | { bundle: undefined; errors: ContentError[]; warnings: ContentError[] };

/** A hub's prose, converted from Markdown to the bundle's rich-text trees. */
interface HubProse {
  intro: RichText;
  reasons: InlineText[];
  questions: InlineText[];
  failureModes: InlineText[];
}

/** Converts every prose field of a hub, reporting problems against the field they come from. */
function convertHubProse({ file, data, body }: SourceFile<Partial<HubSource>>, errors: ContentError[], warnings: ContentError[]): HubProse {
  const convert = <T>(
    field: string,
    markdown: string,
    toTree: (text: string, problems: RichTextProblems) => T,
    runtimeProblem: (tree: T, field: string) => string | undefined,
  ): T | [] => {
    const problems: RichTextProblems = { errors: [], warnings: [] };
    let tree: T;
    try {
      tree = toTree(markdown, problems);
    } catch (error) {
      // The nesting limits run before the parser; this catches what they might still miss.
      const reason =
        error instanceof RangeError ? 'is nested too deeply for the Markdown parser: flatten it' : `cannot be converted: ${String(error)}`;
      errors.push({ file, field, message: reason });
      return [];
    }
    errors.push(...problems.errors.map((message) => ({ file, field, message })));
    warnings.push(...problems.warnings.map((message) => ({ file, field, message })));
    // What the elements would refuse to show is refused here, so a bundle that builds also renders.
    const refused = runtimeProblem(tree, field);
    if (refused) errors.push({ file, field, message: `would be refused by the elements: ${refused}` });
    return tree;
  };
  return {
    // Only files read without errors get here, so the body is there.
    intro: convert('(body)', body ?? '', markdownToRichText, richTextProblem) as RichText,
    reasons: (data.startHere ?? []).map(
      (entry, i) => convert(`startHere[${i}].reason`, entry.reason, markdownToInlineText, inlineTextProblem) as InlineText,
    ),
    questions: (data.questions ?? []).map(
      (question, i) => convert(`questions[${i}]`, question, markdownToInlineText, inlineTextProblem) as InlineText,
    ),
    failureModes: (data.failureModes ?? []).map(
      (mode, i) => convert(`failureModes[${i}].text`, mode.text, markdownToInlineText, inlineTextProblem) as InlineText,
    ),
  };
}

function checkHubReferences(hub: SourceFile<Partial<HubSource>>, articleIds: Set<string>, hubIds: Set<string>, errors: ContentError[]) {
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
  checkUnique(
    'readingPaths',
    readingPaths.map((path) => path.id),
    'reading path id',
  );
  readingPaths.forEach((path, i) => {
    path.articles.forEach((articleId, j) => checkArticle(`readingPaths[${i}].articles[${j}]`, articleId));
    checkUnique(`readingPaths[${i}].articles`, path.articles, 'article');
  });
  failureModes.forEach((mode, i) => mode.articles.forEach((articleId, j) => checkArticle(`failureModes[${i}].articles[${j}]`, articleId)));
  relatedHubs.forEach((related, i) => {
    if (related.hub !== undefined && !hubIds.has(related.hub)) {
      errors.push({
        file,
        field: `relatedHubs[${i}].hub`,
        message: `refers to unknown hub "${related.hub}" (there is no hubs/${related.hub}.md)`,
      });
    }
    if (related.hub === undefined && related.url === undefined) {
      errors.push({ file, field: `relatedHubs[${i}]`, message: 'needs a url or the id of a hub in this bundle' });
    }
  });
  references.forEach((articleId, i) => checkArticle(`references[${i}]`, articleId));
  checkUnique('references', references, 'article');
  // A file that could not be read has its one error already; it has no body to check.
  if (hub.body?.trim() === '') {
    errors.push({ file, field: '(body)', message: 'must hold the intro in Markdown after the front matter' });
  }
}

/**
 * Reads, validates and renders a content folder (`hubs/*.md`, `articles/*.md`).
 * Either every file is valid and the bundle is returned, or every error is returned.
 */
export async function buildBundle(contentDir: string): Promise<BuildResult> {
  const errors: ContentError[] = [];
  const warnings: ContentError[] = [];
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
  // Markdown is parsed only in files whose text passed every check (the nesting limits among
  // them): a parser must never see the input those checks exist to stop.
  const readable = hubFiles.filter((hub) => !errors.some((error) => error.file === hub.file));
  const prose = new Map(readable.map((hub) => [hub.id, convertHubProse(hub, errors, warnings)]));
  if (hubFiles.length === 0 && errors.length === 0) {
    errors.push({ file: shownPath(join(contentDir, 'hubs')), field: '(folder)', message: 'holds no hub (*.md)' });
  }
  if (errors.length > 0) return { bundle: undefined, errors, warnings };
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
  for (const { id, data } of hubSources) {
    const { intro, reasons, questions, failureModes } = prose.get(id)!;
    hubs[id] = {
      id,
      title: data.title,
      ...(data.url && { url: data.url }),
      ...(data.lang && { lang: data.lang }),
      intro,
      headings: data.headings,
      startHere: data.startHere.map(({ article, label }, i) => ({
        article,
        ...(label && { label }),
        reason: reasons[i],
      })),
      questions,
      readingPaths: data.readingPaths,
      failureModes: data.failureModes.map(({ articles: ids }, i) => ({ text: failureModes[i], articles: ids })),
      relatedHubs: data.relatedHubs,
      references: data.references,
    };
  }

  const index = new MiniSearch<Article>(searchIndexOptions);
  index.addAll(Object.values(articles));
  const searchIndex = JSON.stringify(index);
  const contentHash = createHash('sha256').update(JSON.stringify({ hubs, articles, searchIndex })).digest('hex').slice(0, 16);
  const bundle: ContentBundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, contentHash, hubs, articles, searchIndex };
  // The published schema is the contract: a bundle the build writes must meet it, or the build
  // has a bug that no content author can fix, so it fails loudly instead of shipping it.
  const check = bundleSchema.safeParse(bundle);
  if (!check.success) throw new Error(`topic-hub built a bundle that does not match its own schema: ${check.error.message}`);
  return { bundle, errors: [], warnings };
}

/**
 * The bundle as `topic-hub build` writes it: the index moved out of it into a file of its own,
 * named by its content's hash (a server may cache it forever), which the bundle names relative to
 * itself. That index also stores each article's tags and hubs, for the worker that searches it.
 */
export function splitSearchIndex(bundle: ContentBundle): { bundle: ContentBundle; indexFile: string; index: string } {
  const { format, version, contentHash, hubs, articles } = bundle;
  const miniSearch = new MiniSearch<Article>(searchIndexFileOptions);
  miniSearch.addAll(Object.values(bundle.articles));
  const index = JSON.stringify(miniSearch);
  const indexFile = `search-index.${createHash('sha256').update(index).digest('hex').slice(0, 16)}.json`;
  const split: ContentBundle = { format, version, contentHash, hubs, articles, searchIndexFile: indexFile };
  const check = bundleSchema.safeParse(split);
  if (!check.success) throw new Error(`topic-hub built a bundle that does not match its own schema: ${check.error.message}`);
  return { bundle: split, indexFile, index };
}
