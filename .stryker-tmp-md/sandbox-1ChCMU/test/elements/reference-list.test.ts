// @ts-nocheck
import { expect } from '@open-wc/testing';
import '../../src/reference-list.js';
import '../../src/topic-hub.js';
import type { ReferenceList } from '../../src/reference-list.js';
import type { TagFilterDetail } from '../../src/elements/reference-list/reference-list.js';
import { seedHub, seedReferences, type SeedReference } from '../fixtures/seed-facts.js';
import {
  cardTitles,
  composedText,
  deepQuery,
  deepQueryAll,
  headingOutline,
  renderElement,
  settled,
  textOf,
  itFollowsTheHubErrorContract,
} from '../helpers.js';

const HUB = 'technical-leadership';

const renderList = (attributes = '') => renderElement<ReferenceList>(`<reference-list hub="${HUB}" ${attributes}></reference-list>`);

/** The hub's references, in the hub's order, as the seed gives them. */
const references = (): readonly SeedReference[] => seedReferences;
/** The references that have every one of `tags`, according to the seed. */
const taggedWith = (...tags: string[]) => references().filter((article) => tags.every((tag) => article.tags.includes(tag)));
const titles = (articles: readonly SeedReference[]) => articles.map((article) => article.title);

const countText = (root: Element) => textOf(deepQuery(root, '[part~="count"]'));
const filterButtons = (root: Element) => deepQueryAll<HTMLButtonElement>(root, 'button[part~="tag-filter"]');
/** A button's label ("security (2)"); read from the DOM so it is found while the disclosure is closed too. */
const labelOf = (button: HTMLButtonElement) => (button.textContent ?? '').replace(/\s+/g, ' ').trim();
const filterButton = (root: Element, tag: string) => filterButtons(root).find((button) => labelOf(button).startsWith(`${tag} (`))!;

function listenForFilter(element: HTMLElement) {
  const events: TagFilterDetail[] = [];
  element.addEventListener('tag-filter-change', (event) => events.push(event.detail));
  return events;
}

/** Opens the "Filter by tag" disclosure as a reader does. */
async function openFilters(element: HTMLElement) {
  const details = deepQuery<HTMLDetailsElement>(element, 'details[part~="filter"]');
  if (!details.open) deepQuery(element, 'summary').click();
  await settled(element);
  expect(details.open).to.equal(true);
  return details;
}

describe('<reference-list>', () => {
  it('lists every reference of the hub in the hub order (newest first), with the count', async () => {
    const element = await renderList();
    expect(references()).to.have.length(seedHub.referenceCount);
    expect(cardTitles(element)).to.deep.equal(titles(references()));
    expect(countText(element)).to.equal(seedHub.referencesHeading);
    expect(deepQuery(element, '[part~="count"]').getAttribute('role')).to.equal('status');
    const shownDates = deepQueryAll(element, 'article-card').map((card) => deepQuery<HTMLTimeElement>(card, 'time')?.dateTime);
    expect(shownDates).to.deep.equal(references().map((article) => article.date));
    const dated = shownDates.filter(Boolean);
    expect(dated, 'newest first').to.deep.equal([...dated].sort().reverse());
  });

  it('offers one filter button per tag of its references, sorted, none pressed, with the number of entries', async () => {
    const element = await renderList();
    expect(deepQuery<HTMLDetailsElement>(element, 'details').open).to.equal(false);
    await openFilters(element);
    const tags = [...new Set(references().flatMap((article) => article.tags))].sort();
    expect(filterButtons(element).map(textOf)).to.deep.equal(tags.map((tag) => `${tag} (${taggedWith(tag).length})`));
    filterButtons(element).forEach((button) => {
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(button.disabled).to.equal(false);
    });
  });

  it('with tags="security", lists exactly the references tagged security, and says so', async () => {
    const element = await renderList('tags="security"');
    const expected = taggedWith('security');
    expect(expected.length).to.be.within(1, 30);
    expect(cardTitles(element)).to.deep.equal(titles(expected));
    expect(countText(element)).to.equal(`${expected.length} of 31 entries, tagged 'security'`);
    expect(filterButton(element, 'security').getAttribute('aria-pressed')).to.equal('true');
    expect(deepQuery<HTMLDetailsElement>(element, 'details').open).to.equal(true);
    expect(textOf(deepQuery(element, 'summary'))).to.equal('Filter by tag (1 selected)');
  });

  it('lists the references that have all the given tags, and counts the other tags among them', async () => {
    const element = await renderList('tags="ai, governance"');
    const expected = taggedWith('ai', 'governance');
    expect(expected.length).to.be.greaterThan(0);
    expect(cardTitles(element)).to.deep.equal(titles(expected));
    expect(countText(element)).to.equal(`${expected.length} of 31 entries, tagged 'ai' and 'governance'`);
    for (const button of filterButtons(element)) {
      const tag = textOf(button).replace(/ \(\d+\)$/, '');
      const count = expected.filter((article) => article.tags.includes(tag)).length;
      const pressed = tag === 'ai' || tag === 'governance';
      expect(textOf(button)).to.equal(`${tag} (${count})`);
      expect(button.getAttribute('aria-pressed'), tag).to.equal(String(pressed));
      // A tag that would leave nothing to show cannot be added.
      expect(button.disabled, tag).to.equal(!pressed && count === 0);
    }
  });

  it('says so when no reference has all the tags', async () => {
    const element = await renderList('tags="no-such-tag"');
    expect(cardTitles(element)).to.deep.equal([]);
    expect(countText(element)).to.equal("0 of 31 entries, tagged 'no-such-tag'");
    expect(composedText(element)).to.contain('No entry has all of these tags.');
  });

  it('filters when the reader presses a tag, and clears the filter when it is pressed again', async () => {
    const element = await renderList();
    const events = listenForFilter(element);
    await openFilters(element);

    filterButton(element, 'security').click();
    await settled(element);
    const security = taggedWith('security');
    expect(filterButton(element, 'security').getAttribute('aria-pressed')).to.equal('true');
    expect(cardTitles(element)).to.deep.equal(titles(security));
    expect(countText(element)).to.equal(`${security.length} of 31 entries, tagged 'security'`);
    expect(element.getAttribute('tags')).to.equal('security');
    expect(events).to.deep.equal([{ hub: HUB, tags: ['security'], count: security.length }]);

    filterButton(element, 'security').click();
    await settled(element);
    expect(filterButton(element, 'security').getAttribute('aria-pressed')).to.equal('false');
    expect(cardTitles(element)).to.deep.equal(titles(references()));
    expect(countText(element)).to.equal(seedHub.referencesHeading);
    expect(events[1]).to.deep.equal({ hub: HUB, tags: [], count: 31 });
  });

  it('combines pressed tags', async () => {
    const element = await renderList();
    const events = listenForFilter(element);
    await openFilters(element);
    filterButton(element, 'ai').click();
    await settled(element);
    filterButton(element, 'strategy').click();
    await settled(element);
    const expected = taggedWith('ai', 'strategy');
    expect(cardTitles(element)).to.deep.equal(titles(expected));
    expect(events.map((event) => [event.tags, event.count])).to.deep.equal([
      [['ai'], taggedWith('ai').length],
      [['ai', 'strategy'], expected.length],
    ]);
  });

  it('keeps the filters open, and the pressed button focused, when the reader clears the last tag', async () => {
    const element = await renderList();
    const details = await openFilters(element);
    const button = filterButton(element, 'security');
    button.focus();
    button.click();
    await settled(element);
    button.click();
    await settled(element);
    expect(details.open).to.equal(true);
    expect(element.shadowRoot!.activeElement).to.equal(filterButton(element, 'security'));
    expect(filterButton(element, 'security').checkVisibility()).to.equal(true);
  });

  it('follows a change of the tags attribute', async () => {
    const element = await renderList();
    element.setAttribute('tags', 'hiring');
    await settled(element);
    expect(cardTitles(element)).to.deep.equal(titles(taggedWith('hiring')));
    element.removeAttribute('tags');
    await settled(element);
    expect(cardTitles(element)).to.have.length(31);
  });

  it('heads the section at heading-level and its cards one level below', async () => {
    const outline = headingOutline(await renderList('heading-level="3"'));
    expect(outline[0]).to.equal('h3 References');
    expect(outline.slice(1)).to.deep.equal(titles(references()).map((title) => `h4 ${title}`));
    expect(headingOutline(await renderList())[0]).to.equal('h2 References');
  });

  itFollowsTheHubErrorContract('reference-list');

  describe('inside <topic-hub>', () => {
    it('lists the same references as alone', async () => {
      const alone = await renderList();
      const inside = deepQuery(await renderElement(`<topic-hub hub="${HUB}"></topic-hub>`), 'reference-list');
      expect(cardTitles(inside)).to.deep.equal(cardTitles(alone));
      expect(composedText(inside)).to.equal(composedText(alone));
      expect(headingOutline(inside)[0]).to.equal('h3 References');
    });

    it('filters by tag, and the page hears tag-filter-change from the hub', async () => {
      const hub = await renderElement(`<topic-hub hub="${HUB}"></topic-hub>`);
      const events = listenForFilter(hub);
      const list = deepQuery(hub, 'reference-list');
      await openFilters(list);
      filterButton(list, 'security').click();
      await settled(hub);
      expect(cardTitles(list)).to.deep.equal(titles(taggedWith('security')));
      expect(events).to.deep.equal([{ hub: HUB, tags: ['security'], count: taggedWith('security').length }]);
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} scheme, filtered and not`, async () => {
      const element = await renderList(`theme="${theme}"`);
      await expect(element).to.be.accessible();
      await openFilters(element);
      filterButton(element, 'security').click();
      await settled(element);
      await expect(element).to.be.accessible();
    });
  }
});
