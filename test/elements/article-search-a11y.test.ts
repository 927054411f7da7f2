/**
 * The keyboard and screen-reader behaviour of <article-search> (issue 11's findings 1-8, 10 and 13),
 * through the UI in headless Chromium. docs/accessibility/combobox.md maps the WAI-ARIA APG
 * combobox pattern onto these tests by name.
 */
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/article-search.js';
import '../../src/topic-hub.js';
import type { ArticleSearch } from '../../src/article-search.js';
import { announceDelay } from '../../src/elements/article-search/article-search.js';
import { seedHub, seedReference, seedTaggedWith } from '../fixtures/seed-facts.js';
import { composedElements, deepQuery, deepQueryAll, defaultBundle, renderElement, settled, textOf } from '../helpers.js';
import { parts, press, renderSearch, typeInto, waitForAnnouncement } from './article-search-harness.js';

/** Presses Tab until the focused element in the search passes `found` (at most `limit` times). */
async function tabTo(search: ArticleSearch, found: (element: Element) => boolean, limit = 30) {
  for (let i = 0; i < limit; i++) {
    const focused = parts(search).focused();
    if (focused && found(focused)) return focused;
    await press(search, 'Tab');
  }
  throw new Error('Tab never reached the element');
}

/**
 * Proving that nothing is announced late needs a wait: this timer is scheduled after any timer the
 * element set (same delay, later start), so when it fires the element's would have fired too.
 */
const afterPendingAnnouncements = () => new Promise((resolve) => setTimeout(resolve, announceDelay));

/** Every text a live region showed from now on (not counting the empty one). */
function recordLiveRegion(region: Element) {
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = textOf(region);
    if (text) said.push(text);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { said, stop: () => observer.disconnect() };
}

// WCAG 2.x relative luminance and contrast ratio, from the colours Chromium computed.
function rgb(color: string) {
  const numbers = color.match(/[\d.]+/g)!.map(Number);
  // color(srgb r g b) has 0-1 channels; rgb()/rgba() has 0-255.
  const scale = color.startsWith('color(') ? 1 : 255;
  return { r: numbers[0] / scale, g: numbers[1] / scale, b: numbers[2] / scale, a: numbers[3] ?? 1 };
}
const luminance = (color: string) => {
  const { r, g, b } = rgb(color);
  const channel = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

describe('<article-search> accessibility', () => {
  it('keeps focus on the same tag when a chip is pressed, so a second Space un-presses it (finding 1)', async () => {
    const search = await renderSearch();
    await typeInto(search, 'ai');
    // A chip that is not first in the row, so a chip that moved to the front would leave its place.
    const tag = 'governance';
    expect(parts(search).chips().indexOf(parts(search).chip(tag)!)).to.be.greaterThan(0);
    await tabTo(search, (element) => (element as HTMLElement).dataset.tag === tag);
    await press(search, 'Space');
    expect(search.tags).to.equal(tag);
    expect(parts(search).focus()).to.equal(`tag-filter ${tag}`);
    expect(parts(search).chip(tag)!.getAttribute('aria-pressed')).to.equal('true');
    await press(search, 'Space');
    expect(search.tags).to.equal('');
    expect(parts(search).focus()).to.equal(`tag-filter ${tag}`);
  });

  it('returns focus to the field when un-pressing the last chip removes the chip row (finding 2)', async () => {
    const search = await renderSearch('hub="technical-leadership" tags="security"');
    parts(search).input.focus();
    await settled(search);
    await tabTo(search, (element) => (element as HTMLElement).dataset.tag === 'security');
    await press(search, 'Space');
    expect(parts(search).chips(), 'no query and no tag: no chip row').to.have.length(0);
    expect(parts(search).focus()).to.equal('input');
  });

  it('closes the list with Escape first and clears the field only when the list is closed, with a tag selected too (finding 3)', async () => {
    for (const attributes of ['hub="technical-leadership"', 'hub="technical-leadership" tags="ai"']) {
      const search = await renderSearch(attributes);
      await typeInto(search, 'strategy');
      const { input, listbox } = parts(search);
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      await press(search, 'Escape');
      expect(input.value, attributes).to.equal('strategy');
      expect(input.getAttribute('aria-expanded'), attributes).to.equal('false');
      expect(listbox.hidden).to.equal(true);
      await press(search, 'Escape');
      expect(input.value, attributes).to.equal('');
      expect(input.getAttribute('aria-expanded'), `${attributes}: clearing does not reopen`).to.equal('false');
      expect(parts(search).focus()).to.equal('input');
      search.remove();
    }
  });

  it('closes the list with Escape on a chip and returns focus to the field', async () => {
    const search = await renderSearch();
    await typeInto(search, 'ai');
    await tabTo(search, (element) => element.getAttribute('part') === 'tag-filter');
    await press(search, 'Escape');
    expect(parts(search).focus()).to.equal('input');
    expect(parts(search).input.getAttribute('aria-expanded')).to.equal('false');
    expect(parts(search).input.value).to.equal('ai');
  });

  it('leaves no option active once Left or Right moves the caret (finding 4)', async () => {
    const search = await renderSearch();
    await typeInto(search, 'ai');
    for (const key of ['ArrowLeft', 'ArrowRight']) {
      await press(search, 'ArrowDown');
      expect(parts(search).active()).to.equal('option-0');
      await press(search, key);
      expect(parts(search).active(), key).to.equal(null);
      expect(parts(search).input.getAttribute('aria-expanded')).to.equal('true');
    }
  });

  it('names each option by its title alone and describes it by its summary (finding 5)', async () => {
    const search = await renderSearch();
    await typeInto(search, 'headcount');
    await press(search, 'ArrowDown');
    type Node = { role: string; name?: string; description?: string };
    const tree = await executeServerCommand<Node[], undefined>('accessibility-tree');
    const options = tree.filter((node) => node.role === 'option');
    const titles = parts(search).titles();
    expect(options.map((option) => option.name)).to.deep.equal(titles);
    for (const title of titles) expect(seedReference(title), title).to.not.equal(undefined);
    const bundle = defaultBundle();
    const summaryOf = (title: string) => Object.values(bundle.articles).find((article) => article.title === title)!.summary;
    expect(options.map((option) => option.description)).to.deep.equal(titles.map(summaryOf));
  });

  it('announces the count once typing settles, never the option the arrows reach (finding 5)', async () => {
    const search = await renderSearch();
    await typeInto(search, 'governance');
    const count = parts(search).options().length;
    await waitForAnnouncement(search, () => `${count} results available.`);
    const region = recordLiveRegion(parts(search).status);
    await press(search, 'ArrowDown');
    await press(search, 'ArrowDown');
    await afterPendingAnnouncements();
    region.stop();
    expect(parts(search).active()).to.equal('option-1');
    expect(region.said).to.deep.equal([]);
  });

  it('says nothing more once focus has left the search (findings 5 and 8)', async () => {
    const container = await fixture<HTMLDivElement>(
      '<div><article-search hub="technical-leadership"></article-search><button>After</button></div>',
    );
    const search = container.querySelector('article-search')!;
    await settled(search);
    const region = recordLiveRegion(parts(search).status);
    await typeInto(search, 'gover');
    container.querySelector('button')!.focus();
    await afterPendingAnnouncements();
    region.stop();
    expect(region.said).to.deep.equal([]);
  });

  it('collapses the list after Tab away and leaves no option active, also on return (finding 8)', async () => {
    const container = await fixture<HTMLDivElement>(
      '<div><button>Before</button><article-search hub="technical-leadership"></article-search></div>',
    );
    const search = container.querySelector('article-search')!;
    await settled(search);
    await typeInto(search, 'ai');
    await press(search, 'ArrowDown');
    expect(parts(search).active()).to.equal('option-0');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await settled(search);
    expect(document.activeElement?.localName).to.equal('button');
    expect(parts(search).focus()).to.equal('outside');
    expect(parts(search).input.getAttribute('aria-expanded')).to.equal('false');
    expect(parts(search).listbox.hidden).to.equal(true);
    expect(parts(search).active()).to.equal(null);
    await press(search, 'Tab');
    expect(parts(search).focus()).to.equal('input');
    expect(parts(search).input.getAttribute('aria-expanded'), 'the query is still there').to.equal('true');
    expect(parts(search).active()).to.equal(null);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`draws the field's border at 3:1 and its placeholder at 4.5:1 against the surface (finding 6, ${theme})`, async () => {
      const search = await renderSearch(`hub="technical-leadership" theme="${theme}"`);
      const { input } = parts(search);
      const field = getComputedStyle(input);
      const surroundings = [field.backgroundColor, getComputedStyle(search).backgroundColor];
      for (const color of surroundings) expect(rgb(color).a, 'opaque surfaces').to.equal(1);
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        const border = field[`border${side}Color`];
        for (const background of surroundings)
          expect(contrast(border, background), `${side} border ${border} on ${background}`).to.be.at.least(3);
      }
      const placeholder = getComputedStyle(input, '::placeholder');
      expect(rgb(placeholder.color).a * Number(placeholder.opacity), 'the placeholder is not faded').to.equal(1);
      expect(contrast(placeholder.color, field.backgroundColor), `placeholder ${placeholder.color}`).to.be.at.least(4.5);
    });
  }

  it('shows a pressed chip differently from an unpressed one in forced colours (finding 7)', async () => {
    const search = await renderSearch('hub="technical-leadership" tags="ai"');
    parts(search).input.focus();
    await settled(search);
    await executeServerCommand('emulate-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const pressed = parts(search).chip('ai')!;
      const unpressed = parts(search)
        .chips()
        .find((chip) => chip.getAttribute('aria-pressed') === 'false')!;
      const look = (chip: Element) => {
        const style = getComputedStyle(chip);
        const before = getComputedStyle(chip, '::before');
        return {
          background: style.backgroundColor,
          color: style.color,
          border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
          outline: `${style.outlineWidth} ${style.outlineStyle}`,
          mark: before.content,
        };
      };
      const [a, b] = [look(pressed), look(unpressed)];
      // At least two visible differences, so none of them alone carries the state.
      const differences = Object.keys(a).filter((key) => a[key as keyof typeof a] !== b[key as keyof typeof b]);
      expect(differences.length, JSON.stringify({ pressed: a, unpressed: b })).to.be.at.least(2);
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });

  it('leaves the search closed and speaks through one live region when a References chip is pressed in <topic-hub> (finding 10)', async () => {
    const hub = await renderElement('<topic-hub hub="technical-leadership"></topic-hub>');
    const search = deepQuery<ArticleSearch>(hub, 'article-search');
    const references = deepQuery(hub, 'reference-list');
    // The References show their most used tags first; 'security' waits behind "More tags".
    deepQuery<HTMLButtonElement>(references, 'button[part~="more-tags"]').click();
    await settled(hub);
    const chip = deepQueryAll<HTMLButtonElement>(references, '[part~="tag-filter"]').find((button) =>
      textOf(button).startsWith('security '),
    )!;
    const regions = composedElements(hub).filter((element) => element.matches('[role="status"], [aria-live]'));
    const recorders = regions.map(recordLiveRegion);
    chip.focus();
    // Measured from the hub's top: the page may scroll when the filtered hub gets shorter.
    const offsetInHub = () => references.getBoundingClientRect().top - hub.getBoundingClientRect().top;
    const top = offsetInHub();
    await sendKeys({ press: 'Space' });
    await settled(hub);
    await afterPendingAnnouncements();
    recorders.forEach((recorder) => recorder.stop());
    expect(deepQueryAll(references, 'article-card')).to.have.length(seedTaggedWith('security').length);
    expect(parts(search).input.getAttribute('aria-expanded')).to.equal('false');
    expect(parts(search).chips(), 'the search shows no chips of its own').to.have.length(0);
    const focused = deepQuery(references, '[aria-pressed="true"]');
    expect(textOf(focused)).to.match(/^security /);
    // Nothing above the References grew (the search stayed closed); chips without matches may leave the row.
    expect(offsetInHub(), 'the References did not move').to.equal(top);
    const spoke = recorders.filter((recorder) => recorder.said.length > 0);
    expect(spoke.length, JSON.stringify(recorders.map((recorder) => recorder.said))).to.equal(1);
  });

  it("speaks through one live region, the search's, when a search chip is pressed in <topic-hub>", async () => {
    const hub = await renderElement('<topic-hub hub="technical-leadership"></topic-hub>');
    const search = deepQuery<ArticleSearch>(hub, 'article-search');
    const references = deepQuery(hub, 'reference-list');
    await typeInto(search, 'ai');
    await afterPendingAnnouncements();
    const regions = composedElements(hub).filter((element) => element.matches('[role="status"], [aria-live]'));
    const recorders = regions.map(recordLiveRegion);
    parts(search).chip('governance')!.focus();
    await press(search, 'Space');
    await settled(hub);
    await afterPendingAnnouncements();
    recorders.forEach((recorder) => recorder.stop());
    // The press reached the References too: their visible count follows the selection.
    expect(textOf(deepQuery(references, '[part~="count"]'))).to.equal(
      `${seedTaggedWith('governance').length} of ${seedHub.referenceCount} entries, tagged 'governance'`,
    );
    const spoke = regions.filter((_, index) => recorders[index].said.length > 0);
    expect(spoke.length, JSON.stringify(recorders.map((recorder) => recorder.said))).to.equal(1);
    expect(spoke[0] === parts(search).status, "the search's region spoke").to.equal(true);
  });

  describe('shortcut (finding 13)', () => {
    afterEach(() => localStorage.removeItem('topic-hub-elements:character-shortcuts'));

    it('lets the reader turn a single-key shortcut off, for every search on the site, and on again', async () => {
      const container = await fixture<HTMLDivElement>('<div><article-search shortcut="/"></article-search></div>');
      const search = container.querySelector('article-search')!;
      await settled(search);
      const toggle = parts(search).shortcutToggle()!;
      expect(textOf(toggle)).to.equal('Turn off the / shortcut');
      toggle.click();
      await settled(search);
      toggle.blur();
      await sendKeys({ press: '/' });
      expect(parts(search).focus(), 'off: "/" does nothing').to.equal('outside');
      // Another search (another page of the site: this one is gone) starts with the shortcut off.
      container.remove();
      const later = await renderSearch('shortcut="/"');
      expect(textOf(parts(later).shortcutToggle()!)).to.equal('Turn on the / shortcut');
      parts(later).shortcutToggle()!.click();
      await settled(later);
      parts(later).shortcutToggle()!.blur();
      await sendKeys({ press: '/' });
      expect(parts(later).focus(), 'on again').to.equal('input');
    });

    it('turns the shortcut off and on in every search of the page at once', async () => {
      const container = await fixture<HTMLDivElement>(
        '<div><article-search shortcut="/" label="First"></article-search><article-search shortcut="/" label="Second"></article-search></div>',
      );
      const [first, second] = container.querySelectorAll('article-search');
      await Promise.all([settled(first), settled(second)]);
      parts(first).shortcutToggle()!.click();
      await Promise.all([settled(first), settled(second)]);
      expect(textOf(parts(second).shortcutToggle()!)).to.equal('Turn on the / shortcut');
      expect(textOf(deepQuery(second, '[part~="shortcut"]'))).to.match(/^The \/ shortcut is off\./);
      parts(first).shortcutToggle()!.blur();
      await sendKeys({ press: '/' });
      expect([parts(first).focus(), parts(second).focus()], 'off in both: "/" does nothing').to.deep.equal(['outside', 'outside']);
      parts(second).shortcutToggle()!.click();
      await Promise.all([settled(first), settled(second)]);
      expect(textOf(parts(first).shortcutToggle()!)).to.equal('Turn off the / shortcut');
    });

    it('follows the choice made in another tab of the site (the storage event)', async () => {
      const search = await renderSearch('shortcut="/"');
      const fromAnotherTab = (newValue: string | null) => {
        // What the other tab wrote, and the event the browser then fires in this one.
        if (newValue) localStorage.setItem('topic-hub-elements:character-shortcuts', newValue);
        else localStorage.removeItem('topic-hub-elements:character-shortcuts');
        const oldValue = newValue ? null : 'off';
        window.dispatchEvent(
          new StorageEvent('storage', { key: 'topic-hub-elements:character-shortcuts', oldValue, newValue, storageArea: localStorage }),
        );
      };
      fromAnotherTab('off');
      await settled(search);
      expect(textOf(parts(search).shortcutToggle()!)).to.equal('Turn on the / shortcut');
      // Session storage cleared in another tab (a null key too) is not the reader's choice.
      window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: sessionStorage }));
      await settled(search);
      expect(textOf(parts(search).shortcutToggle()!), 'session storage is not where the choice lives').to.equal('Turn on the / shortcut');
      await sendKeys({ press: '/' });
      expect(parts(search).focus(), 'off: "/" does nothing').to.equal('outside');
      fromAnotherTab(null);
      await settled(search);
      expect(textOf(parts(search).shortcutToggle()!)).to.equal('Turn off the / shortcut');
      await sendKeys({ press: '/' });
      expect(parts(search).focus(), 'on again').to.equal('input');
    });

    it('takes a shortcut with a modifier, which works from any field and ignores the bare key', async () => {
      const container = await fixture<HTMLDivElement>(
        '<div><input id="other" aria-label="Other field"><article-search shortcut="Control+k"></article-search></div>',
      );
      const search = container.querySelector('article-search')!;
      const other = container.querySelector<HTMLInputElement>('#other')!;
      await settled(search);
      expect(parts(search).shortcutToggle(), 'not a character key shortcut: nothing to turn off').to.equal(null);
      other.focus();
      await sendKeys({ type: 'k' });
      expect(document.activeElement?.id).to.equal('other');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'k' });
      await sendKeys({ up: 'Control' });
      expect(parts(search).focus()).to.equal('input');
      expect(other.value).to.equal('k');
    });
  });

  describe('look', () => {
    it('has a named clear button that empties the field and returns focus to it', async () => {
      const search = await renderSearch();
      expect(parts(search).clear(), 'nothing to clear').to.equal(null);
      await typeInto(search, 'governance');
      const clear = parts(search).clear()!;
      expect(clear.getAttribute('aria-label')).to.equal('Clear search');
      await tabTo(search, (element) => element === clear);
      await press(search, 'Enter');
      expect(parts(search).input.value).to.equal('');
      expect(parts(search).focus()).to.equal('input');
    });

    it('shows the number of results and the keys that work in the list', async () => {
      const search = await renderSearch('hub="technical-leadership" limit="3" tags="ai"');
      expect(parts(search).count(), 'closed: no count').to.equal(null);
      const expected = seedTaggedWith('ai').length;
      expect(expected).to.be.greaterThan(3);
      parts(search).input.focus();
      await settled(search);
      expect(textOf(parts(search).count()!)).to.equal(`${expected} results, 3 shown`);
      expect(textOf(parts(search).hint()!)).to.equal('↑ ↓ to choose · Enter to open · Esc to close');
    });
  });
});
