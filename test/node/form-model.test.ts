import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { issue } from '../../src/contract/issues.js';
import { validateSessionRequest } from '../../src/contract/request.js';
import { createFormValidator } from '../../src/forms/form-check.js';
import { FormModel, type FormSettings } from '../../src/forms/form-model.js';

/** A model over `settings`, with validation there (the element hands it over from its deferred chunk), counting the changes it reports. */
function model(settings: Partial<FormSettings> = {}) {
  const current: FormSettings = { vertical: 'general', prefill: {}, fields: {}, params: {}, ...settings };
  let changes = 0;
  const form = new FormModel(current, () => changes++);
  // What the element hands over once its deferred chunk has arrived.
  form.validator = createFormValidator({ validate: validateSessionRequest, issue });
  form.syncPrefill();
  return { form, settings: current, changes: () => changes };
}

const insured = (index: number, name: string) => ({
  [`insured_member_details[${index}].name`]: name,
  [`insured_member_details[${index}].dob`]: '1990-01-31',
  [`insured_member_details[${index}].relationship`]: 'Spouse',
});

describe('form model', () => {
  describe('body', () => {
    it('is the hints, then the merchant’s fixed terms, then the customer’s values in wire format', () => {
      const { form } = model({
        amount: '100.00',
        currency: 'INR',
        orderId: 'ord_1',
        customerId: 'cust_1',
        params: { udf1: 'campaign', amount: '200.00' },
        fields: { customer_city: 'fixed', customer_state: 'hidden' },
        prefill: { customer_city: 'Pune' },
      });
      form.set('customer_email', ' a@example.com ');
      form.set('customer_dob', '1997-12-06');
      form.set('customer_middle_name', '');
      assert.deepEqual(form.body(), {
        amount: '200.00',
        currency: 'INR',
        order_id: 'ord_1',
        customer_id: 'cust_1',
        udf1: 'campaign',
        customer_city: 'Pune',
        customer_email: 'a@example.com',
        customer_dob: '06-12-1997',
      });
    });

    it('leaves out a hidden field even when the merchant passed it, and a rule_value the frequency takes none of', () => {
      const { form } = model({
        vertical: 'mandate',
        fields: { customer_phone: 'hidden', 'mandate.frequency': 'collect', 'mandate.rule_value': 'collect' },
        params: { customer_phone: '9999999999' },
      });
      form.set('mandate.frequency', 'ASPRESENTED');
      form.set('mandate.rule_value', '5');
      const ruleValue = form.shown().find((spec) => spec.name === 'mandate.rule_value')!;
      assert.deepEqual([form.applies(ruleValue), form.upperBound(ruleValue)], [false, undefined]);
      assert.deepEqual(Object.keys(form.body()).sort(), ['mandate.frequency']);
      form.set('mandate.frequency', 'WEEKLY');
      assert.deepEqual([form.applies(ruleValue), form.upperBound(ruleValue)], [true, 7]);
      assert.equal(form.body()['mandate.rule_value'], '5');
    });
  });

  describe('rows', () => {
    it('compacts wholly empty rows out of the body, and maps an entry’s issue back to the row it came from', () => {
      const { form } = model({ vertical: 'insurance' });
      for (const [name, value] of Object.entries({ ...insured(0, 'Asha'), ...insured(2, 'Ravi') })) form.set(name, value);
      form.set('insured_member_details[2].dob', '1990-02-31');
      const entries = JSON.parse(String(form.body().insured_member_details)) as { name: string }[];
      assert.deepEqual(
        entries.map((entry) => entry.name),
        ['Asha', 'Ravi'],
      );
      // The body's entry 1 is the form's row 2.
      assert.equal(form.controlName('insured_member_details[1].dob'), 'insured_member_details[2].dob');
      const dob = form.validate().issues.find((issue) => issue.path.startsWith('insured_member_details'));
      assert.deepEqual(dob && { path: dob.path, code: dob.code }, { path: 'insured_member_details[2].dob', code: 'date' });
    });

    it('names a missing list by its first row’s first control', () => {
      const { form } = model({ vertical: 'tpv' });
      assert.equal(form.controlName('metadata.bank_account_details'), 'metadata.bank_account_details[0].bank_account_number');
      assert.ok(form.validate().issues.some((issue) => issue.path === 'metadata.bank_account_details[0].bank_account_number'));
    });

    it('counts at least one row, every filled row, and rows asked for; removing a row moves later ones up', () => {
      const { form, changes } = model({ vertical: 'insurance' });
      assert.equal(form.rowCount('insured_member_details'), 1);
      assert.equal(form.addRow('insured_member_details'), 1);
      assert.equal(form.addRow('insured_member_details'), 2);
      for (const [name, value] of Object.entries({ ...insured(0, 'Asha'), ...insured(2, 'Ravi') })) form.set(name, value);
      const before = changes();
      form.removeRow('insured_member_details', 0);
      assert.equal(changes(), before + 1);
      assert.equal(form.rowCount('insured_member_details'), 2);
      assert.equal(form.value('insured_member_details[1].name'), 'Ravi');
      assert.equal(form.value('insured_member_details[2].name'), undefined);
      assert.equal(form.value('insured_member_details[0].name'), undefined);
    });
  });

  describe('prefill', () => {
    it('is decoded into control values: entries into member controls, dates into yyyy-mm-dd', () => {
      const { form } = model({
        vertical: 'insurance',
        prefill: { customer_dob: '06-12-1997', insured_member_details: JSON.stringify([{ name: 'Asha', dob: '31-01-1990' }]) },
      });
      assert.deepEqual(form.values, { customer_dob: '1997-12-06', 'insured_member_details[0].name': 'Asha', 'insured_member_details[0].dob': '1990-01-31' });
    });

    it('a new but equal prefill object keeps what was typed; a different one, or reset(), goes back to the prefill', () => {
      const { form, settings } = model({ prefill: { customer_email: 'a@example.com' } });
      form.set('customer_email', 'typed@example.com');
      settings.prefill = { customer_email: 'a@example.com' };
      form.syncPrefill();
      assert.equal(form.value('customer_email'), 'typed@example.com');
      settings.prefill = { customer_email: 'b@example.com' };
      form.syncPrefill();
      assert.equal(form.value('customer_email'), 'b@example.com');
      form.set('customer_email', 'typed@example.com');
      form.reset();
      assert.equal(form.value('customer_email'), 'b@example.com');
    });

    it('a field set to collect is shown empty, its prefill value neither shown nor sent; prefill mode shows it', () => {
      const prefill = { customer_email: 'a@example.com', customer_first_name: 'John' };
      const collect = model({ prefill, fields: { customer_first_name: 'collect' } }).form;
      assert.deepEqual(collect.values, { customer_email: 'a@example.com' });
      const shown = model({ prefill, fields: { customer_first_name: 'prefill' } }).form;
      assert.equal(shown.value('customer_first_name'), 'John');
    });

    it('a set() of the value already held reports no change', () => {
      const { form, changes } = model();
      assert.equal(form.set('customer_email', 'a@example.com'), true);
      const count = changes();
      assert.equal(form.set('customer_email', 'a@example.com'), false);
      assert.equal(changes(), count);
    });
  });

  describe('validate', () => {
    it('gives the canonical body when there is nothing to fix', () => {
      const { form } = model({ vertical: 'mandate', amount: '1.00' });
      form.set('customer_email', 'a@example.com');
      form.set('customer_phone', '9876543210');
      assert.deepEqual(form.validate(), { data: { amount: '1.00', customer_email: 'a@example.com', customer_phone: '9876543210' }, issues: [] });
    });

    it('asks for consent when fixed terms are shown, and shows the terms in order', () => {
      const { form } = model({
        vertical: 'mandate',
        params: { 'mandate.max_amount': '5000.00', 'mandate.frequency': 'MONTHLY', 'mandate.rule_value': '5', 'mandate.revokable_by_customer': true },
      });
      form.set('customer_email', 'a@example.com');
      form.set('customer_phone', '9876543210');
      assert.deepEqual(
        form.terms().map(({ label, kind }) => [label, kind]),
        [
          ['mandate.max_amount', 'amount'],
          ['mandate.frequency', 'option'],
          ['mandate.rule_value', 'text'],
          ['mandate.revokable_by_customer', 'yes-no'],
        ],
      );
      assert.deepEqual(form.validate().issues, [{ path: 'consent', code: 'consent', message: 'The terms were not agreed to.' }]);
      form.set('consent', true);
      assert.ok(form.validate().data);
    });

    it('is cached until a value changes or the settings are invalidated', () => {
      const { form, settings } = model();
      const first = form.validate();
      assert.equal(form.validate(), first, 'the same check, not a new one');
      form.set('customer_email', 'a@example.com');
      const second = form.validate();
      assert.notEqual(second, first);
      settings.amount = '5.00';
      assert.equal(form.validate(), second, 'a property change is only seen after invalidate()');
      form.invalidate();
      assert.equal(form.validate().issues.length, second.issues.length);
      assert.notEqual(form.validate(), second);
    });

    it('knows which controls the prefill filled', () => {
      const { form } = model({ prefill: { customer_email: 'bad', customer_phone: '', customer_city: 'Pune' } });
      assert.deepEqual(form.prefilled, ['customer_email', 'customer_city']);
    });

    it('maps each control to its first issue', () => {
      const { form } = model();
      form.set('customer_email', 'not-an-email');
      const errors = form.errors();
      assert.equal(errors.get('customer_email'), 'email');
      assert.equal(errors.get('customer_phone'), 'required');
    });
  });
});

describe('before the validation chunk arrives', () => {
  it('nothing is checked: no errors to show and no body to send, until the validator is handed over', () => {
    const form = new FormModel({ vertical: 'general', prefill: {}, fields: {}, params: {} }, () => undefined);
    form.syncPrefill();
    form.set('customer_email', 'not-an-email');
    assert.equal(form.errors().size, 0);
    assert.equal(form.validate().data, undefined);
    form.validator = createFormValidator({ validate: validateSessionRequest, issue });
    form.invalidate();
    assert.ok(form.errors().has('customer_email'), 'the malformed email is reported once the validator is there');
  });
});
