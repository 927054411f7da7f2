// @ts-nocheck
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes `contents` to `file` so that a reader (a web server, a browser) sees the previous file
 * or the new one, never half of one: a temporary file beside it is renamed over it. Creates the
 * folder; removes the temporary file when anything fails; touches no other file.
 */
export async function writeFileAtomically(file: string, contents: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  // Beside the target, so the rename stays within one file system and is atomic.
  const tempFile = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tempFile, contents);
    await rename(tempFile, file);
  } catch (error) {
    await rm(tempFile, { force: true });
    throw error;
  }
}
