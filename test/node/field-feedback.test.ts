import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FieldFeedback, showsFeedback, type FeedbackState } from '../../src/forms/field-feedback.js';

const errors = new Map([
  ['customer_email', 'required' as const],
  ['customer_phone', 'format' as const],
]);

describe('field feedback', () => {
  it('follows Lion’s rule: (touched && dirty) || prefilled || submitted', () => {
    const all = [false, true].flatMap((touched) =>
      [false, true].flatMap((dirty) => [false, true].flatMap((prefilled) => [false, true].map((submitted) => ({ touched, dirty, prefilled, submitted })))),
    );
    const shown = all.filter(showsFeedback).map(({ touched, dirty, prefilled, submitted }: FeedbackState) => `${+touched}${+dirty}${+prefilled}${+submitted}`);
    assert.deepEqual(shown.sort(), ['0001', '0010', '0011', '0101', '0110', '0111', '1001', '1010', '1011', '1100', '1101', '1110', '1111']);
  });

  it('tabbing past an empty field shows nothing; changing it and leaving shows its error; Pay shows every error', () => {
    const feedback = new FieldFeedback();
    assert.equal(feedback.active, false, 'nothing to validate for');
    feedback.touch('customer_email');
    assert.equal(feedback.visible('customer_email', errors), undefined);
    feedback.edit('customer_phone');
    assert.equal(feedback.visible('customer_phone', errors), undefined, 'still typing');
    feedback.touch('customer_phone');
    assert.equal(feedback.visible('customer_phone', errors), 'format');
    feedback.submitted();
    assert.equal(feedback.visible('customer_email', errors), 'required');
    feedback.reset();
    assert.equal(feedback.visible('customer_phone', errors), undefined);
  });

  it('shows a prefilled field’s error without any interaction, and takes another rule', () => {
    const feedback = new FieldFeedback();
    feedback.prefilled(['customer_phone']);
    assert.equal(feedback.active, true);
    assert.deepEqual([feedback.visible('customer_phone', errors), feedback.visible('customer_email', errors)], ['format', undefined]);
    const onLeave = new FieldFeedback(({ touched, submitted }) => touched || submitted);
    onLeave.touch('customer_email');
    assert.equal(onLeave.visible('customer_email', errors), 'required');
  });
});
