import type { en } from '../translations/en.js';

/** A message of a table: text with `{name}` placeholders, or one text per plural category (`other` required). */
export type Message = string | ({ [category in Intl.LDMLPluralRule]?: string } & { other: string });

/** Every key of the English table but its `$` metadata. */
export type TranslationKey = Exclude<keyof typeof en, `$${string}`>;

/** A language's table: every key of the English one. */
export type Translation = {
  /** A BCP 47 language tag: `de`, `de-AT`, `ar`. */
  $code: string;
  /** The language's own name: `Deutsch`. */
  $name: string;
  $dir: 'ltr' | 'rtl';
} & { [key in TranslationKey]: Message };

/** What a page registers: any keys of one language, over the shipped table of that language. */
export type TranslationOverride = { $code: string } & Partial<Omit<Translation, '$code'>>;

interface Registry {
  /** The tables this library ships (English, and the language modules a page loads), by lower-case code. */
  shipped: Map<string, Partial<Translation>>;
  /** What the page registered, by lower-case code: wins over the shipped table whatever the order of loading. */
  page: Map<string, Partial<Translation>>;
  /** Called on every registration and every change of a `lang` attribute: each re-renders an element. */
  listeners: Set<() => void>;
}

/**
 * One registry per page, on a global symbol: a language module loaded by its own script tag, and a
 * second copy of the library, register into the same tables and re-render the same elements.
 */
const registryKey = Symbol.for('topic-hub-elements.translations');

export function translationRegistry(): Registry {
  const global = globalThis as typeof globalThis & { [registryKey]?: Registry };
  return (global[registryKey] ??= { shipped: new Map(), page: new Map(), listeners: new Set() });
}

function add(tables: Map<string, Partial<Translation>>, translations: readonly TranslationOverride[]) {
  const registry = translationRegistry();
  for (const translation of translations) {
    const code = translation.$code.toLowerCase();
    tables.set(code, { ...tables.get(code), ...translation } as Partial<Translation>);
  }
  for (const listener of registry.listeners) listener();
}

/** Registers a page's table, already checked (localize.ts `registerTranslation`). @internal */
export function registerPageTranslation(...translations: TranslationOverride[]) {
  add(translationRegistry().page, translations);
}

/** Registers a table this library ships; the page's own registrations stay above it. @internal */
export function registerShippedTranslation(...translations: Translation[]) {
  add(translationRegistry().shipped, translations);
}
