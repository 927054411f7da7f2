import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import MiniSearch from 'minisearch';
import '../../src/article-search.js';
import '../../src/topic-hub.js';
import type { ArticleSearch } from '../../src/article-search.js';
import type { ArticleSelectDetail, SearchChangeDetail } from '../../src/elements/article-search/article-search.js';
import type { ContentBundle } from '../../src/content/bundle-types.js';
import { seedReference, seedTaggedWith } from '../fixtures/seed-facts.js';
import { deepQuery, deepQueryAll, defaultBundle, renderElement, renderExpectingError, settled, textOf } from '../helpers.js';
import { parts, press, renderSearch, typeInto, waitForAnnouncement } from './article-search-harness.js';

const titlesOf = (references: readonly { title: string }[]) => references.map((reference) => reference.title);

describe('<article-search>', () => {
  it('is a WAI-ARIA combobox whose listbox lives in the same shadow root', async () => {
    const search = await renderSearch();
    const { input, listbox } = parts(search);
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(input.getAttribute('aria-autocomplete')).to.equal('list');
    expect(search.shadowRoot!.getElementById(input.getAttribute('aria-controls')!)).to.equal(listbox);
    expect(input.labels?.[0] && textOf(input.labels[0])).to.equal('Search articles');
    await typeInto(search, 'governance');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(listbox.hidden).to.equal(false);
  });

  it('ranks "The Throughput Engineer" first for "headcount" and highlights the matched word', async () => {
    const search = await renderSearch();
    await typeInto(search, 'headcount');
    const { titles, options } = parts(search);
    expect(titles()[0]).to.equal('The Throughput Engineer: Why Headcount Is a Lagging Metric');
    const marks = Array.from(options()[0].querySelectorAll('mark')).map(textOf);
    expect(marks).to.include('Headcount');
    expect(textOf(options()[0])).to.contain('Canon');
  });

  it('matches prefixes while typing: "gover" finds the governance articles', async () => {
    const search = await renderSearch();
    await typeInto(search, 'gover');
    const titles = parts(search).titles();
    expect(titles).to.include('AI Governance Without Bureaucracy');
    expect(titles).to.include('AI Production Governance: A Maturity Model');
  });

  it('forgives typos: "hedcount" and "techincal debt"', async () => {
    const search = await renderSearch();
    await typeInto(search, 'hedcount');
    expect(parts(search).titles()[0]).to.equal('The Throughput Engineer: Why Headcount Is a Lagging Metric');
    parts(search).input.select();
    await sendKeys({ type: 'techincal debt' });
    await settled(search);
    expect(parts(search).titles()[0]).to.equal('The True Cost of Technical Debt');
  });

  it('lists exactly the articles tagged "security" when that tag is preselected and the query is empty', async () => {
    const search = await renderSearch('hub="technical-leadership" tags="security"');
    const expected = titlesOf(seedTaggedWith('security'));
    expect(expected.length).to.be.greaterThan(0);
    parts(search).input.focus();
    await settled(search);
    expect(parts(search).titles()).to.deep.equal(expected);
    const securityChip = parts(search)
      .chips()
      .find((chip) => chip.dataset.tag === 'security')!;
    expect(securityChip.getAttribute('aria-pressed')).to.equal('true');
    expect(textOf(securityChip)).to.equal(`security (${expected.length})`);
  });

  it('narrows results with tag chips whose counts match the results, and reports the change', async () => {
    const search = await renderSearch();
    await typeInto(search, 'ai');
    const before = parts(search).options().length;
    const chip = parts(search)
      .chips()
      .find((candidate) => candidate.dataset.tag === 'governance')!;
    const count = Number(/\((\d+)\)/.exec(textOf(chip))![1]);
    const changed = oneEvent(search, 'search-change');
    chip.click();
    const { detail } = (await changed) as CustomEvent<SearchChangeDetail>;
    await settled(search);
    expect(detail.tags).to.deep.equal(['governance']);
    expect(detail.query).to.equal('ai');
    expect(parts(search).options()).to.have.length(count);
    expect(count).to.be.lessThan(before);
    for (const title of parts(search).titles()) expect(seedReference(title).tags).to.include('governance');
    // Clearing the query keeps the tag: every governance article is listed.
    parts(search).input.select();
    await press(search, 'Backspace');
    expect(parts(search).titles()).to.deep.equal(titlesOf(seedTaggedWith('governance')));
  });

  it('says when nothing matches and offers the closest suggestion as a button', async () => {
    const search = await renderSearch();
    await typeInto(search, 'roadmapping');
    expect(parts(search).options()).to.have.length(0);
    expect(parts(search).input.getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(parts(search).empty()!)).to.contain('No articles match “roadmapping”');
    const suggestion = search.shadowRoot!.querySelector<HTMLButtonElement>('[part~="suggestion"]')!;
    expect(textOf(suggestion)).to.equal('Search for “roadmaps”');
    suggestion.click();
    await settled(search);
    expect(parts(search).input.value).to.equal('roadmaps');
    expect(parts(search).titles()).to.include('How Great CTOs Design AI Roadmaps That Survive Contact With Reality');
  });

  it('moves through results with Down, Up, Home and End, updating aria-activedescendant and aria-selected', async () => {
    const search = await renderSearch();
    await typeInto(search, 'ai');
    const { input, options } = parts(search);
    const count = options().length;
    expect(count).to.be.greaterThan(3);
    const active = () => {
      const id = input.getAttribute('aria-activedescendant');
      const selected = options().filter((option) => option.getAttribute('aria-selected') === 'true');
      expect(selected.map((option) => option.id)).to.deep.equal(id ? [id] : []);
      return id;
    };
    expect(active()).to.equal(null);
    await press(search, 'ArrowDown');
    expect(active()).to.equal('option-0');
    await press(search, 'ArrowDown');
    expect(active()).to.equal('option-1');
    await press(search, 'ArrowUp');
    expect(active()).to.equal('option-0');
    await press(search, 'End');
    expect(active()).to.equal(`option-${count - 1}`);
    await press(search, 'Home');
    expect(active()).to.equal('option-0');
    expect(search.shadowRoot!.activeElement).to.equal(input);
  });

  it('opens the active result with Enter through a cancelable article-select event', async () => {
    const search = await renderSearch();
    await typeInto(search, 'headcount');
    await press(search, 'ArrowDown');
    search.addEventListener('article-select', (event) => event.preventDefault(), { once: true });
    const selected = oneEvent(search, 'article-select');
    await sendKeys({ press: 'Enter' });
    const event = (await selected) as CustomEvent<ArticleSelectDetail>;
    expect(event.cancelable).to.equal(true);
    expect(event.detail.article.id).to.equal('throughput-engineer-headcount-lagging-metric');
    await settled(search);
    expect(textOf(parts(search).status)).to.equal('The Throughput Engineer: Why Headcount Is a Lagging Metric chosen.');
    expect(search.shadowRoot!.activeElement).to.equal(parts(search).input);
  });

  it('keeps focus in the field when a result is clicked', async () => {
    const search = await renderSearch();
    await typeInto(search, 'headcount');
    search.addEventListener('article-select', (event) => event.preventDefault(), { once: true });
    const option = parts(search).options()[0];
    const { x, y, width, height } = option.getBoundingClientRect();
    const selected = oneEvent(search, 'article-select');
    await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
    await selected;
    expect(search.shadowRoot!.activeElement).to.equal(parts(search).input);
  });

  it('explains how to use it to assistive technology', async () => {
    const search = await renderSearch();
    const { input } = parts(search);
    const hint = search.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(textOf(hint) || hint.textContent).to.contain('up and down arrows');
  });

  it('focuses from anywhere with its shortcut key, but not while the reader types in another field', async () => {
    const container = await fixture<HTMLDivElement>(
      '<div><input id="other" aria-label="Other field"><article-search shortcut="/"></article-search></div>',
    );
    const search = container.querySelector('article-search')!;
    const other = container.querySelector<HTMLInputElement>('#other')!;
    await settled(search);
    other.focus();
    await sendKeys({ type: 'a/b' });
    expect(other.value).to.equal('a/b');
    expect(document.activeElement).to.equal(other);
    other.blur();
    await sendKeys({ press: '/' });
    expect(search.shadowRoot!.activeElement).to.equal(parts(search).input);
    expect(parts(search).input.value).to.equal('');
  });

  it('keeps the query and tags in the URL hash with sync-url, and restores them on load', async () => {
    const original = location.hash;
    try {
      const search = await renderSearch('hub="technical-leadership" sync-url');
      await typeInto(search, 'gover');
      parts(search)
        .chips()
        .find((chip) => chip.dataset.tag === 'ai')!
        .click();
      await settled(search);
      const params = new URLSearchParams(location.hash.slice(1));
      expect(params.get('technical-leadership-search')).to.equal('gover');
      expect(params.get('technical-leadership-tags')).to.equal('ai');
      search.remove();
      const reloaded = await renderSearch('hub="technical-leadership" sync-url');
      expect(parts(reloaded).input.value).to.equal('gover');
      expect(reloaded.tags).to.equal('ai');
      parts(reloaded).input.focus();
      await settled(reloaded);
      expect(parts(reloaded).options().length).to.be.greaterThan(0);
    } finally {
      history.replaceState(null, '', location.pathname + location.search + original);
    }
  });

  it('answers hostile queries with results or an empty state, never an exception', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const search = await renderSearch();
      const { input } = parts(search);
      for (const query of ['(.*)[', '\\', '$^|?+{}', '🙂🚀', 'x'.repeat(10_000), '     ', 'ai 🙂 ((']) {
        input.focus();
        input.value = query;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await settled(search);
        const shown = parts(search).options().length > 0 || parts(search).empty() !== null || query.trim() === '';
        expect(shown, `query ${query.slice(0, 20)}`).to.equal(true);
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('loads the prebuilt index only when first used, once for every search on the page', async () => {
    const loadJSON = MiniSearch.loadJSON;
    let loads = 0;
    MiniSearch.loadJSON = ((...args: Parameters<typeof loadJSON>) => {
      loads++;
      return loadJSON.apply(MiniSearch, args);
    }) as typeof loadJSON;
    try {
      const bundle = { ...defaultBundle() };
      const container = await fixture<HTMLDivElement>('<div><article-search></article-search><article-search></article-search></div>');
      const [first, second] = Array.from(container.querySelectorAll('article-search'));
      first.bundle = bundle;
      second.bundle = bundle;
      await settled(first);
      await settled(second);
      expect(loads, 'no load before a search').to.equal(0);
      await typeInto(first, 'ai');
      await typeInto(second, 'teams');
      expect(loads).to.equal(1);
      expect(parts(second).options().length).to.be.greaterThan(0);
    } finally {
      MiniSearch.loadJSON = loadJSON;
    }
  });

  it('searches every hub of the bundle when no hub is given', async () => {
    const search = await renderSearch('');
    await typeInto(search, 'security');
    expect(parts(search).titles()).to.include('Building a Security-First Engineering Culture');
  });

  it('shows an accessible error and fires hub-error for an unknown hub', async () => {
    const { element, errors } = await renderExpectingError('<article-search hub="nope"></article-search>');
    expect(textOf(deepQuery(element, '[role="alert"]'))).to.contain('nope');
    expect(errors.map((error) => error.code)).to.deep.equal(['unknown-hub']);
  });

  it('keeps showing the error of a damaged search index on every later update', async () => {
    const bundle = structuredClone(defaultBundle());
    bundle.searchIndex = '{"documentCount": 31, "index": [[';
    const { element, errors } = await renderExpectingError('<article-search hub="technical-leadership"></article-search>', (el) => {
      (el as ArticleSearch).bundle = bundle;
    });
    const search = element as ArticleSearch;
    search.value = 'lead';
    await settled(search);
    expect(textOf(deepQuery(search, '[role="alert"]'))).to.contain('damaged');
    search.requestUpdate();
    await settled(search);
    expect(deepQuery(search, '[role="alert"]'), 'the error stays').to.not.equal(undefined);
    expect(errors.map((error) => error.code)).to.deep.equal(['invalid-bundle']);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe with results open and one active (${theme})`, async () => {
      const search = await renderSearch(`hub="technical-leadership" theme="${theme}"`);
      await typeInto(search, 'ai');
      await press(search, 'ArrowDown');
      await expect(search).to.be.accessible();
    });
  }

  it('filters the References of <topic-hub> when a tag is selected in its search', async () => {
    const hub = await renderElement('<topic-hub hub="technical-leadership"></topic-hub>');
    const search = deepQuery<ArticleSearch>(hub, 'article-search');
    await typeInto(search, 'security');
    parts(search)
      .chips()
      .find((chip) => chip.dataset.tag === 'security')!
      .click();
    await settled(hub);
    const references = deepQuery(hub, 'reference-list');
    expect(deepQueryAll(references, 'article-card')).to.have.length(seedTaggedWith('security').length);
    expect(references.getAttribute('tags')).to.equal('security');
  });
  it('with several tags selected, lists only the articles that have all of them', async () => {
    const search = await renderSearch('hub="technical-leadership" tags="ai leadership"');
    const expected = titlesOf(seedTaggedWith('ai', 'leadership'));
    expect(expected.length).to.be.greaterThan(0);
    expect(expected.length, 'fewer than either tag alone').to.be.lessThan(
      Math.min(seedTaggedWith('ai').length, seedTaggedWith('leadership').length),
    );
    parts(search).input.focus();
    await settled(search);
    expect(parts(search).titles()).to.deep.equal(expected);
    // With a query as well, every result still has both tags.
    await typeInto(search, 'teams');
    expect(parts(search).titles().length).to.be.greaterThan(0);
    for (const title of parts(search).titles()) expect(seedReference(title).tags).to.include.members(['ai', 'leadership']);
  });

  it('requires every word of the query, and falls back to any word only when that finds nothing', async () => {
    const search = await renderSearch();
    await typeInto(search, 'governance maturity');
    expect(parts(search).titles()).to.deep.equal(['AI Production Governance: A Maturity Model']);
    // No article has "xylophone": the articles about headcount are still found.
    parts(search).input.select();
    await typeInto(search, 'headcount xylophone');
    expect(parts(search).titles()[0]).to.equal('The Throughput Engineer: Why Headcount Is a Lagging Metric');
    expect(parts(search).empty()).to.equal(null);
  });

  it('lists at most `limit` results, and says how many there are and how many are shown', async () => {
    const search = await renderSearch('hub="technical-leadership" limit="3" tags="ai governance"');
    const aiArticles = seedTaggedWith('ai').length;
    expect(aiArticles).to.be.greaterThan(3);
    parts(search).input.focus();
    await settled(search);
    parts(search)
      .chips()
      .find((chip) => chip.dataset.tag === 'governance')!
      .click();
    await settled(search);
    expect(parts(search).titles()).to.deep.equal(titlesOf(seedTaggedWith('ai')).slice(0, 3));
    expect(
      textOf(
        parts(search)
          .chips()
          .find((chip) => chip.dataset.tag === 'ai'),
      ),
    ).to.equal(`ai (${aiArticles})`);
    await waitForAnnouncement(search, () => `${aiArticles} results, 3 shown.`);
  });

  it('wraps around: Up on the first result goes to the last, Down on the last to the first', async () => {
    const search = await renderSearch();
    await typeInto(search, 'ai');
    const { input, options } = parts(search);
    const last = `option-${options().length - 1}`;
    expect(options().length).to.be.greaterThan(2);
    await press(search, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
    await press(search, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).to.equal(last);
    expect(options().at(-1)!.getAttribute('aria-selected')).to.equal('true');
    await press(search, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
  });

  describe('opens the chosen article when the page does not handle article-select', () => {
    // The browser follows the article's URL. Here that URL is a fragment of this very page, so
    // following it is a real navigation (the hash changes, hashchange fires) that leaves the
    // test page in place; location.assign cannot be spied on (it is unforgeable).
    const original = location.hash;
    afterEach(() => history.replaceState(null, '', location.pathname + location.search + original));

    async function searchWithFragmentUrl(fragment: string) {
      const bundle = structuredClone(defaultBundle()) as ContentBundle;
      bundle.articles['throughput-engineer-headcount-lagging-metric'].url = `#${fragment}`;
      const search = await renderSearch();
      search.bundle = bundle;
      await settled(search);
      await typeInto(search, 'headcount');
      expect(parts(search).titles()[0]).to.equal('The Throughput Engineer: Why Headcount Is a Lagging Metric');
      return search;
    }

    it('with Enter', async () => {
      const search = await searchWithFragmentUrl('opened-with-enter');
      await press(search, 'ArrowDown');
      const navigated = oneEvent(window, 'hashchange');
      await sendKeys({ press: 'Enter' });
      await navigated;
      expect(location.hash).to.equal('#opened-with-enter');
    });

    it('with a click', async () => {
      const search = await searchWithFragmentUrl('opened-with-click');
      const { x, y, width, height } = parts(search).options()[0].getBoundingClientRect();
      const navigated = oneEvent(window, 'hashchange');
      await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
      await navigated;
      expect(location.hash).to.equal('#opened-with-click');
    });
  });

  it('with sync-url, replaces the history entry as the reader types instead of adding one per keystroke', async () => {
    const original = location.hash;
    try {
      const search = await renderSearch('hub="technical-leadership" sync-url');
      const entries = history.length;
      await typeInto(search, 'governance');
      expect(new URLSearchParams(location.hash.slice(1)).get('technical-leadership-search')).to.equal('governance');
      expect(history.length).to.equal(entries);
    } finally {
      history.replaceState(null, '', location.pathname + location.search + original);
    }
  });
});
