import { expect } from '@open-wc/testing';
import '../../src/start-here.js';
import '../../src/topic-hub.js';
import type { StartHere } from '../../src/start-here.js';
import {
  cardTitles,
  composedText,
  deepQuery,
  deepQueryAll,
  defaultBundle,
  headingOutline,
  hubMarkdown,
  linesOf,
  renderElement,
  settled,
  textOf,
  itFollowsTheHubErrorContract,
} from '../helpers.js';
import { seedHub } from '../fixtures/seed-facts.js';

const renderStartHere = (attributes = 'hub="technical-leadership"') => renderElement<StartHere>(`<start-here ${attributes}></start-here>`);

/**
 * What Start Here shows: each entry's title as the seed links it (its shorter label where it has
 * one), and its reason as written in the hub's Markdown (our paraphrase of the seed).
 */
async function expectedEntries() {
  const { startHere } = await hubMarkdown();
  expect(startHere.map((entry) => entry.article)).to.deep.equal(seedHub.startHere.map((entry) => entry.id));
  return seedHub.startHere.map((entry, index) => ({ title: entry.title, reason: startHere[index].reason }));
}

describe('<start-here>', () => {
  it('lists the entries in the hub order, each card with its title (or shorter label) and its reason', async () => {
    const element = await renderStartHere();
    const expected = await expectedEntries();
    expect(expected).to.have.length(3);
    expect(cardTitles(element)).to.deep.equal(expected.map((entry) => entry.title));
    expect(deepQueryAll(element, '[part~="reason"]').map(textOf)).to.deep.equal(expected.map((entry) => entry.reason));
    // The second entry is shown under its label, not the article's longer title.
    expect(cardTitles(element)[1]).to.equal('AI Team Structures That Work');
  });

  it('is an ordered list of items under a "Start Here" heading', async () => {
    const element = await renderStartHere();
    const list = deepQuery(element, '[part~="list"]');
    expect(list.localName).to.equal('ol');
    const items = deepQueryAll(element, '[part~="item"]');
    expect(items).to.have.length(3);
    items.forEach((item) => expect(item.parentElement).to.equal(list));
    const section = deepQuery(element, 'section');
    const heading = deepQuery(element, '[part~="heading"]');
    expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(textOf(heading)).to.equal('Start Here');
  });

  it('on a phone, cuts summaries and reasons to three lines, their text whole; a reason shows whole while a link in it has focus', async () => {
    const bundle = structuredClone(defaultBundle());
    const reason =
      'Worth reading first because it names the constraint, shows how to measure it, explains who owns it and says what to change on Monday, in that order, for';
    bundle.hubs['technical-leadership'].startHere[0].reason = [
      reason,
      ' ',
      { type: 'link', href: 'https://example.com/teams', children: ['every team'] },
      '.',
    ];
    const element = await renderStartHere('hub="technical-leadership" style="inline-size: 20rem"');
    element.bundle = bundle;
    await settled(element);
    const texts = [...deepQueryAll(element, '[part~="summary"]'), ...deepQueryAll(element, '[part~="reason"]')];
    texts.forEach((text) => expect(linesOf(text).shown, textOf(text)).to.be.at.most(3));
    const [longReason] = deepQueryAll(element, '[part~="reason"]');
    expect(linesOf(longReason).cut).to.equal(true);
    expect(textOf(longReason)).to.equal(`${reason} every team.`);
    deepQuery(longReason, 'a').focus();
    expect(linesOf(longReason).cut, 'focus on its link').to.equal(false);
    expect(linesOf(longReason).shown).to.be.above(3);

    element.style.inlineSize = '40rem';
    (document.activeElement as HTMLElement | null)?.blur();
    await settled(element);
    for (const text of texts) expect(linesOf(text).cut, `wide: ${textOf(text)}`).to.equal(false);
  });

  it('heads the section at heading-level and its cards one level below', async () => {
    const titles = (await expectedEntries()).map((entry) => entry.title);
    expect(headingOutline(await renderStartHere())).to.deep.equal(['h2 Start Here', ...titles.map((title) => `h3 ${title}`)]);
    expect(headingOutline(await renderStartHere('hub="technical-leadership" heading-level="5"'))).to.deep.equal([
      'h5 Start Here',
      ...titles.map((title) => `h6 ${title}`),
    ]);
  });

  itFollowsTheHubErrorContract('start-here');

  it('shows the same entries inside <topic-hub> as alone', async () => {
    const alone = await renderStartHere();
    const hub = await renderElement('<topic-hub hub="technical-leadership"></topic-hub>');
    const inside = deepQuery(hub, 'start-here');
    expect(composedText(inside)).to.equal(composedText(alone));
    expect(cardTitles(inside)).to.deep.equal(cardTitles(alone));
    expect(headingOutline(inside)[0]).to.equal('h3 Start Here');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} scheme`, async () => {
      await expect(await renderStartHere(`hub="technical-leadership" theme="${theme}"`)).to.be.accessible();
    });
  }
});
