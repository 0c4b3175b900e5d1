import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compactRows } from '../../src/forms/compact-rows.js';
import { rowCount, withoutRow } from '../../src/forms/rows.js';

const values = {
  customer_email: 'a@example.com',
  'insured_member_details[0].name': 'Asha',
  'insured_member_details[1].name': '',
  'insured_member_details[2].name': 'Ravi',
  'insured_member_details[2].dob': '1990-01-31',
  'metadata.bank_account_details[1].bank_ifsc': 'ICIC0000300',
};

describe('rows', () => {
  it('compacts each list to its filled rows, numbered from 0, and maps each entry back to its row', () => {
    const { values: compact, formRow } = compactRows(values);
    assert.deepEqual(compact, {
      customer_email: 'a@example.com',
      'insured_member_details[0].name': 'Asha',
      'insured_member_details[1].name': 'Ravi',
      'insured_member_details[1].dob': '1990-01-31',
      'metadata.bank_account_details[0].bank_ifsc': 'ICIC0000300',
    });
    assert.deepEqual(
      [formRow('insured_member_details', 0), formRow('insured_member_details', 1), formRow('metadata.bank_account_details', 0)],
      [0, 2, 1],
    );
    assert.equal(formRow('insured_member_details', 5), 5, 'an entry past the filled rows keeps its index');
  });

  it('counts rows (at least one, every row with a key, and any asked for) and removes one, moving later rows up', () => {
    assert.deepEqual([rowCount(values, 'insured_member_details'), rowCount(values, 'other'), rowCount(values, 'insured_member_details', 5)], [3, 1, 5]);
    assert.deepEqual(withoutRow(values, 'insured_member_details', 1), {
      customer_email: 'a@example.com',
      'insured_member_details[0].name': 'Asha',
      'insured_member_details[1].name': 'Ravi',
      'insured_member_details[1].dob': '1990-01-31',
      'metadata.bank_account_details[1].bank_ifsc': 'ICIC0000300',
    });
  });
});
