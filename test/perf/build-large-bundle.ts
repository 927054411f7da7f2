/**
 * Writes the generated fixtures the long-task measurement (long-tasks.perf.ts) loads: for each size,
 * `test/fixtures/built/large-<n>/bundle.json` with its index file beside it, as `topic-hub build`
 * splits it (splitSearchIndex), and `inline.json`, the same bundle with its index inline. Articles
 * come from the bench's fixed-seed corpus (bench/corpus.ts), so every run measures the same work.
 *
 *   node --import tsx test/perf/build-large-bundle.ts 10000 50000
 */
import MiniSearch from 'minisearch';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateArticles, syntheticBundle } from '../../bench/corpus.js';
import { splitSearchIndex } from '../../cli/content/build-bundle.js';
import type { Article } from '../../src/content/bundle-types.js';
import { searchIndexOptions } from '../../src/search/search-index-options.js';

for (const count of process.argv.slice(2).map(Number)) {
  const articles = generateArticles(count);
  const index = new MiniSearch<Article>(searchIndexOptions);
  index.addAll(articles);
  const inline = syntheticBundle(articles, JSON.stringify(index));
  const { bundle, indexFile, index: indexText } = splitSearchIndex(inline);
  const dir = join('test/fixtures/built', `large-${count}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'inline.json'), JSON.stringify(inline));
  await writeFile(join(dir, 'bundle.json'), JSON.stringify(bundle));
  await writeFile(join(dir, indexFile), indexText);
  const kib = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`;
  console.log(
    `${dir}: bundle.json ${kib(JSON.stringify(bundle))}, ${indexFile} ${kib(indexText)}, inline.json ${kib(JSON.stringify(inline))}`,
  );
}
