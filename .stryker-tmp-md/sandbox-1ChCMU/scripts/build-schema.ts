/**
 * Writes the JSON Schema of the content bundle, generated from the zod schema the build
 * validates with, for the package (`topic-hub-elements/bundle.schema.json`).
 *
 *   tsx scripts/build-schema.ts [--out FILE.json]
 */
// @ts-nocheck

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleJsonSchema } from '../cli/content/bundle-schema.js';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist/bundle.schema.json' } } });
const outFile = values.out;
await mkdir(dirname(outFile), { recursive: true });
await writeFile(outFile, `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`);
console.log(`Bundle JSON Schema -> ${outFile}`);
