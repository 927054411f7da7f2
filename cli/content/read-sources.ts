import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import type { ContentError } from './build-bundle.js';
import { idPattern } from './schema.js';

export interface SourceFile<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

const fieldPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  ) || '(front matter)';

/**
 * Parses front matter field by field, so one bad field neither hides the errors of the others
 * nor the cross-reference checks that the good fields still allow.
 */
function parseFields<Shape extends z.ZodRawShape>(
  shape: Shape,
  raw: Record<string, unknown>,
  file: string,
  errors: ContentError[],
): { data: Partial<z.infer<z.ZodObject<Shape>>>; valid: boolean } {
  const data: Record<string, unknown> = {};
  let valid = true;
  for (const key of Object.keys(raw)) {
    if (!Object.hasOwn(shape, key)) {
      valid = false;
      errors.push({ file, field: key, message: `is not a known field (known: ${Object.keys(shape).join(', ')})` });
    }
  }
  for (const [key, schema] of Object.entries(shape)) {
    const result = (schema as z.ZodType).safeParse(raw[key]);
    if (result.success) {
      if (result.data !== undefined) data[key] = result.data;
      continue;
    }
    valid = false;
    for (const issue of result.error.issues) {
      errors.push({ file, field: fieldPath([key, ...issue.path]), message: issue.message });
    }
  }
  return { data: data as Partial<z.infer<z.ZodObject<Shape>>>, valid };
}

export async function readSources<Shape extends z.ZodRawShape>(
  contentDir: string,
  folder: string,
  shape: Shape,
  errors: ContentError[],
): Promise<SourceFile<Partial<z.infer<z.ZodObject<Shape>>>>[]> {
  const dir = join(contentDir, folder);
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  } catch {
    errors.push({ file: dir, field: '(folder)', message: 'folder not found' });
    return [];
  }
  const sources: SourceFile<Partial<z.infer<z.ZodObject<Shape>>>>[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    const id = basename(name, '.md');
    if (!idPattern.test(id)) {
      errors.push({
        file,
        field: '(file name)',
        message: `"${id}" is not a valid id: use lowercase letters, digits and single hyphens`,
      });
    }
    let parsed: matter.GrayMatterFile<string>;
    try {
      // Passing options turns off gray-matter's cache, which hands out one shared object per text.
      parsed = matter(await readFile(path, 'utf8'), {});
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0].replace(/:$/, '');
      errors.push({ file, field: '(front matter)', message: `is not valid YAML: ${reason}` });
      sources.push({ id, file, data: {}, body: '' });
      continue;
    }
    const { data } = parseFields(shape, parsed.data, file, errors);
    sources.push({ id, file, data, body: parsed.content });
  }
  return sources;
}
