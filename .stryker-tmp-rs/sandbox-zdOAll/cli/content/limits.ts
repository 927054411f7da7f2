/**
 * Limits on what one content file may hold, checked before any parser sees it. Content comes from
 * any author (and, with the CLI, from any team's folder), so a file must not be able to hang the
 * build, exhaust its memory or overflow a recursive parser's stack.
 *
 * The Markdown parser (marked) and the code that turns its tokens into the bundle's rich text both
 * recurse once per level of nesting: with 2,000 nested `>` quotes or `- ` items, or a few thousand
 * nested `*`, marked overflows the stack. Real prose nests a handful of levels; the limits below
 * are generous multiples of that, so a token tree of text that passes them is at most
 * MAX_BLOCK_NESTING + MAX_INLINE_NESTING levels deep (plus a few for paragraphs and list items).
 */
// @ts-nocheck


/** Bytes one content file may hold: a long article's front matter and intro use a few KiB. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Block quotes and list items nested in one another, counted on each line of Markdown. */
export const MAX_BLOCK_NESTING = 20;

/** Emphasis, strong, strikethrough and link brackets nested in one another within a paragraph. */
export const MAX_INLINE_NESTING = 20;

/** Lists and mappings nested in one another in YAML front matter (the schema uses at most 3). */
export const MAX_FRONT_MATTER_NESTING = 20;

/** Aliases (`*name`) the YAML front matter may expand; a few hundred make a "billion laughs". */
export const MAX_FRONT_MATTER_ALIASES = 100;

const TAB_WIDTH = 4;
/** A line that CommonMark lets interrupt a paragraph: a quote, a bullet item, or an ordered item numbered 1. */
const paragraphInterrupter = /^ {0,3}(?:>|[-*+][ \t]+\S|1[.)][ \t]+\S)/;

const inlineNestingMessage = (where: string) =>
  `${where}nests emphasis, strikethrough and link brackets more than ${MAX_INLINE_NESTING} levels deep: flatten it or escape the characters with \\`;
// One container marker at the start of a line or right after the previous one: a quote `>`, a bullet
// `-`, `*`, `+` or an ordered item `1.` / `1)`, each followed by a space or the end of the line.
const containerMarker = /([ \t]*)(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

/**
 * How deeply a line opens block containers. Nested lists are written with markers on one line
 * (`- - x`, `> > x`) or with indentation (each level at least two columns further in), so each
 * marker counts one and every two columns of indentation beyond the one space a marker needs
 * count one more. It overestimates rather than misses (an indented code line that starts with
 * `- ` counts too): with a limit of 20 no real text gets near it. Stops once past the limit.
 */
function blockDepth(line: string): number {
  let markers = 0;
  let indent = 0;
  containerMarker.lastIndex = 0;
  for (let match = containerMarker.exec(line); match; match = containerMarker.exec(line)) {
    const columns = [...match[1]].reduce((sum, char) => sum + (char === '\t' ? TAB_WIDTH : 1), 0);
    indent += markers === 0 ? columns : Math.max(0, columns - 1);
    markers += 1;
    if (markers + Math.ceil(indent / 2) > MAX_BLOCK_NESTING) break;
  }
  return markers === 0 ? 0 : markers + Math.ceil(indent / 2);
}

const isSpace = (char: string | undefined) => char === undefined || /\s/u.test(char);
const isPunctuation = (char: string | undefined) => char !== undefined && /[\p{P}\p{S}]/u.test(char);

interface Opener {
  char: string;
  weight: number;
}

/**
 * Blanks out code spans, whose content Markdown takes literally. A run of n backticks opens a
 * span that the next run of exactly n closes; runs are paired in one pass from the end, so a
 * paragraph of unmatched backticks costs linear time, not a scan of the rest per run.
 */
function blankCodeSpans(text: string): string {
  const runs = [...text.matchAll(/`+/g)].map((match) => ({ start: match.index, length: match[0].length }));
  const nextOfLength = new Map<number, number>();
  const next = runs.map(() => -1);
  for (let index = runs.length - 1; index >= 0; index -= 1) {
    next[index] = nextOfLength.get(runs[index].length) ?? -1;
    nextOfLength.set(runs[index].length, index);
  }
  let out = '';
  let copied = 0;
  for (let index = 0; index < runs.length; index += 1) {
    const close = next[index];
    if (close === -1) continue;
    const end = runs[close].start + runs[close].length;
    out += text.slice(copied, runs[index].start) + ' '.repeat(end - runs[index].start);
    copied = end;
    index = close;
  }
  return out + text.slice(copied);
}

/**
 * Whether one paragraph nests inline markup deeper than the limit, following CommonMark's
 * delimiter rules closely enough to bound marked's recursion: a run of `*`, `_` or `~` opens when
 * it is left-flanking and closes the nearest open run of the same character when right-flanking;
 * `[` opens and `]` closes. A run of n `*` or `_` nests up to ceil(n / 2) levels (`***` is
 * emphasis in strong). Unclosed openers keep counting, so a paragraph of thousands of stray `*a`
 * is refused too (marked recurses on those as well). Stops at the first level past the limit, so
 * the open delimiters it tracks stay few and the scan stays linear.
 *
 * @returns The depth reached, or a depth past MAX_INLINE_NESTING where it stopped.
 */
function inlineDepth(paragraph: string): number {
  const text = blankCodeSpans(paragraph);
  const stack: Opener[] = [];
  let depth = 0;
  let max = 0;
  const open = (char: string, weight: number) => {
    stack.push({ char, weight });
    depth += weight;
    max = Math.max(max, depth);
  };
  // Closes the nearest open `char` and everything opened after it; false when none is open.
  const close = (char: string) => {
    let index = stack.length - 1;
    while (index >= 0 && stack[index].char !== char) index -= 1;
    if (index === -1) return false;
    for (const opener of stack.splice(index)) depth -= opener.weight;
    return true;
  };
  for (let i = 0; i < text.length && max <= MAX_INLINE_NESTING; i += 1) {
    const char = text[i];
    if (char === '\\') {
      i += 1;
    } else if (char === '[') {
      open(char, 1);
    } else if (char === ']') {
      close('[');
    } else if (char === '*' || char === '_' || char === '~') {
      let end = i;
      while (text[end + 1] === char) end += 1;
      const before = text[i - 1];
      const after = text[end + 1];
      const leftFlanking = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
      const rightFlanking = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
      const canOpen = char === '_' ? leftFlanking && (!rightFlanking || isPunctuation(before)) : leftFlanking;
      const canClose = char === '_' ? rightFlanking && (!leftFlanking || isPunctuation(after)) : rightFlanking;
      if (!(canClose && close(char)) && canOpen) open(char, char === '~' ? 1 : Math.ceil((end - i + 1) / 2));
      i = end;
    }
  }
  return max;
}

/**
 * Says what nests too deeply in a piece of Markdown (a hub's intro, a reason, a question), or
 * returns undefined when it is within the limits. Runs in time linear in the text, without parsing
 * Markdown, so it can run before marked does; code that walks marked's tokens recursively can
 * rely on any text that passes it.
 *
 * @param text Markdown source.
 * @param firstLine The line number of the text's first line in its file, for the message.
 * @returns A message such as `line 3 nests block quotes and lists more than 20 levels deep:
 *   flatten it`, without the line when the text is a single line.
 */
export function markdownNestingProblem(text: string, firstLine = 1, { inline = false } = {}): string | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  const where = (index: number) => (lines.length > 1 ? `line ${firstLine + index} ` : '');
  if (inline) {
    // Inline Markdown (a question, a reason) is lexed as one run: blank lines and list markers split nothing.
    return inlineDepth(text) > MAX_INLINE_NESTING ? inlineNestingMessage('') : undefined;
  }
  for (const [index, line] of lines.entries()) {
    if (blockDepth(line) > MAX_BLOCK_NESTING) {
      return `${where(index)}nests block quotes and lists more than ${MAX_BLOCK_NESTING} levels deep: flatten it`;
    }
  }
  // Emphasis and links never span a blank line, nor a line that starts a quote or a list even in
  // the middle of a paragraph (marked lexes each item's text on its own), so each such run of
  // lines is measured on its own. Other ordered markers (`2.`) may continue a paragraph: no split.
  let start = 0;
  for (let index = 0; index <= lines.length; index += 1) {
    const blank = index < lines.length && lines[index].trim() === '';
    const interrupts = index < lines.length && index > start && paragraphInterrupter.test(lines[index]);
    if (index < lines.length && !blank && !interrupts) continue;
    if (inlineDepth(lines.slice(start, index).join('\n')) > MAX_INLINE_NESTING) return inlineNestingMessage(where(start));
    start = blank ? index + 1 : index;
  }
  return undefined;
}
