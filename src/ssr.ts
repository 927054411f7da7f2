/**
 * Server-side rendering for sites with a Node step: an element rendered to HTML with declarative
 * shadow DOM, which browsers show without JavaScript, and which the elements hydrate (no second
 * render) where the page also loads the library. Import it in Node as `topic-hub-elements/ssr`.
 *
 * Styles come as files, not `<style>` blocks: each shadow root links `theme.css` (the design
 * tokens every element shares, loaded once) and `<tag>.css` from the folder named by
 * `stylesheets`, which `elementStylesheets()` gives, so pages work under a Content-Security-Policy
 * of `style-src 'self'`.
 *
 * The UI is written in the page's language (`lang`), with the tables this library ships: a page
 * that hydrates it has the same `<html lang>` and loads that language's table before the elements.
 */
import { LitElementRenderer, render, type RenderInfo } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderValue } from '@lit-labs/ssr/lib/render-value.js';
import { escapeHtml } from '@lit-labs/ssr/lib/util/escape-html.js';
import { html, type LitElement } from 'lit';
import './index.js';
import './translations/de.js';
import './translations/ar.js';
import { elementTags } from './internal/element-tags.js';
import { serverPage, textDirection, type LocalizeController } from './internal/localize.js';
import { themeStyles } from './internal/theme.styles.js';

/** The stylesheet file of what every element's styles begin with (the design tokens). */
const sharedStylesheet = 'theme.css';

/**
 * The page language of the render in progress, which every element of it reads. Renders run one
 * at a time (they wait for promises inside), so that two at once do not mix their languages.
 */
let pageLang = '';
serverPage.lang = () => pageLang;
let rendering: Promise<unknown> = Promise.resolve();

export { textDirection };

export type ElementTag = (typeof elementTags)[number];

export interface ServerRenderOptions {
  /**
   * A content bundle object (as the content build writes it) to render; default: the built-in
   * content. To hydrate it, the page's element must load the same bundle: give it `src`.
   */
  bundle?: unknown;
  /**
   * URL of the folder where the files of `elementStylesheets()` are served, absolute or relative
   * to the page, ending in `/` (default `./`).
   */
  stylesheets?: string;
  /**
   * The language of the page the HTML goes into, as its `<html lang>` says (default `en`): the UI
   * is written in it where this library ships its table (`en`, `de`, `ar`; `de-AT` takes `de`),
   * else in English marked `lang="en"`. Give the page `dir` from `textDirection(lang)`.
   */
  lang?: string;
}

/**
 * Attributes every element takes besides its own: its `observedAttributes` (what the element
 * reads). Anything else, such as `onclick` or `style`, a strict Content-Security-Policy would
 * silently block, so a render refuses it.
 */
const globalAttributes = ['lang', 'dir', 'id', 'class'];

/**
 * Without the script there is no "Show all" to press: a server render lists every reference
 * unless the caller gives a limit. The attribute is in the HTML, so the element hydrates with it.
 */
const showEveryReference: Partial<Record<ElementTag, Record<string, string>>> = {
  'topic-hub': { 'reference-limit': '0' },
  'reference-list': { limit: '0' },
};

/** A rendered element's error, when it shows its error box: a server render throws it instead of writing that box. */
type Failure = { failure?: Error };

/**
 * Renders `<tag attributes…>` with its content to HTML: the element with a declarative shadow
 * root, which links its stylesheets, and those of the elements inside it. Attributes are written
 * as given (`{ hub: 'onboarding', src: '/hub/bundle.json' }`): the element's own (its
 * `observedAttributes`) and `lang`, `dir`, `id`, `class`; any other (`onclick`, `style`) throws.
 * `<topic-hub>` gets `reference-limit="0"` and `<reference-list>` `limit="0"` (every reference)
 * unless given. Throws when the element cannot show its content (an unknown hub or path, a
 * damaged bundle), with the element's message.
 *
 * Reading progress is not known on the server: paths render unread, and a hydrating
 * `<reading-path>` shows the reader's saved progress right after.
 */
export async function renderToHtml(
  tag: ElementTag,
  attributes: Record<string, string> = {},
  options: ServerRenderOptions = {},
): Promise<string> {
  if (!elementTags.includes(tag)) throw new Error(`renderToHtml: unknown tag "${tag}"; one of ${elementTags.join(', ')}.`);
  if (attributes.src !== undefined && options.bundle === undefined) {
    throw new Error(
      'renderToHtml: the server does not fetch src; give the same bundle as options.bundle (the page loads it from src to hydrate).',
    );
  }
  const stylesheets = options.stylesheets ?? './';
  attributes = { ...showEveryReference[tag], ...attributes };
  const rendered: { tag: string; element: Failure }[] = [];

  class StylesheetLinkRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo) {
      const element = this.element as LitElement;
      rendered.push({ tag: this.tagName, element: element as unknown as Failure });
      // As in the browser, the host has its shadow root before its content renders, so the
      // elements inside find their holder (the hub names one region for all its sections).
      if (!element.shadowRoot) element.attachShadow(this.shadowRootOptions);
      // lit-ssr skips the controllers' hostUpdate, where an element finds its language: call it, as a browser does before a render.
      (element as unknown as { localize: LocalizeController }).localize.hostUpdate();
      const links = [sharedStylesheet, `${this.tagName}.css`]
        .map((file) => `<link rel="stylesheet" href="${escapeHtml(`${stylesheets}${file}`)}">`)
        .join('');
      return [links, () => renderValue((element as unknown as { render(): unknown }).render(), renderInfo)];
    }
  }

  const allowed = [...(customElements.get(tag) as unknown as typeof LitElement).observedAttributes, ...globalAttributes];
  const names = Object.keys(attributes);
  const refused = names.find((name) => !allowed.includes(name));
  if (refused !== undefined) {
    throw new Error(`renderToHtml: <${tag}> does not take the attribute "${refused}"; it takes ${allowed.join(', ')}.`);
  }
  // A template of one element whose tag and attribute names are known only now: its strings hold
  // the checked tag and allowed names, and every value is a binding, which Lit escapes.
  const bindings = [...names.map((name) => ` ${name}=`), ...(options.bundle === undefined ? [] : [' .bundle='])];
  const strings = bindings.length === 0 ? [`<${tag}></${tag}>`] : [`<${tag}${bindings[0]}`, ...bindings.slice(1), `></${tag}>`];
  const template = html(
    Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray,
    ...Object.values(attributes),
    ...(options.bundle === undefined ? [] : [options.bundle]),
  );
  const run = rendering.then(async () => {
    pageLang = options.lang ?? 'en';
    try {
      return await collectResult(render(template, { elementRenderers: [StylesheetLinkRenderer] }));
    } finally {
      pageLang = '';
    }
  });
  rendering = run.catch(() => undefined);
  const output = await run;
  const failed = rendered.find(({ element }) => element.failure);
  if (failed) throw new Error(`<${failed.tag}> cannot be shown: ${failed.element.failure!.message}`);
  return output;
}

/**
 * What a server-rendered element adds to its styles. Until the library defines the element (no
 * script on the page, or not yet loaded) its controls cannot work: the search, the read toggles,
 * the tag filters and "Show all" are hidden, and the content they act on shows in full. On paper
 * the search is left out, links print their address, and nothing casts a shadow.
 */
const serverRenderStyles = `
:host(:not(:defined)) [part~="read-toggle"],
:host(:not(:defined)) [part~="filter"],
:host(:not(:defined)) [part~="show-all"],
:host(:not(:defined)) .search {
  display: none !important;
}
@media print {
  .search {
    display: none !important;
  }
  a[href^="http"]::after {
    content: " (" attr(href) ")";
    font-weight: normal;
    overflow-wrap: anywhere;
  }
  *, :host {
    box-shadow: none !important;
  }
}
`;

/**
 * The stylesheets for server-rendered pages, as `{ 'theme.css': css, '<tag>.css': css, … }`:
 * serve them from the `stylesheets` folder of `renderToHtml`. `theme.css` holds the design tokens
 * that every element's styles begin with, once for all (30 kB gzip in one file per element
 * otherwise); each `<tag>.css` the element's own styles, then rules for a page without the script
 * (controls that need it are hidden) and for print.
 */
export function elementStylesheets(): Record<string, string> {
  const cssText = (styles: readonly unknown[]) => styles.map((style) => (style as { cssText?: string }).cssText ?? '').join('\n');
  const perElement = elementTags.map((tag) => {
    const [shared, ...own] = (customElements.get(tag) as unknown as typeof LitElement).elementStyles;
    // Every element extends the one base class, whose styles come first in its list.
    if (shared !== themeStyles) throw new Error(`elementStylesheets: <${tag}>'s styles do not begin with the shared theme styles.`);
    return [`${tag}.css`, cssText(own) + serverRenderStyles];
  });
  return Object.fromEntries([[sharedStylesheet, cssText([themeStyles])], ...perElement]);
}
