import { expect } from '@open-wc/testing';
import '../../src/reading-path.js';
import '../../src/topic-hub.js';
import type { ReadingPath } from '../../src/reading-path.js';
import type { ReadingProgressDetail } from '../../src/elements/reading-path/reading-path.js';
import {
  cardTitles,
  composedText,
  deepQuery,
  deepQueryAll,
  defaultBundle,
  headingOutline,
  linesOf,
  renderElement,
  renderExpectingError,
  settled,
  textOf,
} from '../helpers.js';
import { seedHub, seedPathIds } from '../fixtures/seed-facts.js';

const HUB = 'technical-leadership';
const PATH = 'ai-operating-model';
const storageKey = `topic-hub:reading-progress:${HUB}:${PATH}`;

const renderPath = (attributes = '') =>
  renderElement<ReadingPath>(`<reading-path hub="${HUB}" path="${PATH}" ${attributes}></reading-path>`);

/** The path as the seed gives it: its title, its articles' titles and ids, in reading order. */
function pathContent(pathId = PATH) {
  const path = seedHub.readingPaths.find((candidate) => candidate.id === pathId)!;
  return { title: path.title, titles: path.titles, articles: seedPathIds(pathId) };
}

const checkboxes = (root: Element) => deepQueryAll<HTMLInputElement>(root, 'input[type="checkbox"]');
const progressText = (root: Element) => textOf(deepQuery(root, '#progress-text'));
/** Index of the step marked "Next" (-1 where none is). */
const nextStep = (root: Element) => deepQueryAll(root, '[part~="step"]').findIndex((step) => step.querySelector('[part~="next"]'));

/** Clicks the real checkbox of step `index`, as a reader does, and waits for the element to update. */
async function clickRead(element: ReadingPath, index: number) {
  checkboxes(element)[index].click();
  await settled(element);
}

function listenForProgress(element: HTMLElement) {
  const events: ReadingProgressDetail[] = [];
  element.addEventListener('reading-progress', (event) => events.push(event.detail));
  return events;
}

/**
 * Forgets all reading progress. Only the reading-progress keys: test files run side by side in
 * pages of one browser, which share localStorage.
 */
function clearProgress() {
  const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index) ?? '');
  keys.filter((key) => key.startsWith('topic-hub:reading-progress:')).forEach((key) => localStorage.removeItem(key));
}

describe('<reading-path>', () => {
  beforeEach(clearProgress);
  after(clearProgress);

  it('shows the path title and its articles in order, numbered, each with an unchecked "Read" checkbox', async () => {
    const element = await renderPath();
    const { title, titles } = pathContent();
    expect(textOf(deepQuery(element, '[part~="heading"]'))).to.equal(title);
    expect(cardTitles(element)).to.deep.equal(titles);
    expect(titles).to.have.length(2);
    const list = deepQuery(element, '[part~="list"]');
    expect(list.localName).to.equal('ol');
    expect(deepQueryAll(element, '[part~="marker"]').map(textOf)).to.deep.equal(['1', '2']);
    const boxes = checkboxes(element);
    expect(boxes.map((box) => box.checked)).to.deep.equal([false, false]);
    expect(boxes.map((box) => box.getAttribute('aria-label'))).to.deep.equal(titles.map((t) => `Read: ${t}`));
    deepQueryAll(element, '[part~="read-toggle"]').forEach((label) => expect(textOf(label)).to.equal('Read'));
  });

  it('starts at "0 of 2 read" with the first article marked Next', async () => {
    const element = await renderPath();
    const { titles } = pathContent();
    expect(progressText(element)).to.equal('0 of 2 read');
    const progress = deepQuery<HTMLProgressElement>(element, 'progress');
    expect([progress.value, progress.max]).to.deep.equal([0, 2]);
    expect(nextStep(element)).to.equal(0);
    expect(deepQueryAll(element, '[part~="step"]').map((step) => step.getAttribute('aria-current'))).to.deep.equal(['step', null]);
    expect(composedText(deepQuery(element, '[part~="status"]'))).to.contain(`Next: ${titles[0]}`);
  });

  it('shows a read step as done (a check and a flat card), the next one labelled, the labels apart', async () => {
    const element = await renderPath();
    await clickRead(element, 0);
    const [done, next] = deepQueryAll(element, '[part~="step"]');
    expect(deepQueryAll(element, '[part~="marker"]').map(textOf)).to.deep.equal(['✓', '2']);
    expect(done.getAttribute('part')).to.equal('step done');
    expect(next.getAttribute('part')).to.equal('step current');
    const card = (step: Element) => getComputedStyle(deepQuery(step, '[part~="card"]'));
    expect(card(done).boxShadow).to.equal('none');
    expect(card(done).borderStyle).to.equal('dashed');
    expect(card(next).borderStyle).to.equal('solid');
    // "Next" and "Read" are on separate boxes, not one run of text.
    const lines = (next as HTMLElement).innerText.split('\n').map((line) => line.trim().toLowerCase());
    expect(lines).to.include('next');
    expect(lines).to.include('read');
    const progress = deepQuery<HTMLProgressElement>(element, 'progress');
    expect(getComputedStyle(progress).appearance).to.equal('none');
    expect(progress.getAttribute('aria-labelledby')).to.equal('heading progress-text');
  });

  it('on a phone, keeps marker, Next label and Read toggle in a rail beside each card (no row above it) and cuts summaries to three lines', async () => {
    const element = await renderPath('density="comfortable" style="inline-size: 22rem"');
    for (const step of deepQueryAll(element, '[part~="step"]')) {
      const box = (selector: string) => deepQuery(step, selector).getBoundingClientRect();
      const card = box('article-card');
      expect(card.top - step.getBoundingClientRect().top, 'the card starts at the top of its step').to.be.below(1);
      for (const selector of ['[part~="marker"]', '[part~="read-toggle"]']) expect(box(selector).right).to.be.at.most(card.left);
      expect(box('[part~="read-toggle"]').top, 'the toggle below the marker').to.be.at.least(box('[part~="marker"]').bottom);
      const next = step.querySelector('[part~="next"]');
      if (next) expect(next.getBoundingClientRect().right).to.be.at.most(card.left);
    }
    const summaries = deepQueryAll(element, '[part~="summary"]');
    summaries.forEach((summary) => expect(linesOf(summary).shown).to.be.at.most(3));
    expect(
      summaries.some((summary) => linesOf(summary).cut),
      'a summary runs past three lines, and is cut',
    ).to.equal(true);
    // Cut on screen only: the whole summary is still the card's text.
    const { articles } = defaultBundle();
    expect(summaries.map(textOf)).to.deep.equal(pathContent().articles.map((id) => articles[id].summary.replace(/\s+/g, ' ').trim()));
  });

  it('marks an article as read: count, progress bar, Next marker and a reading-progress event follow', async () => {
    const element = await renderPath();
    const events = listenForProgress(element);
    const { titles, articles } = pathContent();

    await clickRead(element, 0);
    expect(checkboxes(element).map((box) => box.checked)).to.deep.equal([true, false]);
    expect(progressText(element)).to.equal('1 of 2 read');
    expect(deepQuery<HTMLProgressElement>(element, 'progress').value).to.equal(1);
    expect(nextStep(element)).to.equal(1);
    expect(composedText(deepQuery(element, '[part~="status"]'))).to.contain(`Next: ${titles[1]}`);
    expect(events).to.deep.equal([{ hub: HUB, path: PATH, read: 1, total: 2, readArticles: [articles[0]] }]);

    await clickRead(element, 1);
    expect(progressText(element)).to.equal('2 of 2 read');
    expect(nextStep(element)).to.equal(-1);
    expect(composedText(deepQuery(element, '[part~="status"]'))).to.contain('All read');
    expect(events[1]).to.deep.equal({ hub: HUB, path: PATH, read: 2, total: 2, readArticles: articles });

    // Unchecking gives the article back to the reader as the next one.
    await clickRead(element, 0);
    expect(progressText(element)).to.equal('1 of 2 read');
    expect(nextStep(element)).to.equal(0);
    expect(events[2]).to.deep.equal({ hub: HUB, path: PATH, read: 1, total: 2, readArticles: [articles[1]] });
  });

  it('lists the read articles in the order of the path, not the order they were marked in', async () => {
    const element = await renderPath();
    const events = listenForProgress(element);
    const { articles } = pathContent();
    await clickRead(element, 1);
    await clickRead(element, 0);
    expect(events.map((event) => event.readArticles)).to.deep.equal([[articles[1]], articles]);
  });

  it('fires reading-progress bubbling and composed, so the page hears it from inside other shadow roots', async () => {
    const element = await renderPath();
    const heard: Event[] = [];
    document.addEventListener('reading-progress', (event) => heard.push(event), { once: true });
    await clickRead(element, 0);
    expect(heard).to.have.length(1);
    expect(heard[0].bubbles && heard[0].composed).to.equal(true);
  });

  it('keeps progress across a reload in localStorage, under topic-hub:reading-progress:<hub>:<path>', async () => {
    const first = await renderPath();
    await clickRead(first, 1);
    expect(JSON.parse(localStorage.getItem(storageKey)!)).to.deep.equal([pathContent().articles[1]]);
    first.remove();

    const reloaded = await renderPath();
    expect(checkboxes(reloaded).map((box) => box.checked)).to.deep.equal([false, true]);
    expect(progressText(reloaded)).to.equal('1 of 2 read');
    expect(nextStep(reloaded)).to.equal(0);

    // Another path of the same hub keeps its own progress.
    const other = await renderElement<ReadingPath>(`<reading-path hub="${HUB}" path="classic-engineering-leadership"></reading-path>`);
    expect(progressText(other)).to.equal(`0 of ${pathContent('classic-engineering-leadership').articles.length} read`);
  });

  it('keeps two views of the same path on one page in step', async () => {
    const page = await renderElement(`<div>
      <topic-hub hub="${HUB}"></topic-hub>
      <reading-path hub="${HUB}" path="${PATH}"></reading-path>
      <reading-path hub="${HUB}" path="classic-engineering-leadership"></reading-path>
      <reading-path hub="${HUB}" path="${PATH}" storage="none"></reading-path>
    </div>`);
    await settled(page);
    const [alone, otherPath, pageOnly] = Array.from(page.querySelectorAll<ReadingPath>(':scope > reading-path'));
    const inHub = deepQueryAll<ReadingPath>(page.querySelector('topic-hub')!, 'reading-path').find((path) => path.path === PATH)!;

    await clickRead(alone, 0);
    await settled(page);
    expect(progressText(inHub)).to.equal('1 of 2 read');
    expect(checkboxes(inHub).map((box) => box.checked)).to.deep.equal([true, false]);
    expect(nextStep(inHub)).to.equal(1);
    expect(progressText(otherPath)).to.equal(`0 of ${pathContent('classic-engineering-leadership').articles.length} read`);
    expect(progressText(pageOnly)).to.equal('0 of 2 read');

    await clickRead(inHub, 1);
    await settled(page);
    expect(progressText(alone)).to.equal('2 of 2 read');

    // A storage="none" path keeps its progress to itself.
    await clickRead(pageOnly, 0);
    await settled(page);
    expect(progressText(pageOnly)).to.equal('1 of 2 read');
    expect(progressText(alone)).to.equal('2 of 2 read');
  });

  it('follows progress saved in another tab', async () => {
    const element = await renderPath();
    localStorage.setItem(storageKey, JSON.stringify(pathContent().articles));
    window.dispatchEvent(new StorageEvent('storage', { key: storageKey, newValue: localStorage.getItem(storageKey) }));
    await settled(element);
    expect(progressText(element)).to.equal('2 of 2 read');
    window.dispatchEvent(new StorageEvent('storage', { key: 'topic-hub:reading-progress:other:path', newValue: '[]' }));
    await settled(element);
    expect(progressText(element)).to.equal('2 of 2 read');
    localStorage.removeItem(storageKey);
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    await settled(element);
    expect(progressText(element)).to.equal('0 of 2 read');
  });

  it('ignores stored progress it cannot read', async () => {
    localStorage.setItem(storageKey, '{not json');
    const element = await renderPath();
    expect(progressText(element)).to.equal('0 of 2 read');
    localStorage.setItem(storageKey, JSON.stringify({ read: 'everything' }));
    expect(progressText(await renderPath())).to.equal('0 of 2 read');
  });

  it('with storage="none", keeps progress for the page only and never writes localStorage', async () => {
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (...args: [string, string]) {
      writes++;
      return setItem.apply(this, args);
    };
    try {
      const element = await renderPath('storage="none"');
      await clickRead(element, 0);
      expect(progressText(element)).to.equal('1 of 2 read');
      expect(writes).to.equal(0);
      expect(localStorage.getItem(storageKey)).to.equal(null);
      element.remove();
      expect(progressText(await renderPath('storage="none"'))).to.equal('0 of 2 read');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('still renders and toggles in memory when localStorage throws, and throws nothing into the page', async () => {
    const { getItem, setItem } = Storage.prototype;
    const uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error);
    window.addEventListener('error', onError);
    Storage.prototype.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const element = await renderPath();
      const events = listenForProgress(element);
      expect(deepQuery(element, '[role="alert"]')).to.equal(undefined);
      expect(cardTitles(element)).to.deep.equal(pathContent().titles);
      expect(progressText(element)).to.equal('0 of 2 read');

      await clickRead(element, 0);
      expect(checkboxes(element)[0].checked).to.equal(true);
      expect(progressText(element)).to.equal('1 of 2 read');
      expect(nextStep(element)).to.equal(1);
      expect(events.map((event) => event.read)).to.deep.equal([1]);
      await clickRead(element, 0);
      expect(progressText(element)).to.equal('0 of 2 read');
      expect(uncaught).to.deep.equal([]);
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem });
      window.removeEventListener('error', onError);
    }
  });

  it('heads the path at heading-level and its cards one level below', async () => {
    const { title, titles } = pathContent();
    expect(headingOutline(await renderPath())).to.deep.equal([`h2 ${title}`, ...titles.map((t) => `h3 ${t}`)]);
    expect(headingOutline(await renderPath('heading-level="4"'))).to.deep.equal([`h4 ${title}`, ...titles.map((t) => `h5 ${t}`)]);
  });

  for (const [description, markup, code, pattern] of [
    ['an unknown hub', '<reading-path hub="no-such-hub" path="ai-operating-model"></reading-path>', 'unknown-hub', /no-such-hub/],
    [
      'an unknown path',
      `<reading-path hub="${HUB}" path="no-such-path"></reading-path>`,
      'unknown-path',
      /no-such-path.*ai-operating-model/,
    ],
    ['a missing path', `<reading-path hub="${HUB}"></reading-path>`, 'missing-path', /set the path attribute.*ai-operating-model/],
    ['a missing hub', '<reading-path path="ai-operating-model"></reading-path>', 'missing-hub', /set the hub attribute/],
  ] as const) {
    it(`shows an accessible error and fires hub-error (${code}) for ${description}`, async () => {
      const { element, errors } = await renderExpectingError(markup);
      expect(textOf(deepQuery(element, '[role="alert"]'))).to.match(pattern);
      expect(checkboxes(element)).to.deep.equal([]);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ code, hub: element.getAttribute('hub') ?? '' });
      await expect(element).to.be.accessible();
    });
  }

  it('recovers when the path is corrected', async () => {
    const { element, errors } = await renderExpectingError(`<reading-path hub="${HUB}" path="typo"></reading-path>`);
    element.setAttribute('path', PATH);
    await settled(element);
    expect(deepQuery(element, '[role="alert"]')).to.equal(undefined);
    expect(cardTitles(element)).to.deep.equal(pathContent().titles);
    expect(errors).to.have.length(1);
  });

  describe('inside <topic-hub>', () => {
    const renderHub = () => renderElement(`<topic-hub hub="${HUB}"></topic-hub>`);
    const pathIn = (hub: Element) => deepQueryAll<ReadingPath>(hub, 'reading-path').find((path) => path.path === PATH)!;

    it('shows the same path as alone, one heading level below "Reading Paths"', async () => {
      const alone = await renderPath();
      const inside = pathIn(await renderHub());
      expect(composedText(inside)).to.equal(composedText(alone));
      expect(headingOutline(inside)[0]).to.equal(`h4 ${pathContent().title}`);
    });

    it('keeps progress under the same key, shared with a standalone path', async () => {
      const hub = await renderHub();
      const events = listenForProgress(hub);
      await clickRead(pathIn(hub), 0);
      expect(progressText(pathIn(hub))).to.equal('1 of 2 read');
      expect(events.map((event) => [event.path, event.read])).to.deep.equal([[PATH, 1]]);
      expect(JSON.parse(localStorage.getItem(storageKey)!)).to.deep.equal([pathContent().articles[0]]);

      hub.remove();
      const alone = await renderPath();
      expect(checkboxes(alone).map((box) => box.checked)).to.deep.equal([true, false]);
      const reloadedHub = await renderHub();
      expect(progressText(pathIn(reloadedHub))).to.equal('1 of 2 read');
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} scheme, with nothing and something read`, async () => {
      const element = await renderPath(`theme="${theme}"`);
      await expect(element).to.be.accessible();
      await clickRead(element, 0);
      await expect(element).to.be.accessible();
    });
  }
});
