/**
 * The sites the browser bench loads, one folder per corpus size under bench/.cache/site/<size>/:
 *
 * - `ours/`: what `topic-hub build <content> --out ours` writes (the real CLI, after `npm run build`),
 *   whatever files that build puts beside bundle.json;
 * - `ours-pagefind/`: `topic-hub build --search pagefind`, when this build's CLI accepts the flag
 *   (it exits 2 on an unknown option: that mode is then "not in this build");
 * - `peer/pagefind/`: Pagefind's own index of the same articles, built with the `pagefind` npm package
 *   from one HTML page per article (`<h1>` title, summary, tags), as a static site would give it;
 * - one HTML page per engine: `<article-search src pagefind?>` with the drop-in file; Pagefind's JS API
 *   behind a minimal result list (bench/pages/pagefind-api.js); Pagefind's Default UI.
 *
 * A corpus is rebuilt only when its articles or the CLI changed (a key file holds their hash).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/content/bundle-types.js';
import { writeContentFolder } from './corpus.js';

export type EngineId = 'ours' | 'ours-pagefind' | 'pagefind-api' | 'pagefind-ui';

export interface Site {
  size: number;
  hub: string;
  articles: Article[];
  dir: string;
  /** Seconds each build took (0 when taken from the cache). */
  buildSeconds: Partial<Record<'ours' | 'ours-pagefind' | 'peer', number>>;
  /** Engine pages, by engine; an engine missing here could not be built (see `unavailable`). */
  pages: Partial<Record<EngineId, string>>;
  unavailable: Partial<Record<EngineId, string>>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The page Pagefind indexes for one article: what a static site's article page would hold. */
export const articlePage = (article: Article) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(article.title)}</title></head><body><main><h1>${escapeHtml(article.title)}</h1><p>${escapeHtml(article.summary)}</p><p>${article.tags.map(escapeHtml).join(' ')}</p></main></body></html>`;

const page = (title: string, head: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

function runCli(root: string, args: string[]) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'dist/cli/topic-hub.js'), ...args], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr, seconds: (performance.now() - started) / 1000 };
}

async function buildPeerIndex(articles: Article[], outDir: string) {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind createIndex: ${errors.join('; ')}`);
  // Added in batches: one promise per article at 50k would hold every page in the service's queue at once.
  for (let i = 0; i < articles.length; i += 500) {
    await Promise.all(
      articles.slice(i, i + 500).map((article) => index.addHTMLFile({ url: `/articles/${article.id}/`, content: articlePage(article) })),
    );
  }
  const written = await index.writeFiles({ outputPath: outDir });
  if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/**
 * Builds (or takes from the cache) the site of one corpus. `contentDir` is an existing content folder
 * (the shipped hub's `content/`); without it the articles are written as a content folder first.
 */
export async function prepareSite(
  root: string,
  size: number,
  hub: string,
  articles: Article[],
  contentDir: string | undefined,
  log: (line: string) => void,
): Promise<Site> {
  const dir = join(root, 'bench/.cache/site', String(size));
  const cli = readFileSync(join(root, 'dist/cli/topic-hub.js'));
  const key = createHash('sha256')
    .update(cli)
    .update(JSON.stringify(articles))
    .update(readFileSync(new URL(import.meta.url)))
    .digest('hex');
  const keyFile = join(dir, 'key');
  const site: Site = { size, hub, articles, dir, buildSeconds: {}, pages: {}, unavailable: {} };
  const cached = existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key;
  const notInBuild = 'not in this build (topic-hub build has no --search pagefind: exit 2)';

  if (!cached) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const content = contentDir ?? join(dir, 'content');
    if (!contentDir) writeContentFolder(articles, content);

    log(`${size} articles: topic-hub build`);
    const ours = runCli(root, ['build', content, '--out', join(dir, 'ours')]);
    if (ours.status !== 0) throw new Error(`topic-hub build failed (exit ${ours.status}): ${ours.stderr}`);
    site.buildSeconds.ours = ours.seconds;

    const withPagefind = runCli(root, ['build', content, '--out', join(dir, 'ours-pagefind'), '--search', 'pagefind']);
    if (withPagefind.status === 0) site.buildSeconds['ours-pagefind'] = withPagefind.seconds;
    else if (withPagefind.status === 2) writeFileSync(join(dir, 'ours-pagefind.unavailable'), notInBuild);
    else throw new Error(`topic-hub build --search pagefind failed (exit ${withPagefind.status}): ${withPagefind.stderr}`);

    log(`${size} articles: pagefind index (peer)`);
    const started = performance.now();
    await buildPeerIndex(articles, join(dir, 'peer/pagefind'));
    site.buildSeconds.peer = (performance.now() - started) / 1000;
    if (!contentDir) rmSync(content, { recursive: true, force: true });
    writeFileSync(join(dir, 'build-seconds.json'), JSON.stringify(site.buildSeconds));
  } else {
    site.buildSeconds = JSON.parse(readFileSync(join(dir, 'build-seconds.json'), 'utf8'));
  }

  const base = `/site/${size}`;
  const search = (pagefindUrl?: string) =>
    `<article-search src="${base}/${pagefindUrl ? 'ours-pagefind' : 'ours'}/bundle.json" hub="${hub}"${pagefindUrl ? ` pagefind="${pagefindUrl}"` : ''}></article-search>`;
  writeFileSync(join(dir, 'ours.html'), page('ours', '<script type="module" src="/topic-hub.js"></script>', search()));
  site.pages.ours = `${base}/ours.html`;
  if (existsSync(join(dir, 'ours-pagefind.unavailable'))) {
    site.unavailable['ours-pagefind'] = readFileSync(join(dir, 'ours-pagefind.unavailable'), 'utf8');
  } else {
    writeFileSync(
      join(dir, 'ours-pagefind.html'),
      page('ours (pagefind)', '<script type="module" src="/topic-hub.js"></script>', search(`${base}/ours-pagefind/pagefind/`)),
    );
    site.pages['ours-pagefind'] = `${base}/ours-pagefind.html`;
  }
  writeFileSync(
    join(dir, 'pagefind-api.html'),
    page(
      'Pagefind JS API',
      '<script type="module" src="/bench-pages/pagefind-api.js"></script>',
      `<div id="search" data-bundle="${base}/peer/pagefind/"><input type="search" aria-label="Search"><ol></ol></div>`,
    ),
  );
  site.pages['pagefind-api'] = `${base}/pagefind-api.html`;
  writeFileSync(
    join(dir, 'pagefind-ui.html'),
    page(
      'Pagefind Default UI',
      `<link rel="stylesheet" href="${base}/peer/pagefind/pagefind-ui.css">\n<script src="${base}/peer/pagefind/pagefind-ui.js"></script>\n<script src="/bench-pages/pagefind-ui.js"></script>`,
      `<div id="search" data-bundle="${base}/peer/pagefind/"></div>`,
    ),
  );
  site.pages['pagefind-ui'] = `${base}/pagefind-ui.html`;
  writeFileSync(keyFile, key);
  return site;
}

/** The commit of the bench's tree, for the report. */
export const commitOf = (root: string) => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};
