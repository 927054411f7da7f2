import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Writes `contents` to `file` so that a reader (a web server, a browser) sees the previous file
 * or the new one, never half of one: a temporary file beside it is renamed over it. Creates the
 * folder; removes the temporary file when anything fails; touches no other file.
 */
export async function writeFileAtomically(file: string, contents: string | Uint8Array): Promise<void> {
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

const gzipped = promisify(gzip);
const brotli = promisify(brotliCompress);

/**
 * Writes `file` and, for servers that serve precompressed files (nginx `gzip_static`, Caddy
 * `precompressed`, a CDN's upload), `file.gz` and `file.br` beside it, each atomically. The copies
 * are written first, so a server that prefers them never serves one older than the plain file.
 */
export async function writeFileWithCompressedCopies(file: string, contents: string): Promise<void> {
  const data = Buffer.from(contents);
  const [gz, br] = await Promise.all([
    gzipped(data, { level: 9 }),
    brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
  ]);
  await writeFileAtomically(`${file}.gz`, gz);
  await writeFileAtomically(`${file}.br`, br);
  await writeFileAtomically(file, data);
}
