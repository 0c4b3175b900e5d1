import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formCatalogue } from '../../src/contract/catalogue-hints.js';
import { applies, shownFields, upperBound } from '../../src/forms/field-plan.js';

const ruleValue = formCatalogue.mandate.find((spec) => spec.name === 'mandate.rule_value')!;
const reading = (values: Record<string, string>) => (name: string) => values[name];

describe('field plan', () => {
  it('bounds the debit day by the chosen frequency, from the catalogue; without one it does not apply', () => {
    assert.deepEqual(
      ['WEEKLY', 'fortnightly', 'MONTHLY', 'YEARLY', 'ONETIME', 'ASPRESENTED'].map((frequency) => upperBound(ruleValue, reading({ 'mandate.frequency': frequency }))),
      [7, 16, 31, 31, undefined, undefined],
    );
    assert.equal(applies(ruleValue, reading({})), false, 'unset, the frequency is ASPRESENTED');
    assert.equal(applies(ruleValue, reading({ 'mandate.frequency': 'WEEKLY' })), true);
  });

  it('leaves every unbounded field applying, and shows merchant terms only when the merchant collects them', () => {
    const email = formCatalogue.mandate.find((spec) => spec.name === 'customer_email')!;
    assert.deepEqual([applies(email, reading({})), upperBound(email, reading({}))], [true, undefined]);
    const names = (fields: Record<string, 'collect'>) => shownFields('mandate', fields).map((spec) => spec.name);
    assert.deepEqual(names({}), ['customer_email', 'customer_phone', 'first_name', 'last_name']);
    assert.ok(names({ 'mandate.rule_value': 'collect' }).includes('mandate.rule_value'));
  });
});
