/**
 * The package as an app team gets it: `npm pack` of this repository (run `npm run build` first,
 * the tarball holds the built dist/), installed into a fresh project in a temporary folder.
 * Every test under test/package/ starts from here, so none of them can reach the source folder.
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const exec = promisify(execFile);
export const repo = process.cwd();

export interface PackedPackage {
  /** The temporary folder that holds the tarball and every project made from it. */
  root: string;
  /** Absolute path of the `.tgz` that `npm pack` wrote. */
  tarball: string;
  /** Deletes the temporary folder. */
  remove(): Promise<void>;
}

/** Packs the built repository into a new temporary folder. */
export async function packPackage(prefix = 'topic-hub-package-'): Promise<PackedPackage> {
  assert.ok(existsSync(join(repo, 'dist/lib/index.js')), 'dist/ exists: run npm run build first');
  const root = await mkdtemp(join(tmpdir(), prefix));
  const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', root], { cwd: repo });
  const [{ filename }] = JSON.parse(stdout) as { filename: string }[];
  return { root, tarball: join(root, filename), remove: () => rm(root, { recursive: true, force: true }) };
}

/**
 * Makes `<root>/<name>` a project with the given package.json fields and installs the tarball
 * plus `dependencies` into it (from npm's cache where it can).
 */
export async function installProject(
  packed: PackedPackage,
  name: string,
  dependencies: string[] = [],
  packageJson: Record<string, unknown> = {},
): Promise<string> {
  const project = join(packed.root, name);
  await mkdir(project, { recursive: true });
  await writeFile(join(project, 'package.json'), JSON.stringify({ name, private: true, type: 'module', ...packageJson }, null, 2));
  await exec('npm', ['install', packed.tarball, ...dependencies, '--prefer-offline', '--no-audit', '--no-fund'], { cwd: project });
  return project;
}
