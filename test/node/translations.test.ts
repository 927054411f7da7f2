/**
 * Every shipped language has every key of the English table, with the same placeholders, and
 * plural messages only in categories its language has. (`npm run typecheck` catches a missing key
 * too; this test also catches a misspelt placeholder and a plural form the language never picks.)
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Message } from '../../src/internal/translation-registry.js';
import { en } from '../../src/translations/en.js';

const metadata = (key: string) => key.startsWith('$');
const keys = (table: object) => Object.keys(table).filter((key) => !metadata(key));

/** The placeholders a message uses, over all its plural forms: a form may leave the number out ("one result" in Arabic). */
const placeholders = (message: Message) =>
  [
    ...new Set(
      (typeof message === 'string' ? [message] : Object.values(message)).flatMap((text) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]),
      ),
    ),
  ].sort();

const languageFiles = readdirSync(new URL('../../src/translations/', import.meta.url)).filter((file) => file.endsWith('.ts'));

describe('translation tables', () => {
  it('ship English and at least German and one right-to-left language', () => {
    assert.ok(languageFiles.includes('en.ts') && languageFiles.includes('de.ts'));
    assert.ok(languageFiles.includes('ar.ts') || languageFiles.includes('he.ts'));
  });

  for (const file of languageFiles.filter((name) => name !== 'en.ts')) {
    const code = file.replace(/\.ts$/, '');
    describe(code, async () => {
      const table = (await import(`../../src/translations/${file}`))[code] as Record<string, Message | string>;

      it('names itself: $code is the file name, $name and $dir are set', () => {
        assert.equal(table.$code, code);
        assert.ok(typeof table.$name === 'string' && table.$name.length > 1);
        const rtl = ['ar', 'he', 'fa', 'ur'].includes(code);
        assert.equal(table.$dir, rtl ? 'rtl' : 'ltr');
      });

      it('has every key of the English table, and no other', () => {
        assert.deepEqual(keys(table).sort(), keys(en).sort());
      });

      it('uses the placeholders of the English message, each of them', () => {
        for (const key of keys(en)) {
          assert.deepEqual(placeholders(table[key] as Message), placeholders(en[key as keyof typeof en] as Message), key);
        }
      });

      it('writes plural forms only for categories of its language, always with "other", and never leaves English', () => {
        const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
        for (const key of keys(table)) {
          const message = table[key] as Message;
          const english = en[key as keyof typeof en] as Message;
          if (typeof message === 'string') {
            // Texts that are only placeholders and symbols are the same in every language.
            if (/[A-Za-z]{3,}/.test(message.replace(/\{\w+\}/g, '')) && !key.startsWith('error.')) {
              assert.notEqual(message, english, `${key} is still English`);
            }
            continue;
          }
          assert.ok(message.other, `${key} has "other"`);
          for (const category of Object.keys(message)) {
            assert.ok(categories.includes(category as Intl.LDMLPluralRule), `${key}: ${code} has no plural category "${category}"`);
          }
        }
      });
    });
  }
});
