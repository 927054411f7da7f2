import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { minifyHTMLLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defineConfig, type Plugin } from 'vite';
import { elementTags } from './src/internal/element-tags.js';

/**
 * Lists the modules inside each output file (`<file>.modules.json`), so tests and the bench can
 * prove that build-time libraries (marked, the sanitizer, the validators) never reach the runtime.
 */
const moduleListPlugin = (): Plugin => ({
  name: 'topic-hub:module-list',
  generateBundle(_options, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type !== 'chunk' || !output.isEntry) continue;
      const modules = output.moduleIds.map((id) => relative(process.cwd(), id).replaceAll('\\', '/'));
      this.emitFile({ type: 'asset', fileName: `${output.fileName}.modules.json`, source: JSON.stringify(modules, null, 2) });
    }
  },
});

/**
 * The browsers the elements' CSS is written for, as lightningcss targets (major << 16 | minor << 8):
 * the first with `light-dark()`, which the theme picks every colour with (src/internal/theme.styles.ts).
 * For older targets lightningcss would rewrite each colour into a custom-property polyfill (+0.1 KB
 * gzip, and other behaviour); for these it keeps the CSS as written, only smaller.
 */
const cssTargets = { chrome: 123 << 16, edge: 123 << 16, firefox: 120 << 16, safari: (17 << 16) | (5 << 8) };

/**
 * Minifies the CSS and HTML inside Lit's css`` and html`` templates (whitespace, comments, CSS
 * shorthands) in every build, the server render's included: the server marks each template with a
 * digest of its strings, and hydration needs the browser's copy to carry the same strings.
 * Left as written: templates with an expression in tag position (lit/static-html, which the HTML
 * minifier cannot parse) and css`` fragments that are declarations without a rule (line-clamp).
 * Whitespace between tags shrinks to one space but never goes (CSS can make any element inline:
 * "Read: <ul>" must not become "Read:<ul>"), empty attributes stay (`alt=""` marks a decorative
 * image), and a template that fails to minify fails the build.
 */
const templateMinifyPlugin = (): Plugin => ({
  name: 'topic-hub:minify-template-literals',
  async transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
    try {
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        minifyOptions: { removeEmptyAttributes: false, conservativeCollapse: true, minifyCSS: { targets: cssTargets } },
        shouldMinify: (template) =>
          /html|svg/i.test(template.tag ?? '') && !template.parts.slice(0, -1).some((part) => /<\/?$/.test(part.text)),
        shouldMinifyCSS: (template) => /css/i.test(template.tag ?? '') && template.parts.some((part) => part.text.includes('{')),
      });
      return result && { code: result.code, map: result.map?.toString() };
    } catch (error) {
      return this.error(`${id}: ${(error as Error).message}`);
    }
  },
});

/** Copies the starter content (`cli/starter/`) beside the compiled CLI, where `topic-hub init` reads it. */
const starterFilesPlugin = (): Plugin => ({
  name: 'topic-hub:starter-files',
  generateBundle() {
    for (const entry of readdirSync('cli/starter', { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      this.emitFile({ type: 'asset', fileName: relative('cli', file).replaceAll('\\', '/'), source: readFileSync(file) });
    }
  },
});

/** `<tag>`: `src/<tag>.ts`, the entry that registers the tag and the tags it renders. */
const elementEntryPoints = elementTags.map((tag) => [tag, `src/${tag}.ts`]);
/** `translations/<code>`: a language other than English (which every entry carries), registered when imported. */
const translationEntryPoints = readdirSync('src/translations')
  .filter((file) => file.endsWith('.ts') && file !== 'en.ts')
  .map((file) => [`translations/${file.replace(/\.ts$/, '')}`, `src/translations/${file}`]);

/**
 * The search worker (src/search/search-worker.ts) is found by its `new Worker(new URL(…, import.meta.url))`
 * and emitted as a file of its own (`assets/search-worker-<hash>.js` beside the output), as an ES
 * module: the page starts it with `type: 'module'`, so a strict CSP (`script-src 'self'`) allows it.
 */
const moduleWorker = { format: 'es' as const };
/** Asset URLs (the worker's) relative to the file that names them, wherever the package's files are served from. */
const relativeBase = './';

export default defineConfig(({ mode }) => {
  // `vite build --mode cli`: the `topic-hub` command and the server render (`topic-hub-elements/ssr`)
  // as Node files with every build-time library inside, so they run from the installed package
  // without its devDependencies; what both use sits in shared chunks beside the entries. The CLI
  // finds its starter and the drop-in from the package's root (cli/package-files.ts: the nearest
  // folder with a package.json), so it does not matter which chunk that code lands in.
  if (mode === 'cli') {
    return {
      plugins: [templateMinifyPlugin(), starterFilesPlugin()],
      // Except pagefind (`--search pagefind`): its JS starts the native binary of the same version, which
      // it finds with require.resolve('@pagefind/<platform>/…') from its own folder. Bundled here, that
      // would resolve from dist/cli (only where npm hoisted the binary package; not under pnpm) and
      // pair our build's copy of the JS with whatever binary version is installed.
      ssr: { noExternal: true, external: ['pagefind'], target: 'node' },
      build: {
        ssr: true,
        outDir: 'dist/cli',
        emptyOutDir: true,
        target: 'node20.19',
        rolldownOptions: {
          input: { 'topic-hub': 'cli/topic-hub.ts', ssr: 'src/ssr.ts' },
          output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
        },
      },
    };
  }
  // `vite build --mode dropin`: one ES module (elements, Lit, MiniSearch, the content bundle and
  // Lit's hydrate support, for server-rendered pages) that a page loads with a single script tag,
  // and beside it the search worker (assets/), which large `src` bundles use where the page allows.
  if (mode === 'dropin') {
    return {
      plugins: [templateMinifyPlugin(), moduleListPlugin()],
      worker: moduleWorker,
      base: relativeBase,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        lib: { entry: 'src/drop-in.ts', formats: ['es'], fileName: () => 'topic-hub.js' },
        // A map without a sourceMappingURL comment (not shipped, see package.json `files`): the size
        // breakdown (bench/sizes.ts) reads which source module each byte of the minified file comes from.
        sourcemap: 'hidden',
        // Vite keeps whitespace in ES library output; the drop-in is served as is, so minify fully.
        // What it loads only when used (the Pagefind engine) goes beside the search worker in assets/.
        rolldownOptions: { output: { minify: true, chunkFileNames: 'assets/[name]-[hash].js' } },
      },
    };
  }
  // `vite build --mode embed`: the two scripts of an iframe embed (src/embed/), each a few hundred
  // bytes with no imports, so that a page can load them as classic or module scripts: dist/embed-host.js
  // for the page that holds the frame, dist/embed-frame.js, which `topic-hub export --frame` copies.
  if (mode === 'embed') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        lib: { entry: { 'embed-host': 'src/embed/embed-host.ts', 'embed-frame': 'src/embed/embed-frame.ts' }, formats: ['es'] },
        rolldownOptions: { output: { minify: true, entryFileNames: '[name].js' } },
      },
    };
  }
  // `vite build --mode cdn`: one ES module per element for static hosts and CDNs, with Lit, MiniSearch
  // and the built-in content in shared chunks (each loaded once, whatever elements a page uses), and
  // the loader that imports an element's module when its tag first appears on the page.
  if (mode === 'cdn') {
    return {
      plugins: [templateMinifyPlugin()],
      worker: moduleWorker,
      base: relativeBase,
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        lib: { entry: Object.fromEntries([['loader', 'src/cdn/loader.ts'], ...elementEntryPoints]), formats: ['es'] },
        rolldownOptions: {
          output: {
            minify: true,
            entryFileNames: '[name].js',
            // Content-hashed names: a static host can cache the chunks forever.
            chunkFileNames: 'chunks/[name]-[hash].js',
            // Lit, MiniSearch and the built-in content change at different times: a chunk each, so a
            // new content bundle does not make browsers fetch Lit again. The rest splits by element.
            codeSplitting: {
              groups: [
                { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit|@lit-labs)[\\/]/ },
                { name: 'minisearch', test: /node_modules[\\/]minisearch[\\/]/ },
                { name: 'content', test: /src[\\/]content[\\/]default-bundle/ },
              ],
            },
          },
        },
      },
    };
  }
  // Default: the npm package build, one ES entry per element, with Lit and MiniSearch left as
  // bare imports for apps that bundle them once. Every source module keeps a file of its own
  // (dist/lib/<folder>/<module>.js), so the registering `defineElement` calls stay in the entry
  // files: package.json `sideEffects` names exactly those (dist/lib/*.js), and everything in the
  // subfolders is pure and tree-shakable. Shared chunks would mix the two (Rolldown moved
  // <topic-hub>'s registration into a chunk, and app builds dropped it).
  return {
    plugins: [templateMinifyPlugin()],
    worker: moduleWorker,
    base: relativeBase,
    build: {
      outDir: 'dist/lib',
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: Object.fromEntries([['index', 'src/index.ts'], ...elementEntryPoints, ...translationEntryPoints]),
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\/ssr-client\//, /^minisearch$/],
        output: {
          preserveModules: true,
          preserveModulesRoot: 'src',
          // Compiler helpers (the decorator runtime) come as `_virtual/<runtime>@<version>/…` modules:
          // give them a path that does not change with the compiler's version.
          entryFileNames: ({ name }) => `${name.replace(/^_virtual\/.*\//, 'internal/runtime/')}.js`,
        },
      },
    },
  };
});
