/** Sizes of what the build ships, measured on the files in dist/ (run `npm run build` first). */
// @ts-nocheck

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const brotli = (data: string | Buffer) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const measure = (data: string) => ({ raw: Buffer.byteLength(data), gzip: gzip(data), brotli: brotli(data) });
export type Size = ReturnType<typeof measure>;

/**
 * The content bundle is embedded in dist/topic-hub.js as one string literal, `JSON.parse(`{"format":"topic-hub-bundle",...}`)`
 * (the bundler turns src/content/default-bundle.js's JSON.parse("...") into a template literal). The split:
 * - content = that literal alone, compressed on its own;
 * - runtime = the file with the literal replaced by an empty object ("{}"), compressed on its own.
 * Compressing the two parts apart costs a few bytes over the whole file (two dictionaries), so
 * runtime + content is slightly more than the total; both parts are measured exactly as they would
 * be if the content were split into a file of its own.
 */
function findContentLiteral(source: string) {
  const marker = source.search(/JSON\.parse\((`|")\{\\?"format\\?":\\?"topic-hub-bundle/);
  if (marker < 0) throw new Error('the content bundle literal was not found in dist/topic-hub.js');
  const start = source.indexOf('(', marker) + 1;
  const quote = source[start];
  let end = start + 1;
  while (source[end] !== quote) end += source[end] === '\\' ? 2 : 1;
  return { start, end: end + 1 };
}

/** The file and every module it imports by relative path, transitively (bare imports such as lit are left out). */
function withChunks(entry: string, seen = new Set<string>()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s*["'](\.[^"']+)["']|import\s*["'](\.[^"']+)["']/g)) {
    withChunks(resolve(dirname(entry), match[1] ?? match[2]), seen);
  }
  return seen;
}

export const buildTimeLibraries = ['marked', 'sanitize-html', 'zod', 'gray-matter', 'js-yaml', 'yaml', 'entities'];

export function measureSizes(root: string) {
  const dropInPath = join(root, 'dist/topic-hub.js');
  if (!existsSync(dropInPath)) throw new Error('dist/topic-hub.js is missing: run `npm run build` first');
  const dropIn = readFileSync(dropInPath, 'utf8');
  const { start, end } = findContentLiteral(dropIn);
  const content = dropIn.slice(start, end);
  const runtime = `${dropIn.slice(0, start)}"{}"${dropIn.slice(end)}`;

  const elements = [
    'topic-hub',
    'article-search',
    'reference-list',
    'reading-path',
    'start-here',
    'key-questions',
    'failure-mode-list',
    'related-hubs',
    'article-card',
  ].map((name) => {
    const files = [...withChunks(join(root, `dist/lib/${name}.js`))];
    const sources = files.map((file) => readFileSync(file, 'utf8'));
    return {
      element: name,
      files: files.length,
      raw: sources.reduce((sum, source) => sum + Buffer.byteLength(source), 0),
      // Each file is its own request: the sum of the files compressed one by one.
      gzip: sources.reduce((sum, source) => sum + gzip(source), 0),
    };
  });

  const modules: string[] = JSON.parse(readFileSync(join(root, 'dist/topic-hub.js.modules.json'), 'utf8'));
  const leaked = modules.filter((id) => buildTimeLibraries.some((library) => id.includes(`node_modules/${library}/`)));

  return {
    dropIn: measure(dropIn),
    runtime: measure(runtime),
    content: measure(content),
    elements,
    buildTimeLibraryCheck: { modules: modules.length, checked: buildTimeLibraries, leaked, pass: leaked.length === 0 },
  };
}
