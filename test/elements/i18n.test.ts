/**
 * Every element in the reader's language: German, and Arabic right to left. The expected texts are
 * written here by hand (the plural forms chosen for the counts the seed gives), and no English text
 * of the UI may be left, checked against every message of the English table.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { de } from '../../src/translations/de.js';
import '../../src/translations/ar.js';
import { registerTranslation } from '../../src/index.js';
import type { ContentBundle } from '../../src/index.js';
import { en } from '../../src/translations/en.js';
import { seedHub, seedReferences, seedTaggedWith } from '../fixtures/seed-facts.js';
import { deepQuery, deepQueryAll, defaultBundle, renderElement, renderExpectingError, settled, textOf } from '../helpers.js';

const HUB = seedHub.id;

/** The shipped bundle with its hub saying it is written in English, so the elements mark its text. */
function englishBundle(): ContentBundle {
  const bundle = structuredClone(defaultBundle());
  bundle.hubs[HUB].lang = 'en';
  return bundle;
}

/** Every fixed piece of every English message (the text around its placeholders), matched as whole words. */
const englishPieces = Object.entries(en)
  .filter(([key]) => !key.startsWith('$'))
  .flatMap(([, message]) => (typeof message === 'string' ? [message] : Object.values(message)))
  .flatMap((text) => text.split(/\{\w+\}/))
  .map((piece) => piece.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
  // Words of four letters and more ("Next", "Read", "Tags"): "The" and "of" are also in the titles that aria-labels quote.
  .filter((piece) => /[A-Za-z]{4,}/.test(piece));

/**
 * The UI's own text below `root`: text nodes and the names given in aria-label, title and
 * placeholder, across shadow roots, leaving out what is marked as English content (`lang="en"`).
 */
function uiTexts(root: Element): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node instanceof Element) {
      if (node.getAttribute('lang') === 'en') return;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value) texts.push(value);
      }
      node.shadowRoot?.childNodes.forEach(visit);
    }
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) texts.push(node.textContent);
    node.childNodes.forEach(visit);
  };
  visit(root);
  return texts;
}

const englishLeft = (root: Element) =>
  englishPieces.filter((piece) => {
    const word = new RegExp(`(^|[^\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
    return uiTexts(root).some((text) => word.test(text));
  });

/** Renders markup inside a container with the page language and direction of one test. */
async function renderIn<T extends HTMLElement>(markup: string, lang: string, dir: 'ltr' | 'rtl' = 'ltr') {
  const element = await renderElement<T>(`<div lang="${lang}" dir="${dir}">${markup}</div>`);
  const inner = element.firstElementChild as T;
  const bundle = englishBundle();
  for (const host of [inner, ...deepQueryAll(inner, '*')]) if ('bundle' in host) (host as { bundle: unknown }).bundle = bundle;
  await settled(element);
  return inner;
}

/** Types into the search field as a reader does. */
async function typeQuery(search: HTMLElement, query: string) {
  const input = deepQuery<HTMLInputElement>(search, 'input')!;
  input.focus();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await settled(search);
}

const datedArticle = seedReferences.find((reference) => reference.date && reference.id)!;
const canonArticle = seedReferences.find((reference) => reference.canon)!;
const tagWith = (count: number) => {
  const tags = [...new Set(seedReferences.flatMap((reference) => reference.tags))];
  return tags.find((tag) => seedTaggedWith(tag).length === count)!;
};

const languages = [
  { lang: 'de', dir: 'ltr' },
  { lang: 'ar', dir: 'rtl' },
] as const;

describe('languages', () => {
  for (const { lang, dir } of languages) {
    describe(`lang="${lang}" dir="${dir}"`, () => {
      it('leaves no English UI text in the whole hub, with the search open and every reference shown', async () => {
        const hub = await renderIn(`<topic-hub hub="${HUB}"></topic-hub>`, lang, dir);
        const search = deepQuery(hub, 'article-search')!;
        search.setAttribute('shortcut', '/');
        await typeQuery(search, 'engineering');
        // The live region speaks once typing settles.
        const status = deepQuery(search, '[role="status"]')!;
        await waitUntil(() => status.textContent!.trim() !== '', 'the count is announced');
        deepQuery<HTMLButtonElement>(hub, '[part~="more-tags"]')!.click();
        deepQuery<HTMLButtonElement>(hub, '[part~="show-all"]')!.click();
        await settled(hub);
        expect(englishLeft(hub)).to.deep.equal([]);
        await expect(hub).to.be.accessible();
      });

      it('leaves no English in the empty search, the references filtered to nothing and a Canon card', async () => {
        const search = await renderIn(`<article-search hub="${HUB}"></article-search>`, lang, dir);
        await typeQuery(search, 'qwxzvy');
        expect(deepQuery(search, '[part~="empty"]') !== undefined, 'the empty state shows').to.equal(true);
        expect(englishLeft(search)).to.deep.equal([]);
        const list = await renderIn(`<reference-list hub="${HUB}" tags="no-such-tag"></reference-list>`, lang, dir);
        expect(englishLeft(list)).to.deep.equal([]);
        const card = await renderIn(`<article-card article="${canonArticle.id}"></article-card>`, lang, dir);
        expect(englishLeft(card)).to.deep.equal([]);
        await expect(search).to.be.accessible();
      });

      it('marks the hub’s English content with lang="en", and nothing of the UI', async () => {
        const hub = await renderIn(`<topic-hub hub="${HUB}"></topic-hub>`, lang, dir);
        expect(deepQuery(hub, '[part~="title"]')!.getAttribute('lang')).to.equal('en');
        expect(deepQuery(hub, '[part~="summary"]')!.getAttribute('lang')).to.equal('en');
        expect(deepQuery(hub, '#progress-text')!.closest('[lang]')?.getAttribute('lang') ?? null).to.equal(null);
      });
    });
  }

  it('writes counts, plurals and dates in German', async () => {
    const list = await renderIn(`<reference-list hub="${HUB}"></reference-list>`, 'de');
    expect(textOf(deepQuery(list, '[part~="count"]'))).to.equal(`${seedHub.referenceCount} Einträge zum Thema „Technical Leadership“`);
    const path = await renderIn(`<reading-path hub="${HUB}" path="ai-operating-model" storage="none"></reading-path>`, 'de');
    expect(textOf(deepQuery(path, '#progress-text'))).to.equal('0 von 2 gelesen');
    const card = await renderIn(`<article-card article="${datedArticle.id}"></article-card>`, 'de');
    const [year, month, day] = datedArticle.date!.split('-');
    expect(textOf(deepQuery(card, '[part~="date"]'))).to.equal(`${day}.${month}.${year}`);
  });

  it('picks the Arabic plural category of each count (two, few, many) and writes dates the Arabic way', async () => {
    const digits = (n: number) => new Intl.NumberFormat('ar').format(n);
    const list = await renderIn(`<reference-list hub="${HUB}"></reference-list>`, 'ar', 'rtl');
    // 31 is "many" in Arabic: the noun in the singular accusative.
    expect(textOf(deepQuery(list, '[part~="count"]'))).to.equal(`${digits(seedHub.referenceCount)} مرجعًا في «Technical Leadership»`);
    const two = await renderIn(`<reference-list hub="${HUB}" tags="${tagWith(2)}" limit="1"></reference-list>`, 'ar', 'rtl');
    expect(textOf(deepQuery(two, '[part~="show-all"]'))).to.equal('عرض المرجعين');
    const few = await renderIn(`<reference-list hub="${HUB}" tags="${tagWith(5)}" limit="1"></reference-list>`, 'ar', 'rtl');
    expect(textOf(deepQuery(few, '[part~="show-all"]'))).to.equal(`عرض كل المراجع (${digits(5)} مراجع)`);
    const card = await renderIn(`<article-card article="${datedArticle.id}"></article-card>`, 'ar', 'rtl');
    const date = new Date(`${datedArticle.date}T00:00:00Z`);
    const arabicDate = new Intl.DateTimeFormat('ar', { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
    expect(textOf(deepQuery(card, '[part~="date"]'))).to.equal(arabicDate);
    expect(arabicDate).to.not.equal(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(date));
  });

  it('mirrors the layout right to left: the clear button, the field’s padding, the path’s markers, the progress bar', async () => {
    const search = await renderIn(`<article-search hub="${HUB}" value="ai"></article-search>`, 'ar', 'rtl');
    const input = deepQuery(search, 'input')!;
    const clear = deepQuery(search, '[part~="clear"]')!;
    const field = input.getBoundingClientRect();
    expect(clear.getBoundingClientRect().right, 'the clear button sits at the left end').to.be.lessThan(field.left + field.width / 2);
    // The room for the button is on the left, the text starts on the right.
    expect(parseFloat(getComputedStyle(input).paddingLeft)).to.be.greaterThan(parseFloat(getComputedStyle(input).paddingRight));
    const path = await renderIn(`<reading-path hub="${HUB}" path="ai-operating-model" storage="none"></reading-path>`, 'ar', 'rtl');
    const marker = deepQuery(path, '[part~="marker"]')!.getBoundingClientRect();
    const card = deepQuery(path, 'article-card')!.getBoundingClientRect();
    expect(marker.left, 'the step number is right of its card').to.be.greaterThan(card.left + card.width / 2);
    expect(getComputedStyle(deepQuery(path, '[part~="progress"]')!).direction, 'the bar fills from the right').to.equal('rtl');
    const ltrPath = await renderIn(`<reading-path hub="${HUB}" path="ai-operating-model" storage="none"></reading-path>`, 'de');
    const ltrMarker = deepQuery(ltrPath, '[part~="marker"]')!.getBoundingClientRect();
    const ltrCard = deepQuery(ltrPath, 'article-card')!.getBoundingClientRect();
    expect(ltrMarker.right, 'left to right, the number is left of its card').to.be.lessThan(ltrCard.left + ltrCard.width / 2);
  });

  it('follows the closest lang (own, ancestor, document) with the chain de-AT → de → en, and a lang changed at run time', async () => {
    const path = await renderIn(`<reading-path hub="${HUB}" path="ai-operating-model" storage="none"></reading-path>`, 'de-AT');
    expect(textOf(deepQuery(path, '#progress-text'))).to.equal('0 von 2 gelesen');
    path.parentElement!.lang = 'fr';
    await settled(path);
    expect(textOf(deepQuery(path, '#progress-text')), 'no French table: English').to.equal('0 of 2 read');
    path.lang = 'ar';
    await settled(path);
    expect(textOf(deepQuery(path, '#progress-text'))).to.equal(
      `قُرئ ${new Intl.NumberFormat('ar').format(0)} من ${new Intl.NumberFormat('ar').format(2)}`,
    );
    // Inside the hub's shadow root, a section takes the language of the hub's element.
    const hub = await renderIn(`<topic-hub hub="${HUB}" lang="de"></topic-hub>`, 'en');
    expect(textOf(deepQuery(hub, '#progress-text'))).to.equal('0 von 2 gelesen');
    hub.lang = 'en';
    await settled(hub);
    expect(textOf(deepQuery(hub, '#progress-text'))).to.equal('0 of 2 read');
  });

  it('shows the error in the reader’s language, and keeps code and an English message in hub-error', async () => {
    const { element, errors } = await renderExpectingError(`<key-questions hub="nope" lang="de"></key-questions>`);
    expect(textOf(deepQuery(element, '[role="alert"]'))).to.equal(
      `Dieser Inhalt kann nicht angezeigt werden. In diesem Inhaltspaket gibt es keinen Hub „nope“. Hubs: "${HUB}".`,
    );
    expect(errors[0].code).to.equal('unknown-hub');
    expect(errors[0].message).to.equal(`There is no hub "nope" in this content bundle. Hubs: "${HUB}".`);
  });

  it('lets the page override one string, with registerTranslation and with a JSON block read by another copy', async () => {
    registerTranslation({ $code: 'de', 'path.read': 'Erledigt' });
    const path = await renderIn(`<reading-path hub="${HUB}" path="ai-operating-model" storage="none"></reading-path>`, 'de');
    expect(textOf(deepQuery(path, '[part~="read-toggle"]'))).to.equal('Erledigt');
    expect(textOf(deepQuery(path, '#progress-text')), 'the other strings stay German').to.equal('0 von 2 gelesen');
    // A strict CSP allows no inline script, but JSON is data: a block the library reads when it starts.
    const block = document.createElement('script');
    block.type = 'application/json';
    block.dataset.topicHubTranslations = '';
    block.textContent = JSON.stringify({ $code: 'de', 'path.read': 'Abgehakt' });
    document.body.append(block);
    // Another copy of the library starts with the block on the page, and shares the registry.
    await import(/* @vite-ignore */ `../../src/internal/localize.ts?copy=${Date.now()}`);
    await settled(path);
    expect(textOf(deepQuery(path, '[part~="read-toggle"]'))).to.equal('Abgehakt');
    block.remove();
    registerTranslation({ $code: 'de', 'path.read': de['path.read'] });
  });
});
