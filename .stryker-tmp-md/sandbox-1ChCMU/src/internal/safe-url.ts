/** The only kinds of link a bundle may carry: web pages and e-mail addresses. */
// @ts-nocheck

const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

/**
 * `url` if it is an http, https or mailto URL or a relative one, else undefined. A bundle can come
 * from anywhere, so every URL it holds is checked here before it becomes an `href` or a
 * navigation: `javascript:`, `data:` and the rest never reach the page. The check parses the URL
 * as the browser will (against a placeholder base, so relative URLs count as https), which also
 * sees through the tabs, newlines and case tricks the URL parser ignores.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return allowedProtocols.has(new URL(url, 'https://relative.invalid/').protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
