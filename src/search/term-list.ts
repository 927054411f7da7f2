/**
 * The term list of a Pagefind index (`topic-hub-terms.json` beside `pagefind.js`): the words of the
 * articles' titles, summaries and tags with how many times each occurs, most frequent first. Pagefind
 * has no typo tolerance; the Pagefind engine corrects a query word it does not know against this list.
 */

/** The file name of the term list inside the Pagefind folder. */
export const termListFileName = 'topic-hub-terms.json';

/** What the `format` field of the file says, so a stray JSON file is told apart from a term list. */
export const TERM_LIST_FORMAT = 'topic-hub-terms';

export interface TermList {
  format: typeof TERM_LIST_FORMAT;
  version: 1;
  /** False when the cap dropped the rarest words: a word missing from the list may still be in the index. */
  complete: boolean;
  /** `[word, occurrences]`, most frequent first. */
  terms: [word: string, count: number][];
}

/** Words as the search splits them: runs of letters and digits, lower-cased. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Words of three letters or fewer are never corrected (one edit changes their meaning), so the list
 * leaves them out.
 */
export const shortestCorrectedWord = 4;

/**
 * How many words the list keeps at most. A real corpus of 50,000 articles has far more distinct
 * words, most of them rare; the frequent ones are what a typo most likely meant. At the cap the
 * file is about 165 kB, 44 kB gzip (bench/pagefind-switch-over.ts, 100,000 distinct words).
 */
export const maxTerms = 10_000;

/** Counts the words of the articles' titles, summaries and tags, and keeps the `cap` most frequent. */
export function buildTermList(articles: Iterable<{ title: string; summary: string; tags: string[] }>, cap = maxTerms): TermList {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const word of wordsOf(`${article.title} ${article.summary} ${article.tags.join(' ')}`)) {
      if (word.length >= shortestCorrectedWord) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  // Ties in alphabetical order, so the same content always gives the same file.
  const sorted = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
  return { format: TERM_LIST_FORMAT, version: 1, complete: sorted.length <= cap, terms: sorted.slice(0, cap) };
}

/** Typo tolerance grows with the word, as in the MiniSearch engine: none up to 3 letters, 1 up to 5, 2 above. */
export const maxEdits = (word: string) => (word.length <= 3 ? 0 : word.length <= 5 ? 1 : 2);

/**
 * Edit distance with transpositions (optimal string alignment), or `limit + 1` as soon as it
 * must exceed `limit`: "techincal" is one edit from "technical", as a reader counts it.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

/** Looks words up in a term list and corrects the ones it does not know. */
export class TermIndex {
  readonly #counts: Map<string, number>;
  readonly #terms: readonly [string, number][];
  /** See {@link TermList.complete}. */
  readonly complete: boolean;

  constructor(list: TermList) {
    this.#terms = list.terms;
    this.#counts = new Map(list.terms);
    this.complete = list.complete;
  }

  /** A word the list has, or one it has no say on (too short to correct). */
  knows(word: string): boolean {
    return word.length < shortestCorrectedWord || this.#counts.has(word);
  }

  /** Whether some word of the list starts with `prefix`: a last word still being typed. */
  startsSomeWord(prefix: string): boolean {
    if (prefix.length < shortestCorrectedWord) return true;
    return this.#terms.some(([term]) => term.startsWith(prefix));
  }

  /**
   * The word of the list closest to `word` within `edits` edits (default: by its length), the more
   * frequent of two equally close ones; undefined when none is that close.
   */
  closest(word: string, edits = maxEdits(word)): string | undefined {
    if (edits === 0) return undefined;
    let best: string | undefined;
    let bestDistance = edits + 1;
    // The list is most frequent first: a later word wins only by being strictly closer.
    for (const [term] of this.#terms) {
      const distance = editDistance(word, term, Math.min(edits, bestDistance - 1));
      if (distance < bestDistance) {
        best = term;
        bestDistance = distance;
        if (distance === 1) break;
      }
    }
    return best;
  }
}
