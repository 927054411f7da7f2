/**
 * Theming from the page: the --hub-* custom properties, ::part() selectors, the theme attribute
 * and prefers-color-scheme, observed as computed styles inside the shadow roots.
 */
import { assert, expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/article-card.js';
import '../../src/reading-path.js';
import '../../src/topic-hub.js';
import { addPageStyle, composedElements, deepQuery, deepQueryAll, renderElement, showAllReferences } from '../helpers.js';

const HUB = 'technical-leadership';
const hubMarkup = (attributes = '') => `<topic-hub hub="${HUB}" ${attributes}></topic-hub>`;
const pathMarkup = (attributes = '') => `<reading-path hub="${HUB}" path="ai-operating-model" ${attributes}></reading-path>`;
const cardMarkup = (attributes = '') => `<article-card article="ai-roadmaps-survive-reality" ${attributes}></article-card>`;

const style = (element: Element | undefined) => {
  assert.exists(element, 'the element to style exists');
  return getComputedStyle(element!);
};
const cardBackground = (root: Element) => style(deepQuery(root, '[part~="card"]')).backgroundColor;

/** Relative luminance of an `rgb()` colour, to tell a dark background from a light one. */
function luminance(color: string) {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('theming', () => {
  const cleanUps: Array<() => void> = [];
  const pageStyle = (css: string) => cleanUps.push(addPageStyle(css));
  afterEach(() => cleanUps.splice(0).forEach((cleanUp) => cleanUp()));

  describe('custom properties', () => {
    it('--hub-color-accent set on topic-hub colours the card title links and the progress bars inside', async () => {
      const before = await renderElement(hubMarkup());
      expect(style(deepQuery(before, 'a[part~="title-link"]')).color).not.to.equal('rgb(1, 2, 3)');

      pageStyle('topic-hub { --hub-color-accent: rgb(1, 2, 3); }');
      const hub = await renderElement(hubMarkup());
      const links = deepQueryAll(hub, 'a[part~="title-link"]');
      expect(links.length).to.be.greaterThan(10);
      links.forEach((link) => expect(style(link).color).to.equal('rgb(1, 2, 3)'));
      // The bar's value is drawn in the text colour of the <progress> (its ::-webkit-progress-value).
      deepQueryAll(hub, 'progress').forEach((progress) => expect(style(progress).color).to.equal('rgb(1, 2, 3)'));
      expect(style(deepQuery(hub, '[part~="next"]')).backgroundColor).to.equal('rgb(1, 2, 3)');
    });

    it('a property set once on the page reaches standalone elements too', async () => {
      pageStyle(':root { --hub-color-accent: rgb(1, 2, 3); --hub-color-success: rgb(4, 5, 6); --hub-color-surface: rgb(250, 240, 230); }');
      const path = await renderElement(pathMarkup());
      expect(style(deepQuery(path, 'progress')).color).to.equal('rgb(1, 2, 3)');
      // A ticked box means "read": the success colour, as the done step's check.
      expect(style(deepQuery(path, 'input[type="checkbox"]')).accentColor).to.equal('rgb(4, 5, 6)');
      // The second step's card: the first, the next one to read, is tinted.
      expect(style(deepQueryAll(path, '[part~="card"]')[1]).backgroundColor).to.equal('rgb(250, 240, 230)');
    });

    it('--hub-font-family changes the font of the text inside; by default the page font is inherited', async () => {
      pageStyle('.themed-page { font-family: Georgia, serif; }');
      const page = await renderElement(`<div class="themed-page">${hubMarkup()}</div>`);
      const hub = page.firstElementChild!;
      const summary = deepQuery(hub, '[part~="summary"]');
      expect(style(summary).fontFamily).to.equal('Georgia, serif');

      pageStyle('topic-hub { --hub-font-family: "Courier New", monospace; }');
      expect(style(summary).fontFamily).to.equal('"Courier New", monospace');
      expect(style(deepQuery(hub, '[part~="title"]')).fontFamily).to.equal('"Courier New", monospace');
      // Form controls do not inherit fonts by default: the filter buttons are made to.
      expect(style(deepQuery(hub, 'button[part~="tag-filter"]')).fontFamily).to.equal('"Courier New", monospace');
    });

    it('--hub-color-* tokens reach every element: text, surface, border and badge of a card', async () => {
      pageStyle(`article-card {
        --hub-color-text: rgb(10, 20, 30);
        --hub-color-surface: rgb(240, 241, 242);
        --hub-color-border: rgb(40, 50, 60);
        --hub-color-badge: rgb(70, 80, 90);
      }`);
      const card = await renderElement(cardMarkup());
      const box = style(deepQuery(card, '[part~="card"]'));
      expect(box.backgroundColor).to.equal('rgb(240, 241, 242)');
      expect(box.borderTopColor).to.equal('rgb(40, 50, 60)');
      expect(style(deepQuery(card, '[part~="summary"]')).color).to.equal('rgb(10, 20, 30)');
      expect(style(deepQuery(card, '[part~="badge"]')).color).to.equal('rgb(70, 80, 90)');
    });
  });

  describe('::part()', () => {
    it('topic-hub::part(card) styles every card inside the hub', async () => {
      pageStyle('topic-hub::part(card) { background-color: rgb(4, 5, 6); }');
      const hub = await renderElement(hubMarkup());
      await showAllReferences(hub);
      const cards = deepQueryAll(hub, '[part~="card"]');
      expect(cards.length).to.be.greaterThan(31);
      cards.forEach((card) => expect(style(card).backgroundColor).to.equal('rgb(4, 5, 6)'));
    });

    it('reading-path::part(progress) styles the progress bar', async () => {
      pageStyle('reading-path::part(progress) { accent-color: rgb(7, 8, 9); inline-size: 123px; }');
      const path = await renderElement(pathMarkup());
      const progress = deepQuery(path, 'progress');
      expect(style(progress).accentColor).to.equal('rgb(7, 8, 9)');
      expect(progress.getBoundingClientRect().width).to.equal(123);
    });

    it('topic-hub re-exports every documented part of its sections', async () => {
      const parts = [
        'hub',
        'title',
        'intro',
        'heading',
        'list',
        'card',
        'title-link',
        'summary',
        'tags',
        'tag',
        'badge',
        'date',
        'reason',
        'progress',
        'read-toggle',
        'tag-filter',
      ];
      pageStyle(parts.map((part) => `topic-hub::part(${part}) { scroll-margin-top: 17px; }`).join('\n'));
      const hub = await renderElement(hubMarkup());
      const inside = composedElements(hub);
      for (const part of parts) {
        const elements = inside.filter((element) => element.part.contains(part));
        expect(elements.length, `elements with part "${part}"`).to.be.greaterThan(0);
        elements.forEach((element) => expect(style(element).scrollMarginTop, `part "${part}"`).to.equal('17px'));
      }
    });

    it('::part(error) styles the message of an element that cannot be shown', async () => {
      pageStyle('topic-hub::part(error) { border-color: rgb(9, 9, 9); }');
      const hub = await renderElement('<topic-hub hub="no-such-hub"></topic-hub>');
      expect(style(deepQuery(hub, '[part~="error"]')).borderTopColor).to.equal('rgb(9, 9, 9)');
    });
  });

  describe('colour scheme', () => {
    // The emulated preference belongs to the page: leave it as it was for the next test.
    afterEach(() => emulateMedia({ colorScheme: 'light' }));

    it('theme="dark" and theme="light" give a card different backgrounds and text colours', async () => {
      const light = await renderElement(cardMarkup('theme="light"'));
      const dark = await renderElement(cardMarkup('theme="dark"'));
      expect(cardBackground(dark)).not.to.equal(cardBackground(light));
      expect(luminance(cardBackground(dark))).to.be.lessThan(luminance(cardBackground(light)));
      const text = (card: Element) => style(deepQuery(card, '[part~="summary"]')).color;
      expect(luminance(text(dark))).to.be.greaterThan(luminance(text(light)));
    });

    it('the theme of topic-hub reaches the cards of its sections', async () => {
      const dark = await renderElement(cardMarkup('theme="dark"'));
      const hub = await renderElement(hubMarkup('theme="dark"'));
      // The reading paths tint their next step's card: every other card has the dark card background.
      const untinted = deepQueryAll(hub, '[part~="card"]').filter(
        (card) => !((card.getRootNode() as ShadowRoot).host as HTMLElement).closest('[part~="current"]'),
      );
      const backgrounds = new Set(untinted.map((card) => style(card).backgroundColor));
      expect([...backgrounds]).to.deep.equal([cardBackground(dark)]);
    });

    it('the default (auto) follows prefers-color-scheme; light and dark stay as set', async () => {
      const light = await renderElement(cardMarkup('theme="light"'));
      const dark = await renderElement(cardMarkup('theme="dark"'));
      const auto = await renderElement(cardMarkup());
      const hub = await renderElement(hubMarkup());
      const lightBackground = cardBackground(light);
      const darkBackground = cardBackground(dark);

      await emulateMedia({ colorScheme: 'light' });
      expect(cardBackground(auto)).to.equal(lightBackground);
      expect(cardBackground(hub)).to.equal(lightBackground);

      await emulateMedia({ colorScheme: 'dark' });
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      expect(cardBackground(auto)).to.equal(darkBackground);
      expect(cardBackground(hub)).to.equal(darkBackground);
      expect(style(hub).backgroundColor, 'the hub paints its own surface').to.equal(darkBackground);
      expect(cardBackground(light)).to.equal(lightBackground);
      expect(cardBackground(dark)).to.equal(darkBackground);
    });
  });
});
