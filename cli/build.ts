import { stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { buildBundle, formatContentError, splitSearchIndex } from './content/build-bundle.js';
import { dropInFile } from './package-files.js';
import { pagefindFolderName, writePagefindIndex } from './search/pagefind-index.js';
import { writeFileWithCompressedCopies } from './write-bundle.js';

/** The file name of the bundle inside the output folder of `topic-hub build`. */
export const bundleFileName = 'bundle.json';

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** "1 hub, 3 articles": the size of a bundle in the words an author uses. */
export const describeBundle = (bundle: { hubs: object; articles: object }) =>
  `${plural(Object.keys(bundle.hubs).length, 'hub')}, ${plural(Object.keys(bundle.articles).length, 'article')}`;

/** A path as the user would type it from the current folder. */
export const displayPath = (path: string) => {
  const fromHere = relative(process.cwd(), path);
  return fromHere === '' ? '.' : fromHere.startsWith('..') || isAbsolute(fromHere) ? path : fromHere;
};

/**
 * Says what to do when `dir` is not a folder, so a typo does not read as a list of missing
 * `hubs/` and `articles/` errors. Returns the message, or undefined when the folder exists.
 */
export async function missingFolderMessage(command: string, dir: string): Promise<string | undefined> {
  const stats = await stat(dir).catch(() => undefined);
  if (stats?.isDirectory()) return undefined;
  return stats
    ? `topic-hub ${command}: ${dir} is a file; give the content folder (the one holding hubs/ and articles/).`
    : `topic-hub ${command}: there is no folder ${dir}. Give the content folder (the one holding hubs/ and articles/), or create one with: topic-hub init ${dir}`;
}

/** Builds the folder, or prints every content error to stderr and returns undefined. */
export async function buildOrReport(dir: string, whatNotDone: string) {
  const result = await buildBundle(dir);
  for (const warning of result.warnings) console.warn(`warning: ${formatContentError(warning)}`);
  if (result.bundle !== undefined) return result.bundle;
  for (const error of result.errors) console.error(formatContentError(error));
  console.error(`\n${plural(result.errors.length, 'content error')} in ${dir}; ${whatNotDone}.`);
  return undefined;
}

/** `topic-hub check <dir>`: validates only. Returns the exit code. */
export async function check(dir: string): Promise<number> {
  const missing = await missingFolderMessage('check', dir);
  if (missing) {
    console.error(missing);
    return 1;
  }
  const bundle = await buildOrReport(dir, 'fix them and check again');
  if (bundle === undefined) return 1;
  console.log(`${dir}: no problems found (${describeBundle(bundle)}).`);
  return 0;
}

/** The two tags a page needs to show the hubs of a bundle served at `bundleUrl`. */
export function embedTags(hubIds: string[], bundleUrl: string, scriptUrl = '/topic-hub.js') {
  return [
    `<script type="module" src="${scriptUrl}"></script>`,
    ...hubIds.map((id) => `<topic-hub src="${bundleUrl}" hub="${id}"></topic-hub>`),
  ];
}

const kibOf = (text: string) => (Buffer.byteLength(text) / 1024).toFixed(1);

/**
 * `topic-hub build <dir> --out <outDir> [--search pagefind]`: writes `<outDir>/bundle.json` and the
 * search index it names (`search-index.<hash>.json`, fetched only when a reader first searches),
 * each with `.gz` and `.br` copies, and with `--search pagefind` a Pagefind index in
 * `<outDir>/pagefind/`; or, on any content error, writes nothing and leaves `<outDir>` as it was.
 * Returns the exit code.
 */
export async function build(dir: string, outDir: string, options: { search?: 'pagefind'; inlineIndex?: boolean } = {}): Promise<number> {
  const missing = await missingFolderMessage('build', dir);
  if (missing) {
    console.error(missing);
    return 1;
  }
  const outFile = join(outDir, bundleFileName);
  const built = await buildOrReport(dir, `nothing written to ${outDir}`);
  if (built === undefined) return 1;
  if (options.search === 'pagefind' && !(await reportPagefindIndex(built, outDir))) return 1;
  // An app that imports bundle.json as a module gets no index file beside it in its build: inline.
  const { bundle, indexFile, index } = options.inlineIndex ? { bundle: built, indexFile: undefined, index: '' } : splitSearchIndex(built);
  const json = JSON.stringify(bundle);
  // The index first: a bundle.json a server hands out never names an index that is not there yet.
  // Index files of earlier builds stay, for pages that still hold their bundle.json.
  if (indexFile) await writeFileWithCompressedCopies(join(outDir, indexFile), index);
  await writeFileWithCompressedCopies(outFile, json);

  console.log(`Wrote ${displayPath(outFile)} (${kibOf(json)} KiB): ${describeBundle(bundle)}, content hash ${bundle.contentHash}.`);
  console.log(
    indexFile
      ? `Wrote ${displayPath(join(outDir, indexFile))} (${kibOf(index)} KiB), the search index, and .gz and .br copies of both files.`
      : 'The search index is inside it (--inline-index); .gz and .br copies beside it.',
  );
  // The URL the page uses depends on the web server; the output path is the likeliest guess.
  const outPath = displayPath(outFile);
  const bundleUrl = isAbsolute(outPath) ? `/${bundleFileName}` : `/${outPath.split(sep).join('/')}`;
  const dropIn = dropInFile();
  console.log('\nEmbed it in any page (make both src attributes the URLs where your web server serves the two files):');
  for (const tag of embedTags(Object.keys(bundle.hubs), bundleUrl)) console.log(`  ${tag}`);
  if (indexFile) console.log(`Serve ${indexFile} beside bundle.json: the bundle names it, and searches fetch it when first used.`);
  if (dropIn) console.log(`\ntopic-hub.js is the drop-in file of this package: ${displayPath(dropIn)}`);
  return 0;
}

/** Writes the Pagefind index of `topic-hub build --search pagefind` and says what it wrote; false when it could not. */
async function reportPagefindIndex(bundle: Parameters<typeof writePagefindIndex>[0], outDir: string): Promise<boolean> {
  const result = await writePagefindIndex(bundle, outDir);
  if ('error' in result) {
    console.error(`topic-hub build: ${result.error}\nNothing written to ${outDir}.`);
    return false;
  }
  console.log(
    `Wrote ${displayPath(join(outDir, pagefindFolderName))}/ (${plural(result.files, 'file')}): the Pagefind index and its term list.`,
  );
  return true;
}
