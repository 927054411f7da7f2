// @ts-nocheck
import { expect } from '@open-wc/testing';
import '../../src/related-hubs.js';
import '../../src/topic-hub.js';
import type { RelatedHubs } from '../../src/related-hubs.js';
import type { ContentBundle } from '../../src/content/bundle-types.js';
import {
  composedText,
  deepQuery,
  deepQueryAll,
  defaultBundle,
  headingOutline,
  renderElement,
  textOf,
  itFollowsTheHubErrorContract,
} from '../helpers.js';
import { seedHub } from '../fixtures/seed-facts.js';

const renderRelated = (attributes = 'hub="technical-leadership"') =>
  renderElement<RelatedHubs>(`<related-hubs ${attributes}></related-hubs>`);

async function renderWithBundle(bundle: ContentBundle) {
  const container = await renderElement('<div></div>');
  const element = document.createElement('related-hubs');
  element.hub = 'technical-leadership';
  element.bundle = bundle;
  container.append(element);
  await element.updateComplete;
  return element;
}

const linksOf = (root: Element) =>
  deepQueryAll<HTMLAnchorElement>(root, '[part~="related-hub"] a').map((link) => [textOf(link), link.href]);

describe('<related-hubs>', () => {
  it('links to each related hub of the content, in order', async () => {
    const element = await renderRelated();
    const expected = seedHub.relatedHubs.map((related) => [related.title, related.url]);
    expect(expected).to.deep.equal([['AI Strategy', 'https://lawzava.com/topics/strategy/']]);
    expect(linksOf(element)).to.deep.equal(expected);
    expect(textOf(deepQuery(element, '[part~="heading"]'))).to.equal('Related Hubs');
  });

  it('links a related hub of the same bundle to that hub, and shows a hub without any URL as text', async () => {
    const bundle = structuredClone(defaultBundle());
    bundle.hubs['sibling'] = {
      ...bundle.hubs['technical-leadership'],
      id: 'sibling',
      title: 'Sibling',
      url: 'https://example.com/sibling/',
    };
    bundle.hubs['technical-leadership'].relatedHubs = [
      { title: 'Sibling hub', hub: 'sibling' },
      { title: 'Somewhere else' },
      { title: 'Explicit', url: 'https://example.com/explicit/' },
    ];
    const element = await renderWithBundle(bundle);
    expect(deepQueryAll(element, '[part~="related-hub"]').map(textOf)).to.deep.equal(['Sibling hub', 'Somewhere else', 'Explicit']);
    expect(linksOf(element)).to.deep.equal([
      ['Sibling hub', 'https://example.com/sibling/'],
      ['Explicit', 'https://example.com/explicit/'],
    ]);
  });

  it('is left out, heading and all, when the hub names no related hubs', async () => {
    const bundle = structuredClone(defaultBundle());
    bundle.hubs['technical-leadership'].relatedHubs = [];
    const element = await renderWithBundle(bundle);
    expect(composedText(element)).to.equal('');
    expect(element.getBoundingClientRect().height).to.equal(0);
  });

  it("links a related hub of the same bundle to that hub's page, and never to a script", async () => {
    const bundle = structuredClone(defaultBundle());
    bundle.hubs['platform'] = {
      ...structuredClone(bundle.hubs['technical-leadership']),
      id: 'platform',
      title: 'Platform',
      url: '/hubs/platform/',
    };
    bundle.hubs['technical-leadership'].relatedHubs = [
      { title: 'Platform', hub: 'platform' },
      { title: 'Scripted', url: 'javascript:alert(1)' },
      { title: 'Prototype', hub: 'constructor' },
    ];
    const element = await renderWithBundle(bundle);
    expect(deepQueryAll(element, '[part~="related-hub"]').map(textOf)).to.deep.equal(['Platform', 'Scripted', 'Prototype']);
    expect(linksOf(element)).to.deep.equal([['Platform', new URL('/hubs/platform/', location.href).href]]);
  });

  it('heads the section at heading-level (2 by default)', async () => {
    expect(headingOutline(await renderRelated())).to.deep.equal(['h2 Related Hubs']);
    expect(headingOutline(await renderRelated('hub="technical-leadership" heading-level="3"'))).to.deep.equal(['h3 Related Hubs']);
  });

  itFollowsTheHubErrorContract('related-hubs');

  it('shows the same links inside <topic-hub> as alone', async () => {
    const alone = await renderRelated();
    const inside = deepQuery(await renderElement('<topic-hub hub="technical-leadership"></topic-hub>'), 'related-hubs');
    expect(composedText(inside)).to.equal(composedText(alone));
    expect(linksOf(inside)).to.deep.equal(linksOf(alone));
    expect(headingOutline(inside)).to.deep.equal(['h3 Related Hubs']);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} scheme`, async () => {
      await expect(await renderRelated(`hub="technical-leadership" theme="${theme}"`)).to.be.accessible();
    });
  }
});
