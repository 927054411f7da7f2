/**
 * The content build called in this process: `buildBundle()`, the function scripts/build-content.ts
 * and `topic-hub build` both call, with its errors and warnings as the command prints them
 * (`file: field: message`). In process, a mutation run (docs/mutation-testing.md) sees which test
 * reaches which line of the build; a child process is out of its sight. What only the command
 * does (exit code, the summary line, writing the file or leaving it alone) is tested on the
 * command itself in content-build.test.ts and hostile-content.test.ts.
 */
import { buildBundle, formatContentError } from '../../cli/content/build-bundle.js';

export async function buildInProcess(contentDir: string) {
  const result = await buildBundle(contentDir);
  return {
    bundle: result.bundle,
    errors: result.errors.map(formatContentError),
    warnings: result.warnings.map(formatContentError),
  };
}
