/**
 * Every element in the reader's language: German, and Arabic right to left. The expected texts are
 * written here by hand (the plural forms chosen for the counts the seed gives), and no English text
 * of the UI may be left, checked against every message of the English table.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { de } from '../../src/translations/de.js';
import { ar } from '../../src/translations/ar.js';
import { registerTranslation } from '../../src/index.js';
import type { ContentBundle } from '../../src/index.js';
import { englishIn } from '../fixtures/english-ui.js';
import { libraryElements } from '../fixtures/library-elements.js';
import { seedHub, seedReferences, seedTaggedWith } from '../fixtures/seed-facts.js';
import { deepQuery, deepQueryAll, defaultBundle, renderElement, renderExpectingError, settled, textOf } from '../helpers.js';

const HUB = seedHub.id;

/** The shipped bundle with its hub saying it is written in English, so the elements mark its text. */
function englishBundle(): ContentBundle {
  const bundle = structuredClone(defaultBundle());
  bundle.hubs[HUB].lang = 'en';
  return bundle;
}

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

const englishLeft = (root: Element) => englishIn(uiTexts(root));

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
const tables = { de, ar };

/** What each element needs to show the seed hub when placed alone on a page. */
const placedAlone: Record<string, string> = {
  'topic-hub': `hub="${HUB}"`,
  'start-here': `hub="${HUB}"`,
  'key-questions': `hub="${HUB}"`,
  'reading-path': `hub="${HUB}" path="${seedHub.readingPaths[0].id}" storage="none"`,
  'failure-mode-list': `hub="${HUB}"`,
  'related-hubs': `hub="${HUB}"`,
  'reference-list': `hub="${HUB}"`,
  'article-card': `article="${canonArticle.id}"`,
  'article-search': `hub="${HUB}" value="ai"`,
};

/** The same element showing its error: a hub, or for the card an article, that the bundle does not have. */
const brokenAlone = (tag: string) => (tag === 'article-card' ? 'article="no-such-article"' : 'hub="no-such-hub"');

/** Elements that lay boxes side by side (chips, badges, markers beside cards): written down from their designs. */
const horizontal = new Set(['topic-hub', 'start-here', 'reading-path', 'reference-list', 'article-card', 'article-search']);

/**
 * Every row of boxes below `root`, across shadow roots: a flex or grid container whose first two
 * shown children sit side by side (they share most of a line). Returns each row's first two boxes.
 * Inline text is left out: an English run in an Arabic line keeps its own order, as bidi wants.
 */
function rows(root: Element) {
  const found: { container: string; first: DOMRect; second: DOMRect }[] = [];
  for (const container of [root, ...deepQueryAll(root, '*')]) {
    if (!/flex|grid/.test(getComputedStyle(container).display)) continue;
    const boxes = Array.from(container.children)
      .filter((child) => child.checkVisibility())
      .map((child) => child.getBoundingClientRect())
      .filter((box) => box.width > 1 && box.height > 1);
    if (boxes.length < 2) continue;
    const [first, second] = boxes;
    const shared = Math.min(first.bottom, second.bottom) - Math.max(first.top, second.top);
    if (shared > Math.min(first.height, second.height) / 2) {
      found.push({ container: `${container.localName}.${container.className}[part=${container.getAttribute('part')}]`, first, second });
    }
  }
  return found;
}

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

  for (const tag of libraryElements) {
    describe(`<${tag}> alone on the page`, () => {
      for (const { lang, dir } of languages) {
        it(`speaks ${lang} (${dir}): no English UI text, axe clean${horizontal.has(tag) ? ', rows mirrored' : ''}`, async () => {
          const element = await renderIn(`<${tag} ${placedAlone[tag]}></${tag}>`, lang, dir);
          expect(deepQuery(element, '[part~="error"]'), 'it shows its content').to.equal(undefined);
          expect(englishLeft(element)).to.deep.equal([]);
          await expect(element).to.be.accessible();
          if (!horizontal.has(tag)) return;
          const found = rows(element);
          expect(found.length, 'boxes side by side').to.be.greaterThan(0);
          const wrong = found.filter(({ first, second }) => (dir === 'rtl' ? first.right <= second.right : first.left >= second.left));
          // The first box of a row starts at the inline start: the left, or right to left the right.
          expect(wrong.map((row) => row.container)).to.deep.equal([]);
        });

        it(`shows its error in ${lang}`, async () => {
          const { element, errors } = await renderExpectingError(
            `<div lang="${lang}" dir="${dir}"><${tag} ${brokenAlone(tag)}></${tag}></div>`,
          );
          const alert = deepQuery(element, '[role="alert"]');
          expect(textOf(alert)).to.contain(tables[lang]['error.title']);
          expect(englishLeft(element)).to.deep.equal([]);
          expect(errors.map((error) => error.code)).to.deep.equal([tag === 'article-card' ? 'unknown-article' : 'unknown-hub']);
          await expect(element).to.be.accessible();
        });
      }
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

  it('marks the English fallback lang="en" where the page’s language has no table, and the content with its own', async () => {
    /** The language a screen reader reads `node` in: the closest `lang` up the composed tree. */
    const readIn = (node: Element) => {
      for (let at: Node | null = node; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
        if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang');
      }
      return null;
    };
    // The shipped hub does not say its language: its text is taken to be in the page's.
    const unknown = await renderElement(`<div lang="fr"><topic-hub hub="${HUB}"></topic-hub></div>`);
    const hub = unknown.firstElementChild!;
    const ui = () => ['#progress-text', '[part~="read-toggle"]', '[part~="show-all"]'].map((selector) => deepQuery(hub, selector)!);
    expect(textOf(deepQuery(hub, '#progress-text')), 'the English fallback').to.equal('0 of 2 read');
    expect(ui().map(readIn)).to.deep.equal(['en', 'en', 'en']);
    expect(readIn(deepQuery(hub, 'input')!), 'the search field and its placeholder').to.equal('en');
    expect(readIn(deepQuery(hub, '[part~="title"]')!)).to.equal('fr');
    expect(readIn(deepQuery(deepQuery(hub, 'article-card')!, '[part~="title"]')!)).to.equal('fr');
    // A hub that says it is in English: its text is read in English too.
    const english = await renderIn(`<topic-hub hub="${HUB}"></topic-hub>`, 'fr');
    expect(readIn(deepQuery(english, '[part~="title"]')!)).to.equal('en');
    // A table registered, or the page switched to a language that has one: no mark left.
    unknown.lang = 'de';
    await settled(hub);
    expect(ui().map(readIn)).to.deep.equal(['de', 'de', 'de']);
    expect(readIn(deepQuery(hub, '[part~="title"]')!)).to.equal('de');
    await expect(hub).to.be.accessible();
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
