/** Every element under `root` in document order, descending into open shadow roots as a reader's view does. */
export function composedElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.children : node.children;
    for (const child of Array.from(children)) {
      found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

/** Elements matching `selector` anywhere below `root`, across shadow roots. */
export const deepQueryAll = <T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string) =>
  composedElements(root).filter((element) => element.matches(selector)) as T[];

export const deepQuery = <T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string) =>
  deepQueryAll<T>(root, selector)[0];

/** Visible text of an element, with white space folded. */
export const textOf = (element: Element | undefined) => (element as HTMLElement | undefined)?.innerText.replace(/\s+/g, ' ').trim() ?? '';

/** Waits until every Lit element below `root` has rendered. */
export async function settled(root: Element) {
  for (let round = 0; round < 5; round++) {
    const pending = composedElements(root)
      .concat(root)
      .map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete)
      .filter(Boolean);
    const results = await Promise.all(pending);
    if (results.every((done) => done === true)) return;
  }
}

/** Headings below `root` as "h3 Start Here", in document order across shadow roots. */
export const headingOutline = (root: Element) =>
  deepQueryAll(root, 'h1, h2, h3, h4, h5, h6').map((h) => `${h.localName} ${textOf(h)}`);
