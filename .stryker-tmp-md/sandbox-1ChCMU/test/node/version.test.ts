/** The version a copy of the library reports to another copy on the same page is the package's. */
// @ts-nocheck

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import { libraryVersion } from '../../src/internal/version.js';

it('src/internal/version.ts says the version in package.json', () => {
  assert.equal(libraryVersion, JSON.parse(readFileSync('package.json', 'utf8')).version);
});
