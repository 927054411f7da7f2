/**
 * Two teams, one page: team A embeds the drop-in with its built-in hub; team B embeds its own copy
 * of the drop-in (marked with another version) and shows its hub from `src`. Whichever copy loads
 * first defines the elements; both hubs must render, and the second copy says so once.
 * Each order runs in a page of its own (test/two-teams-*.test.ts): a page can define a tag once.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { cardTitles, deepQuery, importDetached, platformHub, settled, showAllReferences, textOf } from './helpers.js';

const teamBVersion = '9.9.9-team-b';

/** Team B's copy: the same build, with another version in the one place the library keeps it. */
function markVersion(source: string, version: string) {
  const literal = new RegExp(`(["'\`])${version.replaceAll('.', '\\.')}\\1`, 'g');
  expect(source.match(literal), `the drop-in holds its version ${version} once`).to.have.length(1);
  return source.replace(literal, `"${teamBVersion}"`);
}

export function describeTwoTeams(firstTeam: 'A' | 'B') {
  describe(`two teams' copies of the drop-in on one page, team ${firstTeam}'s loaded first`, () => {
    it("renders team A's built-in hub and team B's hub from src side by side, with one warning", async () => {
      const teamA = await (await fetch('/dist/topic-hub.js')).text();
      expect(teamA.length, 'dist/topic-hub.js exists (npm run build)').to.be.greaterThan(1000);
      const { version } = (await (await fetch('/package.json')).json()) as { version: string };
      const copies = { A: { source: teamA, version }, B: { source: markVersion(teamA, version), version: teamBVersion } };
      const [first, second] = firstTeam === 'A' ? [copies.A, copies.B] : [copies.B, copies.A];

      const warnings: string[] = [];
      const originalWarn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        await importDetached(first.source);
        await importDetached(second.source);
        await new Promise((resolve) => setTimeout(resolve));
      } finally {
        console.warn = originalWarn;
      }
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(
        `topic-hub-elements ${second.version}: another copy of the library (version ${first.version}) had already defined 9 of its tags`,
      );

      const page = await fixture<HTMLDivElement>(`<div>
        <topic-hub hub="technical-leadership"></topic-hub>
        <topic-hub src="/__test__/bundle?id=two-teams-${firstTeam}" hub="${platformHub.id}"></topic-hub>
      </div>`);
      const [builtIn, fromSrc] = Array.from(page.children);
      await waitUntil(() => deepQuery(fromSrc, '[part~="title"], [role="alert"]'), 'team B hub never loaded', { timeout: 5000 });
      await settled(page);
      await showAllReferences(page);
      expect(textOf(deepQuery(builtIn, '[part~="title"]'))).to.equal('Technical Leadership');
      expect(cardTitles(deepQuery(builtIn, 'reference-list'))).to.have.length(31);
      expect(textOf(deepQuery(fromSrc, '[part~="title"]'))).to.equal(platformHub.title);
      expect(cardTitles(deepQuery(fromSrc, 'reference-list'))).to.deep.equal(platformHub.references);
    });
  });
}
