/**
 * Writes `dist/translations/<code>.js` for every language but English (which every build carries):
 * one self-contained module per language that a page adds beside the drop-in file with a script tag
 * of its own. It registers into the page-wide registry (a global symbol), so it reaches the elements
 * of the drop-in, of the CDN modules and of an npm build alike, whichever loads first.
 */
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';

const languages = readdirSync('src/translations').filter((file) => file.endsWith('.ts') && file !== 'en.ts');

await build({
  entryPoints: languages.map((file) => `src/translations/${file}`),
  outdir: 'dist/translations',
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  // Module scripts are always read as UTF-8: the Arabic text as it is, not six bytes of \u escape per letter.
  charset: 'utf8',
  logLevel: 'warning',
});
