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


/** Bytes one content file may hold: a long article's front matter and intro use a few KiB. */function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
export const MAX_FILE_BYTES = stryMutAct_9fa48("0") ? 1024 / 1024 : (stryCov_9fa48("0"), 1024 * 1024);

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
const paragraphInterrupter = stryMutAct_9fa48("10") ? /^ {0,3}(?:>|[-*+][ \t]+\S|1[.)][ \t]+\s)/ : stryMutAct_9fa48("9") ? /^ {0,3}(?:>|[-*+][ \t]+\S|1[.)][^ \t]+\S)/ : stryMutAct_9fa48("8") ? /^ {0,3}(?:>|[-*+][ \t]+\S|1[.)][ \t]\S)/ : stryMutAct_9fa48("7") ? /^ {0,3}(?:>|[-*+][ \t]+\S|1[^.)][ \t]+\S)/ : stryMutAct_9fa48("6") ? /^ {0,3}(?:>|[-*+][ \t]+\s|1[.)][ \t]+\S)/ : stryMutAct_9fa48("5") ? /^ {0,3}(?:>|[-*+][^ \t]+\S|1[.)][ \t]+\S)/ : stryMutAct_9fa48("4") ? /^ {0,3}(?:>|[-*+][ \t]\S|1[.)][ \t]+\S)/ : stryMutAct_9fa48("3") ? /^ {0,3}(?:>|[^-*+][ \t]+\S|1[.)][ \t]+\S)/ : stryMutAct_9fa48("2") ? /^ (?:>|[-*+][ \t]+\S|1[.)][ \t]+\S)/ : stryMutAct_9fa48("1") ? / {0,3}(?:>|[-*+][ \t]+\S|1[.)][ \t]+\S)/ : (stryCov_9fa48("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), /^ {0,3}(?:>|[-*+][ \t]+\S|1[.)][ \t]+\S)/);
const inlineNestingMessage = stryMutAct_9fa48("11") ? () => undefined : (stryCov_9fa48("11"), (() => {
  const inlineNestingMessage = (where: string) => stryMutAct_9fa48("12") ? `` : (stryCov_9fa48("12"), `${where}nests emphasis, strikethrough and link brackets more than ${MAX_INLINE_NESTING} levels deep: flatten it or escape the characters with \\`);
  return inlineNestingMessage;
})());
// One container marker at the start of a line or right after the previous one: a quote `>`, a bullet
// `-`, `*`, `+` or an ordered item `1.` / `1)`, each followed by a space or the end of the line.
const containerMarker = stryMutAct_9fa48("24") ? /([ \t]*)(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[^ \t]|$))/y : stryMutAct_9fa48("23") ? /([ \t]*)(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]))/y : stryMutAct_9fa48("22") ? /([ \t]*)(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?![ \t]|$))/y : stryMutAct_9fa48("21") ? /([ \t]*)(?:>|[-*+](?=[ \t]|$)|\d{1,9}[^.)](?=[ \t]|$))/y : stryMutAct_9fa48("20") ? /([ \t]*)(?:>|[-*+](?=[ \t]|$)|\D{1,9}[.)](?=[ \t]|$))/y : stryMutAct_9fa48("19") ? /([ \t]*)(?:>|[-*+](?=[ \t]|$)|\d[.)](?=[ \t]|$))/y : stryMutAct_9fa48("18") ? /([ \t]*)(?:>|[-*+](?=[^ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y : stryMutAct_9fa48("17") ? /([ \t]*)(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]|$))/y : stryMutAct_9fa48("16") ? /([ \t]*)(?:>|[-*+](?![ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y : stryMutAct_9fa48("15") ? /([ \t]*)(?:>|[^-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y : stryMutAct_9fa48("14") ? /([^ \t]*)(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y : stryMutAct_9fa48("13") ? /([ \t])(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y : (stryCov_9fa48("13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24"), /([ \t]*)(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y);

/**
 * How deeply a line opens block containers. Nested lists are written with markers on one line
 * (`- - x`, `> > x`) or with indentation (each level at least two columns further in), so each
 * marker counts one and every two columns of indentation beyond the one space a marker needs
 * count one more. It overestimates rather than misses (an indented code line that starts with
 * `- ` counts too): with a limit of 20 no real text gets near it. Stops once past the limit.
 */
function blockDepth(line: string): number {
  if (stryMutAct_9fa48("25")) {
    {}
  } else {
    stryCov_9fa48("25");
    let markers = 0;
    let indent = 0;
    containerMarker.lastIndex = 0;
    for (let match = containerMarker.exec(line); stryMutAct_9fa48("26") ? false : (stryCov_9fa48("26"), match); match = containerMarker.exec(line)) {
      if (stryMutAct_9fa48("27")) {
        {}
      } else {
        stryCov_9fa48("27");
        const columns = (stryMutAct_9fa48("28") ? [] : (stryCov_9fa48("28"), [...match[1]])).reduce(stryMutAct_9fa48("29") ? () => undefined : (stryCov_9fa48("29"), (sum, char) => stryMutAct_9fa48("30") ? sum - (char === '\t' ? TAB_WIDTH : 1) : (stryCov_9fa48("30"), sum + ((stryMutAct_9fa48("33") ? char !== '\t' : stryMutAct_9fa48("32") ? false : stryMutAct_9fa48("31") ? true : (stryCov_9fa48("31", "32", "33"), char === (stryMutAct_9fa48("34") ? "" : (stryCov_9fa48("34"), '\t')))) ? TAB_WIDTH : 1))), 0);
        stryMutAct_9fa48("35") ? indent -= markers === 0 ? columns : Math.max(0, columns - 1) : (stryCov_9fa48("35"), indent += (stryMutAct_9fa48("38") ? markers !== 0 : stryMutAct_9fa48("37") ? false : stryMutAct_9fa48("36") ? true : (stryCov_9fa48("36", "37", "38"), markers === 0)) ? columns : stryMutAct_9fa48("39") ? Math.min(0, columns - 1) : (stryCov_9fa48("39"), Math.max(0, stryMutAct_9fa48("40") ? columns + 1 : (stryCov_9fa48("40"), columns - 1))));
        stryMutAct_9fa48("41") ? markers -= 1 : (stryCov_9fa48("41"), markers += 1);
        if (stryMutAct_9fa48("45") ? markers + Math.ceil(indent / 2) <= MAX_BLOCK_NESTING : stryMutAct_9fa48("44") ? markers + Math.ceil(indent / 2) >= MAX_BLOCK_NESTING : stryMutAct_9fa48("43") ? false : stryMutAct_9fa48("42") ? true : (stryCov_9fa48("42", "43", "44", "45"), (stryMutAct_9fa48("46") ? markers - Math.ceil(indent / 2) : (stryCov_9fa48("46"), markers + Math.ceil(stryMutAct_9fa48("47") ? indent * 2 : (stryCov_9fa48("47"), indent / 2)))) > MAX_BLOCK_NESTING)) break;
      }
    }
    return (stryMutAct_9fa48("50") ? markers !== 0 : stryMutAct_9fa48("49") ? false : stryMutAct_9fa48("48") ? true : (stryCov_9fa48("48", "49", "50"), markers === 0)) ? 0 : stryMutAct_9fa48("51") ? markers - Math.ceil(indent / 2) : (stryCov_9fa48("51"), markers + Math.ceil(stryMutAct_9fa48("52") ? indent * 2 : (stryCov_9fa48("52"), indent / 2)));
  }
}
const isSpace = stryMutAct_9fa48("53") ? () => undefined : (stryCov_9fa48("53"), (() => {
  const isSpace = (char: string | undefined) => stryMutAct_9fa48("56") ? char === undefined && /\s/u.test(char) : stryMutAct_9fa48("55") ? false : stryMutAct_9fa48("54") ? true : (stryCov_9fa48("54", "55", "56"), (stryMutAct_9fa48("58") ? char !== undefined : stryMutAct_9fa48("57") ? false : (stryCov_9fa48("57", "58"), char === undefined)) || (stryMutAct_9fa48("59") ? /\S/u : (stryCov_9fa48("59"), /\s/u)).test(char));
  return isSpace;
})());
const isPunctuation = stryMutAct_9fa48("60") ? () => undefined : (stryCov_9fa48("60"), (() => {
  const isPunctuation = (char: string | undefined) => stryMutAct_9fa48("63") ? char !== undefined || /[\p{P}\p{S}]/u.test(char) : stryMutAct_9fa48("62") ? false : stryMutAct_9fa48("61") ? true : (stryCov_9fa48("61", "62", "63"), (stryMutAct_9fa48("65") ? char === undefined : stryMutAct_9fa48("64") ? true : (stryCov_9fa48("64", "65"), char !== undefined)) && (stryMutAct_9fa48("68") ? /[\p{P}\P{S}]/u : stryMutAct_9fa48("67") ? /[\P{P}\p{S}]/u : stryMutAct_9fa48("66") ? /[^\p{P}\p{S}]/u : (stryCov_9fa48("66", "67", "68"), /[\p{P}\p{S}]/u)).test(char));
  return isPunctuation;
})());
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
  if (stryMutAct_9fa48("69")) {
    {}
  } else {
    stryCov_9fa48("69");
    const runs = (stryMutAct_9fa48("70") ? [] : (stryCov_9fa48("70"), [...text.matchAll(stryMutAct_9fa48("71") ? /`/g : (stryCov_9fa48("71"), /`+/g))])).map(stryMutAct_9fa48("72") ? () => undefined : (stryCov_9fa48("72"), match => stryMutAct_9fa48("73") ? {} : (stryCov_9fa48("73"), {
      start: match.index,
      length: match[0].length
    })));
    const nextOfLength = new Map<number, number>();
    const next = runs.map(stryMutAct_9fa48("74") ? () => undefined : (stryCov_9fa48("74"), () => stryMutAct_9fa48("75") ? +1 : (stryCov_9fa48("75"), -1)));
    for (let index = stryMutAct_9fa48("76") ? runs.length + 1 : (stryCov_9fa48("76"), runs.length - 1); stryMutAct_9fa48("79") ? index < 0 : stryMutAct_9fa48("78") ? index > 0 : stryMutAct_9fa48("77") ? false : (stryCov_9fa48("77", "78", "79"), index >= 0); stryMutAct_9fa48("80") ? index += 1 : (stryCov_9fa48("80"), index -= 1)) {
      if (stryMutAct_9fa48("81")) {
        {}
      } else {
        stryCov_9fa48("81");
        next[index] = stryMutAct_9fa48("82") ? nextOfLength.get(runs[index].length) && -1 : (stryCov_9fa48("82"), nextOfLength.get(runs[index].length) ?? (stryMutAct_9fa48("83") ? +1 : (stryCov_9fa48("83"), -1)));
        nextOfLength.set(runs[index].length, index);
      }
    }
    let out = stryMutAct_9fa48("84") ? "Stryker was here!" : (stryCov_9fa48("84"), '');
    let copied = 0;
    for (let index = 0; stryMutAct_9fa48("87") ? index >= runs.length : stryMutAct_9fa48("86") ? index <= runs.length : stryMutAct_9fa48("85") ? false : (stryCov_9fa48("85", "86", "87"), index < runs.length); stryMutAct_9fa48("88") ? index -= 1 : (stryCov_9fa48("88"), index += 1)) {
      if (stryMutAct_9fa48("89")) {
        {}
      } else {
        stryCov_9fa48("89");
        const close = next[index];
        if (stryMutAct_9fa48("92") ? close !== -1 : stryMutAct_9fa48("91") ? false : stryMutAct_9fa48("90") ? true : (stryCov_9fa48("90", "91", "92"), close === (stryMutAct_9fa48("93") ? +1 : (stryCov_9fa48("93"), -1)))) continue;
        const end = stryMutAct_9fa48("94") ? runs[close].start - runs[close].length : (stryCov_9fa48("94"), runs[close].start + runs[close].length);
        stryMutAct_9fa48("95") ? out -= text.slice(copied, runs[index].start) + ' '.repeat(end - runs[index].start) : (stryCov_9fa48("95"), out += stryMutAct_9fa48("96") ? text.slice(copied, runs[index].start) - ' '.repeat(end - runs[index].start) : (stryCov_9fa48("96"), (stryMutAct_9fa48("97") ? text : (stryCov_9fa48("97"), text.slice(copied, runs[index].start))) + (stryMutAct_9fa48("98") ? "" : (stryCov_9fa48("98"), ' ')).repeat(stryMutAct_9fa48("99") ? end + runs[index].start : (stryCov_9fa48("99"), end - runs[index].start))));
        copied = end;
        index = close;
      }
    }
    return stryMutAct_9fa48("100") ? out - text.slice(copied) : (stryCov_9fa48("100"), out + (stryMutAct_9fa48("101") ? text : (stryCov_9fa48("101"), text.slice(copied))));
  }
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
  if (stryMutAct_9fa48("102")) {
    {}
  } else {
    stryCov_9fa48("102");
    const text = blankCodeSpans(paragraph);
    const stack: Opener[] = stryMutAct_9fa48("103") ? ["Stryker was here"] : (stryCov_9fa48("103"), []);
    let depth = 0;
    let max = 0;
    const open = (char: string, weight: number) => {
      if (stryMutAct_9fa48("104")) {
        {}
      } else {
        stryCov_9fa48("104");
        stack.push(stryMutAct_9fa48("105") ? {} : (stryCov_9fa48("105"), {
          char,
          weight
        }));
        stryMutAct_9fa48("106") ? depth -= weight : (stryCov_9fa48("106"), depth += weight);
        max = stryMutAct_9fa48("107") ? Math.min(max, depth) : (stryCov_9fa48("107"), Math.max(max, depth));
      }
    };
    // Closes the nearest open `char` and everything opened after it; false when none is open.
    const close = (char: string) => {
      if (stryMutAct_9fa48("108")) {
        {}
      } else {
        stryCov_9fa48("108");
        let index = stryMutAct_9fa48("109") ? stack.length + 1 : (stryCov_9fa48("109"), stack.length - 1);
        while (stryMutAct_9fa48("111") ? index >= 0 || stack[index].char !== char : stryMutAct_9fa48("110") ? false : (stryCov_9fa48("110", "111"), (stryMutAct_9fa48("114") ? index < 0 : stryMutAct_9fa48("113") ? index > 0 : stryMutAct_9fa48("112") ? true : (stryCov_9fa48("112", "113", "114"), index >= 0)) && (stryMutAct_9fa48("116") ? stack[index].char === char : stryMutAct_9fa48("115") ? true : (stryCov_9fa48("115", "116"), stack[index].char !== char)))) stryMutAct_9fa48("117") ? index += 1 : (stryCov_9fa48("117"), index -= 1);
        if (stryMutAct_9fa48("120") ? index !== -1 : stryMutAct_9fa48("119") ? false : stryMutAct_9fa48("118") ? true : (stryCov_9fa48("118", "119", "120"), index === (stryMutAct_9fa48("121") ? +1 : (stryCov_9fa48("121"), -1)))) return stryMutAct_9fa48("122") ? true : (stryCov_9fa48("122"), false);
        for (const opener of stack.splice(index)) stryMutAct_9fa48("123") ? depth += opener.weight : (stryCov_9fa48("123"), depth -= opener.weight);
        return stryMutAct_9fa48("124") ? false : (stryCov_9fa48("124"), true);
      }
    };
    for (let i = 0; stryMutAct_9fa48("126") ? i < text.length || max <= MAX_INLINE_NESTING : stryMutAct_9fa48("125") ? false : (stryCov_9fa48("125", "126"), (stryMutAct_9fa48("129") ? i >= text.length : stryMutAct_9fa48("128") ? i <= text.length : stryMutAct_9fa48("127") ? true : (stryCov_9fa48("127", "128", "129"), i < text.length)) && (stryMutAct_9fa48("132") ? max > MAX_INLINE_NESTING : stryMutAct_9fa48("131") ? max < MAX_INLINE_NESTING : stryMutAct_9fa48("130") ? true : (stryCov_9fa48("130", "131", "132"), max <= MAX_INLINE_NESTING))); stryMutAct_9fa48("133") ? i -= 1 : (stryCov_9fa48("133"), i += 1)) {
      if (stryMutAct_9fa48("134")) {
        {}
      } else {
        stryCov_9fa48("134");
        const char = text[i];
        if (stryMutAct_9fa48("137") ? char !== '\\' : stryMutAct_9fa48("136") ? false : stryMutAct_9fa48("135") ? true : (stryCov_9fa48("135", "136", "137"), char === (stryMutAct_9fa48("138") ? "" : (stryCov_9fa48("138"), '\\')))) {
          if (stryMutAct_9fa48("139")) {
            {}
          } else {
            stryCov_9fa48("139");
            stryMutAct_9fa48("140") ? i -= 1 : (stryCov_9fa48("140"), i += 1);
          }
        } else if (stryMutAct_9fa48("143") ? char !== '[' : stryMutAct_9fa48("142") ? false : stryMutAct_9fa48("141") ? true : (stryCov_9fa48("141", "142", "143"), char === (stryMutAct_9fa48("144") ? "" : (stryCov_9fa48("144"), '[')))) {
          if (stryMutAct_9fa48("145")) {
            {}
          } else {
            stryCov_9fa48("145");
            open(char, 1);
          }
        } else if (stryMutAct_9fa48("148") ? char !== ']' : stryMutAct_9fa48("147") ? false : stryMutAct_9fa48("146") ? true : (stryCov_9fa48("146", "147", "148"), char === (stryMutAct_9fa48("149") ? "" : (stryCov_9fa48("149"), ']')))) {
          if (stryMutAct_9fa48("150")) {
            {}
          } else {
            stryCov_9fa48("150");
            close(stryMutAct_9fa48("151") ? "" : (stryCov_9fa48("151"), '['));
          }
        } else if (stryMutAct_9fa48("154") ? (char === '*' || char === '_') && char === '~' : stryMutAct_9fa48("153") ? false : stryMutAct_9fa48("152") ? true : (stryCov_9fa48("152", "153", "154"), (stryMutAct_9fa48("156") ? char === '*' && char === '_' : stryMutAct_9fa48("155") ? false : (stryCov_9fa48("155", "156"), (stryMutAct_9fa48("158") ? char !== '*' : stryMutAct_9fa48("157") ? false : (stryCov_9fa48("157", "158"), char === (stryMutAct_9fa48("159") ? "" : (stryCov_9fa48("159"), '*')))) || (stryMutAct_9fa48("161") ? char !== '_' : stryMutAct_9fa48("160") ? false : (stryCov_9fa48("160", "161"), char === (stryMutAct_9fa48("162") ? "" : (stryCov_9fa48("162"), '_')))))) || (stryMutAct_9fa48("164") ? char !== '~' : stryMutAct_9fa48("163") ? false : (stryCov_9fa48("163", "164"), char === (stryMutAct_9fa48("165") ? "" : (stryCov_9fa48("165"), '~')))))) {
          if (stryMutAct_9fa48("166")) {
            {}
          } else {
            stryCov_9fa48("166");
            let end = i;
            while (stryMutAct_9fa48("168") ? text[end + 1] !== char : stryMutAct_9fa48("167") ? false : (stryCov_9fa48("167", "168"), text[stryMutAct_9fa48("169") ? end - 1 : (stryCov_9fa48("169"), end + 1)] === char)) stryMutAct_9fa48("170") ? end -= 1 : (stryCov_9fa48("170"), end += 1);
            const before = text[stryMutAct_9fa48("171") ? i + 1 : (stryCov_9fa48("171"), i - 1)];
            const after = text[stryMutAct_9fa48("172") ? end - 1 : (stryCov_9fa48("172"), end + 1)];
            const leftFlanking = stryMutAct_9fa48("175") ? !isSpace(after) || !isPunctuation(after) || isSpace(before) || isPunctuation(before) : stryMutAct_9fa48("174") ? false : stryMutAct_9fa48("173") ? true : (stryCov_9fa48("173", "174", "175"), (stryMutAct_9fa48("176") ? isSpace(after) : (stryCov_9fa48("176"), !isSpace(after))) && (stryMutAct_9fa48("178") ? (!isPunctuation(after) || isSpace(before)) && isPunctuation(before) : stryMutAct_9fa48("177") ? true : (stryCov_9fa48("177", "178"), (stryMutAct_9fa48("180") ? !isPunctuation(after) && isSpace(before) : stryMutAct_9fa48("179") ? false : (stryCov_9fa48("179", "180"), (stryMutAct_9fa48("181") ? isPunctuation(after) : (stryCov_9fa48("181"), !isPunctuation(after))) || isSpace(before))) || isPunctuation(before))));
            const rightFlanking = stryMutAct_9fa48("184") ? !isSpace(before) || !isPunctuation(before) || isSpace(after) || isPunctuation(after) : stryMutAct_9fa48("183") ? false : stryMutAct_9fa48("182") ? true : (stryCov_9fa48("182", "183", "184"), (stryMutAct_9fa48("185") ? isSpace(before) : (stryCov_9fa48("185"), !isSpace(before))) && (stryMutAct_9fa48("187") ? (!isPunctuation(before) || isSpace(after)) && isPunctuation(after) : stryMutAct_9fa48("186") ? true : (stryCov_9fa48("186", "187"), (stryMutAct_9fa48("189") ? !isPunctuation(before) && isSpace(after) : stryMutAct_9fa48("188") ? false : (stryCov_9fa48("188", "189"), (stryMutAct_9fa48("190") ? isPunctuation(before) : (stryCov_9fa48("190"), !isPunctuation(before))) || isSpace(after))) || isPunctuation(after))));
            const canOpen = (stryMutAct_9fa48("193") ? char !== '_' : stryMutAct_9fa48("192") ? false : stryMutAct_9fa48("191") ? true : (stryCov_9fa48("191", "192", "193"), char === (stryMutAct_9fa48("194") ? "" : (stryCov_9fa48("194"), '_')))) ? stryMutAct_9fa48("197") ? leftFlanking || !rightFlanking || isPunctuation(before) : stryMutAct_9fa48("196") ? false : stryMutAct_9fa48("195") ? true : (stryCov_9fa48("195", "196", "197"), leftFlanking && (stryMutAct_9fa48("199") ? !rightFlanking && isPunctuation(before) : stryMutAct_9fa48("198") ? true : (stryCov_9fa48("198", "199"), (stryMutAct_9fa48("200") ? rightFlanking : (stryCov_9fa48("200"), !rightFlanking)) || isPunctuation(before)))) : leftFlanking;
            const canClose = (stryMutAct_9fa48("203") ? char !== '_' : stryMutAct_9fa48("202") ? false : stryMutAct_9fa48("201") ? true : (stryCov_9fa48("201", "202", "203"), char === (stryMutAct_9fa48("204") ? "" : (stryCov_9fa48("204"), '_')))) ? stryMutAct_9fa48("207") ? rightFlanking || !leftFlanking || isPunctuation(after) : stryMutAct_9fa48("206") ? false : stryMutAct_9fa48("205") ? true : (stryCov_9fa48("205", "206", "207"), rightFlanking && (stryMutAct_9fa48("209") ? !leftFlanking && isPunctuation(after) : stryMutAct_9fa48("208") ? true : (stryCov_9fa48("208", "209"), (stryMutAct_9fa48("210") ? leftFlanking : (stryCov_9fa48("210"), !leftFlanking)) || isPunctuation(after)))) : rightFlanking;
            if (stryMutAct_9fa48("213") ? !(canClose && close(char)) || canOpen : stryMutAct_9fa48("212") ? false : stryMutAct_9fa48("211") ? true : (stryCov_9fa48("211", "212", "213"), (stryMutAct_9fa48("214") ? canClose && close(char) : (stryCov_9fa48("214"), !(stryMutAct_9fa48("217") ? canClose || close(char) : stryMutAct_9fa48("216") ? false : stryMutAct_9fa48("215") ? true : (stryCov_9fa48("215", "216", "217"), canClose && close(char))))) && canOpen)) open(char, (stryMutAct_9fa48("220") ? char !== '~' : stryMutAct_9fa48("219") ? false : stryMutAct_9fa48("218") ? true : (stryCov_9fa48("218", "219", "220"), char === (stryMutAct_9fa48("221") ? "" : (stryCov_9fa48("221"), '~')))) ? 1 : Math.ceil(stryMutAct_9fa48("222") ? (end - i + 1) * 2 : (stryCov_9fa48("222"), (stryMutAct_9fa48("223") ? end - i - 1 : (stryCov_9fa48("223"), (stryMutAct_9fa48("224") ? end + i : (stryCov_9fa48("224"), end - i)) + 1)) / 2)));
            i = end;
          }
        }
      }
    }
    return max;
  }
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
export function markdownNestingProblem(text: string, firstLine = 1, {
  inline = stryMutAct_9fa48("225") ? true : (stryCov_9fa48("225"), false)
} = {}): string | undefined {
  if (stryMutAct_9fa48("226")) {
    {}
  } else {
    stryCov_9fa48("226");
    const lines = text.split(/\r\n|\r|\n/);
    const where = stryMutAct_9fa48("227") ? () => undefined : (stryCov_9fa48("227"), (() => {
      const where = (index: number) => (stryMutAct_9fa48("231") ? lines.length <= 1 : stryMutAct_9fa48("230") ? lines.length >= 1 : stryMutAct_9fa48("229") ? false : stryMutAct_9fa48("228") ? true : (stryCov_9fa48("228", "229", "230", "231"), lines.length > 1)) ? stryMutAct_9fa48("232") ? `` : (stryCov_9fa48("232"), `line ${stryMutAct_9fa48("233") ? firstLine - index : (stryCov_9fa48("233"), firstLine + index)} `) : stryMutAct_9fa48("234") ? "Stryker was here!" : (stryCov_9fa48("234"), '');
      return where;
    })());
    if (stryMutAct_9fa48("236") ? false : stryMutAct_9fa48("235") ? true : (stryCov_9fa48("235", "236"), inline)) {
      if (stryMutAct_9fa48("237")) {
        {}
      } else {
        stryCov_9fa48("237");
        // Inline Markdown (a question, a reason) is lexed as one run: blank lines and list markers split nothing.
        return (stryMutAct_9fa48("241") ? inlineDepth(text) <= MAX_INLINE_NESTING : stryMutAct_9fa48("240") ? inlineDepth(text) >= MAX_INLINE_NESTING : stryMutAct_9fa48("239") ? false : stryMutAct_9fa48("238") ? true : (stryCov_9fa48("238", "239", "240", "241"), inlineDepth(text) > MAX_INLINE_NESTING)) ? inlineNestingMessage(stryMutAct_9fa48("242") ? "Stryker was here!" : (stryCov_9fa48("242"), '')) : undefined;
      }
    }
    for (const [index, line] of lines.entries()) {
      if (stryMutAct_9fa48("243")) {
        {}
      } else {
        stryCov_9fa48("243");
        if (stryMutAct_9fa48("247") ? blockDepth(line) <= MAX_BLOCK_NESTING : stryMutAct_9fa48("246") ? blockDepth(line) >= MAX_BLOCK_NESTING : stryMutAct_9fa48("245") ? false : stryMutAct_9fa48("244") ? true : (stryCov_9fa48("244", "245", "246", "247"), blockDepth(line) > MAX_BLOCK_NESTING)) {
          if (stryMutAct_9fa48("248")) {
            {}
          } else {
            stryCov_9fa48("248");
            return stryMutAct_9fa48("249") ? `` : (stryCov_9fa48("249"), `${where(index)}nests block quotes and lists more than ${MAX_BLOCK_NESTING} levels deep: flatten it`);
          }
        }
      }
    }
    // Emphasis and links never span a blank line, nor a line that starts a quote or a list even in
    // the middle of a paragraph (marked lexes each item's text on its own), so each such run of
    // lines is measured on its own. Other ordered markers (`2.`) may continue a paragraph: no split.
    let start = 0;
    for (let index = 0; stryMutAct_9fa48("252") ? index > lines.length : stryMutAct_9fa48("251") ? index < lines.length : stryMutAct_9fa48("250") ? false : (stryCov_9fa48("250", "251", "252"), index <= lines.length); stryMutAct_9fa48("253") ? index -= 1 : (stryCov_9fa48("253"), index += 1)) {
      if (stryMutAct_9fa48("254")) {
        {}
      } else {
        stryCov_9fa48("254");
        const blank = stryMutAct_9fa48("257") ? index < lines.length || lines[index].trim() === '' : stryMutAct_9fa48("256") ? false : stryMutAct_9fa48("255") ? true : (stryCov_9fa48("255", "256", "257"), (stryMutAct_9fa48("260") ? index >= lines.length : stryMutAct_9fa48("259") ? index <= lines.length : stryMutAct_9fa48("258") ? true : (stryCov_9fa48("258", "259", "260"), index < lines.length)) && (stryMutAct_9fa48("262") ? lines[index].trim() !== '' : stryMutAct_9fa48("261") ? true : (stryCov_9fa48("261", "262"), (stryMutAct_9fa48("263") ? lines[index] : (stryCov_9fa48("263"), lines[index].trim())) === (stryMutAct_9fa48("264") ? "Stryker was here!" : (stryCov_9fa48("264"), '')))));
        const interrupts = stryMutAct_9fa48("267") ? index < lines.length && index > start || paragraphInterrupter.test(lines[index]) : stryMutAct_9fa48("266") ? false : stryMutAct_9fa48("265") ? true : (stryCov_9fa48("265", "266", "267"), (stryMutAct_9fa48("269") ? index < lines.length || index > start : stryMutAct_9fa48("268") ? true : (stryCov_9fa48("268", "269"), (stryMutAct_9fa48("272") ? index >= lines.length : stryMutAct_9fa48("271") ? index <= lines.length : stryMutAct_9fa48("270") ? true : (stryCov_9fa48("270", "271", "272"), index < lines.length)) && (stryMutAct_9fa48("275") ? index <= start : stryMutAct_9fa48("274") ? index >= start : stryMutAct_9fa48("273") ? true : (stryCov_9fa48("273", "274", "275"), index > start)))) && paragraphInterrupter.test(lines[index]));
        if (stryMutAct_9fa48("278") ? index < lines.length && !blank || !interrupts : stryMutAct_9fa48("277") ? false : stryMutAct_9fa48("276") ? true : (stryCov_9fa48("276", "277", "278"), (stryMutAct_9fa48("280") ? index < lines.length || !blank : stryMutAct_9fa48("279") ? true : (stryCov_9fa48("279", "280"), (stryMutAct_9fa48("283") ? index >= lines.length : stryMutAct_9fa48("282") ? index <= lines.length : stryMutAct_9fa48("281") ? true : (stryCov_9fa48("281", "282", "283"), index < lines.length)) && (stryMutAct_9fa48("284") ? blank : (stryCov_9fa48("284"), !blank)))) && (stryMutAct_9fa48("285") ? interrupts : (stryCov_9fa48("285"), !interrupts)))) continue;
        if (stryMutAct_9fa48("289") ? inlineDepth(lines.slice(start, index).join('\n')) <= MAX_INLINE_NESTING : stryMutAct_9fa48("288") ? inlineDepth(lines.slice(start, index).join('\n')) >= MAX_INLINE_NESTING : stryMutAct_9fa48("287") ? false : stryMutAct_9fa48("286") ? true : (stryCov_9fa48("286", "287", "288", "289"), inlineDepth(stryMutAct_9fa48("290") ? lines.join('\n') : (stryCov_9fa48("290"), lines.slice(start, index).join(stryMutAct_9fa48("291") ? "" : (stryCov_9fa48("291"), '\n')))) > MAX_INLINE_NESTING)) return inlineNestingMessage(where(start));
        start = blank ? stryMutAct_9fa48("292") ? index - 1 : (stryCov_9fa48("292"), index + 1) : index;
      }
    }
    return undefined;
  }
}