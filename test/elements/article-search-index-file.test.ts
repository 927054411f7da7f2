/**
 * <article-search> over a bundle whose index is a file of its own, as `topic-hub build` writes it
 * (test/fixtures/built/multi-hub-split, built from test/fixtures/content/multi-hub by the real
 * CLI), served by the test server of web-test-runner.config.mjs under /__test__/split/, which
 * counts requests and can hold answers. Expected titles come from the fixture's Markdown.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-search.js';
import type { ArticleSearch } from '../../src/article-search.js';
import { indexFileMode, searchMode } from '../../src/search/minisearch-engine.js';
import { deepQuery, renderExpectingError, textOf } from '../helpers.js';
import { parts } from './article-search-harness.js';

let serial = 0;
/** A bundle of its own for each test (its index URL carries the same id): the page-wide caches start fresh. */
function splitBundle(query = '') {
  const id = `${Date.now().toString(36)}-${++serial}`;
  return { id, src: `/__test__/split/bundle?id=${id}${query ? `&${query}` : ''}` };
}

/** How many times the page (or its worker) asked the server for the index file of the bundle `id`. */
async function indexRequests(id: string) {
  const index = JSON.parse(await (await fetch('/test/fixtures/built/multi-hub-split/bundle.json')).text()).searchIndexFile;
  const url = `/__test__/split/index?name=${encodeURIComponent(index)}&id=${id}`;
  const response = await fetch(`/__test__/requests?url=${encodeURIComponent(url)}`);
  return { count: ((await response.json()) as { count: number }).count, url: new URL(url, document.baseURI).href };
}

async function renderSplit(src: string, attributes = '') {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<article-search src="${src}" ${attributes}></article-search><article-search src="${src}"></article-search>`;
  const [first, second] = Array.from(container.querySelectorAll<ArticleSearch>('article-search'));
  await waitUntil(() => parts(first).input && parts(second).input, 'the bundle loads');
  return { first, second };
}

/** Types `text` into a search and waits until the list shows results or says there are none. */
async function typeAndWait(search: ArticleSearch, text: string) {
  parts(search).input.focus();
  await sendKeys({ type: text });
  await search.updateComplete;
}

describe('<article-search> with an index file', () => {
  afterEach(() => (searchMode.worker = true));

  it('fetches the index only when the search is first focused, once for every search on the page', async () => {
    const { id, src } = splitBundle();
    const { first, second } = await renderSplit(src);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await indexRequests(id)).count, 'nothing fetched before the reader comes to search').to.equal(0);

    parts(first).input.focus();
    await waitUntil(async () => (await indexRequests(id)).count === 1, 'focus fetches the index');
    // Only that article's summary has the word (test/fixtures/content/multi-hub).
    await typeAndWait(first, 'mandatory');
    expect(parts(first).titles()).to.deep.equal(['Paved Roads, Not Gates']);

    await typeAndWait(second, 'feedback');
    expect(parts(second).titles()).to.deep.equal(['Feedback Loops Under Ten Minutes']);
    expect((await indexRequests(id)).count, 'one request for the page').to.equal(1);
  });

  it('fetches the index at once when the search starts with a query', async () => {
    const { src } = splitBundle();
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<article-search src="${src}" value="adoption"></article-search>`;
    const search = container.querySelector<ArticleSearch>('article-search')!;
    await waitUntil(() => parts(search).titles().length > 0, 'results without any focus', { timeout: 5000 });
    // "adoption" is in the title of one article and the tags of another (test/fixtures/content/multi-hub).
    expect(parts(search).titles()).to.have.members(['Measuring Platform Adoption', 'Paved Roads, Not Gates']);
  });

  it('lists tagged articles without the index (tags alone need none)', async () => {
    const { id, src } = splitBundle();
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<article-search src="${src}" hub="platform-engineering" tags="operations"></article-search>`;
    const search = container.querySelector<ArticleSearch>('article-search')!;
    await waitUntil(() => parts(search).input, 'the bundle loads');
    search.tags = 'operations';
    await search.updateComplete;
    expect(search.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect((await indexRequests(id)).count).to.equal(0);
  });

  it('gives the same results in the worker and on the main thread', async () => {
    const queries: [query: string, attributes: string][] = [
      ['platform', ''],
      ['plat', 'hub="platform-engineering"'],
      ['platfrom produkt', ''],
      ['platform', 'tags="metrics"'],
      ['ten minutes', 'hub="developer-experience"'],
      ['zzzz', ''],
    ];
    const run = async (worker: boolean) => {
      searchMode.worker = worker;
      const { id, src } = splitBundle();
      const answers: string[][] = [];
      for (const [query, attributes] of queries) {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        container.innerHTML = `<article-search src="${src}" value="${query}" ${attributes}></article-search>`;
        const search = container.querySelector<ArticleSearch>('article-search')!;
        await waitUntil(() => parts(search).input, 'the bundle loads');
        await waitUntil(() => parts(search).titles().length > 0 || parts(search).empty(), `an answer for "${query}"`, { timeout: 5000 });
        answers.push([...parts(search).titles(), textOf(parts(search).count() ?? undefined), textOf(parts(search).empty() ?? undefined)]);
      }
      return { answers, mode: await indexFileMode((await indexRequests(id)).url) };
    };
    const inWorker = await run(true);
    const onMainThread = await run(false);
    expect(inWorker.mode).to.equal('worker');
    expect(onMainThread.mode).to.equal('main-thread');
    expect(inWorker.answers).to.deep.equal(onMainThread.answers);
    // Anchored to the fixture: one article tagged "metrics" mentions the platform.
    expect(inWorker.answers[3]).to.deep.equal(['Measuring Platform Adoption', '1 result', '']);
    expect(inWorker.answers[5].at(-1)).to.contain('zzzz');
  });

  it('refuses an index file on another origin than the bundle, without fetching it', async () => {
    const { src } = splitBundle(`index=${encodeURIComponent('https://elsewhere.example/search-index.json')}`);
    const { element, errors } = await renderExpectingError(`<article-search src="${src}" value="paved"></article-search>`);
    await waitUntil(() => deepQuery(element, '[role="alert"]'), 'an error', { timeout: 5000 });
    expect(textOf(deepQuery(element, '[role="alert"]'))).to.contain("is not on the bundle's origin");
    expect(errors.map((error) => error.code)).to.deep.equal(['invalid-bundle']);
  });

  it('gives up on an index file that does not arrive within the element’s timeout, so no search waits for ever', async () => {
    const { id, src } = splitBundle();
    const index = JSON.parse(await (await fetch('/test/fixtures/built/multi-hub-split/bundle.json')).text()).searchIndexFile;
    const held = `index?name=${encodeURIComponent(index)}&id=${id}&hold=never-${id}`;
    const { element, errors } = await renderExpectingError(
      `<article-search src="${src}&index=${encodeURIComponent(held)}" timeout="300" value="paved"></article-search>`,
    );
    await waitUntil(() => deepQuery(element, '[role="alert"]'), 'an error', { timeout: 5000 });
    expect(textOf(deepQuery(element, '[role="alert"]'))).to.contain('did not arrive within 0.3 s');
    expect(errors.map((error) => error.code)).to.deep.equal(['timeout']);
  });

  it('gives up within the timeout on a worker that never answers (its file slow to arrive), and ends it', async () => {
    const { src } = splitBundle();
    const RealWorker = window.Worker;
    let ended = false;
    // A worker whose script never arrives: it neither runs nor fails.
    window.Worker = class {
      onmessage = null;
      onerror = null;
      postMessage() {}
      terminate() {
        ended = true;
      }
    } as unknown as typeof Worker;
    try {
      const { element, errors } = await renderExpectingError(`<article-search src="${src}" timeout="300" value="paved"></article-search>`);
      await waitUntil(() => deepQuery(element, '[role="alert"]'), 'an error', { timeout: 5000 });
      expect(textOf(deepQuery(element, '[role="alert"]'))).to.contain('did not arrive within 0.3 s');
      expect(errors.map((error) => error.code)).to.deep.equal(['timeout']);
      expect(ended, 'the worker is ended').to.equal(true);
    } finally {
      window.Worker = RealWorker;
    }
  });

  it('shows the error of an index file the server does not have', async () => {
    const { src } = splitBundle(`index=${encodeURIComponent('index?name=nothing-here.json')}`);
    const { element, errors } = await renderExpectingError(`<article-search src="${src}" value="paved"></article-search>`);
    await waitUntil(() => deepQuery(element, '[role="alert"]'), 'an error', { timeout: 5000 });
    expect(textOf(deepQuery(element, '[role="alert"]'))).to.contain('HTTP 404');
    expect(errors.map((error) => error.code)).to.deep.equal(['http-error']);
  });
});
