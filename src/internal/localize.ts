import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from '../translations/en.js';
import { registerPageTranslation, registerShippedTranslation, translationRegistry } from './translation-registry.js';
import type { Message, Translation, TranslationKey, TranslationOverride } from './translation-registry.js';

export type { Message, Translation, TranslationKey, TranslationOverride };

/** A placeholder's value: numbers are written the language's way, anything else (a template) is inserted as is. */
export type MessageParams = Record<string, unknown>;

registerShippedTranslation(en);

const pluralCategories: readonly string[] = ['zero', 'one', 'two', 'few', 'many', 'other'] satisfies Intl.LDMLPluralRule[];

/** A message as the tables hold it: a string, or plural forms that are strings, with `other`. */
function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return (
    typeof (value as { other?: unknown }).other === 'string' &&
    Object.entries(value).every(([form, text]) => pluralCategories.includes(form) && typeof text === 'string')
  );
}

/**
 * What a page gives (a JSON block or a call) is checked key by key, because a message the
 * library cannot use would break every element at its next render: a table without a language
 * tag as `$code` is dropped, an unknown key or a malformed message is left out, each with a warning.
 */
function usableOverride(table: unknown): TranslationOverride | undefined {
  const code: unknown = typeof table === 'object' && table !== null ? (table as { $code?: unknown }).$code : undefined;
  let validCode = typeof code === 'string' && code !== '';
  try {
    if (validCode) Intl.getCanonicalLocales(code as string);
  } catch {
    validCode = false;
  }
  if (!validCode) {
    console.warn('topic-hub-elements: a translation table needs a language tag as "$code" (such as "de"); it is ignored.');
    return undefined;
  }
  const usable: Record<string, unknown> = { $code: code };
  for (const [key, value] of Object.entries(table as object)) {
    if (key === '$code') continue;
    if (key === '$name' || key === '$dir') {
      if (typeof value === 'string') usable[key] = value;
    } else if (!Object.hasOwn(en, key)) {
      console.warn(`topic-hub-elements: translation "${String(code)}" has no use for "${key}" (no such message); it is ignored.`);
    } else if (!isMessage(value)) {
      console.warn(
        `topic-hub-elements: translation "${String(code)}": "${key}" must be a string, or plural forms with "other"; the shipped text stays.`,
      );
    } else {
      usable[key] = value;
    }
  }
  return usable as TranslationOverride;
}

/**
 * Adds a language or overrides single strings of one: the keys given win over the tables this
 * library ships, for elements on the page now and later. Keys left out keep the shipped text,
 * else the English one. Unknown keys and malformed messages are left out, with a console warning.
 *
 * @example registerTranslation({ $code: 'de', 'search.placeholder': 'Wissensbasis durchsuchen' });
 */
export function registerTranslation(...translations: TranslationOverride[]) {
  registerPageTranslation(...translations.map(usableOverride).filter((table) => table !== undefined));
}

/**
 * Registers what the page's `<script type="application/json" data-topic-hub-translations>` blocks
 * hold: one table or a list of them, as for `registerTranslation`. JSON is data, so this works
 * under a Content-Security-Policy that allows no inline script.
 */
function readPageTranslations() {
  for (const block of document.querySelectorAll('script[type="application/json"][data-topic-hub-translations]')) {
    try {
      const parsed: unknown = JSON.parse(block.textContent ?? '');
      registerTranslation(...((Array.isArray(parsed) ? parsed : [parsed]) as TranslationOverride[]));
    } catch (error) {
      console.warn(`topic-hub-elements: a data-topic-hub-translations block is not valid JSON (${String(error)}); it is ignored.`);
    }
  }
}

// The library's modules run after the page is parsed (module scripts are deferred), so the blocks are there.
if (typeof document !== 'undefined') readPageTranslations();

/**
 * Creating an `Intl` formatter is slow (it resolves the locale's data) and a hub's first render
 * formats hundreds of messages, so each formatter is made once per language and options.
 */
type Formatter = Intl.PluralRules | Intl.NumberFormat | Intl.ListFormat | Intl.DateTimeFormat;
const formatters = new Map<string, Formatter>();
function formatter<T extends Formatter>(kind: string, lang: string, create: () => T, options?: object): T {
  const key = `${kind} ${lang} ${options ? JSON.stringify(options) : ''}`;
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = create();
    formatters.set(key, made);
  }
  return made;
}
const pluralRules = (lang: string) => formatter('plural', lang, () => new Intl.PluralRules(lang));
const numberFormat = (lang: string) => formatter('number', lang, () => new Intl.NumberFormat(lang));

/**
 * Fills `message` in for `lang`: the plural category of `params.count` picks the text, then
 * numbers are written with `Intl.NumberFormat`. Returns the text cut at its placeholders, so that
 * a template can go in one (a `<kbd>`, a title marked with its own `lang`).
 */
export function formatMessageParts(message: Message, params: MessageParams, lang: string): unknown[] {
  const text = typeof message === 'string' ? message : (message[pluralRules(lang).select(Number(params.count))] ?? message.other);
  return text.split(/\{(\w+)\}/).map((piece, index) => {
    if (index % 2 === 0) return piece;
    if (!Object.hasOwn(params, piece)) return `{${piece}}`;
    const value = params[piece];
    return typeof value === 'number' ? numberFormat(lang).format(value) : value;
  });
}

export const formatMessage = (message: Message, params: MessageParams, lang: string) =>
  formatMessageParts(message, params, lang).map(String).join('');

/**
 * The chains asked for so far, by tag: every message of every render looks one up. Each
 * registration (by any copy of the library on the page) calls the registry's listeners, which
 * drop them.
 */
const chains = new Map<string, [code: string, table: Partial<Translation>][]>();
translationRegistry().listeners.add(() => chains.clear());

/** The codes a language tag's own tables are registered under, most specific first: `de-at`, `de`. */
function ownCodes(lang: string) {
  const tag = lang.toLowerCase();
  return [...new Set([tag, tag.split('-')[0]])];
}

/**
 * The chain of tables for a language tag, as Shoelace's localize resolves it: the tag itself
 * (`de-at`), its language (`de`), then English; in each, the page's registration before the shipped one.
 */
function tablesFor(lang: string): [code: string, table: Partial<Translation>][] {
  let chain = chains.get(lang);
  if (chain) return chain;
  const { shipped, page } = translationRegistry();
  chain = [...new Set([...ownCodes(lang), 'en'])].flatMap((code) =>
    [page.get(code), shipped.get(code)]
      .filter((table) => table !== undefined)
      .map((table): [string, Partial<Translation>] => [code, table]),
  );
  chains.set(lang, chain);
  return chain;
}

/** Whether a table of the tag or of its language is registered, so that its text (not English) is shown. */
export function hasTranslation(lang: string) {
  const { shipped, page } = translationRegistry();
  return ownCodes(lang).some((code) => shipped.has(code) || page.has(code));
}

/** The code of the table this library ships for `lang` (`de` for `de-AT`), else `en`. @internal */
export function shippedTranslationCode(lang: string): string {
  const { shipped } = translationRegistry();
  return ownCodes(lang).find((code) => shipped.has(code)) ?? 'en';
}

/** The direction of `lang`'s text, from its table's `$dir`; left to right where it has none (its UI is English). */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return tablesFor(lang).find(([, table]) => table.$dir !== undefined)?.[1].$dir ?? 'ltr';
}

/**
 * The message of `key` for `lang`: the first table of its chain that has it, and the language to
 * fill it in with: `lang`, or English where a partial table of another language left the key to
 * English (its plural forms follow English rules, not French ones).
 */
export function messageFor(key: TranslationKey, lang: string): { message: Message; lang: string } {
  const english = ownCodes(lang).includes('en');
  for (const [code, table] of tablesFor(lang)) {
    const message = table[key];
    if (message !== undefined) return { message, lang: code === 'en' && !english ? 'en' : lang };
  }
  return { message: en[key], lang: 'en' };
}

/**
 * The class of the element that holds each element's shadow content. Where the page's language has
 * no table it says `lang="en"` for the English text inside; it is not the page's language, so the
 * elements inside it (the hub's sections) look past it.
 */
export const uiLanguageClass = 'ui-language';

/**
 * The language of the page a server render writes for (its `<html lang>`), where no element up the
 * tree has `lang`: set by `topic-hub-elements/ssr` for each render. In a browser the walk reaches
 * the page's `<html>` itself. @internal
 */
export const serverPage: { lang: () => string } = { lang: () => '' };

/** The `lang` of the element, else of its closest ancestor, across shadow roots to the document's `<html>`. */
export function closestLang(element: Element): string {
  for (let node: Node | null | undefined = element; node;) {
    if (isElement(node)) {
      const lang = node.getAttribute('lang');
      // The server render's DOM shim has no classList (and no box of the fallback either).
      if (lang && !node.classList?.contains(uiLanguageClass)) return lang;
      node = node.parentNode ?? shadowRootHolding(node);
    } else {
      node = (node as Partial<ShadowRoot>).host ?? node.parentNode;
    }
  }
  return serverPage.lang();
}

/** Duck-typed: a server render's DOM shim defines no global `Element` or `ShadowRoot`. */
const isElement = (node: Node): node is Element => typeof (node as Partial<Element>).getAttribute === 'function';

/**
 * In a server render elements have no parent node; the shadow root that holds one is its root
 * node. In a browser an element without a parent is its own root (a detached one).
 */
function shadowRootHolding(element: Element) {
  const root = element.getRootNode();
  return root !== element && (root as Partial<ShadowRoot>).host ? root : null;
}

/** Tags checked so far: every element checks its language in every update, and `Intl` is slow to. */
const usableTags = new Map<string, string>();

/** A tag that `Intl` accepts, or English for none and for a malformed one (`lang="xx_"`). */
function usableLang(tag: string) {
  let usable = usableTags.get(tag);
  if (usable === undefined) {
    try {
      usable = Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      usable = 'en';
    }
    usableTags.set(tag, usable);
  }
  return usable;
}

let langObserver: MutationObserver | undefined;
/** Elements with a controller: the library's own shadow roots, where no `lang` changes but ours. */
const localizedHosts = new WeakSet<Element>();
const notifyAll = () => {
  for (const listener of translationRegistry().listeners) listener();
};

/**
 * Gives an element the language of the page around it: `term()`, `date()`, `number()` in its
 * resolved language, and a re-render when a table is registered or a `lang` attribute changes
 * (on the element, an ancestor or `<html>`).
 */
export class LocalizeController implements ReactiveController {
  private readonly rerender = () => this.host.requestUpdate();
  private hostObserver?: MutationObserver;
  /** The language asked for, resolved in each update. */
  lang = 'en';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
    localizedHosts.add(host);
  }

  hostConnected() {
    translationRegistry().listeners.add(this.rerender);
    // One observer for the light DOM of the page; an element inside another shadow root (a page's
    // own component) watches its own `lang` too. Inside the library's elements nothing sets one.
    if (!langObserver) {
      langObserver = new MutationObserver(notifyAll);
      langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot && !localizedHosts.has(root.host)) {
      this.hostObserver = new MutationObserver(notifyAll);
      this.hostObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    }
  }

  hostDisconnected() {
    translationRegistry().listeners.delete(this.rerender);
    this.hostObserver?.disconnect();
    this.hostObserver = undefined;
  }

  hostUpdate() {
    this.lang = usableLang(closestLang(this.host));
  }

  /** Whether the page's language has no table, so that the element's own text is the English fallback. */
  get fallsBack() {
    return !hasTranslation(this.lang);
  }

  /** The language the element's own text is in: the page's where a table of it is registered, else English. */
  get uiLang() {
    return this.fallsBack ? 'en' : this.lang;
  }

  term(key: TranslationKey, params: MessageParams = {}): string {
    const { message, lang } = messageFor(key, this.uiLang);
    return formatMessage(message, params, lang);
  }

  /** Like `term`, with templates allowed as placeholder values. */
  termParts(key: TranslationKey, params: MessageParams): unknown[] {
    const { message, lang } = messageFor(key, this.uiLang);
    return formatMessageParts(message, params, lang);
  }

  number(value: number) {
    return numberFormat(this.uiLang).format(value);
  }

  /** Joins items as a list with "and" in the element's language. */
  list(items: string[]) {
    const lang = this.uiLang;
    return formatter('list', lang, () => new Intl.ListFormat(lang, { type: 'conjunction' })).format(items);
  }

  date(value: Date, options: Intl.DateTimeFormatOptions) {
    const lang = this.uiLang;
    return formatter('date', lang, () => new Intl.DateTimeFormat(lang, options), options).format(value);
  }
}
