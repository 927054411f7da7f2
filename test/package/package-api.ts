/**
 * What the published package offers, written down by hand rather than read from package.json:
 * the package tests compare package.json and the tarball against it.
 */

/** Every subpath of `exports`, with what a consumer gets from it (`page-script`: a file for a page's script tag, nothing to import). */
export const expectedExports = {
  '.': 'javascript',
  './article-card.js': 'javascript',
  './article-search.js': 'javascript',
  './start-here.js': 'javascript',
  './key-questions.js': 'javascript',
  './reading-path.js': 'javascript',
  './failure-mode-list.js': 'javascript',
  './related-hubs.js': 'javascript',
  './reference-list.js': 'javascript',
  './topic-hub.js': 'javascript',
  './translations/de.js': 'javascript',
  './translations/ar.js': 'javascript',
  './drop-in.js': 'javascript',
  './react': 'javascript',
  './ssr': 'javascript',
  './embed-host.js': 'page-script',
  './types/react': 'types',
  './types/vue': 'types',
  './bundle.schema.json': 'json',
  './custom-elements.json': 'json',
  './vscode.html-custom-data.json': 'json',
  './vscode.css-custom-data.json': 'json',
  './web-types.json': 'json',
  './package.json': 'json',
} as const;

/** The top level of the tarball: the built files, the bundle-format page, the manifest and npm's own. */
export const expectedTopLevel = ['LICENSE', 'README.md', 'custom-elements.json', 'dist', 'docs', 'package.json'];
