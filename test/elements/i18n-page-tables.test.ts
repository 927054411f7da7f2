/**
 * Tables a page registers (a JSON block or `registerTranslation`) are the page's data, not ours:
 * a malformed one must not break the elements, and a partial one must leave correct English.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { registerTranslation } from '../../src/index.js';
import type { TranslationOverride } from '../../src/index.js';
import { deepQuery, renderElement, settled, textOf } from '../helpers.js';

/** The fixture's one hub, with one reference (test/fixtures/bundle/minimal-v2.json). */
const minimalBundle = async () => (await fetch(new URL('../fixtures/bundle/minimal-v2.json', import.meta.url))).json();

function recordWarnings() {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

describe('translation tables from the page', () => {
  it('leaves out malformed messages and unknown keys with a warning naming each, and keeps the rest', async () => {
    const recorder = recordWarnings();
    try {
      registerTranslation({
        $code: 'fr',
        'path.read': 5,
        'path.allRead': null,
        'references.count': { one: 'sans autre forme' },
        'path.progress': '{read} sur {total} lus',
        'no.such.key': 'x',
      } as unknown as TranslationOverride);
      registerTranslation({ 'path.read': 'sans langue' } as unknown as TranslationOverride);
    } finally {
      recorder.restore();
    }
    const holder = await renderElement(
      '<div lang="fr"><reading-path hub="technical-leadership" path="ai-operating-model" storage="none"></reading-path></div>',
    );
    const path = holder.firstElementChild as HTMLElement;
    await settled(path);
    expect(deepQuery(path, '[part~="error"]'), 'no error box').to.equal(undefined);
    expect(textOf(deepQuery(path, '#progress-text'))).to.equal('0 sur 2 lus');
    expect(textOf(deepQuery(path, '[part~="read-toggle"]')), 'a number is no message: English stays').to.equal('Read');
    for (const named of ['"path.read"', '"path.allRead"', '"references.count"', '"no.such.key"', '"$code"']) {
      expect(
        recorder.warnings.some((warning) => warning.includes(named)),
        `${named} named in ${JSON.stringify(recorder.warnings)}`,
      ).to.equal(true);
    }
  });

  it('fills an English message left to English with English plural rules, not those of the page language', async () => {
    // Japanese has one plural form ('other'): with its rules, English text would say "1 entries".
    registerTranslation({ $code: 'ja', 'path.read': '既読' });
    const holder = await renderElement('<div lang="ja"><reference-list hub="platform-engineering"></reference-list></div>');
    const list = holder.firstElementChild as HTMLElement & { bundle: unknown };
    list.bundle = await minimalBundle();
    await settled(list);
    expect(textOf(deepQuery(list, '[part~="count"]'))).to.equal("1 entry tagged 'Platform Engineering'");
  });

  it('writes a placeholder that names an inherited property as it stands', async () => {
    registerTranslation({ $code: 'fr', 'path.progress': '{read} sur {total} lus {constructor}' });
    const holder = await renderElement(
      '<div lang="fr"><reading-path hub="technical-leadership" path="ai-operating-model" storage="none"></reading-path></div>',
    );
    const path = holder.firstElementChild as HTMLElement;
    await settled(path);
    expect(textOf(deepQuery(path, '#progress-text'))).to.equal('0 sur 2 lus {constructor}');
  });
});
