/**
 * The search worker of the drop-in file (dist/topic-hub.js) on pages with a strict CSP
 * (`script-src 'self'`, no blob:) and Trusted Types (`require-trusted-types-for 'script'`), each
 * page opened in a same-origin iframe (test/pages/search-*-csp.html) that records CSP violations
 * and errors (page-errors.js). The bundle and its index file are the real `topic-hub build` output
 * of test/fixtures/content/multi-hub, served under /__test__/split/ by the test server.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

interface PageRecord {
  __cspViolations: string[];
  __pageErrors: string[];
}

let iframe: HTMLIFrameElement | undefined;
afterEach(() => iframe?.remove());

async function searchOnPage(name: string, query: string) {
  iframe = document.createElement('iframe');
  iframe.src = `/test/pages/${name}`;
  const loaded = new Promise((resolve) => iframe!.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & PageRecord;
  const search = iframe.contentDocument!.querySelector('article-search')!;
  await waitUntil(() => search.shadowRoot?.querySelector('input'), 'the search renders', { timeout: 5000 });
  search.shadowRoot!.querySelector('input')!.focus();
  await sendKeys({ type: query });
  await waitUntil(() => search.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'the search lists results', {
    timeout: 5000,
  }).catch(() => {
    throw new Error(`No results. CSP violations: ${JSON.stringify(win.__cspViolations)}; errors: ${JSON.stringify(win.__pageErrors)}`);
  });
  // Violation reports are queued: let the page's tasks run before they are read.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const titles = Array.from(search.shadowRoot!.querySelectorAll('[role="option"] .option-title')).map((title) => title.textContent);
  // What the page itself fetched: a worker's requests are in the worker's own timeline, not here.
  const fetched = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  return { win, titles, fetched };
}

describe('the search worker under a strict CSP and Trusted Types', () => {
  before(async () => {
    const dropIn = await fetch('/dist/topic-hub.js', { method: 'HEAD' });
    expect(dropIn.ok, 'dist/topic-hub.js is missing: run `npm run build` first (npm test does)').to.equal(true);
  });

  it('starts the worker file beside the drop-in, searches in it, and logs no violation', async () => {
    const { win, titles, fetched } = await searchOnPage('search-worker-csp.html', 'mandatory');
    // Only that article's summary has the word (test/fixtures/content/multi-hub).
    expect(titles).to.deep.equal(['Paved Roads, Not Gates']);
    expect(win.__cspViolations).to.deep.equal([]);
    expect(win.__pageErrors).to.deep.equal([]);
    expect(
      fetched.filter((path) => /^\/dist\/assets\/search-worker-[\w-]+\.js$/.test(path)),
      'the worker file',
    ).to.have.length(1);
    expect(fetched, 'the index is fetched by the worker, not the page').to.not.include('/__test__/split/index');
  });

  it('searches on the main thread when the page does not allow its Trusted Types policy, and asks for it once', async () => {
    const { win, titles, fetched } = await searchOnPage('search-fallback-csp.html', 'mandatory');
    expect(titles).to.deep.equal(['Paved Roads, Not Gates']);
    expect(win.__pageErrors).to.deep.equal([]);
    expect(fetched, 'the page fetched the index itself').to.include('/__test__/split/index');
    // A second search with an index of its own does not ask for the refused policy again.
    const second = iframe!.contentDocument!.querySelectorAll('article-search')[1];
    second.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'feedback' });
    await waitUntil(() => second.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'the second search lists results', {
      timeout: 5000,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The one report: the policy name the page's trusted-types list does not allow.
    expect(win.__cspViolations.map((violation) => violation.split(':')[0])).to.deep.equal(['trusted-types']);
  });
});
