/**
 * Reads a content folder's Markdown files as untrusted input: nothing outside the content folder,
 * only regular files, a size limit, strict UTF-8, YAML-only front matter with bounded nesting and
 * aliases, and Markdown nesting bounded before any Markdown parser runs. Every problem becomes a
 * `file: field: message` error; nothing here throws for any file content.
 */
// @ts-nocheck
function stryNS_9fa48() {
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
import { constants, type Stats } from 'node:fs';
import { open, readdir, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { Parser, parseDocument, type CST } from 'yaml';
import type { z } from 'zod';
import type { ContentError } from './build-bundle.js';
import { MAX_FILE_BYTES, MAX_FRONT_MATTER_ALIASES, MAX_FRONT_MATTER_NESTING, markdownNestingProblem } from './limits.js';
import { idPattern } from './bundle-schema.js';
export interface SourceFile<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

/** A problem with one field of one file, thrown inside a file's processing and reported for it. */
class FileProblem extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

/** `*.md` and `*.markdown` in any letter case; the id is the name without it. */
const markdownName = stryMutAct_9fa48("2") ? /^(?<id>.)\.(?:md|markdown)$/i : stryMutAct_9fa48("1") ? /^(?<id>.+)\.(?:md|markdown)/i : stryMutAct_9fa48("0") ? /(?<id>.+)\.(?:md|markdown)$/i : (stryCov_9fa48("0", "1", "2"), /^(?<id>.+)\.(?:md|markdown)$/i);
const fieldPath = stryMutAct_9fa48("3") ? () => undefined : (stryCov_9fa48("3"), (() => {
  const fieldPath = (path: readonly PropertyKey[]) => stryMutAct_9fa48("6") ? path.reduce<string>((out, key) => typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key), '') && '(front matter)' : stryMutAct_9fa48("5") ? false : stryMutAct_9fa48("4") ? true : (stryCov_9fa48("4", "5", "6"), path.reduce<string>(stryMutAct_9fa48("7") ? () => undefined : (stryCov_9fa48("7"), (out, key) => (stryMutAct_9fa48("10") ? typeof key !== 'number' : stryMutAct_9fa48("9") ? false : stryMutAct_9fa48("8") ? true : (stryCov_9fa48("8", "9", "10"), typeof key === (stryMutAct_9fa48("11") ? "" : (stryCov_9fa48("11"), 'number')))) ? stryMutAct_9fa48("12") ? `` : (stryCov_9fa48("12"), `${out}[${key}]`) : out ? stryMutAct_9fa48("13") ? `` : (stryCov_9fa48("13"), `${out}.${String(key)}`) : String(key)), stryMutAct_9fa48("14") ? "Stryker was here!" : (stryCov_9fa48("14"), '')) || (stryMutAct_9fa48("15") ? "" : (stryCov_9fa48("15"), '(front matter)')));
  return fieldPath;
})());
const isInside = (path: string, root: string) => {
  if (stryMutAct_9fa48("16")) {
    {}
  } else {
    stryCov_9fa48("16");
    const rel = relative(root, path);
    return stryMutAct_9fa48("19") ? rel === '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) : stryMutAct_9fa48("18") ? false : stryMutAct_9fa48("17") ? true : (stryCov_9fa48("17", "18", "19"), (stryMutAct_9fa48("21") ? rel !== '' : stryMutAct_9fa48("20") ? false : (stryCov_9fa48("20", "21"), rel === (stryMutAct_9fa48("22") ? "Stryker was here!" : (stryCov_9fa48("22"), '')))) || (stryMutAct_9fa48("24") ? rel !== '..' && !rel.startsWith(`..${sep}`) || !isAbsolute(rel) : stryMutAct_9fa48("23") ? false : (stryCov_9fa48("23", "24"), (stryMutAct_9fa48("26") ? rel !== '..' || !rel.startsWith(`..${sep}`) : stryMutAct_9fa48("25") ? true : (stryCov_9fa48("25", "26"), (stryMutAct_9fa48("28") ? rel === '..' : stryMutAct_9fa48("27") ? true : (stryCov_9fa48("27", "28"), rel !== (stryMutAct_9fa48("29") ? "" : (stryCov_9fa48("29"), '..')))) && (stryMutAct_9fa48("30") ? rel.startsWith(`..${sep}`) : (stryCov_9fa48("30"), !(stryMutAct_9fa48("31") ? rel.endsWith(`..${sep}`) : (stryCov_9fa48("31"), rel.startsWith(stryMutAct_9fa48("32") ? `` : (stryCov_9fa48("32"), `..${sep}`)))))))) && (stryMutAct_9fa48("33") ? isAbsolute(rel) : (stryCov_9fa48("33"), !isAbsolute(rel))))));
  }
};
const kindOf = stryMutAct_9fa48("34") ? () => undefined : (stryCov_9fa48("34"), (() => {
  const kindOf = (stats: Stats) => stats.isDirectory() ? stryMutAct_9fa48("35") ? "" : (stryCov_9fa48("35"), 'a folder') : stats.isFIFO() ? stryMutAct_9fa48("36") ? "" : (stryCov_9fa48("36"), 'a named pipe (FIFO)') : stats.isSocket() ? stryMutAct_9fa48("37") ? "" : (stryCov_9fa48("37"), 'a socket') : (stryMutAct_9fa48("40") ? stats.isCharacterDevice() && stats.isBlockDevice() : stryMutAct_9fa48("39") ? false : stryMutAct_9fa48("38") ? true : (stryCov_9fa48("38", "39", "40"), stats.isCharacterDevice() || stats.isBlockDevice())) ? stryMutAct_9fa48("41") ? "" : (stryCov_9fa48("41"), 'a device') : stryMutAct_9fa48("42") ? "" : (stryCov_9fa48("42"), 'not a regular file');
  return kindOf;
})());

/**
 * Reads at most MAX_FILE_BYTES of a regular file at a real path. O_NOFOLLOW refuses a link put in
 * place after the real path was resolved, O_NONBLOCK keeps a FIFO from blocking the open, and the
 * checks run on the opened handle, so what is checked is what is read.
 */
async function readRegularFile(realPath: string): Promise<Buffer> {
  if (stryMutAct_9fa48("43")) {
    {}
  } else {
    stryCov_9fa48("43");
    let handle;
    try {
      if (stryMutAct_9fa48("44")) {
        {}
      } else {
        stryCov_9fa48("44");
        handle = await open(realPath, constants.O_RDONLY | (stryMutAct_9fa48("45") ? constants.O_NOFOLLOW && 0 : (stryCov_9fa48("45"), constants.O_NOFOLLOW ?? 0)) | (stryMutAct_9fa48("46") ? constants.O_NONBLOCK && 0 : (stryCov_9fa48("46"), constants.O_NONBLOCK ?? 0)));
      }
    } catch (error) {
      if (stryMutAct_9fa48("47")) {
        {}
      } else {
        stryCov_9fa48("47");
        const code = (error as NodeJS.ErrnoException).code;
        if (stryMutAct_9fa48("50") ? code !== 'ENXIO' : stryMutAct_9fa48("49") ? false : stryMutAct_9fa48("48") ? true : (stryCov_9fa48("48", "49", "50"), code === (stryMutAct_9fa48("51") ? "" : (stryCov_9fa48("51"), 'ENXIO')))) throw new FileProblem(stryMutAct_9fa48("52") ? "" : (stryCov_9fa48("52"), '(file)'), stryMutAct_9fa48("53") ? "" : (stryCov_9fa48("53"), 'is a socket or a device, not a regular file: only Markdown files are read'));
        if (stryMutAct_9fa48("56") ? code !== 'ELOOP' : stryMutAct_9fa48("55") ? false : stryMutAct_9fa48("54") ? true : (stryCov_9fa48("54", "55", "56"), code === (stryMutAct_9fa48("57") ? "" : (stryCov_9fa48("57"), 'ELOOP')))) throw new FileProblem(stryMutAct_9fa48("58") ? "" : (stryCov_9fa48("58"), '(file)'), stryMutAct_9fa48("59") ? "" : (stryCov_9fa48("59"), 'was replaced by a link while the build ran: run it again'));
        throw new FileProblem(stryMutAct_9fa48("60") ? "" : (stryCov_9fa48("60"), '(file)'), stryMutAct_9fa48("61") ? `` : (stryCov_9fa48("61"), `cannot be opened (${stryMutAct_9fa48("62") ? code && (error as Error).message : (stryCov_9fa48("62"), code ?? (error as Error).message)})`));
      }
    }
    try {
      if (stryMutAct_9fa48("63")) {
        {}
      } else {
        stryCov_9fa48("63");
        const stats = await handle.stat();
        if (stryMutAct_9fa48("66") ? false : stryMutAct_9fa48("65") ? true : stryMutAct_9fa48("64") ? stats.isFile() : (stryCov_9fa48("64", "65", "66"), !stats.isFile())) {
          if (stryMutAct_9fa48("67")) {
            {}
          } else {
            stryCov_9fa48("67");
            throw new FileProblem(stryMutAct_9fa48("68") ? "" : (stryCov_9fa48("68"), '(file)'), stryMutAct_9fa48("69") ? `` : (stryCov_9fa48("69"), `is ${kindOf(stats)}, not a regular file: only Markdown files are read`));
          }
        }
        // One byte more than the limit tells a file at the limit from a larger one, whatever its
        // size said (a file can grow after the stat).
        const buffer = Buffer.allocUnsafe(stryMutAct_9fa48("70") ? MAX_FILE_BYTES - 1 : (stryCov_9fa48("70"), MAX_FILE_BYTES + 1));
        let length = 0;
        while (stryMutAct_9fa48("73") ? length >= buffer.length : stryMutAct_9fa48("72") ? length <= buffer.length : stryMutAct_9fa48("71") ? false : (stryCov_9fa48("71", "72", "73"), length < buffer.length)) {
          if (stryMutAct_9fa48("74")) {
            {}
          } else {
            stryCov_9fa48("74");
            const {
              bytesRead
            } = await handle.read(buffer, length, stryMutAct_9fa48("75") ? buffer.length + length : (stryCov_9fa48("75"), buffer.length - length), length);
            if (stryMutAct_9fa48("78") ? bytesRead !== 0 : stryMutAct_9fa48("77") ? false : stryMutAct_9fa48("76") ? true : (stryCov_9fa48("76", "77", "78"), bytesRead === 0)) break;
            stryMutAct_9fa48("79") ? length -= bytesRead : (stryCov_9fa48("79"), length += bytesRead);
          }
        }
        if (stryMutAct_9fa48("83") ? length <= MAX_FILE_BYTES : stryMutAct_9fa48("82") ? length >= MAX_FILE_BYTES : stryMutAct_9fa48("81") ? false : stryMutAct_9fa48("80") ? true : (stryCov_9fa48("80", "81", "82", "83"), length > MAX_FILE_BYTES)) {
          if (stryMutAct_9fa48("84")) {
            {}
          } else {
            stryCov_9fa48("84");
            const size = stryMutAct_9fa48("85") ? Math.min(stats.size, length) : (stryCov_9fa48("85"), Math.max(stats.size, length));
            throw new FileProblem(stryMutAct_9fa48("86") ? "" : (stryCov_9fa48("86"), '(file)'), stryMutAct_9fa48("87") ? `` : (stryCov_9fa48("87"), `is ${size.toLocaleString(stryMutAct_9fa48("88") ? "" : (stryCov_9fa48("88"), 'en'))} bytes, more than the limit of ${MAX_FILE_BYTES.toLocaleString(stryMutAct_9fa48("89") ? "" : (stryCov_9fa48("89"), 'en'))} bytes (1 MiB): split it or shorten it`));
          }
        }
        return buffer.subarray(0, length);
      }
    } finally {
      if (stryMutAct_9fa48("90")) {
        {}
      } else {
        stryCov_9fa48("90");
        await handle.close();
      }
    }
  }
}
const utf8 = new TextDecoder(stryMutAct_9fa48("91") ? "" : (stryCov_9fa48("91"), 'utf-8'), stryMutAct_9fa48("92") ? {} : (stryCov_9fa48("92"), {
  fatal: stryMutAct_9fa48("93") ? false : (stryCov_9fa48("93"), true),
  ignoreBOM: stryMutAct_9fa48("94") ? true : (stryCov_9fa48("94"), false)
}));

/** Offset of the first byte that starts no well-formed UTF-8 sequence (Unicode table 3-7). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  if (stryMutAct_9fa48("95")) {
    {}
  } else {
    stryCov_9fa48("95");
    let i = 0;
    while (stryMutAct_9fa48("98") ? i >= bytes.length : stryMutAct_9fa48("97") ? i <= bytes.length : stryMutAct_9fa48("96") ? false : (stryCov_9fa48("96", "97", "98"), i < bytes.length)) {
      if (stryMutAct_9fa48("99")) {
        {}
      } else {
        stryCov_9fa48("99");
        const lead = bytes[i];
        let length = 1;
        let [low, high] = stryMutAct_9fa48("100") ? [] : (stryCov_9fa48("100"), [0x80, 0xbf]);
        if (stryMutAct_9fa48("103") ? lead >= 0xc2 || lead <= 0xdf : stryMutAct_9fa48("102") ? false : stryMutAct_9fa48("101") ? true : (stryCov_9fa48("101", "102", "103"), (stryMutAct_9fa48("106") ? lead < 0xc2 : stryMutAct_9fa48("105") ? lead > 0xc2 : stryMutAct_9fa48("104") ? true : (stryCov_9fa48("104", "105", "106"), lead >= 0xc2)) && (stryMutAct_9fa48("109") ? lead > 0xdf : stryMutAct_9fa48("108") ? lead < 0xdf : stryMutAct_9fa48("107") ? true : (stryCov_9fa48("107", "108", "109"), lead <= 0xdf)))) length = 2;else if (stryMutAct_9fa48("112") ? lead >= 0xe0 || lead <= 0xef : stryMutAct_9fa48("111") ? false : stryMutAct_9fa48("110") ? true : (stryCov_9fa48("110", "111", "112"), (stryMutAct_9fa48("115") ? lead < 0xe0 : stryMutAct_9fa48("114") ? lead > 0xe0 : stryMutAct_9fa48("113") ? true : (stryCov_9fa48("113", "114", "115"), lead >= 0xe0)) && (stryMutAct_9fa48("118") ? lead > 0xef : stryMutAct_9fa48("117") ? lead < 0xef : stryMutAct_9fa48("116") ? true : (stryCov_9fa48("116", "117", "118"), lead <= 0xef)))) [length, low, high] = stryMutAct_9fa48("119") ? [] : (stryCov_9fa48("119"), [3, (stryMutAct_9fa48("122") ? lead !== 0xe0 : stryMutAct_9fa48("121") ? false : stryMutAct_9fa48("120") ? true : (stryCov_9fa48("120", "121", "122"), lead === 0xe0)) ? 0xa0 : 0x80, (stryMutAct_9fa48("125") ? lead !== 0xed : stryMutAct_9fa48("124") ? false : stryMutAct_9fa48("123") ? true : (stryCov_9fa48("123", "124", "125"), lead === 0xed)) ? 0x9f : 0xbf]);else if (stryMutAct_9fa48("128") ? lead >= 0xf0 || lead <= 0xf4 : stryMutAct_9fa48("127") ? false : stryMutAct_9fa48("126") ? true : (stryCov_9fa48("126", "127", "128"), (stryMutAct_9fa48("131") ? lead < 0xf0 : stryMutAct_9fa48("130") ? lead > 0xf0 : stryMutAct_9fa48("129") ? true : (stryCov_9fa48("129", "130", "131"), lead >= 0xf0)) && (stryMutAct_9fa48("134") ? lead > 0xf4 : stryMutAct_9fa48("133") ? lead < 0xf4 : stryMutAct_9fa48("132") ? true : (stryCov_9fa48("132", "133", "134"), lead <= 0xf4)))) [length, low, high] = stryMutAct_9fa48("135") ? [] : (stryCov_9fa48("135"), [4, (stryMutAct_9fa48("138") ? lead !== 0xf0 : stryMutAct_9fa48("137") ? false : stryMutAct_9fa48("136") ? true : (stryCov_9fa48("136", "137", "138"), lead === 0xf0)) ? 0x90 : 0x80, (stryMutAct_9fa48("141") ? lead !== 0xf4 : stryMutAct_9fa48("140") ? false : stryMutAct_9fa48("139") ? true : (stryCov_9fa48("139", "140", "141"), lead === 0xf4)) ? 0x8f : 0xbf]);else if (stryMutAct_9fa48("145") ? lead < 0x80 : stryMutAct_9fa48("144") ? lead > 0x80 : stryMutAct_9fa48("143") ? false : stryMutAct_9fa48("142") ? true : (stryCov_9fa48("142", "143", "144", "145"), lead >= 0x80)) return i;
        for (let j = 1; stryMutAct_9fa48("148") ? j >= length : stryMutAct_9fa48("147") ? j <= length : stryMutAct_9fa48("146") ? false : (stryCov_9fa48("146", "147", "148"), j < length); stryMutAct_9fa48("149") ? j -= 1 : (stryCov_9fa48("149"), j += 1)) {
          if (stryMutAct_9fa48("150")) {
            {}
          } else {
            stryCov_9fa48("150");
            const byte = bytes[stryMutAct_9fa48("151") ? i - j : (stryCov_9fa48("151"), i + j)];
            if (stryMutAct_9fa48("154") ? (byte === undefined || byte < (j === 1 ? low : 0x80)) && byte > (j === 1 ? high : 0xbf) : stryMutAct_9fa48("153") ? false : stryMutAct_9fa48("152") ? true : (stryCov_9fa48("152", "153", "154"), (stryMutAct_9fa48("156") ? byte === undefined && byte < (j === 1 ? low : 0x80) : stryMutAct_9fa48("155") ? false : (stryCov_9fa48("155", "156"), (stryMutAct_9fa48("158") ? byte !== undefined : stryMutAct_9fa48("157") ? false : (stryCov_9fa48("157", "158"), byte === undefined)) || (stryMutAct_9fa48("161") ? byte >= (j === 1 ? low : 0x80) : stryMutAct_9fa48("160") ? byte <= (j === 1 ? low : 0x80) : stryMutAct_9fa48("159") ? false : (stryCov_9fa48("159", "160", "161"), byte < ((stryMutAct_9fa48("164") ? j !== 1 : stryMutAct_9fa48("163") ? false : stryMutAct_9fa48("162") ? true : (stryCov_9fa48("162", "163", "164"), j === 1)) ? low : 0x80))))) || (stryMutAct_9fa48("167") ? byte <= (j === 1 ? high : 0xbf) : stryMutAct_9fa48("166") ? byte >= (j === 1 ? high : 0xbf) : stryMutAct_9fa48("165") ? false : (stryCov_9fa48("165", "166", "167"), byte > ((stryMutAct_9fa48("170") ? j !== 1 : stryMutAct_9fa48("169") ? false : stryMutAct_9fa48("168") ? true : (stryCov_9fa48("168", "169", "170"), j === 1)) ? high : 0xbf))))) return i;
          }
        }
        stryMutAct_9fa48("171") ? i -= length : (stryCov_9fa48("171"), i += length);
      }
    }
    return stryMutAct_9fa48("172") ? +1 : (stryCov_9fa48("172"), -1);
  }
}

/** UTF-8 text without its byte order mark, or a problem naming the first bad byte and its line. */
function decodeUtf8(bytes: Uint8Array): string {
  if (stryMutAct_9fa48("173")) {
    {}
  } else {
    stryCov_9fa48("173");
    try {
      if (stryMutAct_9fa48("174")) {
        {}
      } else {
        stryCov_9fa48("174");
        // The decoder drops a leading BOM itself (ignoreBOM: false).
        return utf8.decode(bytes);
      }
    } catch {
      if (stryMutAct_9fa48("175")) {
        {}
      } else {
        stryCov_9fa48("175");
        const offset = firstInvalidUtf8(bytes);
        if (stryMutAct_9fa48("178") ? offset !== -1 : stryMutAct_9fa48("177") ? false : stryMutAct_9fa48("176") ? true : (stryCov_9fa48("176", "177", "178"), offset === (stryMutAct_9fa48("179") ? +1 : (stryCov_9fa48("179"), -1)))) throw new FileProblem(stryMutAct_9fa48("180") ? "" : (stryCov_9fa48("180"), '(file)'), stryMutAct_9fa48("181") ? "" : (stryCov_9fa48("181"), 'is not UTF-8 text: save the file as UTF-8'));
        const line = stryMutAct_9fa48("182") ? bytes.subarray(0, offset).filter(byte => byte === 0x0a).length - 1 : (stryCov_9fa48("182"), (stryMutAct_9fa48("183") ? bytes.subarray(0, offset).length : (stryCov_9fa48("183"), bytes.subarray(0, offset).filter(stryMutAct_9fa48("184") ? () => undefined : (stryCov_9fa48("184"), byte => stryMutAct_9fa48("187") ? byte !== 0x0a : stryMutAct_9fa48("186") ? false : stryMutAct_9fa48("185") ? true : (stryCov_9fa48("185", "186", "187"), byte === 0x0a))).length)) + 1);
        const byte = stryMutAct_9fa48("188") ? bytes[offset].toString(16).toLowerCase().padStart(2, '0') : (stryCov_9fa48("188"), bytes[offset].toString(16).toUpperCase().padStart(2, stryMutAct_9fa48("189") ? "" : (stryCov_9fa48("189"), '0')));
        throw new FileProblem(stryMutAct_9fa48("190") ? "" : (stryCov_9fa48("190"), '(file)'), stryMutAct_9fa48("191") ? `` : (stryCov_9fa48("191"), `is not UTF-8 text: byte 0x${byte} at offset ${offset} (line ${line}) is not valid UTF-8; save the file as UTF-8`));
      }
    }
  }
}

/** How deeply the collections of a YAML syntax tree nest, walked without recursion. */
function yamlDepth(tokens: CST.Token[]): number {
  if (stryMutAct_9fa48("192")) {
    {}
  } else {
    stryCov_9fa48("192");
    let max = 0;
    const pending: [CST.Token, number][] = tokens.map(stryMutAct_9fa48("193") ? () => undefined : (stryCov_9fa48("193"), token => stryMutAct_9fa48("194") ? [] : (stryCov_9fa48("194"), [token, 0])));
    for (let next = pending.pop(); stryMutAct_9fa48("195") ? false : (stryCov_9fa48("195"), next); next = pending.pop()) {
      if (stryMutAct_9fa48("196")) {
        {}
      } else {
        stryCov_9fa48("196");
        const [token, depth] = next;
        max = stryMutAct_9fa48("197") ? Math.min(max, depth) : (stryCov_9fa48("197"), Math.max(max, depth));
        if (stryMutAct_9fa48("200") ? token.type === 'document' || token.value : stryMutAct_9fa48("199") ? false : stryMutAct_9fa48("198") ? true : (stryCov_9fa48("198", "199", "200"), (stryMutAct_9fa48("202") ? token.type !== 'document' : stryMutAct_9fa48("201") ? true : (stryCov_9fa48("201", "202"), token.type === (stryMutAct_9fa48("203") ? "" : (stryCov_9fa48("203"), 'document')))) && token.value)) pending.push(stryMutAct_9fa48("204") ? [] : (stryCov_9fa48("204"), [token.value, depth]));
        if (stryMutAct_9fa48("207") ? (token.type === 'block-map' || token.type === 'block-seq') && token.type === 'flow-collection' : stryMutAct_9fa48("206") ? false : stryMutAct_9fa48("205") ? true : (stryCov_9fa48("205", "206", "207"), (stryMutAct_9fa48("209") ? token.type === 'block-map' && token.type === 'block-seq' : stryMutAct_9fa48("208") ? false : (stryCov_9fa48("208", "209"), (stryMutAct_9fa48("211") ? token.type !== 'block-map' : stryMutAct_9fa48("210") ? false : (stryCov_9fa48("210", "211"), token.type === (stryMutAct_9fa48("212") ? "" : (stryCov_9fa48("212"), 'block-map')))) || (stryMutAct_9fa48("214") ? token.type !== 'block-seq' : stryMutAct_9fa48("213") ? false : (stryCov_9fa48("213", "214"), token.type === (stryMutAct_9fa48("215") ? "" : (stryCov_9fa48("215"), 'block-seq')))))) || (stryMutAct_9fa48("217") ? token.type !== 'flow-collection' : stryMutAct_9fa48("216") ? false : (stryCov_9fa48("216", "217"), token.type === (stryMutAct_9fa48("218") ? "" : (stryCov_9fa48("218"), 'flow-collection')))))) {
          if (stryMutAct_9fa48("219")) {
            {}
          } else {
            stryCov_9fa48("219");
            for (const item of token.items) {
              if (stryMutAct_9fa48("220")) {
                {}
              } else {
                stryCov_9fa48("220");
                if (stryMutAct_9fa48("222") ? false : stryMutAct_9fa48("221") ? true : (stryCov_9fa48("221", "222"), item.key)) pending.push(stryMutAct_9fa48("223") ? [] : (stryCov_9fa48("223"), [item.key, stryMutAct_9fa48("224") ? depth - 1 : (stryCov_9fa48("224"), depth + 1)]));
                if (stryMutAct_9fa48("226") ? false : stryMutAct_9fa48("225") ? true : (stryCov_9fa48("225", "226"), item.value)) pending.push(stryMutAct_9fa48("227") ? [] : (stryCov_9fa48("227"), [item.value, stryMutAct_9fa48("228") ? depth - 1 : (stryCov_9fa48("228"), depth + 1)]));
              }
            }
          }
        }
      }
    }
    return max;
  }
}

/**
 * Splits a file into YAML front matter and Markdown body. Front matter opens with a first line
 * of exactly `---` and closes with the next such line; a first line of `---` followed by anything
 * else (gray-matter's `---js`, which ran code) is refused, not guessed at.
 */
function splitFrontMatter(text: string): {
  yaml?: string;
  body: string;
  bodyLine: number;
} {
  if (stryMutAct_9fa48("229")) {
    {}
  } else {
    stryCov_9fa48("229");
    const lines = text.split(stryMutAct_9fa48("230") ? /(?<!\n)/ : (stryCov_9fa48("230"), /(?<=\n)/));
    if (stryMutAct_9fa48("233") ? false : stryMutAct_9fa48("232") ? true : stryMutAct_9fa48("231") ? lines[0]?.startsWith('---') : (stryCov_9fa48("231", "232", "233"), !(stryMutAct_9fa48("235") ? lines[0].startsWith('---') : stryMutAct_9fa48("234") ? lines[0]?.endsWith('---') : (stryCov_9fa48("234", "235"), lines[0]?.startsWith(stryMutAct_9fa48("236") ? "" : (stryCov_9fa48("236"), '---')))))) return stryMutAct_9fa48("237") ? {} : (stryCov_9fa48("237"), {
      body: text,
      bodyLine: 1
    });
    const fence = stryMutAct_9fa48("243") ? /^---[ \t]*\r?\n$/ : stryMutAct_9fa48("242") ? /^---[ \t]*\r\n?$/ : stryMutAct_9fa48("241") ? /^---[^ \t]*\r?\n?$/ : stryMutAct_9fa48("240") ? /^---[ \t]\r?\n?$/ : stryMutAct_9fa48("239") ? /^---[ \t]*\r?\n?/ : stryMutAct_9fa48("238") ? /---[ \t]*\r?\n?$/ : (stryCov_9fa48("238", "239", "240", "241", "242", "243"), /^---[ \t]*\r?\n?$/);
    if (stryMutAct_9fa48("246") ? false : stryMutAct_9fa48("245") ? true : stryMutAct_9fa48("244") ? fence.test(lines[0]) : (stryCov_9fa48("244", "245", "246"), !fence.test(lines[0]))) {
      if (stryMutAct_9fa48("247")) {
        {}
      } else {
        stryCov_9fa48("247");
        const opening = stryMutAct_9fa48("248") ? lines[0] : (stryCov_9fa48("248"), lines[0].trim());
        const shown = (stryMutAct_9fa48("252") ? opening.length <= 40 : stryMutAct_9fa48("251") ? opening.length >= 40 : stryMutAct_9fa48("250") ? false : stryMutAct_9fa48("249") ? true : (stryCov_9fa48("249", "250", "251", "252"), opening.length > 40)) ? stryMutAct_9fa48("253") ? `` : (stryCov_9fa48("253"), `${stryMutAct_9fa48("254") ? opening : (stryCov_9fa48("254"), opening.slice(0, 40))}…`) : opening;
        throw new FileProblem(stryMutAct_9fa48("255") ? "" : (stryCov_9fa48("255"), '(front matter)'), stryMutAct_9fa48("256") ? `` : (stryCov_9fa48("256"), `opens with "${shown}": front matter must be YAML, between two lines that hold only ---`));
      }
    }
    const close = lines.findIndex(stryMutAct_9fa48("257") ? () => undefined : (stryCov_9fa48("257"), (line, index) => stryMutAct_9fa48("260") ? index > 0 || fence.test(line) : stryMutAct_9fa48("259") ? false : stryMutAct_9fa48("258") ? true : (stryCov_9fa48("258", "259", "260"), (stryMutAct_9fa48("263") ? index <= 0 : stryMutAct_9fa48("262") ? index >= 0 : stryMutAct_9fa48("261") ? true : (stryCov_9fa48("261", "262", "263"), index > 0)) && fence.test(line))));
    if (stryMutAct_9fa48("266") ? close !== -1 : stryMutAct_9fa48("265") ? false : stryMutAct_9fa48("264") ? true : (stryCov_9fa48("264", "265", "266"), close === (stryMutAct_9fa48("267") ? +1 : (stryCov_9fa48("267"), -1)))) {
      if (stryMutAct_9fa48("268")) {
        {}
      } else {
        stryCov_9fa48("268");
        throw new FileProblem(stryMutAct_9fa48("269") ? "" : (stryCov_9fa48("269"), '(front matter)'), stryMutAct_9fa48("270") ? "" : (stryCov_9fa48("270"), 'is not closed: end it with a line that holds only ---'));
      }
    }
    return stryMutAct_9fa48("271") ? {} : (stryCov_9fa48("271"), {
      // A blank line stands in for the opening fence, so YAML's line numbers are the file's.
      yaml: stryMutAct_9fa48("272") ? `` : (stryCov_9fa48("272"), `\n${stryMutAct_9fa48("273") ? lines.join('') : (stryCov_9fa48("273"), lines.slice(1, close).join(stryMutAct_9fa48("274") ? "Stryker was here!" : (stryCov_9fa48("274"), '')))}`),
      body: stryMutAct_9fa48("275") ? lines.join('') : (stryCov_9fa48("275"), lines.slice(stryMutAct_9fa48("276") ? close - 1 : (stryCov_9fa48("276"), close + 1)).join(stryMutAct_9fa48("277") ? "Stryker was here!" : (stryCov_9fa48("277"), ''))),
      bodyLine: stryMutAct_9fa48("278") ? close - 2 : (stryCov_9fa48("278"), close + 2)
    });
  }
}

/** Parses front matter as YAML 1.2 (core schema plus timestamps), within the nesting and alias limits. */
function parseFrontMatter(yaml: string): Record<string, unknown> {
  if (stryMutAct_9fa48("279")) {
    {}
  } else {
    stryCov_9fa48("279");
    const invalid = stryMutAct_9fa48("280") ? () => undefined : (stryCov_9fa48("280"), (() => {
      const invalid = (reason: string) => new FileProblem(stryMutAct_9fa48("281") ? "" : (stryCov_9fa48("281"), '(front matter)'), stryMutAct_9fa48("282") ? `` : (stryCov_9fa48("282"), `is not valid YAML: ${reason}`));
      return invalid;
    })());
    if (stryMutAct_9fa48("286") ? yamlDepth([...new Parser().parse(yaml)]) <= MAX_FRONT_MATTER_NESTING : stryMutAct_9fa48("285") ? yamlDepth([...new Parser().parse(yaml)]) >= MAX_FRONT_MATTER_NESTING : stryMutAct_9fa48("284") ? false : stryMutAct_9fa48("283") ? true : (stryCov_9fa48("283", "284", "285", "286"), yamlDepth(stryMutAct_9fa48("287") ? [] : (stryCov_9fa48("287"), [...new Parser().parse(yaml)])) > MAX_FRONT_MATTER_NESTING)) {
      if (stryMutAct_9fa48("288")) {
        {}
      } else {
        stryCov_9fa48("288");
        throw new FileProblem(stryMutAct_9fa48("289") ? "" : (stryCov_9fa48("289"), '(front matter)'), stryMutAct_9fa48("290") ? `` : (stryCov_9fa48("290"), `nests lists and mappings more than ${MAX_FRONT_MATTER_NESTING} levels deep: no field needs more than 3`));
      }
    }
    // Timestamps keep unquoted dates (`date: 2024-01-31`) the Date objects they were with gray-matter.
    const document = parseDocument(yaml, stryMutAct_9fa48("291") ? {} : (stryCov_9fa48("291"), {
      customTags: stryMutAct_9fa48("292") ? [] : (stryCov_9fa48("292"), [stryMutAct_9fa48("293") ? "" : (stryCov_9fa48("293"), 'timestamp')])
    }));
    const [problem] = stryMutAct_9fa48("294") ? [] : (stryCov_9fa48("294"), [...document.errors, ...document.warnings]);
    if (stryMutAct_9fa48("296") ? false : stryMutAct_9fa48("295") ? true : (stryCov_9fa48("295", "296"), problem)) throw invalid(problem.message.split(stryMutAct_9fa48("297") ? "" : (stryCov_9fa48("297"), '\n'))[0].replace(stryMutAct_9fa48("298") ? /:/ : (stryCov_9fa48("298"), /:$/), stryMutAct_9fa48("299") ? "Stryker was here!" : (stryCov_9fa48("299"), '')));
    let data: unknown;
    try {
      if (stryMutAct_9fa48("300")) {
        {}
      } else {
        stryCov_9fa48("300");
        data = document.toJS(stryMutAct_9fa48("301") ? {} : (stryCov_9fa48("301"), {
          maxAliasCount: MAX_FRONT_MATTER_ALIASES
        }));
      }
    } catch {
      if (stryMutAct_9fa48("302")) {
        {}
      } else {
        stryCov_9fa48("302");
        throw new FileProblem(stryMutAct_9fa48("303") ? "" : (stryCov_9fa48("303"), '(front matter)'), stryMutAct_9fa48("304") ? `` : (stryCov_9fa48("304"), `expands aliases (*name) more than ${MAX_FRONT_MATTER_ALIASES} times: write the values out instead`));
      }
    }
    if (stryMutAct_9fa48("307") ? data === null && data === undefined : stryMutAct_9fa48("306") ? false : stryMutAct_9fa48("305") ? true : (stryCov_9fa48("305", "306", "307"), (stryMutAct_9fa48("309") ? data !== null : stryMutAct_9fa48("308") ? false : (stryCov_9fa48("308", "309"), data === null)) || (stryMutAct_9fa48("311") ? data !== undefined : stryMutAct_9fa48("310") ? false : (stryCov_9fa48("310", "311"), data === undefined)))) return {};
    if (stryMutAct_9fa48("314") ? (typeof data !== 'object' || Array.isArray(data)) && data instanceof Date : stryMutAct_9fa48("313") ? false : stryMutAct_9fa48("312") ? true : (stryCov_9fa48("312", "313", "314"), (stryMutAct_9fa48("316") ? typeof data !== 'object' && Array.isArray(data) : stryMutAct_9fa48("315") ? false : (stryCov_9fa48("315", "316"), (stryMutAct_9fa48("318") ? typeof data === 'object' : stryMutAct_9fa48("317") ? false : (stryCov_9fa48("317", "318"), typeof data !== (stryMutAct_9fa48("319") ? "" : (stryCov_9fa48("319"), 'object')))) || Array.isArray(data))) || data instanceof Date)) {
      if (stryMutAct_9fa48("320")) {
        {}
      } else {
        stryCov_9fa48("320");
        throw new FileProblem(stryMutAct_9fa48("321") ? "" : (stryCov_9fa48("321"), '(front matter)'), stryMutAct_9fa48("322") ? "" : (stryCov_9fa48("322"), 'must be fields (name: value), one per line'));
      }
    }
    return data as Record<string, unknown>;
  }
}

/**
 * Parses front matter field by field, so one bad field neither hides the errors of the others
 * nor the cross-reference checks that the good fields still allow.
 */
function parseFields<Shape extends z.ZodRawShape>(shape: Shape, raw: Record<string, unknown>, file: string, errors: ContentError[]): Partial<z.infer<z.ZodObject<Shape>>> {
  if (stryMutAct_9fa48("323")) {
    {}
  } else {
    stryCov_9fa48("323");
    const data: Record<string, unknown> = {};
    for (const key of Object.keys(raw)) {
      if (stryMutAct_9fa48("324")) {
        {}
      } else {
        stryCov_9fa48("324");
        if (stryMutAct_9fa48("327") ? false : stryMutAct_9fa48("326") ? true : stryMutAct_9fa48("325") ? Object.hasOwn(shape, key) : (stryCov_9fa48("325", "326", "327"), !Object.hasOwn(shape, key))) {
          if (stryMutAct_9fa48("328")) {
            {}
          } else {
            stryCov_9fa48("328");
            errors.push(stryMutAct_9fa48("329") ? {} : (stryCov_9fa48("329"), {
              file,
              field: key,
              message: stryMutAct_9fa48("330") ? `` : (stryCov_9fa48("330"), `is not a known field (known: ${Object.keys(shape).join(stryMutAct_9fa48("331") ? "" : (stryCov_9fa48("331"), ', '))})`)
            }));
          }
        }
      }
    }
    for (const [key, schema] of Object.entries(shape)) {
      if (stryMutAct_9fa48("332")) {
        {}
      } else {
        stryCov_9fa48("332");
        const result = (schema as z.ZodType).safeParse(raw[key]);
        if (stryMutAct_9fa48("334") ? false : stryMutAct_9fa48("333") ? true : (stryCov_9fa48("333", "334"), result.success)) {
          if (stryMutAct_9fa48("335")) {
            {}
          } else {
            stryCov_9fa48("335");
            if (stryMutAct_9fa48("338") ? result.data === undefined : stryMutAct_9fa48("337") ? false : stryMutAct_9fa48("336") ? true : (stryCov_9fa48("336", "337", "338"), result.data !== undefined)) data[key] = result.data;
            continue;
          }
        }
        for (const issue of result.error.issues) {
          if (stryMutAct_9fa48("339")) {
            {}
          } else {
            stryCov_9fa48("339");
            errors.push(stryMutAct_9fa48("340") ? {} : (stryCov_9fa48("340"), {
              file,
              field: fieldPath(stryMutAct_9fa48("341") ? [] : (stryCov_9fa48("341"), [key, ...issue.path])),
              message: issue.message
            }));
          }
        }
      }
    }
    return data as Partial<z.infer<z.ZodObject<Shape>>>;
  }
}

/** The real path of a folder of the content folder, or a problem if it leaves it or is none. */
async function resolveFolder(dir: string, root: string | undefined): Promise<string> {
  if (stryMutAct_9fa48("342")) {
    {}
  } else {
    stryCov_9fa48("342");
    let real: string;
    try {
      if (stryMutAct_9fa48("343")) {
        {}
      } else {
        stryCov_9fa48("343");
        if (stryMutAct_9fa48("346") ? root !== undefined : stryMutAct_9fa48("345") ? false : stryMutAct_9fa48("344") ? true : (stryCov_9fa48("344", "345", "346"), root === undefined)) throw new Error(stryMutAct_9fa48("347") ? "" : (stryCov_9fa48("347"), 'no content folder'));
        real = await realpath(dir);
      }
    } catch {
      if (stryMutAct_9fa48("348")) {
        {}
      } else {
        stryCov_9fa48("348");
        throw new FileProblem(stryMutAct_9fa48("349") ? "" : (stryCov_9fa48("349"), '(folder)'), stryMutAct_9fa48("350") ? "" : (stryCov_9fa48("350"), 'folder not found'));
      }
    }
    if (stryMutAct_9fa48("353") ? false : stryMutAct_9fa48("352") ? true : stryMutAct_9fa48("351") ? isInside(real, root) : (stryCov_9fa48("351", "352", "353"), !isInside(real, root))) {
      if (stryMutAct_9fa48("354")) {
        {}
      } else {
        stryCov_9fa48("354");
        throw new FileProblem(stryMutAct_9fa48("355") ? "" : (stryCov_9fa48("355"), '(folder)'), stryMutAct_9fa48("356") ? `` : (stryCov_9fa48("356"), `is a link to ${real}, outside the content folder: only files inside the content folder are read`));
      }
    }
    return real;
  }
}

/**
 * Reads every `*.md` / `*.markdown` file (any letter case, hidden files left out) of one folder
 * of a content folder, validating front matter against a zod shape. Links that stay inside the
 * content folder are followed; a link that leads out of it is an error, as is anything but a
 * regular file. Problems are appended to `errors`; a file with problems is still returned (with
 * whatever fields were valid) so cross-reference checks do not blame references to it.
 */
export async function readSources<Shape extends z.ZodRawShape>(contentDir: string, folder: string, shape: Shape, errors: ContentError[]): Promise<SourceFile<Partial<z.infer<z.ZodObject<Shape>>>>[]> {
  if (stryMutAct_9fa48("357")) {
    {}
  } else {
    stryCov_9fa48("357");
    const dir = join(contentDir, folder);
    const shown = stryMutAct_9fa48("358") ? () => undefined : (stryCov_9fa48("358"), (() => {
      const shown = (path: string) => stryMutAct_9fa48("361") ? relative(process.cwd(), path) && path : stryMutAct_9fa48("360") ? false : stryMutAct_9fa48("359") ? true : (stryCov_9fa48("359", "360", "361"), relative(process.cwd(), path) || path);
      return shown;
    })());
    let root: string | undefined;
    try {
      if (stryMutAct_9fa48("362")) {
        {}
      } else {
        stryCov_9fa48("362");
        root = await realpath(contentDir);
      }
    } catch {
      // Reported as the folder not being found, as before the content folder was resolved.
    }
    let names: string[];
    let realDir: string;
    try {
      if (stryMutAct_9fa48("363")) {
        {}
      } else {
        stryCov_9fa48("363");
        realDir = await resolveFolder(dir, root);
        names = stryMutAct_9fa48("364") ? await readdir(realDir) : (stryCov_9fa48("364"), (await readdir(realDir)).sort());
      }
    } catch (error) {
      if (stryMutAct_9fa48("365")) {
        {}
      } else {
        stryCov_9fa48("365");
        const problem = error instanceof FileProblem ? error : new FileProblem(stryMutAct_9fa48("366") ? "" : (stryCov_9fa48("366"), '(folder)'), stryMutAct_9fa48("367") ? "" : (stryCov_9fa48("367"), 'is not a folder that can be read'));
        errors.push(stryMutAct_9fa48("368") ? {} : (stryCov_9fa48("368"), {
          file: shown(dir),
          field: problem.field,
          message: problem.message
        }));
        return stryMutAct_9fa48("369") ? ["Stryker was here"] : (stryCov_9fa48("369"), []);
      }
    }
    const sources: SourceFile<Partial<z.infer<z.ZodObject<Shape>>>>[] = stryMutAct_9fa48("370") ? ["Stryker was here"] : (stryCov_9fa48("370"), []);
    const fileOfId = new Map<string, string>();
    for (const name of names) {
      if (stryMutAct_9fa48("371")) {
        {}
      } else {
        stryCov_9fa48("371");
        const id = stryMutAct_9fa48("373") ? markdownName.exec(name).groups?.id : stryMutAct_9fa48("372") ? markdownName.exec(name)?.groups.id : (stryCov_9fa48("372", "373"), markdownName.exec(name)?.groups?.id);
        if (stryMutAct_9fa48("376") ? name.startsWith('.') && id === undefined : stryMutAct_9fa48("375") ? false : stryMutAct_9fa48("374") ? true : (stryCov_9fa48("374", "375", "376"), (stryMutAct_9fa48("377") ? name.endsWith('.') : (stryCov_9fa48("377"), name.startsWith(stryMutAct_9fa48("378") ? "" : (stryCov_9fa48("378"), '.')))) || (stryMutAct_9fa48("380") ? id !== undefined : stryMutAct_9fa48("379") ? false : (stryCov_9fa48("379", "380"), id === undefined)))) continue;
        const file = shown(join(dir, name));
        const first = fileOfId.get(id);
        if (stryMutAct_9fa48("383") ? first === undefined : stryMutAct_9fa48("382") ? false : stryMutAct_9fa48("381") ? true : (stryCov_9fa48("381", "382", "383"), first !== undefined)) {
          if (stryMutAct_9fa48("384")) {
            {}
          } else {
            stryCov_9fa48("384");
            errors.push(stryMutAct_9fa48("385") ? {} : (stryCov_9fa48("385"), {
              file,
              field: stryMutAct_9fa48("386") ? "" : (stryCov_9fa48("386"), '(file name)'),
              message: stryMutAct_9fa48("387") ? `` : (stryCov_9fa48("387"), `has the same id "${id}" as ${first}: keep one of the two files`)
            }));
            continue;
          }
        }
        fileOfId.set(id, file);
        if (stryMutAct_9fa48("390") ? false : stryMutAct_9fa48("389") ? true : stryMutAct_9fa48("388") ? idPattern.test(id) : (stryCov_9fa48("388", "389", "390"), !idPattern.test(id))) {
          if (stryMutAct_9fa48("391")) {
            {}
          } else {
            stryCov_9fa48("391");
            errors.push(stryMutAct_9fa48("392") ? {} : (stryCov_9fa48("392"), {
              file,
              field: stryMutAct_9fa48("393") ? "" : (stryCov_9fa48("393"), '(file name)'),
              message: stryMutAct_9fa48("394") ? `` : (stryCov_9fa48("394"), `"${id}" is not a valid id: use lowercase letters, digits and single hyphens`)
            }));
          }
        }
        try {
          if (stryMutAct_9fa48("395")) {
            {}
          } else {
            stryCov_9fa48("395");
            sources.push(await readSource(join(realDir, name), root as string, id, file, shape, errors));
          }
        } catch (error) {
          if (stryMutAct_9fa48("396")) {
            {}
          } else {
            stryCov_9fa48("396");
            const problem = error instanceof FileProblem ? error :
            // A backstop: the checks above are meant to turn every bad input into a FileProblem.
            new FileProblem(stryMutAct_9fa48("397") ? "" : (stryCov_9fa48("397"), '(file)'), stryMutAct_9fa48("398") ? `` : (stryCov_9fa48("398"), `could not be read: ${stryMutAct_9fa48("399") ? (error as Error)?.message && String(error) : (stryCov_9fa48("399"), (stryMutAct_9fa48("400") ? (error as Error).message : (stryCov_9fa48("400"), (error as Error)?.message)) ?? String(error))}`));
            errors.push(stryMutAct_9fa48("401") ? {} : (stryCov_9fa48("401"), {
              file,
              field: problem.field,
              message: problem.message
            }));
            sources.push(stryMutAct_9fa48("402") ? {} : (stryCov_9fa48("402"), {
              id,
              file,
              data: {},
              body: stryMutAct_9fa48("403") ? "Stryker was here!" : (stryCov_9fa48("403"), '')
            }));
          }
        }
      }
    }
    return sources;
  }
}
async function readSource<Shape extends z.ZodRawShape>(path: string, root: string, id: string, file: string, shape: Shape, errors: ContentError[]): Promise<SourceFile<Partial<z.infer<z.ZodObject<Shape>>>>> {
  if (stryMutAct_9fa48("404")) {
    {}
  } else {
    stryCov_9fa48("404");
    let real: string;
    try {
      if (stryMutAct_9fa48("405")) {
        {}
      } else {
        stryCov_9fa48("405");
        real = await realpath(path);
      }
    } catch {
      if (stryMutAct_9fa48("406")) {
        {}
      } else {
        stryCov_9fa48("406");
        throw new FileProblem(stryMutAct_9fa48("407") ? "" : (stryCov_9fa48("407"), '(file)'), stryMutAct_9fa48("408") ? "" : (stryCov_9fa48("408"), 'is a link to a file that does not exist'));
      }
    }
    if (stryMutAct_9fa48("411") ? false : stryMutAct_9fa48("410") ? true : stryMutAct_9fa48("409") ? isInside(real, root) : (stryCov_9fa48("409", "410", "411"), !isInside(real, root))) {
      if (stryMutAct_9fa48("412")) {
        {}
      } else {
        stryCov_9fa48("412");
        throw new FileProblem(stryMutAct_9fa48("413") ? "" : (stryCov_9fa48("413"), '(file)'), stryMutAct_9fa48("414") ? `` : (stryCov_9fa48("414"), `is a link to ${real}, outside the content folder: only files inside the content folder are read`));
      }
    }
    const text = decodeUtf8(await readRegularFile(real));
    const {
      yaml,
      body,
      bodyLine
    } = splitFrontMatter(text);
    const data = parseFields(shape, (stryMutAct_9fa48("417") ? yaml !== undefined : stryMutAct_9fa48("416") ? false : stryMutAct_9fa48("415") ? true : (stryCov_9fa48("415", "416", "417"), yaml === undefined)) ? {} : parseFrontMatter(yaml), file, errors);
    const nesting = markdownNestingProblem(body, bodyLine);
    if (stryMutAct_9fa48("419") ? false : stryMutAct_9fa48("418") ? true : (stryCov_9fa48("418", "419"), nesting)) errors.push(stryMutAct_9fa48("420") ? {} : (stryCov_9fa48("420"), {
      file,
      field: stryMutAct_9fa48("421") ? "" : (stryCov_9fa48("421"), '(body)'),
      message: nesting
    }));
    return stryMutAct_9fa48("422") ? {} : (stryCov_9fa48("422"), {
      id,
      file,
      data,
      body
    });
  }
}