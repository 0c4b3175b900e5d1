import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { README, withParameterSection } from '../../scripts/parameter-table.js';

describe('README parameter tables', () => {
  it('match the catalogue (regenerate with `npm run docs:parameters`)', () => {
    const readme = readFileSync(README, 'utf8');
    assert.equal(readme, withParameterSection(readme));
  });
});
