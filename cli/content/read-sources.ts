/**
 * Reads a content folder's Markdown files as untrusted input: nothing outside the content folder,
 * only regular files, a size limit, strict UTF-8, YAML-only front matter with bounded nesting and
 * aliases, and Markdown nesting bounded before any Markdown parser runs. Every problem becomes a
 * `file: field: message` error; nothing here throws for any file content.
 */
import { constants, type Stats } from 'node:fs';
import { open, readdir, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { Parser, parseDocument, type CST } from 'yaml';
import type { z } from 'zod';
import type { ContentError } from './build-bundle.js';
import { MAX_FILE_BYTES, MAX_FRONT_MATTER_ALIASES, MAX_FRONT_MATTER_NESTING, markdownNestingProblem } from './limits.js';
import { idPattern } from './bundle-schema.js';

export interface SourceFile<T> {
  id: string;
  file: string;
  data: T;
  /** The Markdown after the front matter; undefined when the file could not be read at all. */
  body: string | undefined;
}

/** How messages name a path: relative to the current folder, as the author typed the command. */
export const shownPath = (path: string) => relative(process.cwd(), path) || path;

/** A problem with one field of one file, thrown inside a file's processing and reported for it. */
class FileProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** `*.md` and `*.markdown` in any letter case; the id is the name without it. */
const markdownName = /^(?<id>.+)\.(?:md|markdown)$/i;

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') ||
  '(front matter)';

const isInside = (path: string, root: string) => {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

const kindOf = (stats: Stats) =>
  stats.isDirectory()
    ? 'a folder'
    : stats.isFIFO()
      ? 'a named pipe (FIFO)'
      : stats.isSocket()
        ? 'a socket'
        : stats.isCharacterDevice() || stats.isBlockDevice()
          ? 'a device'
          : 'not a regular file';

/**
 * Reads at most MAX_FILE_BYTES of a regular file at a real path. O_NOFOLLOW refuses a link put in
 * place after the real path was resolved, O_NONBLOCK keeps a FIFO from blocking the open, and the
 * checks run on the opened handle, so what is checked is what is read.
 */
async function readRegularFile(realPath: string): Promise<Buffer> {
  let handle;
  try {
    handle = await open(realPath, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENXIO') throw new FileProblem('(file)', 'is a socket or a device, not a regular file: only Markdown files are read');
    if (code === 'ELOOP') throw new FileProblem('(file)', 'was replaced by a link while the build ran: run it again');
    throw new FileProblem('(file)', `cannot be opened (${code ?? (error as Error).message})`);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      throw new FileProblem('(file)', `is ${kindOf(stats)}, not a regular file: only Markdown files are read`);
    }
    // One byte more than the limit tells a file at the limit from a larger one, whatever its
    // size said (a file can grow after the stat).
    const buffer = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_FILE_BYTES) {
      const size = Math.max(stats.size, length);
      throw new FileProblem(
        '(file)',
        `is ${size.toLocaleString('en')} bytes, more than the limit of ${MAX_FILE_BYTES.toLocaleString('en')} bytes (1 MiB): split it or shorten it`,
      );
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Offset of the first byte that starts no well-formed UTF-8 sequence (Unicode table 3-7). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    let length = 1;
    let [low, high] = [0x80, 0xbf];
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) [length, low, high] = [3, lead === 0xe0 ? 0xa0 : 0x80, lead === 0xed ? 0x9f : 0xbf];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, low, high] = [4, lead === 0xf0 ? 0x90 : 0x80, lead === 0xf4 ? 0x8f : 0xbf];
    else if (lead >= 0x80) return i;
    for (let j = 1; j < length; j += 1) {
      const byte = bytes[i + j];
      if (byte === undefined || byte < (j === 1 ? low : 0x80) || byte > (j === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** UTF-8 text without its byte order mark, or a problem naming the first bad byte and its line. */
function decodeUtf8(bytes: Uint8Array): string {
  try {
    // The decoder drops a leading BOM itself (ignoreBOM: false).
    return utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    if (offset === -1) throw new FileProblem('(file)', 'is not UTF-8 text: save the file as UTF-8');
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    const byte = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
    throw new FileProblem(
      '(file)',
      `is not UTF-8 text: byte 0x${byte} at offset ${offset} (line ${line}) is not valid UTF-8; save the file as UTF-8`,
    );
  }
}

/** How deeply the collections of a YAML syntax tree nest, walked without recursion. */
function yamlDepth(tokens: CST.Token[]): number {
  let max = 0;
  const pending: [CST.Token, number][] = tokens.map((token) => [token, 0]);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [token, depth] = next;
    max = Math.max(max, depth);
    if (token.type === 'document' && token.value) pending.push([token.value, depth]);
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        if (item.key) pending.push([item.key, depth + 1]);
        if (item.value) pending.push([item.value, depth + 1]);
      }
    }
  }
  return max;
}

/**
 * Splits a file into YAML front matter and Markdown body. Front matter opens with a first line
 * of exactly `---` and closes with the next such line; a first line of `---` followed by anything
 * else (gray-matter's `---js`, which ran code) is refused, not guessed at.
 */
function splitFrontMatter(text: string): { yaml?: string; body: string; bodyLine: number } {
  const lines = text.split(/(?<=\n)/);
  if (!lines[0]?.startsWith('---')) return { body: text, bodyLine: 1 };
  const fence = /^---[ \t]*\r?\n?$/;
  if (!fence.test(lines[0])) {
    const opening = lines[0].trim();
    const shown = opening.length > 40 ? `${opening.slice(0, 40)}…` : opening;
    throw new FileProblem('(front matter)', `opens with "${shown}": front matter must be YAML, between two lines that hold only ---`);
  }
  const close = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (close === -1) {
    throw new FileProblem('(front matter)', 'is not closed: end it with a line that holds only ---');
  }
  return {
    // A blank line stands in for the opening fence, so YAML's line numbers are the file's.
    yaml: `\n${lines.slice(1, close).join('')}`,
    body: lines.slice(close + 1).join(''),
    bodyLine: close + 2,
  };
}

/** Parses front matter as YAML 1.2 (core schema plus timestamps), within the nesting and alias limits. */
function parseFrontMatter(yaml: string): Record<string, unknown> {
  const invalid = (reason: string) => new FileProblem('(front matter)', `is not valid YAML: ${reason}`);
  if (yamlDepth([...new Parser().parse(yaml)]) > MAX_FRONT_MATTER_NESTING) {
    throw new FileProblem(
      '(front matter)',
      `nests lists and mappings more than ${MAX_FRONT_MATTER_NESTING} levels deep: no field needs more than 3`,
    );
  }
  // Timestamps keep unquoted dates (`date: 2024-01-31`) the Date objects they were with gray-matter.
  const document = parseDocument(yaml, { customTags: ['timestamp'] });
  const [problem] = [...document.errors, ...document.warnings];
  if (problem) throw invalid(problem.message.split('\n')[0].replace(/:$/, ''));
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_FRONT_MATTER_ALIASES });
  } catch {
    throw new FileProblem(
      '(front matter)',
      `expands aliases (*name) more than ${MAX_FRONT_MATTER_ALIASES} times: write the values out instead`,
    );
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data) || data instanceof Date) {
    throw new FileProblem('(front matter)', 'must be fields (name: value), one per line');
  }
  return data as Record<string, unknown>;
}

/**
 * Parses front matter field by field, so one bad field neither hides the errors of the others
 * nor the cross-reference checks that the good fields still allow.
 */
function parseFields<Shape extends z.ZodRawShape>(
  shape: Shape,
  raw: Record<string, unknown>,
  file: string,
  errors: ContentError[],
): Partial<z.infer<z.ZodObject<Shape>>> {
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(shape, key)) {
      errors.push({ file, field: key, message: `is not a known field (known: ${Object.keys(shape).join(', ')})` });
    }
  }
  for (const [key, schema] of Object.entries(shape)) {
    const result = (schema as z.ZodType).safeParse(raw[key]);
    if (result.success) {
      if (result.data !== undefined) data[key] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      errors.push({ file, field: fieldPath([key, ...issue.path]), message: issue.message });
    }
  }
  return data as Partial<z.infer<z.ZodObject<Shape>>>;
}

/** The real path of a folder of the content folder, or a problem if it leaves it or is none. */
async function resolveFolder(dir: string, root: string | undefined): Promise<string> {
  let real: string;
  try {
    if (root === undefined) throw new Error('no content folder');
    real = await realpath(dir);
  } catch {
    throw new FileProblem('(folder)', 'folder not found');
  }
  if (!isInside(real, root)) {
    throw new FileProblem('(folder)', `is a link to ${real}, outside the content folder: only files inside the content folder are read`);
  }
  return real;
}

/**
 * Reads every `*.md` / `*.markdown` file (any letter case, hidden files left out) of one folder
 * of a content folder, validating front matter against a zod shape. Links that stay inside the
 * content folder are followed; a link that leads out of it is an error, as is anything but a
 * regular file. Problems are appended to `errors`; a file with problems is still returned (with
 * whatever fields were valid) so cross-reference checks do not blame references to it.
 */
export async function readSources<Shape extends z.ZodRawShape>(
  contentDir: string,
  folder: string,
  shape: Shape,
  errors: ContentError[],
): Promise<SourceFile<Partial<z.infer<z.ZodObject<Shape>>>>[]> {
  const dir = join(contentDir, folder);

  let root: string | undefined;
  try {
    root = await realpath(contentDir);
  } catch {
    // Reported as the folder not being found, as before the content folder was resolved.
  }
  let names: string[];
  let realDir: string;
  try {
    realDir = await resolveFolder(dir, root);
    names = (await readdir(realDir)).sort();
  } catch (error) {
    const problem = error instanceof FileProblem ? error : new FileProblem('(folder)', 'is not a folder that can be read');
    errors.push({ file: shownPath(dir), field: problem.field, message: problem.message });
    return [];
  }

  const sources: SourceFile<Partial<z.infer<z.ZodObject<Shape>>>>[] = [];
  const fileOfId = new Map<string, string>();
  for (const name of names) {
    const id = markdownName.exec(name)?.groups?.id;
    if (name.startsWith('.') || id === undefined) continue;
    const file = shownPath(join(dir, name));
    const first = fileOfId.get(id);
    if (first !== undefined) {
      errors.push({
        file,
        field: '(file name)',
        message: `has the same id "${id}" as ${first}: keep one of the two files`,
      });
      continue;
    }
    fileOfId.set(id, file);
    if (!idPattern.test(id)) {
      errors.push({
        file,
        field: '(file name)',
        message: `"${id}" is not a valid id: use lowercase letters, digits and single hyphens`,
      });
    }
    try {
      sources.push(await readSource(join(realDir, name), root as string, id, file, shape, errors));
    } catch (error) {
      const problem =
        error instanceof FileProblem
          ? error
          : // A backstop: the checks above are meant to turn every bad input into a FileProblem.
            new FileProblem('(file)', `could not be read: ${(error as Error)?.message ?? String(error)}`);
      errors.push({ file, field: problem.field, message: problem.message });
      sources.push({ id, file, data: {}, body: undefined });
    }
  }
  return sources;
}

async function readSource<Shape extends z.ZodRawShape>(
  path: string,
  root: string,
  id: string,
  file: string,
  shape: Shape,
  errors: ContentError[],
): Promise<SourceFile<Partial<z.infer<z.ZodObject<Shape>>>>> {
  let real: string;
  try {
    real = await realpath(path);
  } catch {
    throw new FileProblem('(file)', 'is a link to a file that does not exist');
  }
  if (!isInside(real, root)) {
    throw new FileProblem('(file)', `is a link to ${real}, outside the content folder: only files inside the content folder are read`);
  }
  const text = decodeUtf8(await readRegularFile(real));
  const { yaml, body, bodyLine } = splitFrontMatter(text);
  const data = parseFields(shape, yaml === undefined ? {} : parseFrontMatter(yaml), file, errors);
  const nesting = markdownNestingProblem(body, bodyLine);
  if (nesting) errors.push({ file, field: '(body)', message: nesting });
  return { id, file, data, body };
}
