import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { en } from '../../src/i18n/en.js';
import { enMessages } from '../../src/i18n/en-messages.js';

const localesDir = new URL('../../src/i18n/locales/', import.meta.url);

/**
 * `languages` from src/i18n/localize.ts, minus `en`. Hard-coded because importing localize.ts under
 * Node throws (it reads `document` while the module loads); the last test keeps this list in step
 * with the source.
 */
const expectedLocales = ['hi', 'th', 'vi', 'id', 'ko'];

const english: Record<string, string> = { ...en, ...enMessages };
const englishKeys = Object.keys(english).sort();

/** Every `{…}` in a message, sorted, so the same placeholders in another order still match. */
const placeholders = (message: string) => (message.match(/\{[^{}]*\}/g) ?? []).sort();

const localeFiles = readdirSync(localesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();

describe('locale catalogues', () => {
  it('exist for exactly the languages localize.ts offers, besides English', () => {
    assert.deepEqual(localeFiles, [...expectedLocales].sort());
  });

  it('list the same languages as localize.ts', () => {
    const source = readFileSync(new URL('../../src/i18n/localize.ts', import.meta.url), 'utf8');
    const literal = /export const languages = \[([^\]]*)\]/.exec(source);
    assert.ok(literal, 'could not find `export const languages = [...]` in localize.ts');
    const declared = [...literal[1]!.matchAll(/'([^']+)'/g)].map((match) => match[1]);
    assert.deepEqual(declared.filter((code) => code !== 'en').sort(), [...expectedLocales].sort());
  });

  for (const lang of expectedLocales) {
    describe(lang, () => {
      const messages = JSON.parse(readFileSync(new URL(`${lang}.json`, localesDir), 'utf8')) as unknown;

      it('is a flat object of strings', () => {
        assert.ok(messages && typeof messages === 'object' && !Array.isArray(messages));
        for (const [key, value] of Object.entries(messages)) {
          assert.equal(typeof value, 'string', `${lang}.json: ${key} is not a string`);
        }
      });

      const catalogue = messages as Record<string, string>;

      it('has every key of en', () => {
        const missing = englishKeys.filter((key) => !Object.hasOwn(catalogue, key));
        assert.deepEqual(missing, [], `${lang}.json is missing keys`);
      });

      it('has no key that en lacks', () => {
        const extra = Object.keys(catalogue).filter((key) => !Object.hasOwn(english, key));
        assert.deepEqual(extra, [], `${lang}.json has keys en does not`);
      });

      it('has no empty strings', () => {
        const empty = Object.entries(catalogue)
          .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
          .map(([key]) => key);
        assert.deepEqual(empty, [], `${lang}.json has empty messages`);
      });

      it('keeps the placeholders of each English message', () => {
        const differing = englishKeys
          .filter((key) => typeof catalogue[key] === 'string')
          .filter((key) => placeholders(catalogue[key]!).join() !== placeholders(english[key]!).join())
          .map((key) => `${key}: ${JSON.stringify(placeholders(catalogue[key]!))} ≠ ${JSON.stringify(placeholders(english[key]!))}`);
        assert.deepEqual(differing, [], `${lang}.json changes placeholders`);
      });
    });
  }
});
