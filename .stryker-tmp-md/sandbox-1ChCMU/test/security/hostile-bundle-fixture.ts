// @ts-nocheck
import MiniSearch from 'minisearch';
import {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  type Article,
  type BlockNode,
  type ContentBundle,
  type Hub,
  type InlineNode,
  type InlineText,
  type SectionHeadings,
} from '../../src/content/bundle-types.js';
import { searchIndexOptions } from '../../src/search/search-index-options.js';

/** Hands out the vectors in turn, round after round, and counts the rounds. */
class Cycle {
  private next = 0;
  constructor(private readonly values: readonly string[]) {}
  take() {
    return this.values[this.next++ % this.values.length];
  }
  get rounds() {
    return Math.floor(this.next / this.values.length);
  }
}

/** What one hub of the hostile bundle shows, by element: written from the fixture, not read back from the page. */
export interface HostileHubExpectations {
  id: string;
  /** Every string placed where `<topic-hub>` shows it as text. */
  hubText: string[];
  startHereText: string[];
  questionsText: string[];
  failureModesText: string[];
  relatedHubsText: string[];
  /** Per reading path id: the strings it shows. */
  pathText: Map<string, string[]>;
  referencesText: string[];
}

export interface HostileFixture {
  /** Parsed from its JSON, as a bundle loaded from a URL is. */
  bundle: ContentBundle;
  hubs: HostileHubExpectations[];
  /** Articles whose URL is one of the `javascript:`/`data:`/`vbscript:` URL vectors. */
  unsafeUrlArticles: Article[];
  /** How many times each text vector was placed in a text field. */
  textUses: Map<string, number>;
}

const hubCount = 3;
const articlesPerHub = 24;
const headingKeys: (keyof SectionHeadings)[] = ['startHere', 'questions', 'readingPaths', 'failureModes', 'relatedHubs', 'references'];

/**
 * A format-2 bundle in which every string a bundle carries comes from `vectors`: titles,
 * summaries, tags, labels, headings, reading path titles, every rich-text string and code,
 * link hrefs, article, hub and related-hub URLs, dates, and the ids of hubs, articles and
 * paths (they still refer to each other, so everything renders). The text vectors go round
 * at least `minRounds` times, so each lands in several fields of several hubs.
 */
export function buildHostileBundle(
  vectors: readonly string[],
  urls: readonly { url: string; allowed: boolean }[],
  minRounds = 3,
): HostileFixture {
  const textVectors = vectors.filter((vector) => vector.trim() !== '');
  const text = new Cycle(textVectors);
  // The URL vectors first, so the articles (which article-search opens) get every one of them.
  const url = new Cycle([...urls.map((vector) => vector.url), ...vectors]);
  const date = new Cycle(vectors);
  const textUses = new Map<string, number>();
  const place = () => {
    const value = text.take();
    textUses.set(value, (textUses.get(value) ?? 0) + 1);
    return value;
  };
  // Ids must be unique to stay valid references: distinct vectors, from the end of the corpus.
  const ids = [...new Set(textVectors)].reverse();
  let nextId = 0;
  const takeId = () => ids[nextId++];

  const articles: [string, Article][] = [];
  const unsafe = new Set(urls.filter((vector) => !vector.allowed).map((vector) => vector.url));
  for (let i = 0; i < hubCount * articlesPerHub; i++) {
    const id = takeId();
    articles.push([
      id,
      {
        id,
        title: place(),
        summary: place(),
        tags: [place(), place(), place()],
        canon: i % 2 === 0,
        date: date.take(),
        url: url.take(),
        hubs: [],
      },
    ]);
  }
  const articleIds = articles.map(([id]) => id);
  const hubIds = Array.from({ length: hubCount }, takeId);

  // Rich text with every node type, each string a vector.
  const inline = (strings: string[]): InlineText => {
    const nodes: InlineText = [
      place(),
      { type: 'em', children: [place(), { type: 'strong', children: [place()] }] },
      { type: 'code', text: place() },
      { type: 'link', href: url.take(), children: [place()] },
    ];
    nodes.forEach((node) => collect(node, strings));
    return nodes;
  };
  const hubs: [string, Hub][] = [];
  const expectations: HostileHubExpectations[] = [];
  for (let h = 0; h < hubCount; h++) {
    const id = hubIds[h];
    // Each hub lists its own articles and the first two of the next hub's, so some articles have two hubs.
    const own = articleIds.slice(h * articlesPerHub, (h + 1) * articlesPerHub);
    const references = [...own, ...articleIds.slice(((h + 1) % hubCount) * articlesPerHub).slice(0, 2)];
    const hubText: string[] = [];
    const startHereText: string[] = [];
    const questionsText: string[] = [];
    const failureModesText: string[] = [];
    const relatedHubsText: string[] = [];
    const title = place();
    hubText.push(title);
    const introStrings: string[] = [];
    const intro: BlockNode[] = [
      { type: 'paragraph', children: inline(introStrings) },
      {
        type: 'list',
        ordered: true,
        items: [
          [{ type: 'paragraph', children: inline(introStrings) }],
          [{ type: 'list', ordered: false, items: [[{ type: 'paragraph', children: inline(introStrings) }]] }],
        ],
      },
    ];
    const headings = Object.fromEntries(headingKeys.map((key) => [key, place()])) as Required<SectionHeadings>;
    hubText.push(...Object.values(headings));
    const startHere = own.slice(0, 3).map((article, i) => {
      const entry = { article, ...(i === 0 && { label: place() }), reason: inline(startHereText) };
      if (entry.label) startHereText.push(entry.label);
      return entry;
    });
    const questions = [inline(questionsText), [place()], inline(questionsText)];
    questions[1].forEach((node) => collect(node, questionsText));
    const readingPaths = [0, 1].map((p) => ({ id: takeId(), title: place(), articles: own.slice(3 + p * 3, 6 + p * 3) }));
    const failureModes = [0, 1].map((f) => ({ text: inline(failureModesText), articles: own.slice(9 + f * 2, 11 + f * 2) }));
    const relatedHubs = [
      { title: place(), url: url.take() },
      { title: place(), hub: hubIds[(h + 1) % hubCount] },
      { title: place(), url: url.take(), hub: hubIds[(h + 2) % hubCount] },
    ];
    relatedHubsText.push(...relatedHubs.map((related) => related.title));
    startHereText.push(headings.startHere);
    questionsText.push(headings.questions);
    failureModesText.push(headings.failureModes);
    relatedHubsText.push(headings.relatedHubs);
    const hub: Hub = {
      id,
      title,
      url: url.take(),
      intro,
      headings,
      startHere,
      questions,
      readingPaths,
      failureModes,
      relatedHubs,
      references,
    };
    hubs.push([id, hub]);
    expectations.push({
      id,
      hubText,
      startHereText,
      questionsText,
      failureModesText,
      relatedHubsText,
      pathText: new Map(readingPaths.map((path) => [path.id, [path.title]])),
      referencesText: [headings.references],
    });
    hubText.push(...introStrings, ...startHereText, ...questionsText, ...failureModesText, ...relatedHubsText);
    hubText.push(...readingPaths.map((path) => path.title));
  }
  // More intro paragraphs until every text vector has gone round `minRounds` times.
  for (let h = 0; text.rounds < minRounds; h = (h + 1) % hubCount) {
    const strings: string[] = [];
    hubs[h][1].intro.push({ type: 'paragraph', children: inline(strings) });
    expectations[h].hubText.push(...strings);
  }

  const articleMap = new Map(articles);
  for (const [hubId, hub] of hubs) {
    for (const articleId of hub.references) articleMap.get(articleId)!.hubs.push(hubId);
  }
  const cardText = (article: Article) => [article.title, article.summary, ...article.tags];
  hubs.forEach(([, hub], h) => {
    const expected = expectations[h];
    const referenced = hub.references.map((id) => articleMap.get(id)!);
    expected.referencesText.push(...referenced.flatMap(cardText));
    expected.hubText.push(...referenced.flatMap(cardText));
    for (const path of hub.readingPaths)
      expected.pathText.get(path.id)!.push(...path.articles.flatMap((id) => cardText(articleMap.get(id)!)));
    expected.failureModesText.push(...hub.failureModes.flatMap((mode) => mode.articles.map((id) => articleMap.get(id)!.title)));
    // Start-here cards show the label where there is one, else the title; summary and tags always.
    expected.startHereText.push(
      ...hub.startHere.flatMap((entry) => {
        const [title, ...rest] = cardText(articleMap.get(entry.article)!);
        return entry.label ? rest : [title, ...rest];
      }),
    );
  });

  const index = new MiniSearch<Article>(searchIndexOptions);
  index.addAll([...articleMap.values()]);
  // Own properties even for ids such as "hasOwnProperty" or "__proto__", as JSON.parse makes them.
  const source: ContentBundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    contentHash: place(),
    hubs: Object.fromEntries(hubs),
    articles: Object.fromEntries(articles),
    searchIndex: JSON.stringify(index),
  };
  const bundle = JSON.parse(JSON.stringify(source)) as ContentBundle;
  return {
    bundle,
    hubs: expectations,
    unsafeUrlArticles: Object.values(bundle.articles).filter((article) => unsafe.has(article.url!)),
    textUses,
  };
}

/** The strings of a rich-text node that a reader sees (not hrefs). */
function collect(node: InlineNode, into: string[]) {
  if (typeof node === 'string') into.push(node);
  else if (node.type === 'code') into.push(node.text);
  else node.children.forEach((child) => collect(child, into));
}
