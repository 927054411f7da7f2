import { expect } from '@open-wc/testing';
import '../../src/article-card.js';
import type { ArticleCard } from '../../src/article-card.js';
import { seedReferences, type SeedReference } from '../fixtures/seed-facts.js';
import {
  accessibleNode,
  contentFrontMatter,
  deepQuery,
  deepQueryAll,
  headingOutline,
  renderElement,
  renderExpectingError,
  textOf,
} from '../helpers.js';

const articles = () => seedReferences;
/** The first reference of the seed that fits `test`; fails loudly if the seed has none. */
function anArticle(description: string, test: (article: SeedReference) => boolean): SeedReference {
  const found = articles().find(test);
  if (!found) throw new Error(`The seed has no ${description} reference: pick another example.`);
  return found;
}

const renderCard = (attributes: string) => renderElement<ArticleCard>(`<article-card ${attributes}></article-card>`);

describe('<article-card>', () => {
  it('shows a linked title, the summary, the tags in order, the date and the Canon badge', async () => {
    const article = anArticle('canon, dated, linked', (a) => !!a.canon && !!a.date && !!a.url);
    const card = await renderCard(`article="${article.id}"`);

    const link = deepQuery<HTMLAnchorElement>(card, 'a[part~="title-link"]');
    expect(textOf(link)).to.equal(article.title);
    expect(link.href).to.equal(article.url);
    // Summaries are our paraphrases of the seed's: the one written in the article's Markdown.
    const { summary } = await contentFrontMatter<{ summary: string }>(`articles/${article.id}.md`);
    expect(textOf(deepQuery(card, '[part~="summary"]'))).to.equal(summary);
    expect(deepQueryAll(card, '[part~="tag"]').map(textOf)).to.deep.equal(article.tags);
    expect(deepQuery(card, '[part~="tags"]').getAttribute('aria-label')).to.equal('Tags');

    const date = deepQuery<HTMLTimeElement>(card, 'time[part~="date"]');
    expect(date.dateTime).to.equal(article.date);
    const [year, , day] = article.date!.split('-');
    expect(textOf(date))
      .to.contain(year)
      .and.to.contain(String(Number(day)));

    const badge = deepQuery(card, '[part~="badge"]');
    expect(textOf(badge.querySelector('[aria-hidden="true"]')!), 'what the eye reads').to.equal('Canon');
    expect(badge.getBoundingClientRect().width).to.be.greaterThan(0);
    const node = await accessibleNode((n) => !!n.name?.startsWith('Canon'));
    expect(node?.name, 'what a screen reader reads: the meaning, not only the bare word (finding 12)').to.equal('Canon: essential reading');
  });

  it('shows no badge for an article that is not canon', async () => {
    const article = anArticle('non-canon', (a) => !a.canon);
    const card = await renderCard(`article="${article.id}"`);
    expect(textOf(deepQuery(card, '[part~="title"]'))).to.equal(article.title);
    expect(deepQuery(card, '[part~="badge"]')).to.equal(undefined);
  });

  it('shows the title as plain text, and no date, where the article has neither URL nor date', async () => {
    const article = anArticle('unlinked, undated', (a) => !a.url && !a.date);
    const card = await renderCard(`article="${article.id}"`);
    expect(textOf(deepQuery(card, '[part~="title"]'))).to.equal(article.title);
    expect(deepQuery(card, 'a')).to.equal(undefined);
    expect(deepQuery(card, '[part~="date"]')).to.equal(undefined);
  });

  it('shows a shorter label instead of the title where one is given', async () => {
    const article = anArticle('linked', (a) => !!a.url);
    const card = await renderCard(`article="${article.id}" label="Short title"`);
    expect(textOf(deepQuery(card, '[part~="title"]'))).to.equal('Short title');
    expect(deepQuery<HTMLAnchorElement>(card, 'a').href).to.equal(article.url);
  });

  it('heads the card at heading-level, h2 by default, with aria-level beyond h6', async () => {
    const article = articles()[0];
    for (const [attribute, expected] of [
      ['', 'h2'],
      ['heading-level="4"', 'h4'],
      ['heading-level="6"', 'h6'],
      ['heading-level="9"', 'aria-level=9'],
      ['heading-level="0"', 'h1'],
      ['heading-level="many"', 'h2'],
    ]) {
      const card = await renderCard(`article="${article.id}" ${attribute}`);
      expect(headingOutline(card), attribute || 'default').to.deep.equal([`${expected} ${article.title}`]);
    }
  });

  it('follows a change of article', async () => {
    const [first, second] = articles();
    const card = await renderCard(`article="${first.id}"`);
    card.article = second.id;
    await card.updateComplete;
    expect(textOf(deepQuery(card, '[part~="title"]'))).to.equal(second.title);
  });

  for (const [description, attributes] of [
    ['an unknown article', 'article="no-such-article"'],
    ['no article', ''],
  ]) {
    it(`shows an accessible error and fires hub-error (unknown-article) for ${description}`, async () => {
      const { element, errors } = await renderExpectingError(`<article-card ${attributes}></article-card>`);
      const alert = deepQuery(element, '[role="alert"]');
      expect(textOf(alert)).to.contain('This content cannot be shown.');
      expect(deepQuery(element, '[part~="card"]')).to.equal(undefined);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ code: 'unknown-article', hub: '' });
      expect(errors[0].message).to.equal(textOf(alert).replace('This content cannot be shown. ', ''));
      await expect(element).to.be.accessible();
    });
  }

  it('shows an error for a bundle it cannot read', async () => {
    const { element, errors } = await renderExpectingError('<article-card article="x"></article-card>', (el) => {
      (el as ArticleCard).bundle = { version: 99 };
    });
    expect(textOf(deepQuery(element, '[role="alert"]'))).to.match(/version is 99/);
    expect(errors.map((error) => error.code)).to.deep.equal(['unsupported-version']);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} scheme, with and without a link and badge`, async () => {
      const linked = anArticle('canon, linked', (a) => !!a.canon && !!a.url);
      const plain = anArticle('unlinked', (a) => !a.url);
      for (const article of [linked, plain]) {
        const card = await renderCard(`article="${article.id}" theme="${theme}"`);
        await expect(card).to.be.accessible();
      }
    });
  }
});
