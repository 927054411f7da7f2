import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const headingTags: StaticValue[] = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** Reads a `heading-level` attribute value: a whole number from 1, 2 where it is not a number. */
export const clampHeadingLevel = (level: number) => (Number.isFinite(level) ? Math.max(1, Math.round(level)) : 2);

/**
 * A heading at `level`, so elements fit the outline of the page. HTML stops at h6; deeper levels
 * (a hub placed at h5 has its cards at h7) become `role="heading"` with `aria-level`, which keeps
 * the outline's depth for assistive technology instead of flattening everything below h6.
 * `lang` marks a heading taken from the content where the content's language is not the page's.
 */
export function heading(level: number, content: unknown, part: string, id?: string, lang?: string): TemplateResult {
  const depth = clampHeadingLevel(level);
  if (depth > 6) {
    return html`<div role="heading" aria-level=${depth} part=${part} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</div>`;
  }
  const tag = headingTags[depth - 1];
  // eslint-plugin-lit reads every `html` tag as lit-html's; this is lit/static-html.js, whose `unsafeStatic`
  // values are allowed in tag position.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part} id=${ifDefined(id)} lang=${ifDefined(lang)}>${content}</${tag}>`;
}
