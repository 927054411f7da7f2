/**
 * Deterministic synthetic corpora for the bench: the same seed always gives the same articles, so
 * two runs (and two commits) measure the same work.
 *
 * Words follow a Zipf-like distribution (weight 1 / rank^1.07) over a vocabulary of ~330 real
 * engineering-leadership words (the frequent ranks) followed by 6,000 generated pseudo-words (the
 * long tail a real corpus has: names, products, jargon). Tags come from a fixed set of 40, also
 * Zipf-weighted, 1-3 per article; titles have 4-10 words, summaries 15-35 words.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ContentBundle, Hub } from '../src/content/bundle-types.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../src/content/bundle-types.js';

/**
 * A typo as a reader makes it, the words they meant, and the title of the article they are looking
 * for. In a synthetic corpus that title is planted in exactly one article and the intended words are
 * kept out of every other title (summaries still use them), so "the right article" is known before
 * any engine runs: the one whose title holds every intended word.
 */
export interface TypoCase {
  query: string;
  intended: string[];
  plantedTitle: string;
}

export const typoCases: TypoCase[] = [
  { query: 'hedcount', intended: ['headcount'], plantedTitle: 'Headcount is a lagging metric for delivery' },
  { query: 'techincal debt', intended: ['technical', 'debt'], plantedTitle: 'The true cost of technical debt' },
  { query: 'goverance', intended: ['governance'], plantedTitle: 'Governance without bureaucracy' },
  { query: 'platfrom', intended: ['platform'], plantedTitle: 'Why platform teams become bottlenecks' },
  { query: 'leadreship', intended: ['leadership'], plantedTitle: 'Leadership without authority' },
];

const titleWords = (title: string) => new Set(title.toLowerCase().split(/[^\p{L}\p{N}]+/u));

/** The articles a typo case is looking for: every intended word in the title. */
export function rightArticles(articles: Iterable<Article>, typo: TypoCase): string[] {
  const right: string[] = [];
  for (const article of articles) {
    const words = titleWords(article.title);
    if (typo.intended.every((word) => words.has(word))) right.push(article.id);
  }
  return right;
}

/** mulberry32: a small, fast, fixed-seed PRNG. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const baseWords = `the of and to in for a is on with that how teams engineering leadership technical team work
system systems ai platform data decisions decision product organization culture change model models process
delivery metrics debt architecture governance security hiring headcount roadmap roadmaps strategy cost costs
incident incidents review reviews operating ownership boundary boundaries feedback signals people managers
manager lead leads leaders leader cto vp engineers engineer growth scale scaling budget risk risks quality
reliability infrastructure operations devops cloud services service migration migrations performance planning
plan plans priorities priority trust communication alignment autonomy accountability outcomes outcome
throughput velocity capacity hiring onboarding retention layoffs restructuring reorg careers career coaching
mentoring feedback meetings meeting documentation design designs standards standard tooling tools internal
adoption evaluation evaluations maturity enterprise programs program portfolio funding investment investments
capital allocation margin speed experiments experiment prototype production pipeline pipelines deployment
deployments testing tests observability monitoring alerts oncall latency availability resilience resilient
failure failures mode modes bottleneck bottlenecks dependency dependencies integration integrations vendor
vendors contracts compliance audit audits policy policies privacy legal board executives stakeholders customers
customer users user value values mission vision goals goal objectives okrs quarter quarterly annual year
years month weeks week sprint sprints backlog estimates estimation forecasts forecast uncertainty complexity
simplicity clarity focus attention context knowledge learning lessons postmortem retrospective due diligence
acquisition merger startup startups company companies business revenue growth market competition talent salary
compensation interviews interview operators operator authority influence persuasion pitching proposal proposals
writing memo memos narrative narratives questions question answers answer principles principle practices
practice patterns pattern antipatterns playbook playbooks framework frameworks checklist checklists`.split(/\s+/);

const syllables = 'ka ro ven ti lu mar sel do pra qui zen tor bel na vi co rax mel fin oru sta gle dro pi neo'.split(' ');

function buildVocabulary(): string[] {
  const random = prng(7);
  const seen = new Set(baseWords);
  const words = [...seen];
  const target = words.length + 6000;
  while (words.length < target) {
    const count = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < count; i++) word += syllables[Math.floor(random() * syllables.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

export const tagSet = `leadership ai engineering-management hiring architecture technical-debt security culture
metrics strategy platform devops governance roadmapping restructuring careers communication due-diligence
incidents reliability cost budgeting vendors compliance data product onboarding retention performance
observability testing delivery planning org-design mentoring evaluation operations cloud scaling teams`.split(/\s+/);

/** Samples ranks 0..n-1 with weight 1/(rank+1)^s through a precomputed cumulative table. */
function zipfSampler(n: number, s: number, random: () => number) {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / Math.pow(i + 1, s);
  return () => {
    const target = random() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const capitalize = (word: string) => word[0].toUpperCase() + word.slice(1);

export function generateArticles(count: number, seed = 20240601): Article[] {
  const random = prng(seed);
  const vocabulary = buildVocabulary();
  const word = zipfSampler(vocabulary.length, 1.07, random);
  const tag = zipfSampler(tagSet.length, 0.9, random);
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const words = (n: number) => Array.from({ length: n }, () => vocabulary[word()]);
  const keptOutOfTitles = new Set(typoCases.flatMap((typo) => typo.intended));
  const titleWord = () => {
    for (;;) {
      const candidate = vocabulary[word()];
      if (!keptOutOfTitles.has(candidate)) return candidate;
    }
  };
  // Each typo case's title goes to one article, spread over the corpus (not all at its start).
  const planted = new Map(typoCases.map((typo, k) => [Math.floor(((k + 0.5) * count) / typoCases.length), typo.plantedTitle]));
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const tags = new Set<string>();
    const tagCount = between(1, 3);
    while (tags.size < tagCount) tags.add(tagSet[tag()]);
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * 86400000);
    articles.push({
      id: `article-${i}`,
      title: planted.get(i) ?? capitalize(Array.from({ length: between(4, 10) }, titleWord).join(' ')),
      summary: `${capitalize(words(between(15, 35)).join(' '))}.`,
      tags: [...tags],
      canon: random() < 0.05,
      date: day.toISOString().slice(0, 10),
      url: `https://example.com/articles/${i}`,
      hubs: ['synthetic'],
    });
  }
  return articles;
}

/** A ContentBundle-like object with one hub listing every article (newest first). */
export function syntheticBundle(articles: Article[], searchIndex: string): ContentBundle {
  const references = [...articles].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).map((article) => article.id);
  const hub: Hub = {
    id: 'synthetic',
    title: `Synthetic hub (${articles.length} articles)`,
    intro: [{ type: 'paragraph', children: ['Generated for the bench.'] }],
    startHere: references.slice(0, 3).map((article) => ({ article, reason: ['Start here.'] })),
    questions: [['Does it scale?']],
    readingPaths: [{ id: 'first-steps', title: 'First steps', articles: references.slice(0, 5) }],
    failureModes: [{ text: ['Too much content.'], articles: references.slice(0, 2) }],
    relatedHubs: [],
    references,
  };
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    contentHash: `synthetic-${articles.length}`,
    hubs: { synthetic: hub },
    articles: Object.fromEntries(articles.map((article) => [article.id, article])),
    searchIndex,
  };
}

/**
 * Writes a content folder `topic-hub build` reads: `articles/<id>.md` for each article and one hub,
 * `hubs/synthetic.md`, referencing all of them (newest first). Replaces `dir`.
 */
export function writeContentFolder(articles: Article[], dir: string) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  mkdirSync(join(dir, 'hubs'));
  for (const article of articles) {
    const front = [
      `title: ${JSON.stringify(article.title)}`,
      `summary: ${JSON.stringify(article.summary)}`,
      `tags: [${article.tags.join(', ')}]`,
      ...(article.canon ? ['canon: true'] : []),
      ...(article.date ? [`date: ${article.date}`] : []),
      ...(article.url ? [`url: ${JSON.stringify(article.url)}`] : []),
    ];
    writeFileSync(join(dir, 'articles', `${article.id}.md`), `---\n${front.join('\n')}\n---\n`);
  }
  const references = [...articles].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).map((article) => article.id);
  writeFileSync(
    join(dir, 'hubs', 'synthetic.md'),
    `---\ntitle: ${JSON.stringify(`Synthetic hub (${articles.length} articles)`)}\nreferences: [${references.join(', ')}]\n---\nGenerated for the bench.\n`,
  );
}
