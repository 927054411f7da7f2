// @ts-nocheck
import { html, unsafeStatic, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

const headingTags: StaticValue[] = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/** Clamps a `heading-level` attribute value to a real HTML heading level. */
export const clampHeadingLevel = (level: number) => (Number.isFinite(level) ? Math.min(6, Math.max(1, Math.round(level))) : 2);

/** A heading at `level` (1–6): elements take their level from the page so they fit its outline. */
export function heading(level: number, content: unknown, part: string, id?: string): TemplateResult {
  const tag = headingTags[clampHeadingLevel(level) - 1];
  // eslint-plugin-lit reads every `html` tag as lit-html's; this is lit/static-html.js, whose `unsafeStatic`
  // values are allowed in tag position.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part} id=${ifDefined(id)}>${content}</${tag}>`;
}
