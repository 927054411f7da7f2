/**
 * The Pagefind engine (src/search/pagefind-engine.ts) against real Pagefind indexes, built by
 * `topic-hub build --search pagefind` in `npm run build:test-fixtures`: the multi-hub fixture (two
 * hubs, five articles; expected values read from test/fixtures/content/multi-hub) and the shipped
 * hub (content/; expected articles from the seed, test/fixtures/seed-facts.ts).
 */
import { expect } from '@open-wc/testing';
import { createPagefindEngine } from '../../src/search/pagefind-engine.js';
import type { SearchQuery } from '../../src/search/search-engine.js';
import { seedReferences } from '../fixtures/seed-facts.js';

const folderOf = (name: string) => new URL(`/test/fixtures/built/pagefind/${name}/pagefind/`, location.href).href;
const multiHub = createPagefindEngine({ folder: folderOf('multi-hub') });
const shippedHub = createPagefindEngine({ folder: folderOf('technical-leadership') });
const query = (text: string, more: Partial<SearchQuery> = {}): SearchQuery => ({ query: text, tags: [], limit: 10, ...more });
const idsOf = (page: { matches: { article: { id: string } }[] }) => page.matches.map(({ article }) => article.id);

/** The seed's article whose title says `words` (the ids are the content's file names). */
const seedArticle = (words: string) => seedReferences.find(({ title }) => title.includes(words))!.id;

describe('Pagefind engine', () => {
  before(async () => {
    await Promise.all([multiHub.prepare(), shippedHub.prepare()]);
  });

  it('finds the articles that have every word', async () => {
    // "platform" is in every platform-tagged article; "adoption" in the title of one and the summary of another.
    const page = await multiHub.search(query('platform adoption'));
    expect(idsOf(page)).to.have.members(['measuring-platform-adoption', 'paved-roads-not-gates']);
    expect(page.total).to.equal(2);
  });

  it('falls back to any word when no article has them all', async () => {
    // "paged" is only in On-Call's summary, "adoption" in two others: no article has both.
    const page = await multiHub.search(query('paged adoption'));
    expect(idsOf(page)).to.have.members(['on-call-for-platform-teams', 'measuring-platform-adoption', 'paved-roads-not-gates']);
    expect(page.total).to.equal(3);
  });

  it('falls back to any word when one word matches nothing, as Pagefind alone would not', async () => {
    // No article says "kubernetes", and no word of the fixture is two edits from it.
    const page = await multiHub.search(query('platform adoption kubernetes'));
    expect(page.total).to.equal(4);
  });

  it('reads the last word as the start of a word, and does not correct it while it starts one', async () => {
    // "roadm" starts "roadmap" (The Platform Is a Product); corrected, it would be "road" (one edit), which
    // starts "road", "roads" and "roadmap" in three articles.
    expect(idsOf(await multiHub.search(query('roadm')))).to.deep.equal(['platform-as-a-product']);
    expect(idsOf(await multiHub.search(query('measur')))).to.deep.equal(['measuring-platform-adoption']);
    expect(idsOf(await multiHub.search(query('loops und')))).to.deep.equal(['feedback-loops-under-ten-minutes']);
  });

  it("returns each match's display data as the content has it, with the words to highlight", async () => {
    const page = await multiHub.search(query('paved gat'));
    expect(page.matches).to.deep.equal([
      {
        article: {
          id: 'paved-roads-not-gates',
          title: 'Paved Roads, Not Gates',
          summary: 'Why a well-kept default path gets more adoption than a mandatory review step.',
          tags: ['platform', 'adoption'],
          canon: true,
          hubs: ['developer-experience', 'platform-engineering'],
          url: 'https://example.com/paved-roads-not-gates/',
          date: '2026-03-02',
        },
        terms: ['paved', 'gates'],
      },
    ]);
  });

  it('counts every match, returns at most `limit` of them, and counts the tags of the shown ones', async () => {
    // The four platform-tagged articles each name "platform"; each has one other tag.
    const engine = createPagefindEngine({ folder: folderOf('multi-hub') });
    const all = await engine.search(query('platform'));
    expect(all.total).to.equal(4);
    expect(all.tagCounts).to.deep.equal([
      ['platform', 4],
      ['adoption', 1],
      ['metrics', 1],
      ['operations', 1],
      ['product', 1],
    ]);
    const two = await engine.search(query('platform', { limit: 2 }));
    expect(two.total).to.equal(4);
    expect(two.matches).to.have.length(2);
    const shownTags = two.matches.flatMap(({ article }) => article.tags);
    expect(two.tagCounts.find(([tag]) => tag === 'platform')).to.deep.equal(['platform', 2]);
    expect(two.tagCounts.reduce((sum, [, count]) => sum + count, 0)).to.equal(shownTags.length);
  });

  it("counts the tags of every match from Pagefind's filter counts once a tag was chosen", async () => {
    const engine = createPagefindEngine({ folder: folderOf('multi-hub') });
    await engine.search(query('platform', { tags: ['platform'] }));
    const page = await engine.search(query('platform', { limit: 2 }));
    expect(page.matches).to.have.length(2);
    expect(page.tagCounts).to.deep.equal([
      ['platform', 4],
      ['adoption', 1],
      ['metrics', 1],
      ['operations', 1],
      ['product', 1],
    ]);
  });

  it("keeps to the engine's hub, or the query's own", async () => {
    // developer-experience lists Feedback Loops, Measuring Platform Adoption and Paved Roads.
    const scoped = createPagefindEngine({ folder: folderOf('multi-hub'), hub: 'developer-experience' });
    const inHub = await scoped.search(query('platform'));
    expect(idsOf(inHub)).to.have.members(['measuring-platform-adoption', 'paved-roads-not-gates']);
    expect(inHub.total).to.equal(2);
    const inOther = await scoped.search(query('platform', { hub: 'platform-engineering' }));
    expect(inOther.total).to.equal(4);
  });

  it('keeps to articles with every chosen tag, and lists them newest first for tags alone', async () => {
    expect(idsOf(await multiHub.search(query('platform', { tags: ['platform', 'metrics'] })))).to.deep.equal([
      'measuring-platform-adoption',
    ]);
    const tagsAlone = await multiHub.search(query('', { tags: ['platform'] }));
    expect(idsOf(tagsAlone)).to.deep.equal([
      'measuring-platform-adoption', // 2026-04-11
      'paved-roads-not-gates', // 2026-03-02
      'platform-as-a-product', // 2026-01-20
      'on-call-for-platform-teams', // 2025-11-05
    ]);
    expect(await multiHub.search(query(''))).to.deep.equal({ matches: [], total: 0, tagCounts: [] });
  });

  it('finds undated articles by tags alone too, after the dated ones', async () => {
    for (const tag of ['leadership', 'engineering']) {
      const tagged = seedReferences.filter((reference) => reference.tags.includes(tag));
      const undated = tagged.filter((reference) => !reference.date).map((reference) => reference.id);
      expect(undated.length, `the seed has undated "${tag}" articles`).to.be.greaterThan(0);
      const page = await shippedHub.search(query('', { tags: [tag], limit: 100 }));
      expect(page.total, tag).to.equal(tagged.length);
      expect(idsOf(page).slice(-undated.length), tag).to.have.members(undated);
    }
  });

  it('corrects typos: the article meant is among the first three', async () => {
    for (const [typed, meant] of [
      ['hedcount', seedArticle('Headcount')],
      ['techincal debt', seedArticle('Technical Debt')],
      ['lagging metrc', seedArticle('Lagging Metric')],
      ['technial due diligense', seedArticle('Technical Due Diligence')],
    ]) {
      const page = await shippedHub.search(query(typed, { limit: 3 }));
      expect(idsOf(page), typed).to.include(meant);
    }
  });

  it('suggests a query when nothing is found', async () => {
    // Three letters are never corrected; "team" is one letter away and in two articles.
    const page = await multiHub.search(query('tem'));
    expect(page).to.deep.equal({ matches: [], total: 0, tagCounts: [], suggestion: 'team' });
  });

  it('rejects with what to fix when the folder has no index, and when it is not an absolute URL', async () => {
    const missing = createPagefindEngine({ folder: folderOf('nowhere') });
    let error: unknown = await missing.prepare().catch((reason: Error) => reason);
    expect(error).to.be.instanceOf(Error);
    expect((error as Error).message)
      .to.contain(`No Pagefind index at ${folderOf('nowhere')}`)
      .and.contain('--search pagefind');
    error = await missing.search(query('platform')).catch((reason: Error) => reason);
    expect((error as Error).message).to.contain('No Pagefind index at');
    error = await createPagefindEngine({ folder: 'pagefind/' })
      .prepare()
      .catch((reason: Error) => reason);
    expect((error as Error).message).to.equal('The Pagefind folder must be an absolute URL, not "pagefind/"');
  });

  describe('under a Content-Security-Policy (a page and index served with the header)', () => {
    const load = async (policy: 'strict' | 'wasm' | 'trusted-types') => {
      const frame = document.createElement('iframe');
      const answer = new Promise<{ ids?: string[]; error?: string; unhandled: string[] }>((resolve) =>
        addEventListener('message', (event) => resolve(event.data), { once: true }),
      );
      frame.src = `/__pagefind-csp/${policy}/page`;
      document.body.append(frame);
      try {
        return await answer;
      } finally {
        frame.remove();
      }
    };

    it("without 'wasm-unsafe-eval' rejects with an Error that says to add it, and leaves no unhandled rejection", async () => {
      const answer = await load('strict');
      expect(answer.error).to.match(
        /^The page's Content-Security-Policy blocks Pagefind's WebAssembly: add 'wasm-unsafe-eval' to script-src/,
      );
      expect(answer.unhandled).to.deep.equal([]);
    });

    for (const policy of ['wasm', 'trusted-types'] as const) {
      it(`with script-src 'self' 'wasm-unsafe-eval'${policy === 'trusted-types' ? ' and Trusted Types enforced' : ''} searches`, async () => {
        const answer = await load(policy);
        expect(answer.error).to.equal(undefined);
        expect(answer.ids).to.have.members([
          'measuring-platform-adoption',
          'on-call-for-platform-teams',
          'paved-roads-not-gates',
          'platform-as-a-product',
        ]);
        expect(answer.unhandled).to.deep.equal([]);
      });
    }
  });
});
