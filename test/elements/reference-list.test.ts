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

const moreTags = (root: Element) => deepQuery<HTMLButtonElement>(root, 'button[part~="more-tags"]');
const showAll = (root: Element) => deepQuery<HTMLButtonElement>(root, 'button[part~="show-all"]');

/** Shows every tag filter, pressing "More tags" as a reader does. */
async function openFilters(element: HTMLElement) {
  const more = moreTags(element);
  if (more?.getAttribute('aria-expanded') === 'false') more.click();
  await settled(element);
}

/** Lists every entry, pressing "Show all" as a reader does. */
async function showEverything(element: HTMLElement) {
  const button = showAll(element);
  if (button && /^Show all/.test(textOf(button))) button.click();
  await settled(element);
}

/** The seed's tags, most used among the references first, then by name: the order the chips keep. */
const tagsByUse = () => {
  const uses = new Map<string, number>();
  for (const article of references()) for (const tag of article.tags) uses.set(tag, (uses.get(tag) ?? 0) + 1);
  return [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || a.localeCompare(b));
};

describe('<reference-list>', () => {
  it('lists every reference of the hub in the hub order (newest first), with the count', async () => {
    const element = await renderList('limit="0"');
    expect(references()).to.have.length(seedHub.referenceCount);
    expect(cardTitles(element)).to.deep.equal(titles(references()));
    expect(countText(element)).to.equal(seedHub.referencesHeading);
    expect(showAll(element) === undefined, 'no "Show all" button').to.equal(true);
    const shownDates = deepQueryAll(element, 'article-card').map((card) => deepQuery<HTMLTimeElement>(card, 'time')?.dateTime);
    expect(shownDates).to.deep.equal(references().map((article) => article.date));
    const dated = shownDates.filter(Boolean);
    expect(dated, 'newest first').to.deep.equal([...dated].sort().reverse());
  });

  it('speaks the new count after a press of its own chip, and follows a selection made elsewhere silently', async () => {
    const element = await renderList();
    const region = deepQuery(element, '[role="status"]');
    expect(region.matches('[part~="count"]'), 'the visible count is not the live region').to.equal(false);
    expect(textOf(region), 'nothing said on load').to.equal('');
    filterButton(element, 'ai').click();
    await settled(element);
    const spoken = `${taggedWith('ai').length} of ${seedHub.referenceCount} entries, tagged 'ai'`;
    expect(textOf(region)).to.equal(spoken);
    expect(countText(element)).to.equal(spoken);
    // The search of the same hub selects 'governance' too: the count follows, the region is quiet.
    element.tags = 'ai governance';
    await settled(element);
    expect(countText(element)).to.equal(
      `${taggedWith('ai', 'governance').length} of ${seedHub.referenceCount} entries, tagged 'ai' and 'governance'`,
    );
    expect(textOf(region)).to.equal('');
    // Back to the selection it last spoke for, from elsewhere: still quiet (no repeat of an old count).
    element.tags = 'ai';
    await settled(element);
    expect(textOf(region)).to.equal('');
  });

  it('lists the first ten by default, then "Show all 31 entries", which lists the rest and focuses the first of them', async () => {
    const element = await renderList();
    expect(cardTitles(element)).to.deep.equal(titles(references().slice(0, 10)));
    expect(textOf(showAll(element))).to.equal('Show all 31 entries');
    showAll(element).focus();
    showAll(element).click();
    await settled(element);
    expect(cardTitles(element)).to.deep.equal(titles(references()));
    const focused = element.shadowRoot!.activeElement!;
    expect(focused.localName).to.equal('li');
    expect(textOf(deepQuery(focused, '[part~="title"]'))).to.equal(references()[10].title);

    // And back: the first ten again, focus on the button (the entry that had it is gone).
    expect(textOf(showAll(element))).to.equal('Show the first 10');
    showAll(element).click();
    await settled(element);
    expect(cardTitles(element)).to.have.length(10);
    expect(element.shadowRoot!.activeElement === showAll(element), 'focus stays on the button').to.equal(true);
  });

  it('counts "Show all" among the entries the filter leaves, and offers none where they fit', async () => {
    const element = await renderList('limit="4"');
    expect(textOf(showAll(element))).to.equal('Show all 31 entries');
    element.setAttribute('tags', 'ai');
    await settled(element);
    expect(cardTitles(element)).to.deep.equal(titles(taggedWith('ai').slice(0, 4)));
    expect(textOf(showAll(element))).to.equal(`Show all ${taggedWith('ai').length} entries`);
    element.setAttribute('tags', 'security');
    await settled(element);
    expect(taggedWith('security').length).to.be.at.most(4);
    expect(cardTitles(element)).to.deep.equal(titles(taggedWith('security')));
    expect(showAll(element) === undefined, 'no "Show all" button').to.equal(true);
  });

  it('offers the eight most used tags first, with the number of entries, and the rest behind "More tags"', async () => {
    const element = await renderList();
    const order = tagsByUse();
    expect(order.length).to.be.greaterThan(8);
    const label = (tag: string) => `${tag} (${taggedWith(tag).length})`;
    expect(filterButtons(element).map(labelOf)).to.deep.equal(order.slice(0, 8).map(label));
    expect(textOf(moreTags(element))).to.equal(`More tags (${order.length - 8})`);
    expect(moreTags(element).getAttribute('aria-expanded')).to.equal('false');
    filterButtons(element).forEach((button) => expect(button.getAttribute('aria-pressed')).to.equal('false'));

    moreTags(element).focus();
    moreTags(element).click();
    await settled(element);
    expect(filterButtons(element).map(labelOf)).to.deep.equal(order.map(label));
    expect(moreTags(element).getAttribute('aria-expanded')).to.equal('true');
    expect(labelOf(element.shadowRoot!.activeElement as HTMLButtonElement)).to.equal(`${order[8]} (${taggedWith(order[8]).length})`);
  });

  it('moves focus to "More tags" when a chip shown only because it was selected is un-pressed', async () => {
    const pastTheLimit = tagsByUse()[8];
    const element = await renderList(`tags="${pastTheLimit}"`);
    const chip = filterButtons(element).find((button) => labelOf(button).startsWith(`${pastTheLimit} `))!;
    chip.focus();
    chip.click();
    await settled(element);
    expect(filterButtons(element).some((button) => labelOf(button).startsWith(`${pastTheLimit} `))).to.equal(false);
    // Compared by part: a failing equality of elements makes the runner serialize them and hang.
    expect(element.shadowRoot!.activeElement?.getAttribute('part'), 'focus is not dropped to the page').to.equal('more-tags');
  });

  it('with density="compact", shows tighter cards with at most two lines of summary; comfortable shows all of it', async () => {
    /** Lines of summary on screen, per card, and the padding of each card. */
    const measure = (root: Element) =>
      deepQueryAll(root, 'article-card').map((card) => {
        const summary = deepQuery(card, '[part~="summary"]');
        const lines = Math.round(summary.getBoundingClientRect().height / parseFloat(getComputedStyle(summary).lineHeight));
        return { lines, padding: parseFloat(getComputedStyle(deepQuery(card, '[part~="card"]')).paddingTop) };
      });
    const comfortable = measure(await renderList('density="comfortable" style="inline-size: 20rem"'));
    const compact = measure(await renderList('density="compact" style="inline-size: 20rem"'));
    expect(Math.max(...comfortable.map((card) => card.lines)), 'some summary runs past two lines').to.be.greaterThan(2);
    expect(Math.max(...compact.map((card) => card.lines))).to.equal(2);
    expect(compact[0].padding).to.be.lessThan(comfortable[0].padding);
  });

  it('on a phone, in either density, parts its rows by the hairline alone: no gap besides', async () => {
    for (const density of ['comfortable', 'compact']) {
      const rows = deepQueryAll(await renderList(`density="${density}" style="inline-size: 20rem"`), '[part~="list"] > li');
      for (let index = 1; index < rows.length; index++) {
        const gap = rows[index].getBoundingClientRect().top - rows[index - 1].getBoundingClientRect().bottom;
        expect(gap, `${density}, row ${index}`).to.equal(0);
        expect(getComputedStyle(rows[index]).borderTopWidth).to.equal('1px');
      }
    }
  });

  it('follows tag-limit, and keeps a selected tag beyond it in view', async () => {
    const order = tagsByUse();
    const rare = order[order.length - 1];
    const element = await renderList(`tag-limit="3" tags="${rare}"`);
    const shown = filterButtons(element).map((button) => labelOf(button).replace(/ \(\d+\)$/, ''));
    expect(shown).to.include(rare);
    expect(shown.filter((tag) => tag !== rare)).to.deep.equal(
      order.filter((tag) => tag !== rare && taggedWith(rare, tag).length > 0).slice(0, 3),
    );
  });

  it('with tags="security", lists exactly the references tagged security, and says so', async () => {
    const element = await renderList('tags="security"');
    const expected = taggedWith('security');
    expect(expected.length).to.be.within(1, 30);
    expect(cardTitles(element)).to.deep.equal(titles(expected));
    expect(countText(element)).to.equal(`${expected.length} of 31 entries, tagged 'security'`);
    expect(filterButton(element, 'security').getAttribute('aria-pressed')).to.equal('true');
  });

  it('lists the references that have all the given tags, counts the other tags among them, and offers no tag that would leave nothing', async () => {
    const element = await renderList('tags="ai, governance"');
    await openFilters(element);
    const expected = taggedWith('ai', 'governance');
    expect(expected.length).to.be.greaterThan(0);
    expect(cardTitles(element)).to.deep.equal(titles(expected));
    expect(countText(element)).to.equal(`${expected.length} of 31 entries, tagged 'ai' and 'governance'`);
    const offered = tagsByUse().filter((tag) => tag === 'ai' || tag === 'governance' || taggedWith('ai', 'governance', tag).length > 0);
    expect(offered.length, 'some tags have no match left').to.be.lessThan(tagsByUse().length);
    expect(filterButtons(element).map(labelOf)).to.deep.equal(
      offered.map((tag) => `${tag} (${taggedWith('ai', 'governance', tag).length})`),
    );
    for (const button of filterButtons(element)) {
      const tag = labelOf(button).replace(/ \(\d+\)$/, '');
      expect(button.getAttribute('aria-pressed'), tag).to.equal(String(tag === 'ai' || tag === 'governance'));
      expect(button.disabled, tag).to.equal(false);
    }
  });

  it('says so when no reference has all the tags', async () => {
    const element = await renderList('tags="no-such-tag"');
    expect(cardTitles(element)).to.deep.equal([]);
    expect(countText(element)).to.equal("0 of 31 entries, tagged 'no-such-tag'");
    expect(composedText(element)).to.contain('No entry has all of these tags.');
  });

  it('filters when the reader presses a tag, and clears the filter when it is pressed again', async () => {
    const element = await renderList('limit="0"');
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
    const element = await renderList('limit="0"');
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

  it('keeps the pressed chip, and focus on it, when the reader selects and clears a tag', async () => {
    const element = await renderList();
    await openFilters(element);
    const button = filterButton(element, 'security');
    button.focus();
    button.click();
    await settled(element);
    expect(element.shadowRoot!.activeElement === button, 'focus stays on the chip').to.equal(true);
    button.click();
    await settled(element);
    expect(filterButton(element, 'security') === button, 'the same chip').to.equal(true);
    expect(element.shadowRoot!.activeElement === button, 'focus stays on the chip').to.equal(true);
    expect(filterButton(element, 'security').checkVisibility()).to.equal(true);
  });

  it('follows a change of the tags attribute', async () => {
    const element = await renderList('limit="0"');
    element.setAttribute('tags', 'hiring');
    await settled(element);
    expect(cardTitles(element)).to.deep.equal(titles(taggedWith('hiring')));
    element.removeAttribute('tags');
    await settled(element);
    expect(cardTitles(element)).to.have.length(31);
  });

  it('heads the section at heading-level and its cards one level below', async () => {
    const outline = headingOutline(await renderList('heading-level="3" limit="0"'));
    expect(outline[0]).to.equal('h3 References');
    expect(outline.slice(1)).to.deep.equal(titles(references()).map((title) => `h4 ${title}`));
    expect(headingOutline(await renderList())[0]).to.equal('h2 References');
  });

  itFollowsTheHubErrorContract('reference-list');

  describe('inside <topic-hub>', () => {
    it('lists the same references as alone', async () => {
      const alone = await renderList('density="compact"');
      const inside = deepQuery(await renderElement(`<topic-hub hub="${HUB}"></topic-hub>`), 'reference-list');
      expect(cardTitles(inside)).to.deep.equal(titles(references().slice(0, 10)));
      expect(cardTitles(inside)).to.deep.equal(cardTitles(alone));
      expect(composedText(inside)).to.equal(composedText(alone));
      await showEverything(inside);
      expect(cardTitles(inside)).to.have.length(31);
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
    it(`passes axe in the ${theme} scheme, filtered and not, compact and with everything shown`, async () => {
      const element = await renderList(`theme="${theme}"`);
      await expect(element).to.be.accessible();
      await openFilters(element);
      await showEverything(element);
      element.setAttribute('density', 'compact');
      await settled(element);
      await expect(element).to.be.accessible();
      filterButton(element, 'security').click();
      await settled(element);
      await expect(element).to.be.accessible();
    });
  }
});
