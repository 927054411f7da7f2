/**
 * Time per keystroke of <article-search>'s engine on the shipped hub: each query is typed letter
 * by letter, and every prefix is searched as the element does. Not a test: figures for people.
 *
 *   npx tsx bench/search-keystrokes.ts
 */
// @ts-nocheck

import defaultBundle from '../src/content/default-bundle.js';
import { readBundle } from '../src/content/content-store.js';
import { loadSearchIndex, searchArticles } from '../src/search/article-search-engine.js';

const bundle = readBundle(defaultBundle);
const queries = [
  'headcount',
  'hedcount',
  'gover',
  'techincal debt',
  'ai platform teams',
  'security culture',
  'roadmapping',
  'layoffs',
  'cto due diligence',
  'engineering metrics',
];
const rounds = 20;

const loadStart = performance.now();
loadSearchIndex(bundle);
const loadMs = performance.now() - loadStart;

const times: number[] = [];
for (let round = 0; round < rounds; round++) {
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      const start = performance.now();
      searchArticles(bundle, { query: query.slice(0, length), tags: [], hub: 'technical-leadership' });
      if (round > 0) times.push(performance.now() - start); // round 0 warms the JIT
    }
  }
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(`index load (loadJSON): ${loadMs.toFixed(2)} ms`);
console.log(
  `keystrokes: ${times.length}; median ${at(0.5).toFixed(3)} ms; p95 ${at(0.95).toFixed(3)} ms; worst ${times.at(-1)!.toFixed(3)} ms`,
);
