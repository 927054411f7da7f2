/**
 * <article-search> over an asynchronous search engine (the `searchEngine` property): answers that
 * arrive late or out of order, the previous results kept while the next answer is on its way, and
 * `updateComplete` meaning "results shown". The engine here answers what each test tells it to,
 * from the seed's articles, so the expected titles and counts come from the test, not the element.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-search.js';
import type { ArticleSearch } from '../../src/article-search.js';
import type { SearchChangeDetail } from '../../src/elements/article-search/article-search.js';
import type { ImmediateSearchEngine, SearchEngine, SearchPage, SearchQuery } from '../../src/search/search-engine.js';
import { seedReferences } from '../fixtures/seed-facts.js';
import { defaultBundle, renderExpectingError, textOf } from '../helpers.js';
import { parts, renderSearch } from './article-search-harness.js';

/** A page of the built-in bundle's articles, by seed id. */
function pageOf(ids: string[], total = ids.length, tagCounts: SearchPage['tagCounts'] = []): SearchPage {
  const bundle = defaultBundle();
  return { matches: ids.map((id) => ({ article: bundle.articles[id], terms: [] })), total, tagCounts };
}

const titleOf = (id: string) => seedReferences.find((reference) => reference.id === id)!.title;
const [first, second, third] = seedReferences.map((reference) => reference.id);

/** An engine whose every answer waits until the test releases it with the page it chooses. */
function heldEngine() {
  const calls: { query: SearchQuery; answer: (page: SearchPage) => void; fail: (error: unknown) => void }[] = [];
  const engine: SearchEngine = {
    prepare: async () => undefined,
    search: (query) => new Promise((answer, fail) => calls.push({ query, answer, fail })),
  };
  return { engine, calls, call: (query: string) => calls.find((call) => call.query.query === query)! };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function searchWith(engine: SearchEngine) {
  const search = await renderSearch();
  search.searchEngine = engine;
  await search.updateComplete;
  return search;
}

describe('<article-search> with an asynchronous engine', () => {
  it('asks the engine with the query, the tags, the hub and its limit', async () => {
    const { engine, calls } = heldEngine();
    const search = await searchWith(engine);
    search.limit = 4;
    search.tags = 'ai';
    search.value = 'gov';
    await waitUntil(() => calls.length === 1);
    expect(calls[0].query).to.deep.equal({ query: 'gov', tags: ['ai'], hub: 'technical-leadership', limit: 4 });
  });

  it('shows only the answer to its latest query: an earlier answer that arrives last is dropped', async () => {
    const { engine, calls, call } = heldEngine();
    const search = await searchWith(engine);
    parts(search).input.focus();
    await sendKeys({ type: 'go' });
    await waitUntil(() => calls.length === 2, 'one search per keystroke');
    call('go').answer(pageOf([second, third]));
    await waitUntil(() => parts(search).titles().length === 2);
    call('g').answer(pageOf([first]));
    await nextFrame();
    expect(parts(search).titles()).to.deep.equal([titleOf(second), titleOf(third)]);
    expect(textOf(parts(search).count()!)).to.equal('2 results');
  });

  it('keeps the previous results, unchanged in place, while the next answer is on its way', async () => {
    const { engine, call } = heldEngine();
    const search = await searchWith(engine);
    parts(search).input.focus();
    await sendKeys({ type: 'g' });
    await waitUntil(() => call('g'));
    call('g').answer(pageOf([first, second]));
    await waitUntil(() => parts(search).titles().length === 2);
    const height = search.getBoundingClientRect().height;

    await sendKeys({ type: 'x' });
    await waitUntil(() => call('gx'));
    await nextFrame();
    expect(parts(search).titles(), 'the previous results stay').to.deep.equal([titleOf(first), titleOf(second)]);
    expect(parts(search).listbox.hidden).to.equal(false);
    expect(parts(search).empty(), 'no "no match" before the answer').to.equal(null);
    expect(search.getBoundingClientRect().height, 'no layout jump').to.equal(height);

    call('gx').answer(pageOf([]));
    await waitUntil(() => parts(search).empty() !== null);
    expect(textOf(parts(search).empty()!)).to.contain('gx');
  });

  it('resolves updateComplete only once the answer is shown', async () => {
    const engine: SearchEngine = {
      prepare: async () => undefined,
      search: () => new Promise((resolve) => setTimeout(() => resolve(pageOf([third])), 100)),
    };
    // A page that renders the search with a query shows its results.
    const search = document.createElement('article-search');
    search.hub = 'technical-leadership';
    search.value = 'anything';
    search.searchEngine = engine;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(search);
    await search.updateComplete;
    expect(parts(search).titles()).to.deep.equal([titleOf(third)]);
  });

  it('says the engine’s total and offers its tag counts, which cover only the top matches', async () => {
    const { engine, call } = heldEngine();
    const search = await searchWith(engine);
    const changes: SearchChangeDetail[] = [];
    search.addEventListener('search-change', (event) => changes.push(event.detail));
    parts(search).input.focus();
    await sendKeys({ type: 'a' });
    await waitUntil(() => call('a'));
    call('a').answer(
      pageOf([first, second, third], 4321, [
        ['zeta', 150],
        ['alpha', 7],
      ]),
    );
    await waitUntil(() => parts(search).titles().length === 3);
    expect(textOf(parts(search).count()!)).to.equal('4,321 results, 3 shown');
    // Alphabetical, so a chip never moves under the pointer; the counts are the engine's.
    expect(parts(search).chips().map(textOf)).to.deep.equal(['alpha (7)', 'zeta (150)']);
    await waitUntil(() => changes.length === 1);
    expect(changes[0].count).to.equal(4321);
  });

  it('shows an answer the engine has at once (searchNow) in the same update as the keystroke: one render, not two', async () => {
    const renders = async (engine: SearchEngine) => {
      const search = await searchWith(engine);
      const render = search['render'].bind(search);
      let count = 0;
      parts(search).input.focus();
      Object.defineProperty(search, 'render', { value: () => (count++, render()) });
      await sendKeys({ type: 'a' });
      await search.updateComplete;
      expect(parts(search).titles(), 'the answer is shown').to.deep.equal([titleOf(first)]);
      return count;
    };
    const page = pageOf([first]);
    const immediate: ImmediateSearchEngine = { prepare: async () => undefined, search: async () => page, searchNow: () => page };
    expect(await renders(immediate)).to.equal(1);
    expect(await renders({ prepare: async () => undefined, search: async () => page })).to.equal(2);
  });

  it('shows the error of an engine that fails, and fires hub-error', async () => {
    const { engine, call } = heldEngine();
    const { element, errors } = await renderExpectingError('<article-search hub="technical-leadership"></article-search>', (el) => {
      (el as ArticleSearch).searchEngine = engine;
    });
    const search = element as ArticleSearch;
    search.value = 'gov';
    await waitUntil(() => call('gov'));
    call('gov').fail(new Error('the index file is gone'));
    await waitUntil(() => search.shadowRoot!.querySelector('[role="alert"]'));
    expect(textOf(search.shadowRoot!.querySelector('[role="alert"]')!)).to.contain('the index file is gone');
    expect(errors.map((error) => error.code)).to.deep.equal(['invalid-bundle']);
  });

  it('keeps the field and the focus when a search fails, and the next key searches again', async () => {
    const { engine, call } = heldEngine();
    const errors: string[] = [];
    const search = await searchWith(engine);
    search.addEventListener('hub-error', (event) => errors.push((event as CustomEvent<{ code: string }>).detail.code));
    parts(search).input.focus();
    await sendKeys({ type: 'g' });
    await waitUntil(() => call('g'));
    call('g').fail(new Error('the index file is gone'));
    await waitUntil(() => search.shadowRoot!.querySelector('[part~="search-error"]'), 'the failure under the field');
    expect(textOf(search.shadowRoot!.querySelector('[part~="search-error"]')!)).to.contain('the index file is gone');
    expect(parts(search).focus()).to.equal('input');
    expect(errors).to.deep.equal(['invalid-bundle']);
    await sendKeys({ type: 'o' });
    await waitUntil(() => call('go'));
    call('go').answer(pageOf([first]));
    await search.updateComplete;
    expect(parts(search).titles()).to.deep.equal([titleOf(first)]);
    expect(search.shadowRoot!.querySelector('[part~="search-error"]')).to.equal(null);
  });

  it('makes no option active when a later answer replaces the results the reader was moving through', async () => {
    const { engine, call } = heldEngine();
    const search = await searchWith(engine);
    parts(search).input.focus();
    await sendKeys({ type: 'g' });
    await waitUntil(() => call('g'));
    call('g').answer(pageOf([first, second]));
    await search.updateComplete;
    await sendKeys({ type: 'o' });
    await sendKeys({ press: 'ArrowDown' });
    expect(parts(search).active(), 'an option of the previous answer').to.equal('option-0');
    await waitUntil(() => call('go'));
    call('go').answer(pageOf([third, first]));
    await search.updateComplete;
    expect(parts(search).titles()).to.deep.equal([titleOf(third), titleOf(first)]);
    expect(parts(search).active()).to.equal(null);
  });

  it('fires one search-change for keys typed while an answer was on its way, with the latest query', async () => {
    const { engine, calls } = heldEngine();
    const search = await searchWith(engine);
    const changes: SearchChangeDetail[] = [];
    search.addEventListener('search-change', (event) => changes.push((event as CustomEvent<SearchChangeDetail>).detail));
    parts(search).input.focus();
    await sendKeys({ type: 'gov' });
    await waitUntil(() => calls.length === 3);
    for (const call of calls) call.answer(pageOf(call.query.query === 'gov' ? [first] : [first, second]));
    await search.updateComplete;
    await nextFrame();
    expect(changes).to.deep.equal([{ query: 'gov', tags: [], count: 1 }]);
  });

  it('leaves focus where the reader moved it while a chip press was being answered', async () => {
    const { engine, calls, call } = heldEngine();
    const container = await fixture<HTMLDivElement>(html`<div><button>elsewhere</button></div>`);
    const search = await searchWith(engine);
    container.append(search);
    parts(search).input.focus();
    await sendKeys({ type: 'g' });
    await waitUntil(() => call('g'));
    call('g').answer(pageOf([first], 1, [['ai', 1]]));
    await search.updateComplete;
    parts(search).chip('ai')!.click();
    await waitUntil(() => calls.length === 2);
    container.querySelector('button')!.focus();
    calls[1].answer(pageOf([first], 1, [['ai', 1]]));
    await search.updateComplete;
    await nextFrame();
    // Compared as text: a failed comparison of DOM elements makes the runner serialize them.
    expect(document.activeElement?.textContent).to.equal('elsewhere');
  });
});
