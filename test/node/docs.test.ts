import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { asPublished, brokenLinks, docPages, generated } from '../../scripts/docs.js';

// The element's API page needs dist/custom-elements.json: `npm run docs:check` covers it after the build.
describe('docs', () => {
  for (const page of docPages()) {
    it(`${page} is up to date (regenerate with \`npm run docs:write\`) and its relative links resolve`, () => {
      assert.equal(readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8'), generated(page, { elementApi: false }));
      assert.deepEqual(brokenLinks(page), []);
    });
  }

  it('shows repo examples importing the package by name', () => {
    const source = "import { a } from '../../src/server/index.js';\nimport 'juspay-session-checkout';\nimport { b } from '../src/index.js';";
    assert.equal(
      asPublished(source),
      "import { a } from 'juspay-session-checkout/server';\nimport 'juspay-session-checkout';\nimport { b } from 'juspay-session-checkout';",
    );
  });
});
