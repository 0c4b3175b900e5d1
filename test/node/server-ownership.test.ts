import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createMemoryIdempotencyStore, createSessionHandler, createStatusHandler } from '../../src/server/index.js';
import { startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';
import { browserBody, merchant, type Merchant } from './server-fixtures.js';

let double: JuspayDouble;
let shop: Merchant;

before(async () => {
  double = await startJuspayDouble();
});
after(() => double.close());
beforeEach(() => {
  shop = merchant(double);
});

describe('order ownership: the status endpoint answers only the order’s caller or a signed return', () => {
  it("answers the caller; another caller's request is a 404 that reveals nothing", async () => {
    const orderId = await shop.order('alice');
    double.complete(orderId, 'charged');
    assert.deepEqual(await (await shop.askStatus(orderId, 'alice')).json(), { orderId, status: 'CHARGED', amount: 499, verified: true });
    const mallory = await shop.askStatus(orderId, 'mallory');
    assert.equal(mallory.status, 404);
    assert.deepEqual(await mallory.json(), await (await shop.askStatus('no_such_order', 'mallory')).json());
  });

  it('a validly signed return for the order is answered to any browser', async () => {
    const orderId = await shop.order('alice');
    double.orders.get(orderId)!.returnUrl = 'https://shop.example.com/return';
    const params = new URL(double.complete(orderId, 'charged')).searchParams;
    const response = await shop.askStatus(orderId, 'mallory', params);
    assert.equal(response.status, 200);
    assert.equal((await response.json()).verified, true);
  });

  it('a forged or tampered signature is refused, never a success, even to the caller', async () => {
    const orderId = await shop.order('alice');
    double.orders.get(orderId)!.returnUrl = 'https://shop.example.com/return';
    const signed = new URL(double.complete(orderId, 'charged')).searchParams;
    const forged = new URLSearchParams(signed);
    forged.set('signature', 'forged');
    const other = await shop.order('alice');
    const swapped = new URLSearchParams(signed);
    swapped.set('order_id', other);
    for (const params of [forged, swapped]) {
      for (const user of ['alice', 'mallory']) {
        const response = await shop.askStatus(params.get('order_id')!, user, params);
        assert.equal(response.status, 403);
        assert.equal((await response.json()).error_code, 'invalid_signature');
      }
    }
  });

  it('without a responseKey, forwarded return parameters are refused', async () => {
    const status = createStatusHandler({ apiKey: double.apiKey, merchantId: double.merchantId, baseUrl: double.url, store: shop.store, logger: { warn: () => {} } });
    const orderId = await shop.order('alice');
    double.orders.get(orderId)!.returnUrl = 'https://shop.example.com/return';
    const url = new URL(double.complete(orderId, 'charged'));
    const response = await status(new Request(`http://shop.test/api/status${url.search}`));
    assert.equal(response.status, 403);
  });

  it('without a caller option, an order the session handler recorded is answered to signed returns only', async () => {
    const store = createMemoryIdempotencyStore();
    const connection = { apiKey: double.apiKey, merchantId: double.merchantId, baseUrl: double.url, store, logger: { warn: () => {} } };
    const session = createSessionHandler({ ...connection, clientId: double.clientId, resolveOrder: () => ({ order_id: `own_${Date.now()}`, amount: '1.00', return_url: 'https://shop.example.com/return' }) });
    const created = await session(
      new Request('http://shop.test/api/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body: JSON.stringify(browserBody),
      }),
    );
    const { order_id: orderId } = await created.json();
    const status = createStatusHandler({ ...connection, responseKey: double.responseKey });
    assert.equal((await status(new Request(`http://shop.test/api/status?order_id=${orderId}`))).status, 404);
  });

  it("expectedOrder vouches for orders the store does not hold, and sees the request to check whose they are", async () => {
    const orderId = await shop.order('alice');
    double.complete(orderId, 'charged');
    const status = createStatusHandler({
      apiKey: double.apiKey,
      merchantId: double.merchantId,
      baseUrl: double.url,
      store: createMemoryIdempotencyStore(),
      expectedOrder: (id, request) => (request.headers.get('x-user') === 'alice' ? { amount: '499.00', customer_id: 'cust_42' } : undefined),
      logger: { warn: () => {} },
    });
    const ask = (user: string) => status(new Request(`http://shop.test/api/status?order_id=${orderId}`, { headers: { 'x-user': user } }));
    assert.equal((await ask('alice')).status, 200);
    assert.equal((await ask('mallory')).status, 404);
  });

  it('the caller is stored as a digest, never as the cookie itself', async () => {
    const orderId = await shop.order('sid-secret-cookie-value');
    const record = await shop.store.get(`order:${orderId}`);
    assert.ok(!JSON.stringify(record).includes('sid-secret-cookie-value'));
  });
});
