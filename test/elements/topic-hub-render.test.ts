/**
 * How <topic-hub> reaches the screen: what is above the window's bottom edge in its first frame,
 * the rest in later frames, and no layout shift while a hub loads its bundle from `src`.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/topic-hub.js';
import type { TopicHub } from '../../src/topic-hub.js';
import { settled } from '../helpers.js';

const sectionTags = ['start-here', 'key-questions', 'reading-path', 'failure-mode-list', 'related-hubs', 'reference-list'];
const shownSections = (hub: TopicHub) => sectionTags.filter((tag) => hub.shadowRoot!.querySelector(tag));
/** Resolves in the callback of the next frame: after every microtask, before that frame is painted. */
const beforeNextPaint = () => new Promise((done) => requestAnimationFrame(done));
const afterNextPaint = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

async function insertHub(attributes: Record<string, string>) {
  const container = await fixture<HTMLDivElement>('<div></div>');
  const hub = document.createElement('topic-hub');
  for (const [name, value] of Object.entries(attributes)) hub.setAttribute(name, value);
  container.append(hub);
  return { container, hub };
}

describe('<topic-hub> rendering', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('paints the sections down to the bottom of the window first, then the rest, and updateComplete waits for all', async () => {
    await setViewport({ width: 800, height: 600 });
    const { hub } = await insertHub({ hub: 'technical-leadership' });
    await beforeNextPaint();
    const first = shownSections(hub);
    expect(first).to.include('start-here');
    expect(first).not.to.include('reference-list');
    expect(hub.getBoundingClientRect().bottom).to.be.above(window.innerHeight);
    await hub.updateComplete;
    expect(shownSections(hub)).to.deep.equal(sectionTags);
  });

  it('in a window taller than the hub, paints every section in its first frame', async () => {
    await setViewport({ width: 800, height: 12000 });
    const { hub } = await insertHub({ hub: 'technical-leadership' });
    await beforeNextPaint();
    expect(shownSections(hub)).to.deep.equal(sectionTags);
    expect(hub.getBoundingClientRect().bottom).to.be.below(window.innerHeight);
  });

  it('keeps --hub-min-height while its src bundle loads: the text below the hub does not move when the hub arrives', async () => {
    await setViewport({ width: 800, height: 600 });
    const key = `held-${Math.random().toString(36).slice(2)}`;
    const src = `/__test__/bundle?id=render-${key}`;
    // The hub's height in this page, once loaded: what the page owner gives as --hub-min-height.
    const { hub: loaded, container } = await insertHub({ src, hub: 'platform-engineering' });
    await waitUntil(() => loaded.shadowRoot!.querySelector('[part~="hub"]'), 'the bundle loads');
    await settled(loaded);
    const height = loaded.getBoundingClientRect().height;
    loaded.remove();

    const hub = document.createElement('topic-hub');
    // Another URL, held back by the server until released: the page-wide cache has not seen it.
    hub.setAttribute('src', `${src}-2&hold=${key}`);
    hub.setAttribute('hub', 'platform-engineering');
    hub.style.setProperty('--hub-min-height', `${height}px`);
    const below = document.createElement('p');
    below.textContent = 'The page goes on below the hub.';
    container.append(hub, below);
    await settled(hub);
    await afterNextPaint();
    expect(hub.shadowRoot!.querySelector('[part~="loading"]'), 'loading state').not.to.equal(null);
    const top = below.getBoundingClientRect().top;

    const shifts: PerformanceEntry[] = [];
    const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries()));
    observer.observe({ type: 'layout-shift' });
    await fetch(`/__test__/release?hold=${key}`);
    await waitUntil(() => hub.shadowRoot!.querySelector('[part~="hub"]'), 'the held bundle loads');
    await settled(hub);
    await afterNextPaint();
    await afterNextPaint();
    shifts.push(...observer.takeRecords());
    observer.disconnect();
    expect(below.getBoundingClientRect().top).to.equal(top);
    expect(shifts.map((shift) => (shift as PerformanceEntry & { value: number }).value)).to.deep.equal([]);
  });
});
