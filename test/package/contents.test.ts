/**
 * What `npm pack` puts in the tarball: everything package.json points at, the LICENSE, and
 * nothing of the repository's own (sources, tests, build listings, source maps without sources).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { exec, packPackage, type PackedPackage } from './packed-package.js';
import { expectedExports, expectedTopLevel } from './package-api.js';

let packed: PackedPackage;
/** Paths inside the tarball, without npm's `package/` prefix. */
let files: Set<string>;
let manifest: Record<string, unknown>;

/** A file of the tarball, as text (the tarball is unpacked once, into the temporary folder). */
const read = (file: string) => readFile(join(packed.root, 'package', file), 'utf8');

/** Every string target of an `exports` value, through nested conditions. */
const targets = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : [];

const inPackage = (target: string) => posix.normalize(target).replace(/^\.\//, '');

before(async () => {
  packed = await packPackage('topic-hub-contents-');
  const { stdout } = await exec('tar', ['-tzf', packed.tarball]);
  files = new Set(
    stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace(/^package\//, '')),
  );
  await exec('tar', ['-xzf', packed.tarball, '-C', packed.root]);
  manifest = JSON.parse(await read('package.json'));
});
after(() => packed?.remove());

describe('the packed package', () => {
  it('exports exactly the subpaths written down here, each with types where it is JavaScript', () => {
    const exports = manifest.exports as Record<string, unknown>;
    assert.deepEqual(Object.keys(exports).sort(), Object.keys(expectedExports).sort());
    for (const [subpath, kind] of Object.entries(expectedExports)) {
      const entry = exports[subpath];
      if (kind === 'json') {
        assert.match(targets(entry).join(), /\.json$/, `${subpath} is a JSON file`);
        continue;
      }
      if (kind === 'page-script') {
        assert.match(targets(entry).join(), /^\.\/dist\/[\w-]+\.js$/, `${subpath} is a built script file`);
        continue;
      }
      assert.ok(entry && typeof entry === 'object', `${subpath} has conditions, not a bare path`);
      if (kind === 'types') {
        assert.deepEqual(Object.keys(entry), ['types'], `${subpath} is types only`);
        assert.match((entry as Record<string, string>).types, /\.d\.ts$/, `${subpath} is a declaration file`);
        continue;
      }
      const { types, default: target } = entry as Record<string, string>;
      assert.match(types ?? '', /\.d\.ts$/, `${subpath} has types`);
      assert.match(target ?? '', /\.js$/, `${subpath} has a default JavaScript target`);
      assert.equal(Object.keys(entry)[0], 'types', `${subpath}: "types" comes first, as TypeScript reads conditions in order`);
    }
  });

  it('holds every file package.json points at', () => {
    const pointedAt = [
      ...targets(manifest.exports),
      ...targets(manifest.bin),
      ...['main', 'module', 'types', 'typings', 'customElements', 'web-types'].flatMap((field) => targets(manifest[field])),
    ];
    assert.ok(pointedAt.length > Object.keys(expectedExports).length, 'package.json was read');
    for (const target of pointedAt) assert.ok(files.has(inPackage(target)), `${target} is in the tarball`);
  });

  it('has nothing at the top level but the built files, the docs, the manifest, README, LICENSE and package.json', () => {
    const topLevel = [...new Set([...files].map((file) => file.split('/')[0]))].sort();
    assert.deepEqual(topLevel, expectedTopLevel);
  });

  it('is MIT-licensed to the contributors, in package.json and LICENSE alike', async () => {
    assert.equal(manifest.license, 'MIT');
    const license = await read('LICENSE');
    assert.match(license, /^MIT License\n\nCopyright \(c\) \d{4} topic-hub-elements contributors\n/);
    assert.match(license, /THE SOFTWARE IS PROVIDED "AS IS"/);
  });

  it('ships no sources, tests or build listings', () => {
    const unwanted = [...files].filter(
      (file) =>
        /(^|\/)(src|test|tests|stories|scripts|node_modules)\//.test(file) ||
        (/\.(ts|tsx|mts|cts)$/.test(file) && !/\.d\.(ts|mts|cts)$/.test(file)) ||
        /\.(test|spec|stories)\.[cm]?[jt]sx?$/.test(file) ||
        /\.modules\.json$/.test(file) ||
        /\.tgz$/.test(file),
    );
    assert.deepEqual(unwanted, []);
  });

  it('ships no source map, and no sourceMappingURL, that points at a file it does not ship', async () => {
    for (const file of [...files].filter((name) => /\.(js|mjs|cjs|d\.ts)$/.test(name))) {
      for (const [, url] of (await read(file)).matchAll(/^\/\/# sourceMappingURL=(\S+)$/gm)) {
        if (url.startsWith('data:')) continue;
        assert.ok(files.has(posix.join(posix.dirname(file), url)), `${file} names ${url}, which is not in the tarball`);
      }
    }
    for (const map of [...files].filter((name) => name.endsWith('.map'))) {
      const { sources = [], sourcesContent = [], sourceRoot = '' } = JSON.parse(await read(map));
      (sources as string[]).forEach((source, index) => {
        const shipped = files.has(posix.normalize(posix.join(posix.dirname(map), sourceRoot, source)));
        assert.ok(shipped || typeof sourcesContent[index] === 'string', `${map}: ${source} is neither shipped nor inlined`);
      });
    }
  });

  it('has a drop-in file that loads alone: no static import; what it fetches later (search worker, Pagefind engine) is in assets/', async () => {
    const dropIn = await read('dist/topic-hub.js');
    assert.doesNotMatch(dropIn, /\bimport\s*(?:[\w$]+|\{[^}]*\}|\*\s*as\s+[\w$]+)\s*from\s*["'`]|\bimport\s*["'`]/, 'a static import');
    const later = [
      ...dropIn.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]/g),
      ...dropIn.matchAll(/new URL\(\s*["'`]([^"'`]+)["'`]\s*,\s*import\.meta\.url/g),
    ];
    assert.ok(later.length >= 2, 'the Pagefind engine and the search worker are fetched when used');
    for (const [, url] of later) {
      assert.match(url, /^(\.\/)?assets\//, `${url} is not in assets/`);
      assert.ok(files.has(posix.join('dist', url)), `${url} is not shipped`);
    }
  });
});
