/**
 * The content bundle built from `content/` (default-bundle.js, written by
 * `npm run build:content`). Typed as unknown: the runtime validates it like any other bundle.
 */
// @ts-nocheck

declare const defaultBundle: unknown;
export default defaultBundle;
