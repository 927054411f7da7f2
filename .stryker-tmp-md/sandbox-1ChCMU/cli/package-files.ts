// @ts-nocheck
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The CLI runs compiled from the package (dist/cli/topic-hub.js, one file) and, while developing,
// from its sources (cli/*.ts, via tsx). The build copies cli/starter/ to dist/cli/starter/, so
// the starter sits beside the running code in both layouts.

/** The starter content folder that `topic-hub init` copies. */
export const starterDir = fileURLToPath(new URL('./starter/', import.meta.url));

/** The drop-in file of this package (`dist/topic-hub.js`), or undefined when it is not built. */
export function dropInFile(): string | undefined {
  const candidates = [
    new URL('../topic-hub.js', import.meta.url), // compiled: dist/cli/ -> dist/
    new URL('../dist/topic-hub.js', import.meta.url), // sources: cli/ -> dist/
  ].map((url) => fileURLToPath(url));
  return candidates.find((file) => existsSync(file));
}
