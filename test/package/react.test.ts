/**
 * `topic-hub-elements/react` in a React 18 app (React 18 neither sets properties on custom
 * elements nor listens to their events; the wrappers do both): the packed package installed with
 * react@18, type-checked with TypeScript, built for production with esbuild and opened in headless
 * Chromium. The same project type-checks an import of every export, under both module resolutions
 * an app may use.
 */
import assert from 'node:assert/strict';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { seedHub, seedPathIds } from '../fixtures/seed-facts.js';
import { launchChromium, serveFolder, type StaticServer } from './browser.js';
import { exec, installProject, packPackage, type PackedPackage } from './packed-package.js';
import { expectedExports } from './package-api.js';

const hub = 'technical-leadership';
const path = 'ai-operating-model';
const pathTitles = seedHub.readingPaths.find((readingPath) => readingPath.id === path)!.titles;

const app = `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { ReadingProgressDetail } from 'topic-hub-elements';
import { ReadingPath } from 'topic-hub-elements/react';

function App() {
  const [progress, setProgress] = useState<ReadingProgressDetail>();
  return (
    <main>
      <ReadingPath hub="${hub}" path="${path}" storage="none" onReadingProgress={(event) => setProgress(event.detail)} />
      <output>{progress ? \`\${progress.read} of \${progress.total}\` : 'nothing read yet'}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`;

/** Types that are real fail on mistakes: each line below must be an error (else tsc reports the unused directive). */
const typeErrors = `import { ReadingPath } from 'topic-hub-elements/react';

// @ts-expect-error: no such prop
export const misspelt = <ReadingPath hubb="${hub}" />;
// @ts-expect-error: a reading-progress event has no query
export const wrongDetail = <ReadingPath onReadingProgress={(event) => event.detail.query} />;
// @ts-expect-error: storage is 'local' or 'none'
export const wrongValue = <ReadingPath storage="session" />;
`;

/**
 * An import of every module export: each must resolve to types (strict mode refuses an untyped
 * module). The framework types (`./types/react`, `./types/vue`) need their framework installed:
 * framework-types.test.ts checks them, each in its own app. A page script (`./embed-host.js`)
 * is loaded by a script tag, never imported.
 */
const moduleExports = Object.entries(expectedExports).filter(([, kind]) => kind !== 'types' && kind !== 'page-script');
const everyExport = moduleExports
  .map(([subpath], index) => `import * as export${index} from '${join('topic-hub-elements', subpath)}';`)
  .concat(
    "import { ReadingPath } from 'topic-hub-elements/drop-in.js';",
    "export const fromDropIn: ReadingPath = document.createElement('reading-path');",
    `export const all = [${moduleExports.map((_entry, index) => `export${index}`)}];`,
  )
  .join('\n');

const compilerOptions = {
  strict: true,
  jsx: 'react-jsx',
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  resolveJsonModule: true,
  skipLibCheck: false,
  noEmit: true,
};

let packed: PackedPackage;
let project: string;
let server: StaticServer;
let browser: Browser | undefined;

before(async () => {
  packed = await packPackage('topic-hub-react-');
  project = await installProject(packed, 'react18-app', [
    'react@18.3.1',
    'react-dom@18.3.1',
    '@lit/react@1.0.8',
    '@types/react@18.3.8',
    '@types/react-dom@18.3.7',
    'esbuild@0.27.7',
    'typescript@5.9.3',
  ]);
  await mkdir(join(project, 'src'));
  await mkdir(join(project, 'public'));
  await writeFile(join(project, 'src/main.tsx'), app);
  await writeFile(join(project, 'src/type-errors.tsx'), typeErrors);
  await writeFile(join(project, 'src/every-export.ts'), everyExport);
  await writeFile(
    join(project, 'public/index.html'),
    '<!doctype html>\n<html lang="en"><title>React 18 app</title><div id="root"></div><script type="module" src="app.js"></script></html>\n',
  );
  for (const [name, options] of [
    ['tsconfig.json', { module: 'ESNext', moduleResolution: 'bundler' }],
    // The declaration files themselves are checked once, above; here only how imports resolve.
    ['tsconfig.node16.json', { module: 'Node16', moduleResolution: 'Node16', skipLibCheck: true }],
  ] as const) {
    await writeFile(join(project, name), JSON.stringify({ compilerOptions: { ...compilerOptions, ...options }, include: ['src'] }));
  }
});
after(async () => {
  await browser?.close();
  await server?.close();
  await packed?.remove();
});

describe('a React 18 app with topic-hub-elements/react', () => {
  it('type-checks: typed props and event details, every export typed, under bundler and Node16 resolution', async () => {
    for (const config of ['tsconfig.json', 'tsconfig.node16.json']) {
      const result = await exec('npx', ['--no', '--', 'tsc', '-p', config], { cwd: project }).catch((error) => error);
      assert.equal(result.stdout, '', `tsc -p ${config} reports no error`);
    }
  });

  it('builds for production, renders the wrapped element, and hands its event to the React handler', async (t) => {
    await exec(
      'npx',
      [
        '--no',
        '--',
        'esbuild',
        'src/main.tsx',
        '--bundle',
        '--minify',
        '--format=esm',
        '--jsx=automatic',
        '--define:process.env.NODE_ENV="production"',
        '--outfile=public/app.js',
      ],
      { cwd: project },
    );
    const built = await readFile(join(project, 'public/app.js'));
    t.diagnostic(`app.js: ${built.length} bytes, ${gzipSync(built).length} gzip`);

    server = await serveFolder(join(project, 'public'));

    browser = await launchChromium();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${server.origin}/`);

    const firstTitle = await page
      .locator('reading-path >>> article-card >>> [part~="title"]')
      .map((title) => title.textContent?.trim())
      .wait();
    assert.equal(firstTitle, pathTitles[0], 'the reading path shows its first article');
    const shown = await page.$$eval('reading-path >>> article-card >>> [part~="title"]', (nodes) =>
      nodes.map((node) => node.textContent?.trim()),
    );
    assert.deepEqual(shown, pathTitles);
    assert.equal(await page.$eval('output', (output) => output.textContent), 'nothing read yet');

    await page.locator('reading-path >>> input[type="checkbox"]').click();
    await page.waitForFunction(
      (expected) => document.querySelector('output')?.textContent === expected,
      {},
      `1 of ${seedPathIds(path).length}`,
    );
    assert.deepEqual(errors, []);
  });
});
