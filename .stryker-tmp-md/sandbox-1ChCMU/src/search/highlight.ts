// @ts-nocheck
import { html, type TemplateResult } from 'lit';

const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * `text` with the words that matched the search wrapped in `<mark>`. MiniSearch reports the
 * matched index terms (lower-cased words), so a word is marked when its lower-case form is one.
 */
export function highlightTerms(text: string, terms: readonly string[]): (string | TemplateResult)[] {
  if (terms.length === 0) return [text];
  const matched = new Set(terms);
  const out: (string | TemplateResult)[] = [];
  let last = 0;
  for (const { 0: word, index } of text.matchAll(wordPattern)) {
    if (!matched.has(word.toLowerCase())) continue;
    out.push(text.slice(last, index), html`<mark part="match">${word}</mark>`);
    last = index + word.length;
  }
  out.push(text.slice(last));
  return out;
}
