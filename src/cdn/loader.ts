/**
 * The CDN loader (`dist/cdn/loader.js`): defines only the tags a page uses, when it first sees
 * them. It imports `./<tag>.js` beside itself the first time a `<tag>` appears in the document,
 * whether in the HTML or added later, and never loads Lit or any element it does not need.
 *
 * It watches the document's light DOM. Tags inside our own elements' shadow roots need nothing:
 * an element's module registers every tag it renders. For tags inside another component's shadow
 * root, pass that root to `watch()`, or import the element's module directly.
 */
import { elementTags } from '../internal/element-tags.js';

/** Tags whose module has not been requested yet. */
const waiting = new Set<string>(elementTags);
const observers: MutationObserver[] = [];
// Held in a variable so that Vite leaves `new URL(…)` alone: it rewrites `new URL(…, import.meta.url)` as an asset.
const here = import.meta.url;

function load(tag: string) {
  waiting.delete(tag);
  // A copy of the library already on the page (the drop-in, a bundled app) keeps its definition.
  if (!customElements.get(tag)) void import(/* @vite-ignore */ new URL(`./${tag}.js`, here).href);
  if (waiting.size === 0) for (const observer of observers.splice(0)) observer.disconnect();
}

function scan(node: Node) {
  if (!(node instanceof Element || node instanceof Document || node instanceof DocumentFragment)) return;
  if (node instanceof Element && waiting.has(node.localName)) load(node.localName);
  for (const tag of waiting) if (node.querySelector(tag)) load(tag);
}

/** Loads the modules of the tags already under `root`, and of those added to it later. */
export function watch(root: Document | ShadowRoot | Element) {
  if (waiting.size === 0) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(scan);
  });
  observer.observe(root, { childList: true, subtree: true });
  observers.push(observer);
  scan(root);
}

watch(document);
