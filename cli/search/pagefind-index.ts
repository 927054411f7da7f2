import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, ContentBundle } from '../../src/content/bundle-types.js';
import { buildTermList, termListFileName } from '../../src/search/term-list.js';

/** The folder inside the output folder of `topic-hub build --search pagefind`. */
export const pagefindFolderName = 'pagefind';

/**
 * Files Pagefind writes for its own search UIs, which the elements do not use: left out so that a
 * site serves no script it does not need.
 */
const unusedPagefindFile = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/**
 * One language for the whole index: Pagefind splits records of different languages into separate
 * indexes and searches only the one matching the page's `<html lang>`, which would hide articles.
 * The hubs' own language where they all agree (it picks the stemmer), English otherwise, as the
 * elements' own words default to English.
 */
function indexLanguage(bundle: ContentBundle): string {
  const languages = new Set(Object.values(bundle.hubs).map((hub) => hub.lang?.split('-')[0].toLowerCase()));
  const [only] = languages;
  return languages.size === 1 && only ? only : 'en';
}

/** What Pagefind stores of an article: plain text only, read back by the Pagefind engine (src/search/pagefind-engine.ts). */
export function pagefindRecord(article: Article, language: string) {
  return {
    // Pagefind needs a unique URL per record; the article's own URL travels in `meta`.
    url: `/${encodeURIComponent(article.id)}`,
    content: `${article.title}\n${article.summary}\n${article.tags.join(' ')}`,
    language,
    meta: {
      id: article.id,
      title: article.title,
      summary: article.summary,
      tags: article.tags.join(' '),
      canon: String(article.canon),
      ...(article.url !== undefined && { url: article.url }),
      ...(article.date !== undefined && { date: article.date }),
    },
    filters: { hub: article.hubs, tag: article.tags },
    // Every record gets a sort value: Pagefind leaves a record without one out of a sorted search (its
    // issue #259), and a search by tags alone is sorted by date. Undated articles come last.
    sort: { date: article.date ?? '0000-00-00' },
  };
}

/** Loads the optional `pagefind` package, or says how to install it. */
async function loadPagefind() {
  try {
    return await import('pagefind');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error('--search pagefind needs the pagefind package (an optional dependency of topic-hub-elements): npm install pagefind', {
      cause: error,
    });
  }
}

/**
 * Writes a Pagefind index of the bundle's articles, and the term list for typo correction, to
 * `<outDir>/pagefind/`: first to a folder beside it, which then replaces the previous one, so a
 * failure leaves the previous index as it was. Returns the number of files written, or an error
 * message (no pagefind package, no Pagefind binary for this platform, an indexing error).
 */
export async function writePagefindIndex(bundle: ContentBundle, outDir: string): Promise<{ files: number } | { error: string }> {
  const target = join(outDir, pagefindFolderName);
  const temporary = `${target}.${process.pid}.tmp`;
  const previous = `${target}.${process.pid}.old`;
  let pagefind: Awaited<ReturnType<typeof loadPagefind>> | undefined;
  try {
    pagefind = await loadPagefind();
    const { index, errors } = await pagefind.createIndex({});
    if (!index) return { error: `Pagefind could not start: ${errors.join('; ')}` };
    const language = indexLanguage(bundle);
    for (const article of Object.values(bundle.articles)) {
      const added = await index.addCustomRecord(pagefindRecord(article, language));
      if (added.errors.length > 0) return { error: `Pagefind refused article ${article.id}: ${added.errors.join('; ')}` };
    }
    const written = await index.writeFiles({ outputPath: temporary });
    if (written.errors.length > 0) return { error: `Pagefind could not write its index: ${written.errors.join('; ')}` };
    for (const name of await readdir(temporary)) if (unusedPagefindFile.test(name)) await rm(join(temporary, name));
    await writeFile(join(temporary, termListFileName), JSON.stringify(buildTermList(Object.values(bundle.articles))));
    await rm(previous, { recursive: true, force: true });
    await rename(target, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(temporary, target);
    await rm(previous, { recursive: true, force: true });
    const files = await readdir(target, { recursive: true, withFileTypes: true });
    return { files: files.filter((entry) => entry.isFile()).length };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).syscall) throw error;
    return { error: (error as Error).message };
  } finally {
    await rm(temporary, { recursive: true, force: true });
    // Pagefind runs as a child process until closed; the command would not exit otherwise.
    await pagefind?.close();
  }
}
