/** Sizes of what the build ships, measured on the files in dist/ (run `npm run build` first). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { sizeBudgets } from './size-budgets.js';

export const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
export const brotli = (data: string | Buffer) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const measure = (data: string | Buffer) => ({ raw: Buffer.byteLength(data), gzip: gzip(data), brotli: brotli(data) });
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
export function withChunks(entry: string, seen = new Set<string>()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(/(?:import|export)\b[^'"]*?from\s*["'](\.[^"']+)["']|import\s*["'](\.[^"']+)["']/g)) {
    withChunks(resolve(dirname(entry), match[1] ?? match[2]), seen);
  }
  return seen;
}

export const buildTimeLibraries = ['marked', 'sanitize-html', 'zod', 'gray-matter', 'js-yaml', 'yaml', 'entities'];

/** The drop-in file, and its two parts: the runtime (the file without the content literal) and the content literal. */
export function splitDropIn(root: string) {
  const dropInPath = join(root, 'dist/topic-hub.js');
  if (!existsSync(dropInPath)) throw new Error('dist/topic-hub.js is missing: run `npm run build` first');
  const dropIn = readFileSync(dropInPath, 'utf8');
  const { start, end } = findContentLiteral(dropIn);
  return { dropIn, content: dropIn.slice(start, end), runtime: `${dropIn.slice(0, start)}"{}"${dropIn.slice(end)}` };
}

export function measureSizes(root: string) {
  const { dropIn, content, runtime } = splitDropIn(root);

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
    /** Each shipped file with its budget from bench/size-budgets.ts (the list the size-budget test asserts). */
    budgets: shippedSizes(root).map((size) => ({ ...size, budget: sizeBudgets[size.file] })),
    dropIn: measure(dropIn),
    runtime: measure(runtime),
    content: measure(content),
    elements,
    buildTimeLibraryCheck: { modules: modules.length, checked: buildTimeLibraries, leaked, pass: leaked.length === 0 },
  };
}

/**
 * Which group a source module of the drop-in belongs to, for the breakdown: Lit's parts apart (its
 * core, the decorators, the directives, the hydrate support), MiniSearch, each element with its
 * styles apart, the translations machinery with the English table, and the built-in content.
 */
export function moduleGroup(id: string): string {
  const path = id.replaceAll('\\', '/').replace(/^(\.\.\/)+/, '');
  if (/node_modules\/@lit-labs\/ssr-client\/|lit-html\/private-ssr-support/.test(path)) return 'Lit hydrate support';
  if (/node_modules\/(@lit\/reactive-element|lit)\/decorators/.test(path)) return 'Lit decorators';
  if (/node_modules\/(lit|lit-html)\/(directives\/|directive|static)/.test(path)) return 'Lit directives (if-defined, repeat, static-html)';
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(path))
    return 'Lit core (lit-html, ReactiveElement, LitElement)';
  if (path.includes('node_modules/minisearch/')) return 'MiniSearch';
  if (path.includes('src/content/default-bundle')) return 'built-in content (bundle + index)';
  if (/src\/(translations\/en|internal\/(localize|translation-registry))\.ts$/.test(path)) return 'localize + English table';
  const element = /src\/elements\/([^/]+)\/(.+)\.ts$/.exec(path);
  if (element) return element[2].endsWith('.styles') ? `<${element[1]}> styles` : `<${element[1]}> element`;
  const entry = /^src\/([a-z]+-[a-z-]+)\.ts$/.exec(path);
  if (entry && entry[1] !== 'drop-in') return `<${entry[1]}> element`;
  if (/src\/internal\/.*\.styles\.ts$/.test(path)) return 'shared styles (theme, sections, tags, line clamp)';
  if (path.startsWith('src/search/')) return 'search (index options, highlight)';
  if (path.startsWith('src/content/')) return 'content store and bundle checks';
  if (path.startsWith('src/')) return 'base element and internals';
  if (path.includes('@oxc-project+runtime')) return 'base element and internals';
  return `other: ${path}`;
}

export interface BreakdownRow {
  group: string;
  modules: string[];
  /** Minified bytes the group's modules became in the drop-in. */
  raw: number;
  /** How much smaller the whole file gzips without the group's bytes (its share of the file). */
  gzip: number;
}

/**
 * Where the bytes of the drop-in go: each byte of the minified file is attributed, through its source
 * map (dist/topic-hub.js.map), to the source module it came from; bytes with no source (the bundler's
 * glue) form a group of their own. A group's compressed figure is what leaving its bytes out saves
 * (the whole file compressed, minus the file without them compressed): shared words compress once,
 * so the figures add up to a little less than the whole file. (Gzip only: brotli at quality 11 over
 * thirty variants of the file would take the staleness test of docs/size.md many seconds.)
 */
export async function dropInBreakdown(root: string): Promise<{ total: Size; rows: BreakdownRow[] }> {
  const { decode } = await import('@jridgewell/sourcemap-codec');
  const mapPath = join(root, 'dist/topic-hub.js.map');
  if (!existsSync(mapPath)) throw new Error('dist/topic-hub.js.map is missing: run `npm run build` first');
  const code = readFileSync(join(root, 'dist/topic-hub.js'), 'utf8');
  const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; mappings: string };
  const glue = 'bundler glue (no source)';
  // Each mapped segment owns the file from its position to the next segment's, across line breaks
  // (a template literal's later lines have no segments of their own). Positions are UTF-16 units.
  const starts: { at: number; group: string }[] = [];
  let lineStart = 0;
  for (const segments of decode(map.mappings)) {
    for (const segment of segments) {
      starts.push({ at: lineStart + segment[0], group: segment.length > 1 ? moduleGroup(map.sources[segment[1]!]!) : glue });
    }
    lineStart = code.indexOf('\n', lineStart) + 1 || code.length;
  }
  const pieces = starts.map((start, index) => ({ group: start.group, text: code.slice(start.at, starts[index + 1]?.at ?? code.length) }));
  if (starts.length > 0 && starts[0]!.at > 0) pieces.unshift({ group: glue, text: code.slice(0, starts[0]!.at) });
  const groups = new Map<string, BreakdownRow>();
  for (const source of map.sources) {
    const group = moduleGroup(source);
    const row = groups.get(group) ?? { group, modules: [], raw: 0, gzip: 0 };
    row.modules.push(source.replace(/^(\.\.\/)+/, ''));
    groups.set(group, row);
  }
  groups.set(glue, { group: glue, modules: [], raw: 0, gzip: 0 });
  const total = measure(code);
  for (const row of groups.values()) {
    const own = pieces
      .filter((piece) => piece.group === row.group)
      .map((piece) => piece.text)
      .join('');
    const without = pieces
      .filter((piece) => piece.group !== row.group)
      .map((piece) => piece.text)
      .join('');
    row.raw = Buffer.byteLength(own);
    row.gzip = total.gzip - gzip(without);
  }
  return { total, rows: [...groups.values()].filter((row) => row.raw > 0).sort((a, b) => b.gzip - a.gzip) };
}

export interface ShippedSize extends Size {
  /** The budget's key: a path under dist/, or `runtime`. */
  file: string;
  what: string;
  /** How many files: a CDN page loads its module and every chunk it imports, each compressed alone (the sums). */
  files: number;
}

const sum = (sizes: Size[]): Size => ({
  raw: sizes.reduce((total, size) => total + size.raw, 0),
  gzip: sizes.reduce((total, size) => total + size.gzip, 0),
  brotli: sizes.reduce((total, size) => total + size.brotli, 0),
});

/**
 * Everything a page downloads, as the size budgets (bench/size-budgets.ts) name it: the drop-in,
 * its runtime part, what the drop-in fetches only when used (dist/assets/), each CDN element page (the element's module and the chunks it imports,
 * transitively, compressed one by one as a server sends them), the CDN loader, the embed host
 * script and each translation file.
 */
export function shippedSizes(root: string): ShippedSize[] {
  const { dropIn, runtime } = splitDropIn(root);
  const file = (path: string) => measure(readFileSync(join(root, path)));
  const cdnTags = readdirSync(join(root, 'dist/cdn'))
    .filter((name) => name.endsWith('.js') && name !== 'loader.js')
    .map((name) => name.replace(/\.js$/, ''))
    .sort();
  // Named by content (`search-worker-<hash>.js`): the budget's key leaves the hash out.
  const assets = readdirSync(join(root, 'dist/assets'))
    .filter((name) => name.endsWith('.js'))
    .sort();
  const translations = readdirSync(join(root, 'dist/translations'))
    .filter((name) => name.endsWith('.js'))
    .sort();
  return [
    {
      file: 'dist/topic-hub.js',
      what: 'drop-in: elements, Lit, MiniSearch, hydrate support, built-in content',
      files: 1,
      ...measure(dropIn),
    },
    { file: 'runtime', what: 'the drop-in without its built-in content', files: 1, ...measure(runtime) },
    ...cdnTags.map((tag) => {
      const files = [...withChunks(join(root, `dist/cdn/${tag}.js`))];
      return {
        file: `dist/cdn/${tag}.js`,
        what: `CDN page with \`<${tag}>\`: its module and ${files.length - 1} chunks`,
        files: files.length,
        ...sum(files.map((path) => measure(readFileSync(path)))),
      };
    }),
    ...assets.map((name) => ({
      file: `dist/assets/${name.replace(/-[\w-]{8}\.js$/, '.js')}`,
      what: name.startsWith('search-worker')
        ? "the drop-in's search worker (fetched by large `src` searches)"
        : 'fetched by the drop-in when used',
      files: 1,
      ...file(`dist/assets/${name}`),
    })),
    { file: 'dist/cdn/loader.js', what: 'CDN loader', files: 1, ...file('dist/cdn/loader.js') },
    { file: 'dist/embed-host.js', what: 'iframe embed, host page script', files: 1, ...file('dist/embed-host.js') },
    ...translations.map((name) => ({
      file: `dist/translations/${name}`,
      what: `translation (${name.replace(/\.js$/, '')})`,
      files: 1,
      ...file(`dist/translations/${name}`),
    })),
  ];
}
