/**
 * The built drop-in file, `dist/topic-hub.js`, as a page owner uses it: loaded alone, from
 * anywhere, with Lit's production build inside. `npm test` builds it before this runs.
 */
import { expect, fixture } from '@open-wc/testing';
import { deepQuery, deepQueryAll, importDetached, settled, showAllReferences, textOf } from './helpers.js';

const buildTimeLibraries = ['marked', 'sanitize-html', 'zod', 'gray-matter', 'js-yaml', 'yaml', 'ajv', 'htmlparser2', 'postcss'];

describe('dist/topic-hub.js (the drop-in file)', () => {
  let source: string;

  before(async () => {
    const response = await fetch('/dist/topic-hub.js');
    expect(response.ok, 'dist/topic-hub.js exists (npm run build)').to.equal(true);
    source = await response.text();
  });

  it('loads alone: no static import of another file; what it fetches only when used is in assets/', () => {
    // Matches compared, not the source: a failed match would print the whole file.
    expect(source.match(/\bimport\s*[\w{*][^;]*?\bfrom\s*["'`]/g)).to.equal(null);
    const later = [...source.matchAll(/\bimport\(\s*["'`]([^"'`]+)/g)].map(([, url]) => url);
    expect(later.filter((url) => !url.startsWith('./assets/'))).to.deep.equal([]);
  });

  it('contains none of the build-time libraries', async () => {
    const modules: string[] = await (await fetch('/dist/topic-hub.js.modules.json')).json();
    expect(
      modules.some((id) => id.includes('node_modules/lit-html/')),
      'module list is real',
    ).to.equal(true);
    const leaked = modules.filter((id) => buildTimeLibraries.some((name) => id.includes(`node_modules/${name}/`)));
    expect(leaked).to.deep.equal([]);
    expect(source).not.to.contain('sanitize-html');
    expect(source).not.to.contain('ZodError');
  });

  it('defines the elements when loaded alone, and a second copy on the page does not throw', async () => {
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const first = await importDetached(source);
      // Compared as booleans: chai's message for two element classes can hang the browser.
      expect(customElements.get('topic-hub') === first.TopicHub, 'the first copy defines <topic-hub>').to.equal(true);
      // Another team's copy: a different module instance with its own classes.
      const second = await importDetached(source);
      expect(second.TopicHub === first.TopicHub, 'the copies are distinct').to.equal(false);
      expect(customElements.get('topic-hub') === first.TopicHub, 'the first definition is kept').to.equal(true);
    } finally {
      console.warn = originalWarn;
    }
    expect(warnings, 'one warning for the whole second copy').to.have.length(1);
    expect(warnings[0]).to.match(
      /another copy of the library \(version [^)]+\) had already defined 9 of its tags on this page \(.*<topic-hub>.*\); that copy's elements/,
    );
  });

  it('renders the whole hub with its built-in content', async () => {
    const hub = await fixture('<topic-hub hub="technical-leadership"></topic-hub>');
    await settled(hub);
    expect(textOf(deepQuery(hub, '[part~="title"]'))).to.equal('Technical Leadership');
    expect(deepQueryAll(deepQuery(hub, 'reference-list'), 'article-card')).to.have.length(10);
    await showAllReferences(hub);
    expect(deepQueryAll(deepQuery(hub, 'reference-list'), 'article-card')).to.have.length(31);
    expect(textOf(deepQuery(hub, '[part~="count"]'))).to.equal("31 entries tagged 'Technical Leadership'");
  });
});
