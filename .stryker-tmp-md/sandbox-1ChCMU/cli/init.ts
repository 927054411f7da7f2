// @ts-nocheck
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { displayPath, embedTags, plural } from './build.js';
import { dropInFile, starterDir } from './package-files.js';

/** A hub id from a folder name: lowercase letters, digits and single hyphens, as ids must be. */
const hubIdFor = (dir: string) =>
  basename(resolve(dir))
    // "Ünïcödé" -> "unicode": accents come off rather than splitting the id.
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'my-hub';

const titleFor = (hubId: string) =>
  hubId
    .split('-')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');

/** The entries of `dir`, or none when it does not exist yet. */
async function entriesOf(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * `topic-hub init <dir>`: copies the starter content into a new or empty folder, with the hub
 * named after the folder. Returns the exit code.
 */
export async function init(dir: string): Promise<number> {
  let entries: string[];
  try {
    entries = await entriesOf(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOTDIR') throw error;
    console.error(`topic-hub init: ${dir} is a file. Give the name of a new folder.`);
    return 1;
  }
  if (entries.length > 0) {
    console.error(
      `topic-hub init: ${dir} is not empty (${entries.length} entries); init writes only into a new or empty folder, so it never overwrites your files. Give another folder name.`,
    );
    return 1;
  }

  const hubId = hubIdFor(dir);
  const files = (await readdir(starterDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  for (const entry of files) {
    const from = join(entry.parentPath, entry.name);
    const relativePath = relative(starterDir, from).replace(/^hubs([\\/])hub\.md$/, `hubs$1${hubId}.md`);
    const text = (await readFile(from, 'utf8')).replaceAll('{{id}}', hubId).replaceAll('{{title}}', titleFor(hubId));
    const to = join(dir, relativePath);
    await mkdir(dirname(to), { recursive: true });
    // 'wx': never overwrite, even if a file appeared since the check above.
    await writeFile(to, text, { flag: 'wx' });
  }

  const articleCount = files.filter((entry) => basename(entry.parentPath) === 'articles').length;
  console.log(`Created ${dir}/ with the hub "${hubId}" (hubs/${hubId}.md): 1 hub, ${plural(articleCount, 'article')}.`);
  const dropIn = dropInFile();
  console.log(`The comments in each file explain every field. Next steps:
  1. See the hub while you edit it (rebuilt on every save):  npx topic-hub preview ${dir}
  2. Write the bundle to the folder your web server serves:  npx topic-hub build ${dir} --out public/hubs/${hubId}
  3. Embed it in any page with two tags${dropIn ? ` (topic-hub.js is ${displayPath(dropIn)})` : ''}:`);
  for (const tag of embedTags([hubId], `/hubs/${hubId}/bundle.json`)) console.log(`       ${tag}`);
  return 0;
}
