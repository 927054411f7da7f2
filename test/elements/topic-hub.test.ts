import { assert, expect, fixture, html } from '@open-wc/testing';
import '../../src/topic-hub.js';
import type { TopicHub } from '../../src/topic-hub.js';
import {
  cardTitles,
  composedText,
  deepQuery,
  defaultBundle,
  deepQueryAll,
  headingOutline,
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

  it('lists the three Start Here entries in order, the second under its shorter label, each with a reason', async () => {
    const startHere = deepQuery((await renderHub()).shadowRoot!, 'start-here');
    expect(cardTitles(startHere)).to.deep.equal([
      'The Throughput Engineer: Why Headcount Is a Lagging Metric',
      'AI Team Structures That Work',
      'Your AI Team Problem Is Not Technical',
    ]);
    const reasons = deepQueryAll(startHere, '[part~="reason"]').map(textOf);
    expect(reasons).to.have.length(3);
    reasons.forEach((reason) => expect(reason.length).to.be.greaterThan(20));
  });

  it('asks the four leadership questions', async () => {
    const questions = deepQueryAll(deepQuery(await renderHub(), 'key-questions'), '[part~="question"]').map(textOf);
    expect(questions).to.have.length(4);
    questions.forEach((question) => expect(question).to.match(/\?$/));
  });

  it('shows both reading paths with their articles in order', async () => {
    const hub = await renderHub();
    const paths = deepQueryAll(hub, 'reading-path');
    expect(paths.map((path) => path.getAttribute('path'))).to.deep.equal(['ai-operating-model', 'classic-engineering-leadership']);
    expect(textOf(deepQuery(paths[0], '[part~="heading"]'))).to.equal('AI operating model');
    expect(cardTitles(paths[0])).to.deep.equal([
      'Scaling AI in the Enterprise Is a Management Problem',
      "AI Strategy: The CTO Perspective (It's Just Data Infrastructure)",
    ]);
    expect(textOf(deepQuery(paths[1], '[part~="heading"]'))).to.equal('Classic engineering leadership');
    expect(cardTitles(paths[1])).to.deep.equal([
      'Restructuring Engineering Orgs After Layoffs',
      "Engineering Manager vs Tech Lead: What's Actually Different",
      'The True Cost of Technical Debt',
    ]);
  });

  it('lists the four failure modes', async () => {
    const modes = deepQueryAll(await renderHub(), '[part~="failure-mode"]');
    expect(modes).to.have.length(4);
  });

  it('has a Related Hubs section linking to sibling hubs', async () => {
    const links = deepQueryAll<HTMLAnchorElement>(deepQuery(await renderHub(), 'related-hubs'), 'a');
    expect(links.map((link) => [textOf(link), link.href])).to.deep.equal([['AI Strategy', 'https://lawzava.com/topics/strategy/']]);
  });

  it('lists 31 references newest first, with their count, summaries, tags, links where known and 4 Canon badges', async () => {
    const references = deepQuery(await renderHub(), 'reference-list');
    expect(textOf(deepQuery(references, '[part~="count"]'))).to.equal("31 entries tagged 'Technical Leadership'");
    const cards = deepQueryAll(references, 'article-card');
    expect(cards).to.have.length(31);
    const titles = cardTitles(references);
    expect(titles[0]).to.equal('How to Run an AI Incident Review That Changes Architecture, Not Slides');
    expect(titles[3]).to.equal('Technical Leadership in the AI Era (It’s About Throughput, Not Trends)');
    expect(titles[30]).to.equal('The True Cost of Technical Debt');
    for (const card of cards) {
      expect(textOf(deepQuery(card, '[part~="summary"]'))).to.match(/\w.+[.!?]$/);
      const tags = deepQueryAll(card, '[part~="tag"]');
      expect(tags.length).to.be.within(2, 3);
    }
    const canonTitles = cards
      .filter((card) => deepQuery(card, '[part~="badge"]'))
      .map((card) => textOf(deepQuery(card, '[part~="title"]')));
    expect(canonTitles).to.deep.equal([
      'How Great CTOs Design AI Roadmaps That Survive Contact With Reality',
      'Why Most AI Platform Teams Become the New Bottleneck',
      'The CTO Communication Protocol: Aligning Engineers, Executives, and Investors in AI Programs',
      'The Throughput Engineer: Why Headcount Is a Lagging Metric',
    ]);
    const badge = deepQuery(cards[1], '[part~="badge"]');
    expect(textOf(badge)).to.equal('Canon');
    expect(badge.getBoundingClientRect().width).to.be.greaterThan(0);
    // Three articles have no known URL: their titles are text, every other title is a link.
    const linked = cards.filter((card) => deepQuery(card, 'a[part~="title-link"]'));
    expect(linked).to.have.length(28);
    expect(deepQuery<HTMLAnchorElement>(cards[0], 'a').href).to.equal(
      'https://lawzava.com/blog/2026-06-02-ai-incident-review-changes-architecture/',
    );
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
    expect(deepQueryAll(element, 'article-card').length).to.be.greaterThan(31);
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
    expect(deepQueryAll(deepQuery(working, 'reference-list'), 'article-card')).to.have.length(31);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} scheme`, async () => {
      const hub = await renderHub(`hub="technical-leadership" theme="${theme}"`);
      await expect(hub).to.be.accessible();
    });
  }
});
