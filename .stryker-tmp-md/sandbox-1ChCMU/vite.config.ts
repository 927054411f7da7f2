// @ts-nocheck
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** The element entry points of the npm package: each registers its tag and what it renders. */
const elementEntries = [
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

export default defineConfig(({ mode }) => {
  // `vite build --mode cli`: the `topic-hub` command as one Node file with every build-time
  // library inside, so it runs from the installed package without its devDependencies.
  if (mode === 'cli') {
    return {
      plugins: [starterFilesPlugin()],
      ssr: { noExternal: true, target: 'node' },
      build: {
        ssr: 'cli/topic-hub.ts',
        outDir: 'dist/cli',
        emptyOutDir: true,
        target: 'node20.19',
        rolldownOptions: { output: { entryFileNames: 'topic-hub.js' } },
      },
    };
  }
  // `vite build --mode dropin`: one self-contained ES module (elements, Lit, MiniSearch and the
  // content bundle) that a page loads with a single script tag.
  if (mode === 'dropin') {
    return {
      plugins: [moduleListPlugin()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'topic-hub.js' },
        // Vite keeps whitespace in ES library output; the drop-in is served as is, so minify fully.
        rolldownOptions: { output: { minify: true } },
      },
    };
  }
  // Default: the npm package build, one ES entry per element, with Lit and MiniSearch left as
  // bare imports for apps that bundle them once.
  return {
    build: {
      outDir: 'dist/lib',
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: Object.fromEntries([['index', 'src/index.ts'], ...elementEntries.map((tag) => [tag, `src/${tag}.ts`])]),
        formats: ['es'],
      },
      rolldownOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^minisearch$/],
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
