import { expect } from '@open-wc/testing';
import '../../src/failure-mode-list.js';
import '../../src/topic-hub.js';
import type { FailureModeList } from '../../src/failure-mode-list.js';
import {
  composedText,
  deepQuery,
  deepQueryAll,
  defaultBundle,
  headingOutline,
  hubMarkdown,
  renderElement,
  textOf,
  itFollowsTheHubErrorContract,
} from '../helpers.js';
import { seedHub, seedReferences } from '../fixtures/seed-facts.js';

/** The failure modes as written in the hub's Markdown, each with the seed's title and URL of the articles it names. */
async function expectedModes() {
  const byId = (id: string) => {
    const reference = seedReferences.find((candidate) => candidate.id === id);
    if (!reference) throw new Error(`A failure mode names "${id}", which is not one of the seed's references`);
    return reference;
  };
  return (await hubMarkdown()).failureModes.map((mode) => ({
    text: mode.text,
    related: mode.articles.map((id) => ({ title: byId(id).title, url: byId(id).url })),
  }));
}

const renderModes = (attributes = 'hub="technical-leadership"') =>
  renderElement<FailureModeList>(`<failure-mode-list ${attributes}></failure-mode-list>`);

/** Each failure mode as a reader sees it: its text, and the titles and links of the articles that address it. */
const modesOf = (root: Element) =>
  deepQueryAll(root, '[part~="failure-mode"]').map((mode) => ({
    text: textOf(mode.querySelector('[part~="text"]')!),
    related: Array.from(mode.querySelectorAll('[part~="related"] li')).map((item) => ({
      title: textOf(item),
      url: item.querySelector('a')?.href,
    })),
  }));

describe('<failure-mode-list>', () => {
  it('lists the failure modes in order, each with the titles of the articles that address it', async () => {
    const element = await renderModes();
    const expected = await expectedModes();
    expect(expected).to.have.length(seedHub.failureModeCount);
    expect(modesOf(element)).to.deep.equal(expected);
    // The first mode names two articles; a reader sees them after "Read:".
    expect(textOf(deepQuery(element, '[part~="related"]'))).to.match(/^Read: /);
    expect(expected[0].related).to.have.length(2);
    expect(textOf(deepQuery(element, '[part~="heading"]'))).to.equal('Failure Modes');
  });

  it('shows each failure mode as a row of its own: a box with a warning icon, no bare list marker', async () => {
    const element = await renderModes();
    for (const mode of deepQueryAll(element, '[part~="failure-mode"]')) {
      const style = getComputedStyle(mode);
      expect(style.listStyleType).to.equal('none');
      expect(parseFloat(style.borderInlineStartWidth)).to.be.at.least(3);
      expect(style.backgroundColor).not.to.equal(getComputedStyle(element).backgroundColor);
      const icon = mode.querySelector('[part~="icon"]')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.getBoundingClientRect().width).to.be.greaterThan(0);
    }
  });

  it('links an article title where the article has a URL', async () => {
    const element = await renderModes();
    const links = deepQueryAll<HTMLAnchorElement>(element, '[part~="related"] a');
    const linked = (await expectedModes()).flatMap((mode) => mode.related).filter((article) => article.url);
    expect(linked.length).to.be.greaterThan(0);
    expect(links.map((link) => [textOf(link), link.href])).to.deep.equal(linked.map((article) => [article.title, article.url]));
  });

  it('shows a failure mode that names no article without a "Read:" line', async () => {
    const bundle = structuredClone(defaultBundle());
    bundle.hubs['technical-leadership'].failureModes = [
      { text: ['Nobody ', { type: 'strong', children: ['owns'] }, ' it.'], articles: [] },
    ];
    const container = await renderElement('<div></div>');
    const element = document.createElement('failure-mode-list');
    element.hub = 'technical-leadership';
    element.bundle = bundle;
    container.append(element);
    await element.updateComplete;
    expect(modesOf(element)).to.deep.equal([{ text: 'Nobody owns it.', related: [] }]);
    expect(deepQuery(element, '[part~="related"]')).to.equal(undefined);
  });

  it('heads the section at heading-level (2 by default)', async () => {
    expect(headingOutline(await renderModes())).to.deep.equal(['h2 Failure Modes']);
    expect(headingOutline(await renderModes('hub="technical-leadership" heading-level="3"'))).to.deep.equal(['h3 Failure Modes']);
  });

  itFollowsTheHubErrorContract('failure-mode-list');

  it('shows the same failure modes inside <topic-hub> as alone', async () => {
    const alone = await renderModes();
    const inside = deepQuery(await renderElement('<topic-hub hub="technical-leadership"></topic-hub>'), 'failure-mode-list');
    expect(modesOf(inside)).to.deep.equal(modesOf(alone));
    expect(composedText(inside)).to.equal(composedText(alone));
    expect(headingOutline(inside)).to.deep.equal(['h3 Failure Modes']);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} scheme`, async () => {
      await expect(await renderModes(`hub="technical-leadership" theme="${theme}"`)).to.be.accessible();
    });
  }
});
