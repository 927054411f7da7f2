/**
 * `src` on the elements: a content bundle loaded from a URL, as a page owner and a reader see it.
 * The bundle is the real build of test/fixtures/content/multi-hub (two hubs, "Platform
 * Engineering" and "Developer Experience"), served by the test server of web-test-runner.config.mjs,
 * which also makes the broken variants, holds answers back and counts requests.
 */
// @ts-nocheck

import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/topic-hub.js';
import '../../src/start-here.js';
import { BUNDLE_VERSION } from '../../src/content/bundle-types.js';
import type { HubErrorDetail } from '../../src/internal/hub-element.js';
import type { TopicHub } from '../../src/topic-hub.js';
import {
  cardTitles,
  composedText,
  deepQuery,
  deepQueryAll,
  defaultBundle,
  platformHub,
  renderExpectingError,
  settled,
  textOf,
} from '../helpers.js';

let serial = 0;
/** A bundle URL of its own for each test: the page-wide cache and the request counter start fresh. */
const bundleUrl = (query = '', path = '/__test__/bundle') => `${path}?id=${Date.now().toString(36)}-${++serial}${query ? `&${query}` : ''}`;

/** What the server saw of `url` (resolved against the page, as the elements do). */
async function requestsOf(url: string) {
  const { pathname, search } = new URL(url, document.baseURI);
  const response = await fetch(`/__test__/requests?url=${encodeURIComponent(pathname + search)}`);
  return (await response.json()) as { count: number; closedByClient: number };
}

/** How many times the page asked the server for `url`. */
const requestCount = async (url: string) => (await requestsOf(url)).count;

/** Lets a response held with `hold=key` go. */
const release = (key: string) => fetch(`/__test__/release?hold=${key}`);

/** Waits until the element shows its content or its error, then until everything in it has rendered. */
async function untilLoaded(element: Element) {
  await waitUntil(
    () => deepQuery(element, '[part~="title"], [part~="heading"], [role="alert"]'),
    'the element never left its loading state',
    { timeout: 5000 },
  );
  await settled(element);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const titleOf = (element: Element) => textOf(deepQuery(element, '[part~="title"]'));
const referencesOf = (element: Element) => cardTitles(deepQuery(element, 'reference-list'));

async function renderLoaded(markup: string, setUp?: (element: HTMLElement) => void) {
  const rendered = await renderExpectingError(markup, setUp);
  await untilLoaded(rendered.element);
  return rendered;
}

async function expectFailure(markup: string, code: HubErrorDetail['code'], text: RegExp) {
  const { element, errors } = await renderLoaded(markup);
  const alert = deepQuery(element, '[role="alert"]');
  expect(textOf(alert)).to.match(text);
  expect(errors).to.have.length(1);
  const src = new URL(element.getAttribute('src')!, document.baseURI).href;
  expect(errors[0]).to.deep.include({ code, hub: element.getAttribute('hub'), src });
  expect(errors[0].message).to.equal(textOf(alert).replace('This content cannot be shown. ', ''));
  await expect(element).to.be.accessible();
  return { element, errors, src };
}

describe('src: a content bundle from a URL', () => {
  it('renders the hub of the bundle at src: title, sections and references', async () => {
    const { element, errors } = await renderLoaded(`<topic-hub src="${bundleUrl()}" hub="platform-engineering"></topic-hub>`);
    expect(titleOf(element)).to.equal(platformHub.title);
    expect(referencesOf(element)).to.deep.equal(platformHub.references);
    expect(composedText(deepQuery(element, 'related-hubs'))).to.contain('Developer Experience');
    expect(deepQueryAll(element, '[role="alert"]')).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('hands the loaded bundle to the sections of <topic-hub>, with no request of their own', async () => {
    const src = bundleUrl();
    const { element } = await renderLoaded(`<topic-hub src="${src}" hub="platform-engineering"></topic-hub>`);
    expect(cardTitles(deepQuery(element, 'start-here'))).to.deep.equal(platformHub.startHere);
    expect(textOf(deepQuery(deepQuery(element, 'reading-path'), '[part~="heading"]'))).to.equal('Starting a platform team');
    expect(deepQueryAll(element, '[role="alert"]')).to.deep.equal([]);
    expect(await requestCount(src)).to.equal(1);
  });

  it('gives a section element alone the loaded bundle for its own cards too', async () => {
    const { element, errors } = await renderLoaded(`<start-here src="${bundleUrl()}" hub="platform-engineering"></start-here>`);
    expect(cardTitles(element)).to.deep.equal(platformHub.startHere);
    expect(errors).to.deep.equal([]);
  });

  it('requests a URL once for every element that names it, and shares the bundle object', async () => {
    const src = bundleUrl();
    const container = await fixture<HTMLDivElement>(`<div>
      <topic-hub src="${src}" hub="platform-engineering"></topic-hub>
      <topic-hub src="${src}" hub="developer-experience"></topic-hub>
      <start-here src="${src}" hub="platform-engineering"></start-here>
    </div>`);
    const [platform, developer, startHere] = Array.from(container.children) as TopicHub[];
    for (const element of [platform, developer, startHere]) await untilLoaded(element);
    expect(titleOf(platform)).to.equal('Platform Engineering');
    expect(titleOf(developer)).to.equal('Developer Experience');
    expect(cardTitles(startHere)).to.deep.equal(platformHub.startHere);
    expect(await requestCount(src)).to.equal(1);
    expect(platform.bundle === developer.bundle && developer.bundle === startHere.bundle, 'one bundle object').to.equal(true);

    // Added after the bundle arrived: it renders at once, from the same object.
    const late = document.createElement('topic-hub') as TopicHub;
    late.setAttribute('hub', 'platform-engineering');
    late.setAttribute('src', src);
    container.append(late);
    await settled(late);
    expect(titleOf(late)).to.equal('Platform Engineering');
    expect(await requestCount(src)).to.equal(1);
  });

  it('shows a quiet, busy loading state and fires no hub-error until a slow bundle arrives', async () => {
    const key = `slow-${++serial}`;
    const { element, errors } = await renderExpectingError(
      `<topic-hub src="${bundleUrl(`hold=${key}`)}" hub="platform-engineering"></topic-hub>`,
    );
    const loading = deepQuery(element, '[part~="loading"]');
    expect(textOf(loading)).to.equal('Loading…');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.getBoundingClientRect().height, 'the placeholder keeps some room').to.be.greaterThan(50);
    expect(deepQueryAll(element, '[role="alert"], [part~="title"]')).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    await expect(element).to.be.accessible();

    await release(key);
    await untilLoaded(element);
    expect(titleOf(element)).to.equal(platformHub.title);
    expect(deepQueryAll(element, '[part~="loading"]')).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });

  it('gives up after its timeout, says so, fires timeout, and stops the download', async () => {
    const src = bundleUrl(`hold=never-${++serial}`);
    const { element } = await expectFailure(
      `<topic-hub src="${src}" hub="platform-engineering" timeout="300"></topic-hub>`,
      'timeout',
      /did not arrive within 0\.3 s.*timeout="30000"/,
    );
    expect(deepQueryAll(element, '[part~="loading"]')).to.deep.equal([]);
    await waitUntil(async () => (await requestsOf(src)).closedByClient === 1, 'the request was not aborted', { timeout: 5000 });
  });

  it('says which HTTP status the server answered (http-error), and a later element asks again', async () => {
    const src = bundleUrl('status=404');
    await expectFailure(`<topic-hub src="${src}" hub="platform-engineering"></topic-hub>`, 'http-error', /HTTP 404/);
    await expectFailure(`<topic-hub src="${src}" hub="platform-engineering"></topic-hub>`, 'http-error', /HTTP 404/);
    expect(await requestCount(src), 'a failed load is not kept').to.equal(2);
  });

  it('names the URL when the request fails (network-error)', async () => {
    const src = bundleUrl('drop=1');
    const absolute = new URL(src, document.baseURI).href;
    await expectFailure(
      `<topic-hub src="${src}" hub="platform-engineering"></topic-hub>`,
      'network-error',
      new RegExp(`${escapeRegExp(absolute)} could not be fetched`),
    );
  });

  it('tells a file that is not JSON (invalid-json)', async () => {
    await expectFailure(
      `<topic-hub src="${bundleUrl('variant=invalid-json')}" hub="platform-engineering"></topic-hub>`,
      'invalid-json',
      /is not valid JSON/,
    );
  });

  it('tells JSON that is not a topic-hub bundle (invalid-bundle)', async () => {
    await expectFailure(
      `<topic-hub src="${bundleUrl('variant=not-a-bundle')}" hub="platform-engineering"></topic-hub>`,
      'invalid-bundle',
      /is not a topic-hub content bundle/,
    );
  });

  it('tells a bundle of another format version, and which version it reads (unsupported-version)', async () => {
    await expectFailure(
      `<topic-hub src="${bundleUrl('variant=version')}" hub="platform-engineering"></topic-hub>`,
      'unsupported-version',
      new RegExp(`its version is 99, this library reads version ${BUNDLE_VERSION}`),
    );
  });

  it('resolves a relative src against the page base URL', async () => {
    const base = document.createElement('base');
    base.href = '/__test__/nested/';
    document.head.append(base);
    try {
      const src = bundleUrl('', 'bundle');
      const { element } = await renderLoaded(`<topic-hub src="${src}" hub="platform-engineering"></topic-hub>`);
      expect(titleOf(element)).to.equal(platformHub.title);
      expect(await requestCount(`/__test__/nested/${src}`)).to.equal(1);
    } finally {
      base.remove();
    }
  });

  it('loads the new bundle when src changes, after a failure', async () => {
    const { element, errors } = await renderLoaded(`<topic-hub src="${bundleUrl('status=500')}" hub="platform-engineering"></topic-hub>`);
    expect(errors.map((error) => error.code)).to.deep.equal(['http-error']);
    element.setAttribute('src', bundleUrl());
    await waitUntil(() => titleOf(element), 'the new bundle never showed', { timeout: 5000 });
    expect(titleOf(element)).to.equal(platformHub.title);
    expect(errors).to.have.length(1);
  });

  it('prefers a bundle set as a property to src, and then requests nothing', async () => {
    const src = bundleUrl();
    const { element, errors } = await renderExpectingError(`<topic-hub src="${src}" hub="technical-leadership"></topic-hub>`, (el) => {
      (el as TopicHub).bundle = defaultBundle();
    });
    expect(titleOf(element)).to.equal('Technical Leadership');
    expect(errors).to.deep.equal([]);
    expect(await requestCount(src)).to.equal(0);
  });

  it('shows the built-in bundle at once when neither bundle nor src is given', async () => {
    const { element, errors } = await renderExpectingError(`<topic-hub hub="technical-leadership"></topic-hub>`);
    expect(deepQueryAll(element, '[part~="loading"]')).to.deep.equal([]);
    expect(titleOf(element)).to.equal('Technical Leadership');
    expect(errors).to.deep.equal([]);
  });
});
