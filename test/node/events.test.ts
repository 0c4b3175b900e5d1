import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkoutEventNames, checkoutEvents, emit } from '../../src/events/events.js';

describe('checkout events', () => {
  it('are named once, in the order a successful payment fires them', () => {
    assert.deepEqual(checkoutEventNames, [
      'juspay-ready',
      'juspay-session-created',
      'juspay-checkout-opened',
      'juspay-payment-success',
      'juspay-payment-pending',
      'juspay-payment-cancelled',
      'juspay-payment-failed',
    ]);
  });

  it('emit() returns the event it fired; only juspay-session-created can be prevented', () => {
    const target = new EventTarget();
    target.addEventListener('juspay-session-created', (event) => event.preventDefault());
    target.addEventListener('juspay-checkout-opened', (event) => event.preventDefault());
    const created = emit(target, 'juspay-session-created', { orderId: 'ord_1', id: 'ses_1', status: 'NEW', paymentLinks: {} });
    const opened = emit(target, 'juspay-checkout-opened', { mode: 'sdk' });
    assert.deepEqual([created.defaultPrevented, opened.defaultPrevented], [true, false]);
    assert.deepEqual([created.bubbles, created.composed, created.detail.orderId], [true, true, 'ord_1']);
    assert.deepEqual(
      checkoutEventNames.filter((name) => checkoutEvents[name].cancelable),
      ['juspay-session-created'],
    );
  });
});
