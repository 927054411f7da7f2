/**
 * Production builds of a small app with each bundler, configured as its docs recommend for a
 * browser app. Each bundler runs in a worker thread of its own: Rollup and webpack (with their
 * minifiers) are single-threaded JavaScript, so on a machine with several cores the builds run
 * side by side rather than one after another on the test's thread.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

export interface BuildJob {
  /** Names the build in the results (and its output folder). */
  name: string;
  bundler: BundlerName;
  /** The folder with the app's `main.js`, inside a project where the package is installed. */
  app: string;
  /** Where the built app goes, with an `index.html` that loads it. */
  outDir: string;
  /** The page's body before the script runs. */
  body: string;
}

const page = (script: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>app</title></head>\n<body>\n${body}\n${script}\n</body>\n</html>\n`;

// Each bundler is imported where it is used: a worker loads only its own.
const bundlers = {
  // Vite builds from index.html; base './' so the output works from any folder of the server.
  async vite({ app, outDir, body }: BuildJob) {
    const { build: viteBuild } = await import('vite');
    await writeFile(join(app, 'index.html'), page('<script type="module" src="./main.js"></script>', body));
    await viteBuild({ root: app, base: './', configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  },
  async rollup({ app, outDir, body }: BuildJob) {
    const [{ rollup }, { default: nodeResolve }, { default: terser }] = await Promise.all([
      import('rollup'),
      import('@rollup/plugin-node-resolve'),
      import('@rollup/plugin-terser'),
    ]);
    const bundle = await rollup({ input: join(app, 'main.js'), plugins: [nodeResolve({ browser: true }), terser()] });
    await bundle.write({ dir: outDir, format: 'es' });
    await bundle.close();
    await writeFile(join(outDir, 'index.html'), page('<script type="module" src="./main.js"></script>', body));
  },
  async esbuild({ app, outDir, body }: BuildJob) {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: [join(app, 'main.js')],
      bundle: true,
      minify: true,
      platform: 'browser',
      outdir: outDir,
      logLevel: 'silent',
    });
    await writeFile(join(outDir, 'index.html'), page('<script src="./main.js" defer></script>', body));
  },
  async webpack({ app, outDir, body }: BuildJob) {
    const { default: webpack } = await import('webpack');
    const compiler = webpack({ mode: 'production', context: app, entry: './main.js', output: { path: outDir, filename: 'main.js' } });
    await new Promise<void>((done, fail) =>
      compiler.run((error, stats) => {
        compiler.close(() => undefined);
        if (error) fail(error);
        else if (stats?.hasErrors()) fail(new Error(stats.toString('errors-only')));
        else done();
      }),
    );
    await writeFile(join(outDir, 'index.html'), page('<script src="./main.js" defer></script>', body));
  },
};

export type BundlerName = keyof typeof bundlers;
export const bundlerNames = Object.keys(bundlers) as BundlerName[];

interface BuildResult {
  name: string;
  error?: string;
}

/** Starts every job, one worker per bundler; each promise settles when its build is done. */
export function startBuilds(jobs: BuildJob[]): Map<string, Promise<void>> {
  const builds = new Map<string, Promise<void>>();
  for (const bundler of bundlerNames) {
    const mine = jobs.filter((job) => job.bundler === bundler);
    if (mine.length === 0) continue;
    const settle = new Map<string, (error?: Error) => void>();
    for (const job of mine) {
      const build = new Promise<void>((done, fail) => settle.set(job.name, (error) => (error ? fail(error) : done())));
      build.catch(() => undefined); // reported by whoever awaits it
      builds.set(job.name, build);
    }
    // The worker runs this module (TypeScript) through tsx, as the tests do.
    const worker = new Worker(
      `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`,
      { eval: true, workerData: mine },
    );
    worker.on('message', ({ name, error }: BuildResult) => {
      settle.get(name)?.(error === undefined ? undefined : new Error(error));
      settle.delete(name);
      if (settle.size === 0) void worker.terminate();
    });
    worker.on('error', (error) => {
      for (const fail of settle.values()) fail(error);
      settle.clear();
    });
  }
  return builds;
}

if (!isMainThread && Array.isArray(workerData)) {
  for (const job of workerData as BuildJob[]) {
    bundlers[job.bundler](job).then(
      () => parentPort?.postMessage({ name: job.name } satisfies BuildResult),
      (error: Error) => parentPort?.postMessage({ name: job.name, error: error.stack ?? String(error) } satisfies BuildResult),
    );
  }
}
