import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Attempt, type SdkSession } from '../../src/checkout/attempt.js';
import { TOKEN_EXPIRY_MARGIN_MS } from '../../src/contract/response.js';

const now = Date.parse('2030-01-01T00:00:00Z');

const session = (expiresIn: number): SdkSession => ({
  kind: 'sdk',
  orderId: 'ord_1',
  id: 'ses_1',
  status: 'NEW',
  sdkPayload: { requestId: 'req_1', service: 'in.juspay.hyperpay', payload: { clientAuthTokenExpiry: new Date(now + expiresIn).toISOString() } },
  paymentLinks: {},
});

describe('attempt', () => {
  it('reuses its session only while the token holds beyond the contract’s margin', () => {
    const attempt = new Attempt();
    attempt.keep(session(TOKEN_EXPIRY_MARGIN_MS + 1000));
    assert.equal(attempt.usableSession(now)?.id, 'ses_1');
    attempt.keep(session(TOKEN_EXPIRY_MARGIN_MS));
    assert.equal(attempt.usableSession(now), undefined);
    attempt.keep({ ...session(0), sdkPayload: { requestId: 'r', service: 's', payload: {} } });
    assert.equal(attempt.usableSession(now), undefined, 'no expiry, no reuse');
  });

  it('keeps its key and session for the same body; another body, or forget(), starts over', () => {
    const attempt = new Attempt();
    attempt.begin({ amount: '1.00' });
    const key = attempt.idempotencyKey;
    attempt.keep(session(3_600_000));
    attempt.begin({ amount: '1.00' });
    assert.equal(attempt.idempotencyKey, key);
    assert.equal(attempt.session?.id, 'ses_1');
    attempt.newKey();
    assert.notEqual(attempt.idempotencyKey, key, 'a new key after an outcome');
    assert.equal(attempt.session?.id, 'ses_1', 'the session kept for a retry');
    attempt.begin({ amount: '2.00' });
    assert.equal(attempt.session, undefined);
  });
});
