/**
 * Search at scale: our engine (MiniSearch through searchArticles / loadSearchIndex, exactly as
 * <article-search> calls it) and three peers (Fuse.js, lunr, FlexSearch) on the same corpora and
 * the same fixed query set.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import Fuse from 'fuse.js';
import lunr from 'lunr';
import FlexSearch, { type Document as FlexDocument } from 'flexsearch';
import type { Article, ContentBundle } from '../src/content/bundle-types.js';
import { rightArticles, typoCases } from './corpus.js';
import { loadSearchIndex, searchArticles } from '../src/search/article-search-engine.js';
import { searchIndexOptions } from '../src/search/search-index-options.js';

// Heap figures need a full GC before each reading; expose it when node was not started with --expose-gc.
setFlagsFromString('--expose-gc');
const gc: () => void = (globalThis as { gc?: () => void }).gc ?? runInNewContext('gc');
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

export type QueryKind = 'word' | 'typed' | 'typo' | 'tags';
export interface BenchQuery {
  kind: QueryKind;
  query: string;
  tags: string[];
}

/** Whole words, words typed letter by letter (every prefix is one query), typos, tag filters. */
export function querySet(): BenchQuery[] {
  const words = [
    'leadership',
    'technical debt',
    'platform teams',
    'hiring',
    'incident review',
    'roadmap',
    'security culture',
    'engineering metrics',
  ];
  const typed = ['governance', 'headcount', 'architecture'];
  return [
    ...words.map((query) => ({ kind: 'word' as const, query, tags: [] })),
    ...typed.flatMap((word) =>
      Array.from({ length: word.length }, (_, i) => ({ kind: 'typed' as const, query: word.slice(0, i + 1), tags: [] })),
    ),
    ...typoCases.map(({ query }) => ({ kind: 'typo' as const, query, tags: [] })),
    { kind: 'tags', query: 'teams', tags: ['leadership'] },
    { kind: 'tags', query: 'cost', tags: ['ai'] },
    { kind: 'tags', query: '', tags: ['security'] },
  ];
}

const median = (values: number[]) => quantile(values, 0.5);
export function quantile(values: number[], q: number) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
const time = (fn: () => void) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

export interface EngineFigures {
  engine: string;
  buildMs: number;
  indexBytes?: number;
  indexGzipBytes?: number;
  loadMs?: number;
  heapBytes?: number;
  /** The alternative to shipping an index: indexing the documents in the browser at load time. */
  addAllAtLoadMs?: number;
  p50: number;
  p95: number;
  max: number;
  queries: number;
  /** Per query kind: queries that found at least one article, out of all of that kind; typos: the right article in the top 3. */
  hits: Record<QueryKind, string>;
  /** Typo query -> rank (1-based) of the right article among the first 3 results, 0 when it is not there. */
  typoRanks: Record<string, number>;
  notes: string[];
}

interface Peer {
  name: string;
  notes: string[];
  build(articles: Article[]): unknown;
  serialize?(index: unknown): string;
  load?(serialized: string, articles: Article[]): unknown;
  /** Ids found; tag filters are applied by the caller for peers without them. */
  search(index: unknown, query: string): string[];
}

const fuzziness = (term: string) => (term.length <= 3 ? 0 : term.length <= 5 ? 1 : 2);
const terms = (query: string) =>
  query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const fuseOptions = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'tags', weight: 2 },
    { name: 'summary', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.4,
};

const peers: Peer[] = [
  {
    name: 'Fuse.js',
    notes: [
      'fuzzy (Bitap) scan of every document per query: no inverted index; typos and prefixes by approximate substring match; tags filtered after search',
    ],
    build: (articles) => new Fuse(articles, fuseOptions),
    serialize: (index) => JSON.stringify((index as Fuse<Article>).getIndex().toJSON()),
    load: (serialized, articles) => new Fuse(articles, fuseOptions, Fuse.parseIndex(JSON.parse(serialized))),
    search: (index, query) => (index as Fuse<Article>).search(query).map((result) => result.item.id),
  },
  {
    name: 'lunr',
    notes: [
      'typos and prefixes only through explicit query syntax (term~N, term*): translated per term with our fuzziness rule; OR of terms (no AND-then-OR fallback); English stemmer and stop words; tags filtered after search',
    ],
    build: (articles) =>
      lunr(function () {
        this.ref('id');
        this.field('title', { boost: 3 });
        this.field('tags', { boost: 2 });
        this.field('summary');
        for (const article of articles)
          this.add({ id: article.id, title: article.title, tags: article.tags.join(' '), summary: article.summary });
      }),
    serialize: (index) => JSON.stringify(index),
    load: (serialized) => lunr.Index.load(JSON.parse(serialized)),
    search: (index, query) => {
      const words = terms(query);
      if (words.length === 0) return [];
      return (index as lunr.Index)
        .query((q) => {
          words.forEach((word, i) => {
            q.term(word, {});
            if (i === words.length - 1 || word.length > 3) q.term(word, { wildcard: lunr.Query.wildcard.TRAILING, usePipeline: false });
            const distance = fuzziness(word);
            if (distance > 0) q.term(word, { editDistance: distance, usePipeline: false });
          });
        })
        .map((result) => result.ref);
    },
  },
  {
    name: 'FlexSearch',
    notes: [
      'Document index, tokenize "forward" for prefixes, encoder Charset.LatinExtra (Soundex-like) and search option suggest: true, the typo tolerance its README recommends ("Fuzzy-Search": tokenizer, encoder, suggest); results capped at 1,000 per field, merged title, then summary, then tags; tags filtered after search',
    ],
    build: (articles) => {
      const index = new FlexSearch.Document({
        document: { id: 'id', index: ['title', 'summary', 'tags'] },
        tokenize: 'forward',
        encoder: FlexSearch.Charset.LatinExtra,
      });
      for (const article of articles)
        index.add({ id: article.id, title: article.title, summary: article.summary, tags: article.tags.join(' ') });
      return index;
    },
    serialize: (index) => {
      let serialized = '';
      // export() hands each part of the index to the callback (synchronously for the in-memory index).
      (index as FlexDocument).export((key: string | number, data: unknown) => {
        serialized += `${key}:${typeof data === 'string' ? data : JSON.stringify(data ?? '')}\n`;
      });
      return serialized;
    },
    search: (index, query) => {
      if (!query.trim()) return [];
      const ids = new Set<string>();
      for (const field of (index as FlexDocument).search(query, { limit: 1000, suggest: true }) as { result: string[] }[])
        for (const id of field.result) ids.add(String(id));
      return [...ids];
    },
  },
];

interface RunOptions {
  rounds: number;
  /** Stop repeating a slow peer's query set once this many ms were spent on it. */
  timeBudgetMs: number;
}

/**
 * Which typo cases an engine answers with the right article (bench/corpus.ts) among its first three
 * results: the rank (1-3), or 0.
 */
export function typoRanks(articles: Article[], resultsOf: (query: string) => string[]): Record<string, number> {
  const ranks: Record<string, number> = {};
  for (const typo of typoCases) {
    const right = new Set(rightArticles(articles, typo));
    ranks[typo.query] =
      resultsOf(typo.query)
        .slice(0, 3)
        .findIndex((id) => right.has(id)) + 1;
  }
  return ranks;
}

function measureQueries(queries: BenchQuery[], options: RunOptions, articles: Article[], run: (query: BenchQuery) => string[]) {
  const times: number[] = [];
  const found = new Map<BenchQuery, string[]>();
  const started = performance.now();
  for (let round = 0; round <= options.rounds; round++) {
    for (const query of queries) {
      const start = performance.now();
      const ids = run(query);
      const elapsed = performance.now() - start;
      if (round > 0 || options.rounds === 0) times.push(elapsed); // round 0 warms the JIT
      found.set(query, ids);
    }
    if (round > 0 && performance.now() - started > options.timeBudgetMs) break;
  }
  const byQuery = new Map([...found].map(([query, ids]) => [query.query, ids]));
  const ranks = typoRanks(articles, (query) => byQuery.get(query) ?? []);
  const hits = {} as Record<QueryKind, string>;
  for (const kind of ['word', 'typed', 'typo', 'tags'] as QueryKind[]) {
    const ofKind = queries.filter((query) => query.kind === kind);
    const hit = (query: BenchQuery) => (kind === 'typo' ? ranks[query.query] > 0 : (found.get(query)?.length ?? 0) > 0);
    hits[kind] = `${ofKind.filter(hit).length}/${ofKind.length}`;
  }
  return { p50: median(times), p95: quantile(times, 0.95), max: Math.max(...times), queries: times.length, hits, typoRanks: ranks };
}

/** Our engine on one bundle, queried through searchArticles exactly as <article-search> does. */
export function benchOurs(
  bundle: ContentBundle,
  hub: string,
  queries: BenchQuery[],
  options: RunOptions & { loadRepeats: number },
): EngineFigures {
  const articles = Object.values(bundle.articles);
  const builds: number[] = [];
  let serialized = '';
  for (let i = 0; i < options.loadRepeats; i++) {
    builds.push(
      time(() => {
        const index = new MiniSearch<Article>(searchIndexOptions);
        index.addAll(articles);
        serialized = JSON.stringify(index);
      }),
    );
  }
  const addAllTimes: number[] = [];
  for (let i = 0; i < options.loadRepeats; i++) {
    addAllTimes.push(
      time(() => {
        new MiniSearch<Article>(searchIndexOptions).addAll(articles);
      }),
    );
  }
  const shipped: ContentBundle = { ...bundle, searchIndex: serialized };
  const loads: number[] = [];
  for (let i = 0; i < options.loadRepeats; i++) {
    const copy = { ...shipped }; // loadSearchIndex caches per bundle object: a fresh object loads again
    loads.push(time(() => loadSearchIndex(copy)));
  }
  // Heap held by one loaded index: the same loadJSON call loadSearchIndex makes, kept alive while read.
  const before = heapUsed();
  const kept = MiniSearch.loadJSON<Article>(serialized, searchIndexOptions);
  const heapBytes = heapUsed() - before;
  if (kept.documentCount !== articles.length) throw new Error('index load lost documents');
  const figures = measureQueries(queries, options, articles, ({ query, tags }) =>
    searchArticles(shipped, { query, tags, hub }).matches.map((match) => match.article.id),
  );
  return {
    engine: 'ours (MiniSearch)',
    buildMs: median(builds),
    indexBytes: Buffer.byteLength(serialized),
    indexGzipBytes: gzipSync(serialized).length,
    loadMs: median(loads),
    heapBytes,
    addAllAtLoadMs: median(addAllTimes),
    ...figures,
    notes: ['AND of terms, OR when AND finds nothing; prefix + fuzzy by word length; tags filtered inside the search'],
  };
}

export function benchPeers(bundle: ContentBundle, queries: BenchQuery[], options: RunOptions): EngineFigures[] {
  const articles = Object.values(bundle.articles);
  const out: EngineFigures[] = [];
  for (const peer of peers) {
    const notes = [...peer.notes];
    let index: unknown;
    const buildMs = time(() => {
      index = peer.build(articles);
    });
    let serialized: string | undefined;
    try {
      serialized = peer.serialize?.(index);
    } catch (error) {
      notes.push(`export failed: ${(error as Error).message}`);
    }
    let loadMs: number | undefined;
    let heapBytes: number | undefined;
    if (serialized && peer.load) {
      const before = heapUsed();
      let loaded: unknown;
      loadMs = time(() => {
        loaded = peer.load!(serialized!, articles);
      });
      heapBytes = heapUsed() - before;
      if (loaded) index = loaded;
    } else if (!peer.load) notes.push('load of the exported index not measured (import() is per key, asynchronous)');
    const figures = measureQueries(queries, options, articles, ({ query, tags }) => {
      const ids = query ? peer.search(index, query) : articles.map((article) => article.id);
      return ids.filter((id) => tags.every((tag) => bundle.articles[id]?.tags.includes(tag)));
    });
    out.push({
      engine: peer.name,
      buildMs,
      indexBytes: serialized ? Buffer.byteLength(serialized) : undefined,
      indexGzipBytes: serialized ? gzipSync(serialized).length : undefined,
      loadMs,
      heapBytes,
      ...figures,
      notes,
    });
  }
  return out;
}
