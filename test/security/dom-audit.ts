import { libraryElements } from '../fixtures/library-elements.js';
import { composedElements } from '../helpers.js';

export { libraryElements };

/**
 * Every tag the library's templates create, written by hand from them (src/elements, src/internal,
 * src/search). A tag outside this list in a rendered tree came from a bundle.
 */
export const templateTags = new Set([
  'article',
  'header',
  'section',
  'div',
  'span',
  'p',
  'ul',
  'ol',
  'li',
  'a',
  'em',
  'strong',
  'code',
  'mark',
  'kbd',
  'time',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'progress',
  'label',
  'input',
  'button',
  'details',
  'summary',
  // The error state's slot, which shows the page's own fallback content below the message.
  'slot',
  ...libraryElements,
]);

/** Attributes the browser reads as a URL to load or navigate to (HTML, SVG, MathML and legacy ones). */
const urlAttributes = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'ping',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'codebase',
  'classid',
  'archive',
  'manifest',
  'icon',
  'usemap',
]);

const scriptSchemes = new Set(['javascript:', 'data:', 'vbscript:']);

/**
 * What a hostile bundle managed to put into the composed tree below `root` (shadow roots
 * included), as readable lines: a tag our templates never create, an event-handler attribute, a
 * `srcdoc`, or a URL attribute that the URL parser reads as `javascript:`, `data:` or `vbscript:`.
 */
export function auditComposedTree(root: Element): string[] {
  const problems: string[] = [];
  for (const element of [root, ...composedElements(root)]) {
    const tag = element.localName;
    if (!templateTags.has(tag)) problems.push(`<${tag}> is not a tag of the templates`);
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) problems.push(`<${tag}> has the event handler attribute ${name}="${value}"`);
      if (lower === 'srcdoc') problems.push(`<${tag}> has srcdoc="${value}"`);
      if (!urlAttributes.has(lower)) continue;
      let protocol: string;
      try {
        protocol = new URL(value, element.baseURI).protocol;
      } catch {
        continue;
      }
      if (scriptSchemes.has(protocol)) problems.push(`<${tag}> has ${name}="${value}" (${protocol})`);
    }
  }
  return problems;
}

/** Text with white space folded as `composedText` folds it. */
export const folded = (text: string) => text.replace(/\s+/g, ' ').trim();
