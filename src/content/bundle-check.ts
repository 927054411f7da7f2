/**
 * The runtime's check of a bundle's structure. A bundle may come from any URL or any script, so
 * everything the elements read is checked for its type before the first render: a string where
 * text goes, the rich-text node types and nothing else, a bounded nesting depth. It is written
 * by hand (the build validates with zod, which stays out of the runtime); the build also runs the
 * rich-text checks below on every tree it writes, so a bundle that builds is one the elements
 * show, and test/node/bundle-schema.test.ts holds the two schemas to the same fixtures.
 */

type Check = (value: unknown, path: string) => string | undefined;

/**
 * Deeper rich text than this is refused, as rendering recurses. The build's Markdown limits (20
 * levels of lists and 20 of emphasis) stay below it, and the build checks its trees with the
 * same functions before it writes them.
 */
export const maxRichTextDepth = 64;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const text: Check = (value, path) => (typeof value === 'string' ? undefined : `${path} must be text`);
const flag: Check = (value, path) => (typeof value === 'boolean' ? undefined : `${path} must be true or false`);
const optional =
  (check: Check): Check =>
  (value, path) =>
    value === undefined ? undefined : check(value, path);

function listOf(check: Check): Check {
  return (value, path) => {
    if (!Array.isArray(value)) return `${path} must be a list`;
    for (let i = 0; i < value.length; i++) {
      const problem = check(value[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

function record(fields: Record<string, Check>): Check {
  return (value, path) => {
    if (!isRecord(value)) return `${path} must be an object`;
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(value[key], `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

const texts = listOf(text);

function inlineText(depth: number): Check {
  return (value, path) => {
    if (depth > maxRichTextDepth) return `${path} is nested too deeply`;
    const children = inlineText(depth + 1);
    return listOf((node, nodePath) => {
      if (typeof node === 'string') return undefined;
      if (!isRecord(node)) return `${nodePath} must be text or a rich-text node`;
      switch (node.type) {
        case 'em':
        case 'strong':
          return children(node.children, `${nodePath}.children`);
        case 'code':
          return text(node.text, `${nodePath}.text`);
        case 'link':
          return text(node.href, `${nodePath}.href`) ?? children(node.children, `${nodePath}.children`);
        default:
          return `${nodePath} has the unknown type ${JSON.stringify(node.type)}`;
      }
    })(value, path);
  };
}

function richText(depth: number): Check {
  return (value, path) => {
    if (depth > maxRichTextDepth) return `${path} is nested too deeply`;
    return listOf((block, blockPath) => {
      if (!isRecord(block)) return `${blockPath} must be a paragraph or a list`;
      if (block.type === 'paragraph') return inlineText(depth + 1)(block.children, `${blockPath}.children`);
      if (block.type === 'list')
        return flag(block.ordered, `${blockPath}.ordered`) ?? listOf(richText(depth + 1))(block.items, `${blockPath}.items`);
      return `${blockPath} has the unknown type ${JSON.stringify(block.type)}`;
    })(value, path);
  };
}

/** The problem with a hub's intro as the runtime sees it, or undefined; the build runs it too. */
export const richTextProblem: Check = richText(0);
/** The problem with one line of rich text (a question, a reason) as the runtime sees it. */
export const inlineTextProblem: Check = inlineText(0);

const article = record({
  id: text,
  title: text,
  summary: text,
  tags: texts,
  canon: flag,
  date: optional(text),
  url: optional(text),
  hubs: texts,
});

const hub = record({
  id: text,
  title: text,
  url: optional(text),
  lang: optional(text),
  intro: richTextProblem,
  headings: optional(
    record(
      Object.fromEntries(
        ['startHere', 'questions', 'readingPaths', 'failureModes', 'relatedHubs', 'references'].map((key) => [key, optional(text)]),
      ),
    ),
  ),
  startHere: listOf(record({ article: text, label: optional(text), reason: inlineTextProblem })),
  questions: listOf(inlineTextProblem),
  readingPaths: listOf(record({ id: text, title: text, articles: texts })),
  failureModes: listOf(record({ text: inlineTextProblem, articles: texts })),
  relatedHubs: listOf(record({ title: text, url: optional(text), hub: optional(text) })),
  references: texts,
});

/** Elements find articles and hubs by key and render them by `id`: the two must agree. */
const sameId = (entry: unknown, key: string, path: string) =>
  (entry as { id: string }).id === key ? undefined : `${path}.id must be "${key}", its key in the bundle`;

/**
 * What is wrong with the hubs, articles and index of a bundle whose format and version are
 * right, or undefined. Names the first problem, as precisely as a bundle's author needs.
 */
export function bundleStructureProblem(bundle: Record<string, unknown>): string | undefined {
  const { hubs, articles, searchIndex, searchIndexFile, version } = bundle;
  if (!isRecord(hubs) || !isRecord(articles)) return 'it has no hubs or no articles';
  // Version 2 carries its index inline; version 3 inline or in a file of its own, never both.
  const inline = typeof searchIndex === 'string';
  const inFile = version !== 2 && typeof searchIndexFile === 'string';
  if (inline === inFile) return inline ? 'it has both a search index and a search index file' : 'it has no search index';
  for (const [id, entry] of Object.entries(articles)) {
    const problem = article(entry, `article "${id}"`) ?? sameId(entry, id, `article "${id}"`);
    if (problem) return problem;
  }
  for (const [id, entry] of Object.entries(hubs)) {
    const problem = hub(entry, `hub "${id}"`) ?? sameId(entry, id, `hub "${id}"`);
    if (problem) return problem;
    const { startHere, readingPaths, failureModes, references } = entry as {
      startHere: { article: string }[];
      readingPaths: { articles: string[] }[];
      failureModes: { articles: string[] }[];
      references: string[];
    };
    const articleIds = [
      ...references,
      ...startHere.map((item) => item.article),
      ...readingPaths.flatMap((path) => path.articles),
      ...failureModes.flatMap((mode) => mode.articles),
    ];
    const missing = articleIds.find((articleId) => !Object.hasOwn(articles, articleId));
    if (missing !== undefined) return `hub "${id}" refers to article "${missing}", which is not in the bundle`;
  }
  return undefined;
}
