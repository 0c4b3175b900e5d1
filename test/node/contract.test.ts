import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSessionResponse, validateSessionRequest } from '../../src/contract/index.js';

describe('contract (walking skeleton)', () => {
  it('accepts seed 000 general sample and canonicalises its enums', () => {
    const result = validateSessionRequest(
      {
        order_id: 'ORDER4567TGHk875',
        amount: '30500',
        customer_email: 'testeml.123@gmail.com',
        customer_phone: '8667056789',
        customer_dob: '06-12-1997',
        customer_gender: 'male',
        customer_employment_type: 'salaried',
      },
      'general',
    );
    assert.equal(result.success, true);
    assert.equal(result.success && result.data.customer_employment_type, 'SALARIED');
    assert.equal(result.success && result.data.customer_gender, 'Male');
  });

  it('names the parameter in every issue', () => {
    const result = validateSessionRequest({ customer_email: 'x', customer_phone: '' }, 'general');
    assert.equal(result.success, false);
    assert.deepEqual(
      !result.success && result.issues.map((issue) => [issue.path, issue.code]),
      [
        ['customer_email', 'format'],
        ['customer_phone', 'required'],
      ],
    );
  });

  it('classifies an error body', () => {
    const parsed = parseSessionResponse({ status: 'error', error_code: 'access_denied' }, 401);
    assert.equal(parsed.kind, 'error');
    assert.equal(parsed.kind === 'error' && parsed.errorCode, 'access_denied');
  });
});
