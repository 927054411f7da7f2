/**
 * Writes docs/size.md, the size table of everything the package ships (as Material Web keeps one),
 * from the files in dist/ (run `npm run build` first): `npm run size`. One source for every figure:
 * bench/sizes.ts measures, bench/size-budgets.ts holds the budgets; test/node/size-doc.test.ts fails
 * when the committed docs/size.md is not what this writes.
 *
 *   tsx scripts/size-report.ts [--out FILE]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { runtimeGoal, sizeBudgets } from '../bench/size-budgets.js';
import { dropInBreakdown, measure, shippedSizes, type Size } from '../bench/sizes.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const sizeCells = (size: Size) => [kb(size.raw), kb(size.gzip), kb(size.brotli)];

/** What an app's bundle holds for one import of the package: `import '<export>'`, bundled and minified by esbuild. */
async function importSize(root: string, file: string) {
  const result = await build({
    stdin: { contents: `import './${file}';`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
    // Peer dependencies of the React wrappers: the app has them anyway.
    external: ['react', '@lit/react'],
  });
  return { size: measure(Buffer.from(result.outputFiles[0]!.contents)), pulls: pullsIn(Object.keys(result.metafile.inputs)) };
}

/** What a file holds, from the modules it was built from. */
function pullsIn(inputs: string[]) {
  const has = (pattern: RegExp) => inputs.some((input) => pattern.test(input));
  const elements = new Set(inputs.map((input) => /(?:dist\/lib|src)\/elements\/([^/]+)\//.exec(input)?.[1]).filter(Boolean));
  const pulls = [
    elements.size ? `${elements.size} element${elements.size > 1 ? 's' : ''}` : '',
    has(/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//) ? 'Lit' : '',
    has(/node_modules\/minisearch\//) ? 'MiniSearch' : '',
    has(/node_modules\/@lit-labs\/ssr-client\//) ? 'hydrate support' : '',
    has(/content\/default-bundle/) ? 'built-in content' : '',
  ].filter(Boolean);
  return pulls.join(', ') || 'nothing else';
}

/**
 * A self-contained file (the drop-in, the embed script): an app that imports it gets the file as
 * it is; the drop-in's modules are listed beside it (`<file>.modules.json`).
 */
function fileSize(root: string, file: string) {
  const modules = join(root, `${file}.modules.json`);
  return {
    size: measure(readFileSync(join(root, file))),
    pulls: existsSync(modules) ? pullsIn(JSON.parse(readFileSync(modules, 'utf8')) as string[]) : 'nothing else',
  };
}

/** What the runtime goal would take, from the breakdown's figures (gzip shares of the drop-in). */
function goalGap(runtimeGzip: number, rows: { group: string; gzip: number }[]) {
  const share = (test: RegExp) => rows.filter((row) => test.test(row.group)).reduce((total, row) => total + row.gzip, 0);
  const search = share(/MiniSearch|article-search|^search/);
  const lit = share(/^Lit (core|directives|decorators)/);
  const hydrate = share(/hydrate support/);
  return (
    `It is ${kb(runtimeGzip - runtimeGoal)} over. Template minification and hydrate support only in the drop-in are done; ` +
    `what is left is code every page runs. The levers that size it: the search (MiniSearch, \`<article-search>\`, ` +
    `its index options; ${kb(search)}) loaded on first focus or in a worker instead of with the page; Lit's hydrate support ` +
    `(${kb(hydrate)}) in a second drop-in file for server-rendered pages only; together about ${kb(search + hydrate)}` +
    (runtimeGzip - search - hydrate > runtimeGoal
      ? `, and a further ${kb(runtimeGzip - search - hydrate - runtimeGoal)} from the elements' own code and the localize table (Lit itself is ${kb(lit)} and stays).`
      : ` (Lit itself is ${kb(lit)} and stays).`)
  );
}

export async function sizeReport(root: string): Promise<string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { default?: string }> };
  const imports: (string | number)[][] = [];
  for (const [name, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    // Node-only (`./ssr`), types and data files are not downloaded by a page.
    if (!file?.endsWith('.js') || file.startsWith('./dist/cli/')) continue;
    const specifier = name === '.' ? 'topic-hub-elements' : `topic-hub-elements/${name.slice(2)}`;
    const { size, pulls } = file.startsWith('./dist/lib/') ? await importSize(root, file.slice(2)) : fileSize(root, file.slice(2));
    imports.push([`\`${specifier}\``, ...sizeCells(size), pulls]);
  }
  const shipped = shippedSizes(root);
  const { rows } = await dropInBreakdown(root);
  const runtime = shipped.find((size) => size.file === 'runtime')!;
  const budgetRows = shipped.map((size) => {
    const budget = sizeBudgets[size.file];
    return [`\`${size.file}\``, size.what, size.files, ...sizeCells(size), budget === undefined ? 'none' : kb(budget)];
  });
  return `# Size

Generated by \`npm run size\` (scripts/size-report.ts) from the files \`npm run build\` writes; do not
edit: \`test/node/size-doc.test.ts\` fails when this file is not what the script writes. KB = 1,024
bytes; gzip at level 9, brotli at quality 11 (Node ${process.versions.node.split('.')[0]}'s zlib).
Budgets (bench/size-budgets.ts, gzip) fail CI in \`test/node/size-budget.test.ts\`.

## Public imports

What an app's production bundle holds for one import: \`import '<specifier>'\`, bundled and minified
by esbuild with \`lit\` and \`minisearch\` from node_modules (\`react\` and \`@lit/react\`, peer
dependencies of \`/react\`, left out). Imports share Lit, MiniSearch and the element base: two
imports cost less than their sum. \`topic-hub-elements/ssr\` runs in Node and is not listed.

${table(['import', 'raw (min)', 'gzip', 'brotli', 'pulls in'], imports)}

## Files a page downloads

The drop-in and its runtime part (the drop-in without the built-in content: split as bench/sizes.ts
does, each part compressed alone); a CDN page is an element's module in \`dist/cdn/\` with every
chunk it imports, each compressed alone and summed, as a server sends them.

${table(['file', 'what', 'files', 'raw', 'gzip', 'brotli', 'budget (gzip)'], budgetRows)}

Goal of issue #12, runtime <= ${kb(runtimeGoal)} gzip: **${runtime.gzip <= runtimeGoal ? 'PASS' : 'FAIL'}** (${kb(runtime.gzip)}).
${runtime.gzip <= runtimeGoal ? '' : `\n${goalGap(runtime.gzip, rows)}\n`}
## Where the drop-in's bytes go

Each byte of the minified \`dist/topic-hub.js\` belongs to the source module it came from (read from
its source map, \`dist/topic-hub.js.map\`, which the package does not ship). gzip = how much smaller the
whole file gzips without the group's bytes; shared words compress once, so the column adds up to a
little less than the file.

${table(
  ['group', 'raw (min)', 'gzip share'],
  rows.map((row) => [row.group.replaceAll('<', '&lt;'), kb(row.raw), kb(row.gzip)]),
)}
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/size.md' } } });
  writeFileSync(values.out, await sizeReport(process.cwd()));
  console.log(`Size table -> ${values.out}`);
}
