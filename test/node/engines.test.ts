/**
 * One Node.js version for everyone: the package's `engines` (what an app team needs to run the
 * `topic-hub` command) is what the CLI is built for, and every package `npm ci` installs, the
 * repository's own dev tools included, runs on it (npm prints EBADENGINE otherwise).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import semver from 'semver';

// README promises this version, for the package and for working on the repository.
const supportedNode = '20.19.0';

const packageJson = JSON.parse(await readFile('package.json', 'utf8'));
const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[] }>;
};

describe('the Node.js version', () => {
  it('package.json engines starts at the version README promises', () => {
    assert.equal(semver.minVersion(packageJson.engines.node)?.version, supportedNode);
  });

  it('is the one the CLI is built for', async () => {
    const config = await readFile('vite.config.ts', 'utf8');
    const targets = [...config.matchAll(/target: 'node(\d+\.\d+)'/g)].map((match) => `${match[1]}.0`);
    assert.deepEqual(targets, [supportedNode]);
  });

  it('runs every installed package, dev tools included', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => {
        const wanted = !Array.isArray(entry.engines) && entry.engines?.node;
        return path !== '' && wanted && !semver.satisfies(supportedNode, wanted);
      })
      .map(
        ([path, entry]) =>
          `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${(entry.engines as { node: string }).node}`,
      );
    assert.deepEqual(refusing, []);
  });
});
