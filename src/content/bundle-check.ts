/**
 * The runtime's check of a bundle's structure. A bundle may come from any URL or any script, so
 * everything the elements read is checked for its type before the first render: a string where
 * text goes, the rich-text node types and nothing else, a bounded nesting depth. It is written
 * by hand (the build validates with zod, which stays out of the runtime) and kept in step with
 * the build's schema by tests that run both over the same bundles.
 */

type Check = (value: unknown, path: string) => string | undefined;

/** Deeper rich text than this is refused: the build never writes it, and rendering recurses. */
export const maxRichTextDepth = 32;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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

const article = record({
  title: text,
  summary: text,
  tags: texts,
  canon: flag,
  date: optional(text),
  url: optional(text),
  hubs: texts,
});

const hub = record({
  title: text,
  url: optional(text),
  intro: richText(0),
  headings: optional(
    record(
      Object.fromEntries(
        ['startHere', 'questions', 'readingPaths', 'failureModes', 'relatedHubs', 'references'].map((key) => [key, optional(text)]),
      ),
    ),
  ),
  startHere: listOf(record({ article: text, label: optional(text), reason: inlineText(0) })),
  questions: listOf(inlineText(0)),
  readingPaths: listOf(record({ id: text, title: text, articles: texts })),
  failureModes: listOf(record({ text: inlineText(0), articles: texts })),
  relatedHubs: listOf(record({ title: text, url: optional(text), hub: optional(text) })),
  references: texts,
});

/**
 * What is wrong with the hubs, articles and index of a bundle whose format and version are
 * right, or undefined. Names the first problem, as precisely as a bundle's author needs.
 */
export function bundleStructureProblem(bundle: Record<string, unknown>): string | undefined {
  const { hubs, articles, searchIndex } = bundle;
  if (!isRecord(hubs) || !isRecord(articles)) return 'it has no hubs or no articles';
  if (typeof searchIndex !== 'string') return 'it has no search index';
  for (const [id, entry] of Object.entries(articles)) {
    const problem = article(entry, `article "${id}"`);
    if (problem) return problem;
  }
  for (const [id, entry] of Object.entries(hubs)) {
    const problem = hub(entry, `hub "${id}"`);
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
