import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The CLI runs compiled from the package (dist/cli/topic-hub.js and chunks in dist/cli/chunks/)
// and, while developing, from its sources (cli/*.ts, via tsx). Files are found from the package's
// folder, which is the same in every layout, not from the running module, whose folder is not.

/** The folder of this package: the nearest one above this module with a package.json. */
function findPackageRoot(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`topic-hub: no package.json above ${fileURLToPath(import.meta.url)}`);
  }
}

const packageRoot = findPackageRoot();

/** The starter content folder that `topic-hub init` copies: its sources, or the copy the build puts beside the compiled CLI. */
export const starterDir = [join(packageRoot, 'cli', 'starter'), join(packageRoot, 'dist', 'cli', 'starter')].find((dir) =>
  existsSync(dir),
)!;

/** A file the library build writes to dist/ (`topic-hub.js`, `embed-frame.js`), or undefined when it is not built. */
export function builtFile(name: string): string | undefined {
  const file = join(packageRoot, 'dist', name);
  return existsSync(file) ? file : undefined;
}

/** The drop-in file of this package (`dist/topic-hub.js`), or undefined when it is not built. */
export const dropInFile = () => builtFile('topic-hub.js');
