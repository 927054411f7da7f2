/**
 * <article-search pagefind> and <topic-hub pagefind>: the elements query a Pagefind index built by
 * `topic-hub build --search pagefind` (npm run build:test-fixtures) with the reader's keys. Expected
 * articles come from the seed (test/fixtures/seed-facts.ts) and the multi-hub fixture's Markdown.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/article-search.js';
import '../../src/topic-hub.js';
import type { ArticleSearch } from '../../src/article-search.js';
import { seedReferences } from '../fixtures/seed-facts.js';
import { deepQuery, renderElement, renderExpectingError, textOf } from '../helpers.js';
import { parts, typeInto } from './article-search-harness.js';

const folderOf = (name: string) => `/test/fixtures/built/pagefind/${name}/pagefind/`;
const seedTitle = (words: string) => seedReferences.find(({ title }) => title.includes(words))!.title;

describe('<article-search pagefind>', () => {
  it('answers what the reader types from the Pagefind index, typos corrected', async () => {
    const search = await renderElement<ArticleSearch>(
      `<article-search hub="technical-leadership" pagefind="${folderOf('technical-leadership')}"></article-search>`,
    );
    await typeInto(search, 'techincal debt');
    await waitUntil(() => parts(search).titles().length > 0, 'results from Pagefind');
    expect(parts(search).titles().slice(0, 3)).to.include(seedTitle('Technical Debt'));
  });

  it('searches a hub that the built-in bundle does not have, with no src', async () => {
    // Only "Paved Roads, Not Gates" (a multi-hub fixture article of platform-engineering) says "gates".
    const search = await renderElement<ArticleSearch>(
      `<article-search hub="platform-engineering" pagefind="${folderOf('multi-hub')}" value="gates"></article-search>`,
    );
    expect(parts(search).titles()).to.deep.equal(['Paved Roads, Not Gates']);
  });

  it('shows the search-unavailable error, and fires hub-error, where no index is', async () => {
    const { element, errors } = await renderExpectingError(
      `<article-search pagefind="/test/fixtures/built/pagefind/nowhere/" value="debt"></article-search>`,
    );
    await waitUntil(() => errors.length > 0, 'hub-error');
    expect(errors[0].code).to.equal('search-unavailable');
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(textOf(alert!)).to.contain('No Pagefind index at');
  });
});

describe('<topic-hub pagefind>', () => {
  it("passes the folder to the hub's search", async () => {
    const hub = await renderElement(`<topic-hub hub="technical-leadership" pagefind="${folderOf('technical-leadership')}"></topic-hub>`);
    const search = deepQuery<ArticleSearch>(hub, 'article-search')!;
    expect(search.pagefind).to.equal(folderOf('technical-leadership'));
    await typeInto(search, 'hedcount');
    await waitUntil(() => parts(search).titles().length > 0, 'results from Pagefind');
    expect(parts(search).titles().slice(0, 3)).to.include(seedTitle('Headcount'));
  });
});
