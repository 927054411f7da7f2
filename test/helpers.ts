import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parse as parseYaml } from 'yaml';
import { readBundle } from '../src/content/content-store.js';
import type { ContentBundle } from '../src/content/bundle-types.js';
import type { HubErrorDetail } from '../src/internal/hub-element.js';

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

/**
 * Waits until every Lit element below `root` has rendered; throws, naming the elements still
 * updating, when they keep scheduling updates after five rounds (an update loop, or a test that
 * read the page too early).
 */
export async function settled(root: Element) {
  const rounds = 5;
  let unsettled: Element[] = [];
  for (let round = 0; round < rounds; round++) {
    const elements = composedElements(root)
      .concat(root)
      .filter((element) => (element as Element & { updateComplete?: Promise<boolean> }).updateComplete);
    const results = await Promise.all(
      elements.map((element) => (element as Element & { updateComplete: Promise<boolean> }).updateComplete),
    );
    unsettled = elements.filter((_, index) => results[index] !== true);
    if (unsettled.length === 0) return;
  }
  const names = unsettled.map((element) => `<${element.localName}${element.id ? `#${element.id}` : ''}>`).join(', ');
  throw new Error(`settled(<${root.localName}>): still updating after ${rounds} rounds: ${names}`);
}

/** Headings below `root` as "h3 Start Here" (or "aria-level=7 …" beyond h6), in document order across shadow roots. */
export const headingOutline = (root: Element) =>
  deepQueryAll(root, 'h1, h2, h3, h4, h5, h6, [role="heading"]').map(
    (h) => `${h.getAttribute('role') === 'heading' ? `aria-level=${h.getAttribute('aria-level')}` : h.localName} ${textOf(h)}`,
  );

/**
 * All text a reader sees below `root`, across shadow roots, with white space folded: the rendered
 * content of a shadow host is its shadow tree (innerText of a host is empty in Chromium).
 */
export function composedText(root: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const children = node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(visit);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The titles of the article cards below `root`, in document order, as a reader sees them. */
export const cardTitles = (root: Element) => deepQueryAll(root, 'article-card').map((card) => textOf(deepQuery(card, '[part~="title"]')));

/** How many lines of its text a box shows (its height over its line height), and whether it hides some. */
export function linesOf(element: Element) {
  const box = element as HTMLElement;
  return {
    shown: Math.round(box.getBoundingClientRect().height / parseFloat(getComputedStyle(box).lineHeight)),
    cut: box.scrollHeight > box.clientHeight + 1,
  };
}

/** Renders one element from `markup` in a fresh fixture and waits until everything in it has rendered. */
export async function renderElement<T extends HTMLElement = HTMLElement>(markup: string): Promise<T> {
  const container = await fixture<HTMLDivElement>(`<div>${markup}</div>`);
  const element = container.firstElementChild as T;
  await settled(element);
  return element;
}

/** Renders an element after a hub-error listener is attached, so the first report is caught. */
export async function renderExpectingError(markup: string, setUp: (element: HTMLElement) => void = () => {}) {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const errors: HubErrorDetail[] = [];
  container.addEventListener('hub-error', (event) => errors.push(event.detail));
  container.innerHTML = markup;
  const element = container.firstElementChild as HTMLElement;
  setUp(element);
  await settled(element);
  return { element, errors, container };
}

/** The parts of the shipped hub's front matter that the tests compare with what the elements show. */
export interface HubMarkdown {
  startHere: { article: string; label?: string; reason: string }[];
  questions: string[];
  failureModes: { text: string; articles: string[] }[];
}

/**
 * The front matter of a Markdown file of content/ (e.g. `hubs/technical-leadership.md`), fetched
 * from the test server and parsed here with a YAML parser of the test's own: the prose as its
 * author wrote it (our paraphrase of the seed), not as the content build turned it into a bundle.
 */
export async function contentFrontMatter<T = Record<string, unknown>>(file: string): Promise<T> {
  const response = await fetch(`/content/${file}`);
  if (!response.ok) throw new Error(`content/${file}: HTTP ${response.status}`);
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(await response.text());
  if (!frontMatter) throw new Error(`content/${file} has no front matter`);
  return parseYaml(frontMatter[1]) as T;
}

/** The shipped hub's prose as written in content/hubs/technical-leadership.md. */
export const hubMarkdown = () => contentFrontMatter<HubMarkdown>('hubs/technical-leadership.md');

/** The built-in content bundle (src/content/default-bundle.js), read as the elements read it. */
export const defaultBundle = (): ContentBundle => readBundle();

/** The second hub of test/fixtures/content/multi-hub, as its Markdown says (references newest first). */
export const platformHub = {
  id: 'platform-engineering',
  title: 'Platform Engineering',
  references: ['Measuring Platform Adoption', 'Paved Roads, Not Gates', 'The Platform Is a Product', 'On-Call for Platform Teams'],
  startHere: ['Paved Roads, Not Gates', 'The Platform Is a Product'],
};

/** Adds a style sheet to the page (as a page owner would) until the returned function is called. */
export function addPageStyle(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

/**
 * The error contract every hub element shares, as tests: an unknown or missing hub shows an
 * accessible alert in place of the content (no article card), names the hubs that exist, and
 * fires one `hub-error` with the right code.
 */
export function itFollowsTheHubErrorContract(tag: string) {
  it('shows an accessible error and fires hub-error for an unknown hub, without throwing', async () => {
    const { element, errors } = await renderExpectingError(`<${tag} hub="no-such-hub"></${tag}>`);
    const alert = deepQuery(element, '[role="alert"]');
    expect(textOf(alert)).to.contain('no-such-hub');
    expect(textOf(alert)).to.contain('technical-leadership');
    expect(deepQueryAll(element, 'article-card, [part~="heading"]')).to.deep.equal([]);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ code: 'unknown-hub', hub: 'no-such-hub' });
    await expect(element).to.be.accessible();
  });

  it('shows an error when no hub is chosen', async () => {
    const { element, errors } = await renderExpectingError(`<${tag}></${tag}>`);
    expect(textOf(deepQuery(element, '[role="alert"]'))).to.contain('set the hub attribute');
    expect(errors.map((error) => error.code)).to.deep.equal(['missing-hub']);
  });
}

/**
 * Imports a copy of the drop-in file from a blob: URL, so nothing about where it was served from
 * can help it load, and each call is a module instance of its own (another team's copy).
 */
export async function importDetached(source: string) {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return await import(/* @vite-ignore */ url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A node of the page's accessibility tree, as Chromium gives it to screen readers. */
export interface AccessibleNode {
  role: string;
  name?: string;
  level?: number;
}

/** Every node of the page's accessibility tree that fits `test`, in tree order (`accessibility-tree` in web-test-runner.config.mjs). */
export async function accessibleNodes(test: (node: AccessibleNode) => boolean): Promise<AccessibleNode[]> {
  return ((await executeServerCommand('accessibility-tree')) as AccessibleNode[]).filter(test);
}

/** The first node of the page's accessibility tree that fits `test`. */
export const accessibleNode = async (test: (node: AccessibleNode) => boolean) => (await accessibleNodes(test))[0];

/**
 * Presses "Show all" in every reference list below `root` that is collapsed (lists show their
 * first ten entries), as a reader would, and waits until they have rendered everything.
 */
export async function showAllReferences(root: Element) {
  const collapsed = deepQueryAll<HTMLButtonElement>(root, 'button[part~="show-all"]').filter((button) =>
    textOf(button).startsWith('Show all'),
  );
  collapsed.forEach((button) => button.click());
  await settled(root);
}
