/**
 * The run-time URL check every bundle URL passes before it becomes an `href` or a navigation.
 * Each expectation is read from the WHATWG URL standard: the parser strips leading and trailing
 * C0 controls and spaces, removes tabs and newlines anywhere, lower-cases the scheme, reads `\`
 * as `/` in http(s) URLs, and resolves a URL without a scheme against the page (here, https).
 */
// @ts-nocheck

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeUrl } from '../../src/internal/safe-url.js';

const allowed: [url: string, why: string][] = [
  ['https://example.com/a?b=c#d', 'https'],
  ['http://example.com', 'http'],
  ['HTTPS://EXAMPLE.COM/', 'schemes are case-insensitive'],
  ['HtTp://example.com', 'schemes are case-insensitive'],
  ['mailto:someone@example.com', 'mailto'],
  ['MAILTO:someone@example.com', 'schemes are case-insensitive'],
  ['mailto:', 'mailto with an empty address is still mailto'],
  ['/articles/one', 'path-absolute'],
  ['articles/one', 'path-relative'],
  ['./one', 'path-relative'],
  ['../one', 'path-relative'],
  ['?q=1', 'query only'],
  ['#top', 'fragment only'],
  ['', 'the empty URL is the page itself'],
  ['//example.com/a', 'protocol-relative: takes the page’s https'],
  ['\\\\example.com/a', 'backslashes read as slashes: protocol-relative'],
  ['https:one', 'same special scheme as the base: relative'],
  ['  https://example.com  ', 'leading and trailing spaces are stripped'],
  ['\u0000\u001fhttps://example.com', 'leading C0 controls are stripped'],
  ['ht\ttp://example.com', 'tabs are removed'],
  ['javascript', 'no colon: a relative path'],
  ['java\u0000script:alert(1)', 'NUL is no scheme character: a relative path'],
];

const refused: [url: unknown, why: string][] = [
  ['javascript:alert(1)', 'javascript'],
  ['JAVASCRIPT:alert(1)', 'schemes are case-insensitive'],
  ['JavaScript:alert(1)', 'schemes are case-insensitive'],
  [' javascript:alert(1)', 'leading spaces are stripped'],
  ['\u0001\u0008javascript:alert(1)', 'leading C0 controls are stripped'],
  ['javascript:alert(1)\u0000', 'trailing C0 controls are stripped'],
  ['java\tscript:alert(1)', 'tabs are removed'],
  ['java\nscript:alert(1)', 'newlines are removed'],
  ['java\r\nscript:alert(1)', 'carriage returns are removed'],
  ['javascript\t:alert(1)', 'tabs are removed, also before the colon'],
  ['data:text/html,<script>alert(1)</script>', 'data'],
  ['vbscript:msgbox(1)', 'vbscript'],
  ['file:///etc/passwd', 'file'],
  ['ftp://example.com/a', 'ftp'],
  ['blob:https://example.com/uuid', 'blob'],
  ['about:blank', 'about'],
  ['tel:+15555550100', 'tel'],
  ['ws://example.com', 'ws'],
  ['a:b', 'any other scheme'],
  ['web+app:x', 'any other scheme'],
  ['http://', 'no host: the parser fails'],
  ['https://exa mple.com/', 'a space in the host: the parser fails'],
  ['http://[::1/', 'an unclosed IPv6 address: the parser fails'],
  [undefined, 'not a string'],
  [null, 'not a string'],
  [42, 'not a string'],
  [['https://example.com'], 'not a string, even one that converts to an allowed URL'],
  [{ toString: () => 'https://example.com' }, 'not a string, even one that converts to an allowed URL'],
];

describe('safeUrl', () => {
  for (const [url, why] of allowed) {
    it(`allows ${JSON.stringify(url)} (${why}), unchanged`, () => {
      assert.equal(safeUrl(url), url);
    });
  }
  for (const [url, why] of refused) {
    it(`refuses ${typeof url === 'string' ? JSON.stringify(url) : String(url)} (${why})`, () => {
      assert.equal(safeUrl(url), undefined);
    });
  }
});
