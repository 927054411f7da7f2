/**
 * The elements under Trusted Types enforcement (`require-trusted-types-for 'script'`), each page
 * with its CSP in a meta tag, opened in a same-origin iframe (test/pages/*.html). The pages
 * record CSP violations, uncaught errors and warnings from a script file (page-errors.js).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

interface PageRecord {
  __cspViolations: string[];
  __pageErrors: string[];
  __warnings: string[];
  /** Made by Lit's development build only. */
  litIssuedWarnings?: Set<string>;
}

let iframe: HTMLIFrameElement | undefined;
afterEach(() => iframe?.remove());

async function openPage(name: string) {
  iframe = document.createElement('iframe');
  iframe.src = `/test/pages/${name}`;
  const loaded = new Promise((resolve) => iframe!.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & PageRecord;
  return { win, doc: iframe.contentDocument! };
}

/** Elements below `root` across shadow roots; realm-neutral (no instanceof), as the page is another window. */
function composedElements(root: Element): Element[] {
  const found: Element[] = [];
  const visit = (node: Element) => {
    for (const child of Array.from((node.shadowRoot ?? node).children)) {
      found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

const titleOf = (doc: Document) => doc.querySelector('topic-hub')?.shadowRoot?.querySelector('[part~="title"]')?.textContent;
const cards = (doc: Document) => {
  const list = composedElements(doc.querySelector('topic-hub')!).find((element) => element.localName === 'reference-list');
  return list ? composedElements(list).filter((element) => element.localName === 'article-card') : [];
};

/** The hub renders, its 31 references too, and a typed search lists results: all through Lit's templates. */
async function expectWorkingHub(doc: Document) {
  const win = doc.defaultView as unknown as Window & PageRecord;
  await waitUntil(() => titleOf(doc) === 'Technical Leadership').catch(() => {
    throw new Error(
      `The hub did not render. CSP violations: ${JSON.stringify(win.__cspViolations)}; errors: ${JSON.stringify(win.__pageErrors)}`,
    );
  });
  // The references show ten, then all 31 after "Show all".
  await waitUntil(() => cards(doc).length === 10, 'the first 10 references render');
  const list = composedElements(doc.querySelector('topic-hub')!).find((element) => element.localName === 'reference-list')!;
  list.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="show-all"]')!.click();
  await waitUntil(() => cards(doc).length === 31, 'the 31 references render');
  const search = composedElements(doc.querySelector('topic-hub')!).find((element) => element.localName === 'article-search')!;
  const input = search.shadowRoot!.querySelector('input')!;
  input.focus();
  await sendKeys({ type: 'headcount' });
  await waitUntil(() => search.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'the search lists results');
  expect(search.shadowRoot!.querySelector('[role="option"] .option-title')!.textContent).to.equal(
    'The Throughput Engineer: Why Headcount Is a Lagging Metric',
  );
  // Violation reports are queued: let the page's frames and tasks run before they are read.
  await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('Trusted Types enforcement', () => {
  before(async () => {
    const dropIn = await fetch('/dist/topic-hub.js', { method: 'HEAD' });
    expect(dropIn.ok, 'dist/topic-hub.js is missing: run `npm run build` first (npm test does)').to.equal(true);
  });

  it('the drop-in file renders and searches under `trusted-types lit-html`, with no violation and no policy of its own', async () => {
    const { win, doc } = await openPage('trusted-types.html');
    await expectWorkingHub(doc);
    expect(win.litIssuedWarnings, "Lit's production build").to.equal(undefined);
    expect(win.__cspViolations).to.deep.equal([]);
    expect(win.__pageErrors).to.deep.equal([]);
  });

  it("the sources with Lit's development build need no other policy name", async () => {
    const { win, doc } = await openPage('trusted-types-dev.html');
    await expectWorkingHub(doc);
    expect(win.litIssuedWarnings, "Lit's development build").to.be.instanceOf((win as unknown as typeof globalThis).Set);
    expect(win.__cspViolations).to.deep.equal([]);
    expect(win.__pageErrors).to.deep.equal([]);
  });

  it('without lit-html in `trusted-types`, the drop-in throws at import and defines nothing', async () => {
    const { win, doc } = await openPage('trusted-types-no-lit-policy.html');
    await waitUntil(() => win.__pageErrors.length > 0 && win.__cspViolations.length > 0, 'the import fails and a violation is reported');
    expect(win.__pageErrors).to.deep.equal([
      `Uncaught TypeError: Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy "lit-html" disallowed.`,
    ]);
    expect(win.__cspViolations).to.deep.equal(['trusted-types: trusted-types-policy lit-html']);
    expect(win.customElements.get('topic-hub')).to.equal(undefined);
    expect(doc.querySelector('topic-hub')!.shadowRoot).to.equal(null);
  });

  it("a second copy of the drop-in throws at import without 'allow-duplicates'; the first copy's elements still render", async () => {
    const { win, doc } = await openPage('trusted-types-two-copies.html');
    await expectWorkingHub(doc);
    await waitUntil(() => win.__cspViolations.length > 0, 'a violation is reported');
    expect(win.__pageErrors).to.deep.equal([
      `Uncaught TypeError: Failed to execute 'createPolicy' on 'TrustedTypePolicyFactory': Policy with name "lit-html" already exists.`,
    ]);
    expect(win.__cspViolations).to.deep.equal(['trusted-types: trusted-types-policy lit-html']);
  });

  it("two copies of the drop-in load under `trusted-types lit-html 'allow-duplicates'`", async () => {
    const { win, doc } = await openPage('trusted-types-two-copies-allowed.html');
    await expectWorkingHub(doc);
    expect(win.__cspViolations).to.deep.equal([]);
    expect(win.__pageErrors).to.deep.equal([]);
    // The second copy ran: it found every tag taken and kept the first copy's definitions.
    expect(win.__warnings.filter((warning) => warning.includes('another copy of the library'))).to.have.length(1);
  });
});
