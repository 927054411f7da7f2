import { assert, expect, fixture, html } from '@open-wc/testing';
import '../../src/topic-hub.js';
import type { TopicHub } from '../../src/topic-hub.js';
import type { ArticleSearch } from '../../src/article-search.js';
import type { ContentBundle } from '../../src/content/bundle-types.js';
import { seedHub, seedReferences, seedTaggedWith } from '../fixtures/seed-facts.js';
import {
  cardTitles,
  composedText,
  deepQuery,
  defaultBundle,
  deepQueryAll,
  headingOutline,
  hubMarkdown,
  renderExpectingError,
  settled,
  textOf,
  itFollowsTheHubErrorContract,
} from '../helpers.js';

async function renderHubWith(bundle: unknown) {
  const container = await fixture<HTMLDivElement>('<div></div>');
  const hub = document.createElement('topic-hub');
  hub.hub = 'technical-leadership';
  hub.bundle = bundle;
  container.append(hub);
  await settled(hub);
  return hub;
}

async function renderHub(attributes = 'hub="technical-leadership"') {
  const container = await fixture<HTMLDivElement>(`<div><topic-hub ${attributes}></topic-hub></div>`);
  const hub = container.querySelector('topic-hub') as TopicHub;
  await settled(hub);
  return hub;
}

describe('<topic-hub>', () => {
  it('renders the sections in the published page order, headed at the default level 2', async () => {
    const hub = await renderHub();
    const outline = headingOutline(hub).filter((line) => /^h[23] /.test(line));
    expect(outline).to.deep.equal([
      'h2 Technical Leadership',
      'h3 Start Here',
      'h3 Leadership Questions That Matter',
      'h3 Reading Paths',
      'h3 Failure Modes',
      'h3 Related Hubs',
      'h3 References',
    ]);
  });

  it('heads the sections of a hub that names no headings with neutral ones', async () => {
    const bundle = structuredClone(defaultBundle());
    delete bundle.hubs['technical-leadership'].headings;
    const hub = await renderHubWith(bundle);
    expect(headingOutline(hub).filter((line) => /^h[23] /.test(line))).to.deep.equal([
      'h2 Technical Leadership',
      'h3 Start here',
      'h3 Questions',
      'h3 Reading paths',
      'h3 Failure modes',
      'h3 Related hubs',
      'h3 References',
    ]);
  });

  it('leaves out every section the hub has no content for', async () => {
    const bundle = structuredClone(defaultBundle());
    const only = bundle.hubs['technical-leadership'];
    Object.assign(only, { intro: [], startHere: [], questions: [], readingPaths: [], failureModes: [], relatedHubs: [], references: [] });
    const hub = await renderHubWith(bundle);
    expect(headingOutline(hub)).to.deep.equal(['h2 Technical Leadership']);
    expect(
      deepQueryAll(
        hub,
        'start-here, key-questions, reading-path, failure-mode-list, related-hubs, article-search, reference-list, [part~="intro"]',
      ),
    ).to.deep.equal([]);
    expect(composedText(hub)).to.equal('Technical Leadership');
  });

  it('renders rich text as text and links, and no markup a bundle smuggles in', async () => {
    const bundle = structuredClone(defaultBundle());
    bundle.hubs['technical-leadership'].intro = [
      { type: 'paragraph', children: ['<img src=x onerror="window.hacked=1">', { type: 'strong', children: ['Bold'] }] },
      {
        type: 'list',
        ordered: true,
        items: [
          [{ type: 'paragraph', children: [{ type: 'link', href: 'https://example.com/a', children: ['safe'] }] }],
          [{ type: 'paragraph', children: [{ type: 'link', href: ' java\tscript:alert(1)', children: ['unsafe'] }] }],
        ],
      },
    ];
    const hub = await renderHubWith(bundle);
    const intro = deepQuery(hub, '[part~="intro"]');
    expect(intro.innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal(
      '<p>&lt;img src=x onerror="window.hacked=1"&gt;<strong>Bold</strong></p><ol><li><p><a href="https://example.com/a">safe</a></p></li><li><p>unsafe</p></li></ol>',
    );
  });

  it('shows the two-paragraph intro under the title', async () => {
    const hub = await renderHub();
    const paragraphs = deepQueryAll(hub, '[part~="intro"] p');
    expect(paragraphs).to.have.length(2);
    expect(textOf(paragraphs[0])).to.match(/ownership|owns/);
  });

  it('lists the three Start Here entries in order, the second under its shorter label, each with its reason', async () => {
    const startHere = deepQuery((await renderHub()).shadowRoot!, 'start-here');
    expect(cardTitles(startHere)).to.deep.equal(seedHub.startHere.map((entry) => entry.title));
    const { startHere: written } = await hubMarkdown();
    expect(deepQueryAll(startHere, '[part~="reason"]').map(textOf)).to.deep.equal(written.map((entry) => entry.reason));
  });

  it('asks the four leadership questions, in the order the hub has them', async () => {
    const questions = deepQueryAll(deepQuery(await renderHub(), 'key-questions'), '[part~="question"]').map(textOf);
    expect(questions).to.have.length(seedHub.questionCount);
    expect(questions).to.deep.equal((await hubMarkdown()).questions);
  });

  it('shows both reading paths with their articles in order', async () => {
    const hub = await renderHub();
    const paths = deepQueryAll(hub, 'reading-path');
    expect(paths.map((path) => path.getAttribute('path'))).to.deep.equal(seedHub.readingPaths.map((path) => path.id));
    paths.forEach((path, index) => {
      expect(textOf(deepQuery(path, '[part~="heading"]'))).to.equal(seedHub.readingPaths[index].title);
      expect(cardTitles(path)).to.deep.equal(seedHub.readingPaths[index].titles);
    });
  });

  it('lists the four failure modes', async () => {
    const modes = deepQueryAll(await renderHub(), '[part~="failure-mode"]');
    expect(modes).to.have.length(seedHub.failureModeCount);
    expect(modes.map((mode) => textOf(mode.querySelector('[part~="text"]')!))).to.deep.equal(
      (await hubMarkdown()).failureModes.map((mode) => mode.text),
    );
  });

  it('has a Related Hubs section linking to sibling hubs', async () => {
    const links = deepQueryAll<HTMLAnchorElement>(deepQuery(await renderHub(), 'related-hubs'), 'a');
    expect(links.map((link) => ({ title: textOf(link), url: link.href }))).to.deep.equal(seedHub.relatedHubs);
  });

  it('lists the 31 references of the seed in its order (ten, then "Show all"), with their count, summaries, tags, dates, links where known and Canon badges', async () => {
    const references = deepQuery(await renderHub(), 'reference-list');
    expect(textOf(deepQuery(references, '[part~="count"]'))).to.equal(seedHub.referencesHeading);
    // Compact by default: the hub on a phone is under half its former height with ten cards, not 31.
    expect(cardTitles(references)).to.deep.equal(seedReferences.slice(0, 10).map((reference) => reference.title));
    deepQuery(references, 'button[part~="show-all"]').click();
    await settled(references);
    const cards = deepQueryAll(references, 'article-card');
    expect(cardTitles(references)).to.deep.equal(seedReferences.map((reference) => reference.title));
    cards.forEach((card, index) => {
      const seed = seedReferences[index];
      expect(textOf(deepQuery(card, '[part~="summary"]'))).to.match(/\w.+[.!?]$/);
      expect(deepQueryAll(card, '[part~="tag"]').map(textOf), seed.title).to.deep.equal(seed.tags);
      expect(deepQuery<HTMLAnchorElement>(card, 'a[part~="title-link"]')?.href, seed.title).to.equal(seed.url);
      expect(deepQuery<HTMLTimeElement>(card, 'time[part~="date"]')?.dateTime, seed.title).to.equal(seed.date);
      expect(textOf(deepQuery(card, '[part~="badge"] [aria-hidden="true"]')), seed.title).to.equal(seed.canon ? 'Canon' : '');
    });
    const badge = deepQuery(cards[1], '[part~="badge"]');
    expect(badge.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('follows heading-level so the hub fits the page outline', async () => {
    const hub = await renderHub('hub="technical-leadership" heading-level="4"');
    const outline = headingOutline(hub);
    expect(outline[0]).to.equal('h4 Technical Leadership');
    expect(outline).to.include('h5 Start Here');
    expect(outline).to.include('h6 AI operating model');
  });

  itFollowsTheHubErrorContract('topic-hub');

  it('shows an error for a bundle of another version or a damaged one', async () => {
    for (const [bundle, pattern, code] of [
      [{ version: 99, hubs: {}, articles: {}, searchIndex: '' }, /version is 99/, 'unsupported-version'],
      [{ format: 'topic-hub-bundle', version: 2, hubs: { x: { title: 'X' } }, articles: {}, searchIndex: '' }, /hub "x"/, 'invalid-bundle'],
      ['not a bundle', /not a topic-hub content bundle/, 'invalid-bundle'],
    ] as const) {
      const { element, errors } = await renderExpectingError('<topic-hub hub="x"></topic-hub>', (el) => {
        (el as TopicHub).bundle = bundle;
      });
      expect(textOf(deepQuery(element, '[role="alert"]'))).to.match(pattern);
      expect(errors[0].code).to.equal(code);
    }
  });

  it('refuses a bundle whose article is filed under another id than its own', async () => {
    const bundle = structuredClone(defaultBundle());
    bundle.articles['ai-cto-perspective'].id = 'someone-else';
    const { element, errors } = await renderExpectingError('<topic-hub hub="technical-leadership"></topic-hub>', (el) => {
      (el as TopicHub).bundle = bundle;
    });
    expect(textOf(deepQuery(element, '[role="alert"]'))).to.contain('article "ai-cto-perspective".id must be "ai-cto-perspective"');
    expect(errors.map((error) => error.code)).to.deep.equal(['invalid-bundle']);
  });

  it('recovers when the hub attribute is corrected', async () => {
    const { element, errors } = await renderExpectingError('<topic-hub hub="typo"></topic-hub>');
    element.setAttribute('hub', 'technical-leadership');
    await settled(element);
    expect(deepQuery(element, '[role="alert"]')).to.equal(undefined);
    expect(deepQueryAll(deepQuery(element, 'reference-list'), 'article-card')).to.have.length(10);
    expect(errors).to.have.length(1);
  });

  it('leaves its neighbours working when it fails', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><topic-hub hub="missing"></topic-hub><topic-hub hub="technical-leadership"></topic-hub></div>`,
    );
    const [broken, working] = Array.from(container.querySelectorAll('topic-hub'));
    await settled(broken);
    await settled(working);
    assert.exists(deepQuery(broken, '[role="alert"]'));
    expect(deepQueryAll(deepQuery(working, 'reference-list'), 'article-card')).to.have.length(10);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} scheme`, async () => {
      const hub = await renderHub(`hub="technical-leadership" theme="${theme}"`);
      await expect(hub).to.be.accessible();
    });
  }
  it('hands a tag picked in its References to its search: the chip is pressed and the results are filtered', async () => {
    const hub = await renderHub();
    const references = deepQuery(hub, 'reference-list');
    deepQuery(references, 'button[part~="more-tags"]').click();
    await settled(hub);
    deepQueryAll<HTMLButtonElement>(references, 'button[part~="tag-filter"]')
      .find((button) => (button.textContent ?? '').trim().startsWith('security ('))!
      .click();
    await settled(hub);
    const search = deepQuery<ArticleSearch>(hub, 'article-search');
    search.focus();
    await settled(hub);
    const chips = deepQueryAll<HTMLButtonElement>(search, '[part~="tag-filter"]');
    expect(chips.filter((chip) => chip.getAttribute('aria-pressed') === 'true').map((chip) => chip.dataset.tag)).to.deep.equal([
      'security',
    ]);
    const results = deepQueryAll(search, '[role="option"] .option-title').map(textOf);
    expect(results).to.deep.equal(seedTaggedWith('security').map((reference) => reference.title));
  });

  it('passes theme="dark" to its search and every other section, which all paint the dark surface', async () => {
    const hub = await renderHub('hub="technical-leadership" theme="dark"');
    const sections = deepQueryAll(
      hub,
      'start-here, key-questions, reading-path, failure-mode-list, related-hubs, article-search, reference-list',
    );
    expect(sections.map((section) => section.localName)).to.include.members(['article-search', 'reference-list', 'start-here']);
    const hubStyle = getComputedStyle(hub);
    expect(hubStyle.colorScheme).to.equal('dark');
    const light = await renderHub('hub="technical-leadership" theme="light"');
    expect(getComputedStyle(light).backgroundColor).to.not.equal(hubStyle.backgroundColor);
    for (const section of sections) {
      const style = getComputedStyle(section);
      expect([section.localName, style.colorScheme, style.backgroundColor]).to.deep.equal([
        section.localName,
        'dark',
        hubStyle.backgroundColor,
      ]);
    }
  });

  it('fires hub-error once per failure, however often it renders, and again for a different failure', async () => {
    const { element, errors } = await renderExpectingError('<topic-hub hub="no-such-hub"></topic-hub>');
    for (const level of [3, 4, 5]) {
      element.setAttribute('heading-level', String(level));
      element.setAttribute('theme', level % 2 ? 'dark' : 'light');
      await settled(element);
    }
    (element as TopicHub).requestUpdate();
    await settled(element);
    expect(errors.map((error) => [error.code, error.hub])).to.deep.equal([['unknown-hub', 'no-such-hub']]);
    element.setAttribute('hub', 'another-missing-hub');
    await settled(element);
    element.setAttribute('heading-level', '2');
    await settled(element);
    expect(errors.map((error) => [error.code, error.hub])).to.deep.equal([
      ['unknown-hub', 'no-such-hub'],
      ['unknown-hub', 'another-missing-hub'],
    ]);
  });

  describe('refuses a bundle whose hub refers to an article it does not have (invalid-bundle)', () => {
    const cases: [string, (hub: ContentBundle['hubs'][string]) => void][] = [
      ['in its references', (hub) => hub.references.push('no-such-article')],
      ['in Start Here', (hub) => (hub.startHere[0].article = 'no-such-article')],
      ['in a reading path', (hub) => hub.readingPaths[1].articles.push('no-such-article')],
      ['in a failure mode', (hub) => hub.failureModes[2].articles.push('no-such-article')],
    ];
    for (const [where, change] of cases) {
      it(where, async () => {
        const bundle = structuredClone(defaultBundle());
        change(bundle.hubs['technical-leadership']);
        const { element, errors } = await renderExpectingError('<topic-hub hub="technical-leadership"></topic-hub>', (el) => {
          (el as TopicHub).bundle = bundle;
        });
        expect(textOf(deepQuery(element, '[role="alert"]'))).to.contain('"no-such-article"');
        expect(deepQueryAll(element, 'article-card')).to.deep.equal([]);
        expect(errors.map((error) => error.code)).to.deep.equal(['invalid-bundle']);
      });
    }
  });
});
