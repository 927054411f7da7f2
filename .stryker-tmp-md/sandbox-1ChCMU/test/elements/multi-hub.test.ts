/**
 * One bundle, several hubs: the real build of test/fixtures/content/multi-hub ("Platform
 * Engineering" and "Developer Experience", sharing some articles), loaded with `src` as a team
 * would. Expected titles and links come from that fixture's Markdown.
 */
// @ts-nocheck

import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/article-search.js';
import '../../src/related-hubs.js';
import '../../src/topic-hub.js';
import type { ArticleSearch } from '../../src/article-search.js';
import { deepQuery, deepQueryAll, headingOutline, settled, textOf } from '../helpers.js';

const src = '/__test__/bundle?id=multi-hub';

async function renderLoaded<T extends HTMLElement>(markup: string) {
  const container = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const element = container.firstElementChild as T;
  await waitUntil(() => deepQuery(element, '[part~="title"], [part~="heading"], [role="combobox"], [role="alert"]'), 'never loaded', {
    timeout: 5000,
  });
  await settled(element);
  return element;
}

async function search(element: ArticleSearch, query: string) {
  const input = element.shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: query });
  await settled(element);
  return Array.from(element.shadowRoot!.querySelectorAll('[role="option"] .option-title')).map(textOf);
}

describe('a bundle with two hubs', () => {
  it('links each related hub to the page of the other hub in the bundle', async () => {
    const platform = await renderLoaded(`<related-hubs src="${src}" hub="platform-engineering"></related-hubs>`);
    const experience = await renderLoaded(`<related-hubs src="${src}" hub="developer-experience"></related-hubs>`);
    const link = (element: Element) => deepQuery<HTMLAnchorElement>(element, '[part~="related-hub"] a');
    expect([textOf(link(platform)), link(platform).href]).to.deep.equal([
      'Developer Experience',
      new URL('/hubs/developer-experience/', location.href).href,
    ]);
    expect([textOf(link(experience)), link(experience).href]).to.deep.equal([
      'Platform Engineering',
      new URL('/hubs/platform-engineering/', location.href).href,
    ]);
  });

  it('searches every hub of the bundle without a hub attribute, and one hub with it', async () => {
    const everywhere = await renderLoaded<ArticleSearch>(`<article-search src="${src}"></article-search>`);
    // "On-Call for Platform Teams" is listed by Platform Engineering only, "Feedback Loops Under
    // Ten Minutes" by Developer Experience only.
    expect(await search(everywhere, 'pipeline')).to.deep.equal(['On-Call for Platform Teams']);
    expect(await search(everywhere, 'feedback')).to.deep.equal(['Feedback Loops Under Ten Minutes']);

    const experience = await renderLoaded<ArticleSearch>(`<article-search src="${src}" hub="developer-experience"></article-search>`);
    expect(await search(experience, 'feedback')).to.deep.equal(['Feedback Loops Under Ten Minutes']);
    expect(await search(experience, 'pipeline')).to.deep.equal([]);
  });

  it('leaves out the sections a hub has no content for, and heads the rest neutrally', async () => {
    const experience = await renderLoaded(`<topic-hub src="${src}" hub="developer-experience"></topic-hub>`);
    expect(headingOutline(experience).filter((line) => /^h[23] /.test(line))).to.deep.equal([
      'h2 Developer Experience',
      'h3 Start here',
      'h3 Questions',
      'h3 Related hubs',
      'h3 References',
    ]);
    expect(deepQueryAll(experience, 'reading-path, failure-mode-list')).to.deep.equal([]);
  });
});
