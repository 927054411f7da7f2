/**
 * The design's promises that axe cannot see: contrast of text and control edges in both schemes
 * (axe skips text on layered or clipped backgrounds, and never checks borders), chips that stay
 * distinct in forced colours, the outline's depth beyond h6, region names a page can set, and
 * elements alone with a surface of their own while the hub's sections add no padding.
 */
import { assert, expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { accessibleNodes, deepQuery, deepQueryAll, renderElement, settled } from '../helpers.js';

const HUB = 'technical-leadership';

/** WCAG 2.2 relative luminance and contrast ratio of two opaque `rgb()` colours. */
function channels(color: string) {
  const match = color.match(/^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  if (match[4] !== undefined && Number(match[4]) < 1) throw new Error(`a translucent colour has no contrast of its own: ${color}`);
  return match.slice(1, 4).map(Number);
}
function luminance(color: string) {
  const [r, g, b] = channels(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

const css = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);
const one = (root: Element, selector: string) => {
  const found = deepQuery(root, selector);
  assert.exists(found, selector);
  return found;
};

describe('design', () => {
  afterEach(() => executeServerCommand('emulate-forced-colors', { active: false }));

  for (const theme of ['light', 'dark'] as const) {
    describe(`contrast in the ${theme} scheme`, () => {
      it('text is at least 4.5:1 on the surface it sits on: body, quiet, links, tags, badge, chips', async () => {
        const list = await renderElement(`<reference-list hub="${HUB}" tags="ai" theme="${theme}"></reference-list>`);
        const canonCard = deepQueryAll(list, 'article-card').find((card) => deepQuery(card, '[part~="badge"]'))!;
        const card = one(canonCard, '[part~="card"]');
        const surface = css(card).backgroundColor;
        const chips = deepQueryAll(list, '[part~="tag-filter"]');
        const pressed = chips.find((chip) => chip.getAttribute('aria-pressed') === 'true')!;
        const unpressed = chips.find((chip) => chip.getAttribute('aria-pressed') === 'false' && !chip.matches(':disabled'))!;
        const pairs: Array<[string, Element, string]> = [
          ['heading', one(list, '[part~="heading"]'), css(list).backgroundColor],
          ['count (quiet)', one(list, '[part~="count"]'), css(list).backgroundColor],
          ['summary', one(canonCard, '[part~="summary"]'), surface],
          ['title link', one(canonCard, '[part~="title-link"]'), surface],
          ['date (quiet)', one(canonCard, '[part~="date"]'), surface],
          ['tag', one(canonCard, '[part~="tag"]'), css(one(canonCard, '[part~="tag"]')).backgroundColor],
          ['badge', one(canonCard, '[part~="badge"]'), css(one(canonCard, '[part~="badge"]')).backgroundColor],
          ['unpressed chip', unpressed, css(unpressed).backgroundColor],
          ['pressed chip', pressed, css(pressed).backgroundColor],
        ];
        for (const [name, element, background] of pairs) {
          expect(contrast(css(element).color, background), `${name}: ${css(element).color} on ${background}`).to.be.at.least(4.5);
        }
      });

      it('the edges of controls and the focus ring are at least 3:1 against the surface (WCAG 1.4.11)', async () => {
        const list = await renderElement(`<reference-list hub="${HUB}" tags="ai" theme="${theme}"></reference-list>`);
        const surface = css(list).backgroundColor;
        const chip = deepQueryAll(list, '[part~="tag-filter"]').find(
          (c) => c.getAttribute('aria-pressed') === 'false' && !c.matches(':disabled'),
        )!;
        expect(contrast(css(chip).borderTopColor, surface), `chip edge ${css(chip).borderTopColor} on ${surface}`).to.be.at.least(3);
        chip.focus();
        expect(chip.matches(':focus-visible'), 'focus shows').to.equal(true);
        expect(css(chip).outlineStyle).to.equal('solid');
        expect(contrast(css(chip).outlineColor, surface), `focus ring ${css(chip).outlineColor} on ${surface}`).to.be.at.least(3);
      });

      it('the error state: its title and message at least 4.5:1, its edge at least 3:1', async () => {
        const page = await renderElement(`<div>
          <topic-hub hub="no-such-hub" theme="${theme}"></topic-hub><start-here hub="${HUB}" theme="${theme}"></start-here>
        </div>`);
        const [hub, working] = [...page.children];
        await settled(working);
        const error = one(hub, '[part~="error"]');
        const background = css(error).backgroundColor;
        expect(contrast(css(error).color, background), 'message').to.be.at.least(4.5);
        expect(contrast(css(error.querySelector('strong')!).color, background), 'title').to.be.at.least(4.5);
        expect(contrast(css(error).borderTopColor, background), 'edge inside').to.be.at.least(3);
        expect(contrast(css(error).borderTopColor, css(working).backgroundColor), 'edge against the surface of an element').to.be.at.least(
          3,
        );
        expect(css(hub).paddingTop, 'the error box is the surface: no box in a box').to.equal('0px');
      });
    });
  }

  describe('chips', () => {
    const chipsOf = async () => {
      const list = await renderElement(`<reference-list hub="${HUB}" tags="ai"></reference-list>`);
      const chips = deepQueryAll(list, '[part~="tag-filter"]');
      return {
        pressed: chips.find((chip) => chip.getAttribute('aria-pressed') === 'true')!,
        unpressed: chips.find((chip) => chip.getAttribute('aria-pressed') === 'false')!,
      };
    };
    const look = (chip: Element) => {
      const style = css(chip);
      return [style.backgroundColor, style.color, style.borderTopColor, style.fontWeight, css(chip, '::before').content].join(' | ');
    };

    // Chips that would leave no matches are not shown (reference-list.test.ts), so there is no disabled look.
    it('pressed and unpressed chips differ in fill, text, edge, weight and a check mark', async () => {
      const { pressed, unpressed } = await chipsOf();
      const [a, b] = [look(pressed).split(' | '), look(unpressed).split(' | ')];
      expect(a.filter((value, i) => value !== b[i])).to.have.length(5);
    });

    it('stay distinct in forced colours, where the system replaces every colour (finding 7)', async () => {
      await executeServerCommand('emulate-forced-colors', { active: true });
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const { pressed, unpressed } = await chipsOf();
      expect(css(pressed).backgroundColor, 'a pressed chip is filled').not.to.equal(css(unpressed).backgroundColor);
      expect(css(pressed).color).not.to.equal(css(unpressed).color);
      expect(css(pressed, '::before').content, 'and carries a check mark').to.contain('✓');
      expect(css(unpressed, '::before').content).to.equal('none');
    });
  });

  describe('heading levels (finding 11)', () => {
    /** The heading levels Chromium gives screen readers, in tree order. */
    const outline = async () => (await accessibleNodes((node) => node.role === 'heading')).map((node) => node.level);

    it('a hub placed at heading-level 5 keeps the same outline depth as at 2, with aria-level beyond h6', async () => {
      const first = await renderElement(`<topic-hub hub="${HUB}" heading-level="2"></topic-hub>`);
      const atTwo = await outline();
      expect(atTwo).to.have.length(deepQueryAll(first, 'h1, h2, h3, h4, h5, h6').length);
      first.remove();
      // The shipped hub: title, sections, reading paths and references' cards, path steps: four levels.
      expect(new Set(atTwo)).to.deep.equal(new Set([2, 3, 4, 5]));

      await renderElement(`<topic-hub hub="${HUB}" heading-level="5"></topic-hub>`);
      const atFive = await outline();
      expect(atFive).to.deep.equal(atTwo.map((level) => level! + 3));
    });
  });

  describe('region names (finding 9)', () => {
    const axeLandmarkUnique = async (root: Element) => {
      const { axe } = window as unknown as { axe: { run: (root: Element, options: object) => Promise<{ violations: unknown[] }> } };
      const { violations } = await axe.run(root, { runOnly: ['landmark-unique'] });
      return (violations as Array<{ nodes: unknown[] }>).flatMap((violation) => violation.nodes);
    };
    const regionNames = async () => (await accessibleNodes((node) => node.role === 'region')).map((node) => node.name);

    it('two elements of a kind repeat their region name; a label on each names them apart', async () => {
      // Axe is loaded by the first accessible() check.
      const loadsAxe = await renderElement(`<start-here hub="${HUB}"></start-here>`);
      await expect(loadsAxe).to.be.accessible();
      loadsAxe.remove();

      const page = (labels: string[]) =>
        renderElement(`<div>
          <reading-path hub="${HUB}" path="ai-operating-model" ${labels[0]}></reading-path>
          <reading-path hub="${HUB}" path="ai-operating-model" ${labels[1]}></reading-path>
          <failure-mode-list hub="${HUB}" ${labels[2]}></failure-mode-list>
          <failure-mode-list hub="${HUB}" ${labels[3]}></failure-mode-list>
          <article-search hub="${HUB}" ${labels[4]}></article-search>
          <article-search hub="${HUB}" ${labels[5]}></article-search>
        </div>`);
      const unlabelled = await page(['', '', '', '', '', '']);
      await Promise.all([...unlabelled.children].map((child) => settled(child)));
      expect(await axeLandmarkUnique(unlabelled), 'the problem, without labels').not.to.deep.equal([]);
      unlabelled.remove();

      const names = ['Path in the hub', 'Onboarding path', 'Failure modes in the hub', 'Onboarding failure modes'];
      const searches = ['Search the hub', 'Search onboarding'];
      const labelled = await page([...names, ...searches].map((name) => `label="${name}"`));
      await Promise.all([...labelled.children].map((child) => settled(child)));
      expect(await axeLandmarkUnique(labelled)).to.deep.equal([]);
      expect(await regionNames()).to.deep.equal(names);
      expect((await accessibleNodes((node) => node.role === 'search')).map((node) => node.name)).to.deep.equal(searches);
      await expect(labelled).to.be.accessible();
    });

    it('two hubs on a page: each one region named by its title, its sections headed but not regions', async () => {
      const src = '/__test__/bundle?id=design-regions';
      const page = await renderElement(`<div>
        <topic-hub src="${src}" hub="platform-engineering"></topic-hub>
        <topic-hub src="${src}" hub="developer-experience"></topic-hub>
      </div>`);
      const hubs = [...page.children];
      await waitUntil(() => hubs.every((hub) => deepQuery(hub, '[part~="title"]')), 'the hubs never loaded');
      await Promise.all(hubs.map((hub) => settled(hub)));
      const regions = (await regionNames()).filter((name) => !name?.startsWith('Search'));
      expect(regions).to.deep.equal(['Platform Engineering', 'Developer Experience']);
      expect(await axeLandmarkUnique(page)).to.deep.equal([]);
      await expect(page).to.be.accessible();
    });
  });

  describe('surfaces', () => {
    it('an element alone pads its own surface; inside the hub its sections add no padding', async () => {
      const alone = await renderElement(`<failure-mode-list hub="${HUB}"></failure-mode-list>`);
      expect(parseFloat(css(alone).paddingInlineStart)).to.be.at.least(16);
      expect(css(alone).borderTopStyle).to.equal('solid');

      const hub = await renderElement(`<topic-hub hub="${HUB}"></topic-hub>`);
      for (const section of deepQueryAll(hub, 'start-here, key-questions, reading-path, failure-mode-list, reference-list')) {
        expect(css(section).paddingInlineStart, section.localName).to.equal('0px');
        expect(css(section).borderTopStyle, section.localName).to.equal('none');
      }
    });

    it('on a 390 px phone a reference card keeps a text column of at least 300 px', async () => {
      await setViewport({ width: 390, height: 800 });
      try {
        const hub = await renderElement(`<topic-hub hub="${HUB}"></topic-hub>`);
        const summary = one(one(one(hub, 'reference-list'), 'article-card'), '[part~="summary"]');
        // 390 less the test page's 8 px margins, the hub's 16 px padding and 1 px border, the card's 16 px padding and 1 px border, each side.
        expect(summary.getBoundingClientRect().width).to.be.at.least(390 - 2 * (8 + 16 + 1 + 16 + 1));
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });
});
