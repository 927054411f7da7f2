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
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import * as esbuild from 'esbuild';
import type { Browser } from 'puppeteer-core';
import { rollup } from 'rollup';
import { build as viteBuild } from 'vite';
import webpack from 'webpack';
import { launchChromium, serveFolder, type StaticServer } from './browser.js';
import { installProject, packPackage, type PackedPackage } from './packed-package.js';

// Written down from README (an entry registers its tag and the tags it renders), not read from the build.
const everyTag = [
  'article-card',
  'article-search',
  'start-here',
  'key-questions',
  'reading-path',
  'failure-mode-list',
  'related-hubs',
  'reference-list',
  'topic-hub',
];

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
    defines: everyTag,
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
    defines: everyTag,
    renders: { tag: 'topic-hub', heading: 'Technical Leadership' },
  },
  'package root': {
    main: `import 'topic-hub-elements';\n`,
    body: '<topic-hub hub="technical-leadership"></topic-hub>',
    defines: everyTag,
    renders: { tag: 'topic-hub', heading: 'Technical Leadership' },
  },
};

const page = (script: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>app</title></head>\n<body>\n${body}\n${script}\n</body>\n</html>\n`;

/** Builds `<app>/main.js` into `outDir`, with an `index.html` that loads it. */
type Bundler = (app: string, outDir: string, body: string) => Promise<void>;

const bundlers: Record<string, Bundler> = {
  // Vite builds from index.html; base './' so the output works from any folder of the server.
  async vite(app, outDir, body) {
    await writeFile(join(app, 'index.html'), page('<script type="module" src="./main.js"></script>', body));
    await viteBuild({ root: app, base: './', configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  },
  async rollup(app, outDir, body) {
    const bundle = await rollup({ input: join(app, 'main.js'), plugins: [nodeResolve({ browser: true }), terser()] });
    await bundle.write({ dir: outDir, format: 'es' });
    await bundle.close();
    await writeFile(join(outDir, 'index.html'), page('<script type="module" src="./main.js"></script>', body));
  },
  async esbuild(app, outDir, body) {
    await esbuild.build({
      entryPoints: [join(app, 'main.js')],
      bundle: true,
      minify: true,
      platform: 'browser',
      outdir: outDir,
      logLevel: 'silent',
    });
    await writeFile(join(outDir, 'index.html'), page('<script src="./main.js" defer></script>', body));
  },
  async webpack(app, outDir, body) {
    const compiler = webpack({ mode: 'production', context: app, entry: './main.js', output: { path: outDir, filename: 'main.js' } });
    await new Promise<void>((done, fail) =>
      compiler.run((error, stats) => {
        compiler.close(() => undefined);
        if (error) fail(error);
        else if (stats?.hasErrors()) fail(new Error(stats.toString('errors-only')));
        else done();
      }),
    );
    await writeFile(join(outDir, 'index.html'), page('<script src="./main.js" defer></script>', body));
  },
};

const slug = (bundlerName: string, styleName: string) => `${bundlerName}-${styleName}`.replace(/[^a-z0-9]+/gi, '-');

let packed: PackedPackage;
let server: StaticServer;
let browser: Browser;
/** One production build per bundler and import style, all started at once. */
const builds = new Map<string, Promise<void>>();

before(async () => {
  packed = await packPackage('topic-hub-bundlers-');
  const project = await installProject(packed, 'app');
  for (const [bundlerName, bundle] of Object.entries(bundlers)) {
    for (const [styleName, style] of Object.entries(importStyles)) {
      const name = slug(bundlerName, styleName);
      // A folder per build: Vite builds from its root folder and writes index.html there.
      const app = join(project, 'apps', name);
      const build = mkdir(app, { recursive: true })
        .then(() => writeFile(join(app, 'main.js'), style.main))
        .then(() => bundle(app, join(project, 'out', name), style.body));
      build.catch(() => undefined); // reported by its own test
      builds.set(name, build);
    }
  }
  [server, browser] = await Promise.all([serveFolder(join(project, 'out')), launchChromium()]);
});

after(async () => {
  await Promise.allSettled(builds.values());
  await browser?.close();
  await server?.close();
  await packed?.remove();
});

for (const bundlerName of Object.keys(bundlers)) {
  describe(bundlerName, () => {
    for (const [styleName, style] of Object.entries(importStyles)) {
      it(`${styleName}: defines ${style.defines.length === everyTag.length ? 'every tag' : style.defines.join(', ')} and renders`, async () => {
        await builds.get(slug(bundlerName, styleName));
        const tab = await browser.newPage();
        const errors: string[] = [];
        tab.on('pageerror', (error) => errors.push(String(error)));
        try {
          // Scripts (module or deferred) run before `load`: every registration has happened by then.
          await tab.goto(`${server.origin}/${slug(bundlerName, styleName)}/`);
          const defined = await tab.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), everyTag);
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
