/**
 * The list of tags that the builds make entries from and the CDN loader looks for must name every
 * element entry in src/: an element missing from it would have no file in dist/lib or dist/cdn.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { elementTags } from '../../src/internal/element-tags.js';

it('elementTags names every src/<tag>.ts that registers a tag, and only those', () => {
  const registering = readdirSync('src')
    .filter((file) => file.endsWith('.ts') && /\bdefineElement\(/.test(readFileSync(`src/${file}`, 'utf8')))
    .map((file) => file.slice(0, -'.ts'.length));
  assert.deepEqual([...elementTags].sort(), registering.sort());
});
