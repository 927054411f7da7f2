/**
 * The bundler matrix: an app that imports the packed package, built for production by Vite,
 * Rollup, esbuild and webpack, each configured as its docs recommend for a browser app, and
 * opened in headless Chromium. A production build is the only place where a wrong `sideEffects`
 * shows: tree-shaking drops the modules that register the tags, and the page stays empty.
 *
 * The package comes from the tarball (one install into a temporary project); the bundlers are
 * this repository's devDependencies, run through their Node APIs. Run `npm run build` first.
 */
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { bundlerNames, startBuilds, type BuildJob } from './app-builds.js';
import { launchChromium, serveFolder, type StaticServer } from './browser.js';
import { installProject, packPackage, type PackedPackage } from './packed-package.js';
import { libraryElements } from '../fixtures/library-elements.js';

interface ImportStyle {
  /** The app's whole source (`main.js`). */
  main: string;
  /** What the page's body holds before the script runs. */
  body: string;
  /** Every tag the import must define, and no other of ours. */
  defines: string[];
  /** The element that must render, and the text of the first heading in its shadow root. */
  renders: { tag: string; heading: string };
}

const importStyles: Record<string, ImportStyle> = {
  'side-effect import of reading-path.js': {
    main: `import 'topic-hub-elements/reading-path.js';\n`,
    body: '<reading-path hub="technical-leadership" path="ai-operating-model"></reading-path>',
    defines: ['reading-path', 'article-card'],
    renders: { tag: 'reading-path', heading: 'AI operating model' },
  },
  // The import README shows, and the one production builds dropped first.
  'side-effect import of topic-hub.js': {
    main: `import 'topic-hub-elements/topic-hub.js';\n`,
    body: '<topic-hub hub="technical-leadership"></topic-hub>',
    defines: libraryElements,
    renders: { tag: 'topic-hub', heading: 'Technical Leadership' },
  },
  'named import': {
    // The class is used, so a bundler keeps it; the test is whether it keeps the registration too
    // (without it, the constructor throws "Illegal constructor").
    main: [
      `import { TopicHub } from 'topic-hub-elements/topic-hub.js';`,
      `const hub = new TopicHub();`,
      `hub.setAttribute('hub', 'technical-leadership');`,
      `document.body.append(hub);`,
      '',
    ].join('\n'),
    body: '',
    defines: libraryElements,
    renders: { tag: 'topic-hub', heading: 'Technical Leadership' },
  },
  'package root': {
    main: `import 'topic-hub-elements';\n`,
    body: '<topic-hub hub="technical-leadership"></topic-hub>',
    defines: libraryElements,
    renders: { tag: 'topic-hub', heading: 'Technical Leadership' },
  },
};

const slug = (bundlerName: string, styleName: string) => `${bundlerName}-${styleName}`.replace(/[^a-z0-9]+/gi, '-');

let packed: PackedPackage;
let server: StaticServer;
let browser: Browser;
/** One production build per bundler and import style, all started at once. */
const builds = new Map<string, Promise<void>>();
let outRoot: string;

/** The gzip size of a built app's JavaScript, for the log: tree-shaking shows as a small number. */
async function javaScriptSize(outDir: string) {
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.js'));
  const sizes = await Promise.all(files.map(async (file) => gzipSync(await readFile(join(outDir, file))).length));
  return sizes.reduce((sum, size) => sum + size, 0);
}

before(async () => {
  packed = await packPackage('topic-hub-bundlers-');
  const project = await installProject(packed, 'app');
  outRoot = join(project, 'out');
  const jobs: BuildJob[] = [];
  for (const bundler of bundlerNames) {
    for (const [styleName, style] of Object.entries(importStyles)) {
      const name = slug(bundler, styleName);
      // A folder per build: Vite builds from its root folder and writes index.html there.
      const app = join(project, 'apps', name);
      await mkdir(app, { recursive: true });
      await writeFile(join(app, 'main.js'), style.main);
      jobs.push({ name, bundler, app, outDir: join(outRoot, name), body: style.body });
    }
  }
  for (const [name, build] of startBuilds(jobs)) builds.set(name, build);
  [server, browser] = await Promise.all([serveFolder(outRoot), launchChromium()]);
});

after(async () => {
  await Promise.allSettled(builds.values());
  await browser?.close();
  await server?.close();
  await packed?.remove();
});

for (const bundlerName of bundlerNames) {
  describe(bundlerName, () => {
    for (const [styleName, style] of Object.entries(importStyles)) {
      it(`${styleName}: defines ${style.defines.length === libraryElements.length ? 'every tag' : style.defines.join(', ')} and renders`, async (t) => {
        await builds.get(slug(bundlerName, styleName));
        t.diagnostic(`${((await javaScriptSize(join(outRoot, slug(bundlerName, styleName)))) / 1024).toFixed(1)} KB of JavaScript (gzip)`);
        const tab = await browser.newPage();
        const errors: string[] = [];
        tab.on('pageerror', (error) => errors.push(String(error)));
        try {
          // Scripts (module or deferred) run before `load`: every registration has happened by then.
          await tab.goto(`${server.origin}/${slug(bundlerName, styleName)}/`);
          const defined = await tab.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), libraryElements);
          assert.deepEqual(defined.sort(), [...style.defines].sort(), 'the tags the import defines');
          const { tag, heading } = style.renders;
          await tab
            .waitForFunction(
              (tag, heading) =>
                document.querySelector(tag)?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim() === heading,
              { timeout: 10_000 },
              tag,
              heading,
            )
            .catch((error: Error) =>
              assert.fail(`<${tag}> did not render "${heading}" (${error.message}); page errors: ${errors.join(' | ') || 'none'}`),
            );
          assert.deepEqual(errors, []);
        } finally {
          await tab.close();
        }
      });
    }
  });
}
