/**
 * Type-level test, checked by `npm run typecheck` (never run): the library's events are typed with
 * their detail on elements, on `document` and on `window`, since they bubble and are composed.
 * Each `@ts-expect-error` fails the type check if the misuse below it stops being an error.
 */
import '../../src/index.js';
import type { HubErrorCode } from '../../src/index.js';

const codeOf = (code: HubErrorCode) => code;

document.addEventListener('hub-error', (event) => codeOf(event.detail.code));
window.addEventListener('hub-error', (event) => event.detail.src?.length);
document.querySelector('topic-hub')?.addEventListener('hub-error', (event) => event.detail.hub.length);
document.createElement('reading-path').addEventListener('reading-progress', (event) => event.detail.readArticles.length);
document.body.addEventListener('tag-filter-change', (event) => event.detail.tags.length);
window.addEventListener('search-change', (event) => event.detail.query.length);
document.addEventListener('article-select', (event) => event.detail.article.title.length);

// @ts-expect-error: hub-error's detail has no `reason`.
document.addEventListener('hub-error', (event) => event.detail.reason);
// @ts-expect-error: a reading-progress detail's `read` is a count, not a list.
window.addEventListener('reading-progress', (event) => event.detail.read.length);
// @ts-expect-error: the code is one of the documented codes, not any string.
document.addEventListener('hub-error', (event) => event.detail.code === 'no-such-code');
