import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ContentBundle, Hub } from '../src/content/bundle-types.js';
import { elementStylesheets, renderToHtml, textDirection } from '../src/ssr.js';
import { formatMessage, messageFor, shippedTranslationCode } from '../src/internal/localize.js';
import { builtFile } from './package-files.js';
import { bundleFileName, buildOrReport, displayPath, missingFolderMessage, plural } from './build.js';
import { escapeHtml } from './preview-page.js';
import { writeFileAtomically } from './write-bundle.js';

/** The folder of the stylesheets inside the output folder of `topic-hub export`. */
const stylesFolder = 'styles';
/**
 * The scripts of `--frame` (src/embed/), in the output folder as in dist/: the pages load the
 * first; the second is there for the page that holds the frame.
 */
const frameScriptFile = 'embed-frame.js';
const hostScriptFile = 'embed-host.js';
/** The folder of the language tables (dist/translations/), in the output folder as in dist/. */
const translationsFolder = 'translations';

export interface ExportOptions {
  hub: string;
  outDir: string;
  /**
   * URL of the drop-in file (`topic-hub.js`) for pages that should upgrade to the live elements:
   * an http(s) URL (its origin joins the pages' `script-src`), a path from the site's root, or a
   * path relative to the output folder.
   */
  script?: string;
  /**
   * The reader's language: `<html lang>`, and the language the UI is written in (with the tables
   * the library ships; English otherwise). Default: the hub's own `lang`, else `en`.
   */
  lang?: string;
  /**
   * For an `<iframe>` on another site: links open in the top window (the path pages in the
   * frame), and the pages tell the parent their height (embed-frame.js, for embed-host.js).
   */
  frame?: boolean;
}

/**
 * The page's own styles: the frame around the hub, and where to theme it. The hub's look comes
 * from the element stylesheets beside it.
 */
const pageStylesheet = `/* The page around an exported hub (topic-hub export). Theme the hub here with the same
   custom properties as on any page, e.g.
   topic-hub, reading-path { --hub-color-accent: #0a59c7; --hub-font-family: Georgia, serif; } */
:root {
  color-scheme: light dark;
  font-family: system-ui, sans-serif;
  line-height: 1.5;
}
body {
  margin: 0;
}
main {
  max-width: 72rem;
  margin: 0 auto;
  padding: 1rem;
}
nav ul {
  padding-inline-start: 1.25rem;
}
@media print {
  main {
    max-width: none;
    padding: 0;
  }
  nav {
    display: none;
  }
}
`;

/**
 * The page's policy: nothing but its own files, styles only from files (no inline style), images
 * from anywhere safe; scripts and the bundle request only when the page loads the drop-in file.
 */
function contentSecurityPolicy({ script, frame }: ExportOptions) {
  const scriptSource =
    script === undefined ? (frame ? "'self'" : "'none'") : /^https?:/.test(script) ? `'self' ${new URL(script).origin}` : "'self'";
  return [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self' https: data:",
    `script-src ${scriptSource}`,
    ...(script === undefined ? [] : ["connect-src 'self'"]),
  ].join('; ');
}

/** The export's options with the language settled, and the file of its table where the pages load one. */
interface PageOptions extends ExportOptions {
  lang: string;
  translation?: string;
}

interface PageParts {
  title: string;
  /** From the page to the output folder: '' or '../'. */
  root: string;
  body: string;
}

/**
 * A preload in the head for each stylesheet the shadow roots of `body` link. Chromium holds the
 * parser at each of those links until its file has loaded, so that nothing paints unstyled, and
 * finds the next one only then: one round trip per file, one after another. Preloaded, they load
 * at once (measured with 300 ms per file: the page complete at 0.9 s instead of 3.4 s).
 */
function stylesheetPreloads(body: string) {
  const files = new Set(Array.from(body.matchAll(/<link rel="stylesheet" href="([^"]+)">/g), ([, href]) => href));
  return Array.from(files, (href) => `\n    <link rel="preload" as="style" href="${href}" />`).join('');
}

function page({ title, root, body }: PageParts, options: PageOptions) {
  const { script, lang, frame } = options;
  // The page's language table first: registered before the drop-in's elements hydrate, they render the server's text.
  const translationTag =
    script === undefined || !options.translation
      ? ''
      : `
    <script type="module" src="${root}${options.translation}"></script>`;
  // A relative --script is relative to the output folder, as the pages in paths/ see it only with `root`.
  const scriptUrl = script === undefined || /^(https?:)?\//.test(script) ? script : `${root}${script}`;
  const scriptTag =
    scriptUrl === undefined
      ? ''
      : `${translationTag}
    <script type="module" src="${escapeHtml(scriptUrl)}"></script>`;
  // Every link, in the shadow roots too, opens in the top window: an article is not read in a
  // hub-sized frame. The links between the exported pages say `_self` (ownPageTarget).
  const frameTags = frame ? `\n    <base target="_top" />\n    <script src="${root}${frameScriptFile}" defer></script>` : '';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${textDirection(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(options)}" />
    <title>${escapeHtml(title)}</title>
    <link rel="stylesheet" href="${root}${stylesFolder}/page.css" />${stylesheetPreloads(body)}${frameTags}${scriptTag}
  </head>
  <body>
    <main>
${body}
    </main>
  </body>
</html>
`;
}

/** `{ path in the output folder: contents }` for the hub's page and one page per reading path. */
async function renderPages(bundle: ContentBundle, hub: Hub, options: PageOptions): Promise<Record<string, string>> {
  const elementAttributes = (root: string) => ({
    hub: hub.id,
    'heading-level': '1',
    ...(options.script === undefined ? {} : { src: `${root}${bundleFileName}` }),
  });
  const render = (tag: 'topic-hub' | 'reading-path', root: string, attributes: Record<string, string>) =>
    renderToHtml(
      tag,
      { ...elementAttributes(root), ...attributes },
      { bundle, stylesheets: `${root}${stylesFolder}/`, lang: options.lang },
    );

  // Every reference, in full (renderToHtml's default): without the script there is no "Show all" to press.
  const hubElement = await render('topic-hub', '', { density: 'comfortable' });
  // In a frame, the pages of the export open in the frame, past its `<base target="_top">`.
  const ownPageTarget = options.frame ? ' target="_self"' : '';
  const pathLinks = hub.readingPaths
    .map((path) => `          <li><a href="paths/${escapeHtml(path.id)}.html"${ownPageTarget}>${escapeHtml(path.title)}</a></li>`)
    .join('\n');
  const pathsLabel = messageFor('heading.readingPaths', options.lang);
  const pathNav = hub.readingPaths.length
    ? `      <nav aria-label="${escapeHtml(formatMessage(pathsLabel.message, {}, pathsLabel.lang))}">\n        <ul>\n${pathLinks}\n        </ul>\n      </nav>\n`
    : '';
  const pages: Record<string, string> = {
    'index.html': page({ title: hub.title, root: '', body: `      ${hubElement}\n${pathNav}` }, options),
  };
  for (const path of hub.readingPaths) {
    const pathElement = await render('reading-path', '../', { path: path.id });
    // The page's one navigation: named by its link, the hub's title, in no language of the UI.
    const back = `      <nav><a href="../index.html"${ownPageTarget}>${escapeHtml(hub.title)}</a></nav>\n`;
    pages[`paths/${path.id}.html`] = page(
      { title: `${path.title}: ${hub.title}`, root: '../', body: `${back}      ${pathElement}` },
      options,
    );
  }
  return pages;
}

/**
 * `topic-hub export <dir> --hub <id> --out <outDir>`: a static page of one hub (and one per
 * reading path) that shows everything without JavaScript, under a strict Content-Security-Policy.
 * Everything is rendered before anything is written: on a content error nothing is written (a
 * write error part-way, or pages of paths no longer in the hub, are left as README says). Returns
 * the exit code.
 */
export async function exportHub(dir: string, options: ExportOptions): Promise<number> {
  const missing = await missingFolderMessage('export', dir);
  if (missing) {
    console.error(missing);
    return 1;
  }
  const bundle = await buildOrReport(dir, `nothing written to ${options.outDir}`);
  if (bundle === undefined) return 1;
  const hub = Object.hasOwn(bundle.hubs, options.hub) ? bundle.hubs[options.hub] : undefined;
  if (!hub) {
    const hubs = Object.keys(bundle.hubs).map((id) => `"${id}"`);
    console.error(
      `topic-hub export: ${dir} has no hub "${options.hub}" (hubs/${options.hub}.md); its hubs: ${hubs.join(', ')}. Nothing written.`,
    );
    return 1;
  }
  const lang = options.lang ?? hub.lang ?? 'en';
  // The drop-in carries English only: the pages that upgrade to it load their language's table beside it.
  const code = shippedTranslationCode(lang);
  const translation = options.script !== undefined && code !== 'en' ? `${translationsFolder}/${code}.js` : undefined;
  const pageOptions: PageOptions = { ...options, lang, translation };
  let pages: Record<string, string>;
  try {
    pages = await renderPages(bundle, hub, pageOptions);
  } catch (error) {
    console.error(`topic-hub export: ${(error as Error).message} Nothing written to ${options.outDir}.`);
    return 1;
  }
  const files: Record<string, string> = { ...pages, [`${stylesFolder}/page.css`]: pageStylesheet };
  for (const [file, css] of Object.entries(elementStylesheets())) files[`${stylesFolder}/${file}`] = css;
  if (options.script !== undefined) files[bundleFileName] = JSON.stringify(bundle);
  for (const script of [...(options.frame ? [frameScriptFile, hostScriptFile] : []), ...(translation ? [translation] : [])]) {
    const built = builtFile(script);
    if (!built) {
      console.error(`topic-hub export: dist/${script} is not built (npm run build). Nothing written to ${options.outDir}.`);
      return 1;
    }
    files[script] = await readFile(built, 'utf8');
  }
  for (const [file, contents] of Object.entries(files)) await writeFileAtomically(join(options.outDir, file), contents);

  console.log(
    `Wrote ${displayPath(join(options.outDir, 'index.html'))}: hub "${hub.id}", ${plural(hub.readingPaths.length, 'reading path page')} in paths/, stylesheets in ${stylesFolder}/${options.script === undefined ? '' : `, ${bundleFileName}`}${translation ? `, ${translation}` : ''}${options.frame ? `, ${frameScriptFile} and ${hostScriptFile}` : ''}.`,
  );
  console.log(
    options.script === undefined
      ? `The pages need no JavaScript${options.frame ? ` (${frameScriptFile} only sizes their frame; the page that holds it loads ${hostScriptFile})` : ''}. Serve the folder from any web server, or open index.html.`
      : `The pages upgrade to the live elements where ${options.script} loads.`,
  );
  return 0;
}
