import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createStatusHandler, getOrderStatus, ORDER_STATUS_API_VERSION, parseSessionResponse, verifyOrder } from '../../src/server/index.js';

/**
 * Juspay's own Order Status answer where an offer lowered the charge: amount 1000, effective_amount 850
 * (`orders/order-status/Offers.json` of juspay/juspay-sdk-integration-demo, repaired and trimmed).
 */
const withOffer = JSON.parse(await readFile(new URL('../fixtures/juspay-samples/order-status-with-offer.json', import.meta.url), 'utf8')) as Record<string, unknown>;
/** The same order as an answer without offers carries it: no effective_amount. */
const withoutOffer = Object.fromEntries(Object.entries(withOffer).filter(([key]) => key !== 'effective_amount' && key !== 'offers'));
const orderId = String(withOffer.order_id);

describe('verifyOrder', () => {
  const charged = { status: 'CHARGED', amount: 1000, effectiveAmount: 850, currency: 'INR' };

  it('an offer-discounted charge is verified against the order amount, or against the effective amount', () => {
    assert.deepEqual(verifyOrder(charged, { amount: '1000.00' }), { verified: true });
    assert.deepEqual(verifyOrder(charged, { amount: 850, currency: 'inr' }), { verified: true });
  });

  it('any other amount is an amount_mismatch', () => {
    assert.deepEqual(verifyOrder(charged, { amount: '900' }), { verified: false, reason: 'amount_mismatch' });
    assert.deepEqual(verifyOrder({ ...charged, effectiveAmount: undefined }, { amount: '850' }), { verified: false, reason: 'amount_mismatch' });
    assert.deepEqual(verifyOrder(charged, { amount: '' }), { verified: false, reason: 'amount_mismatch' });
  });

  it('another currency is a currency_mismatch; a missing one is INR', () => {
    assert.deepEqual(verifyOrder(charged, { amount: '1000', currency: 'USD' }), { verified: false, reason: 'currency_mismatch' });
    assert.deepEqual(verifyOrder({ status: 'CHARGED', amount: 1000 }, { amount: '1000', currency: 'INR' }), { verified: true });
  });

  it('anything but CHARGED is unconfirmed, COD_INITIATED included (no money has moved)', () => {
    for (const status of ['COD_INITIATED', 'PENDING_VBV', 'AUTHORIZING', 'AUTHORIZATION_FAILED', 'NEW']) {
      assert.deepEqual(verifyOrder({ ...charged, status }, { amount: '1000' }), { verified: false, reason: 'unconfirmed' }, status);
    }
  });
});

describe('Order Status answers with and without offers, under both API versions', () => {
  let server: Server;
  let baseUrl = '';
  let answer: Record<string, unknown> = withOffer;
  const received: IncomingHttpHeaders[] = [];
  const connection = () => ({ apiKey: 'test_fake_api_key_0000', merchantId: 'test', baseUrl });

  before(async () => {
    server = createServer((req, res) => {
      received.push(req.headers);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    received.length = 0;
    answer = withOffer;
  });

  it(`sends version ${ORDER_STATUS_API_VERSION} by default, the one Juspay's API reference shows`, async () => {
    assert.equal(ORDER_STATUS_API_VERSION, '2023-06-30');
    await getOrderStatus(orderId, connection());
    assert.equal(received[0]?.version, '2023-06-30');
  });

  for (const version of [undefined, '2024-06-24']) {
    const label = version ?? 'the default version';
    it(`${label}: reads amount and effective_amount from an offer answer`, async () => {
      const status = await getOrderStatus(orderId, { ...connection(), ...(version ? { version } : {}) });
      assert.equal(received[0]?.version, version ?? ORDER_STATUS_API_VERSION);
      assert.deepEqual(
        { status: status.status, amount: status.amount, effectiveAmount: status.effectiveAmount, currency: status.currency },
        { status: 'CHARGED', amount: 1000, effectiveAmount: 850, currency: 'INR' },
      );
    });

    it(`${label}: an answer without effective_amount has none`, async () => {
      answer = withoutOffer;
      const status = await getOrderStatus(orderId, { ...connection(), ...(version ? { version } : {}) });
      assert.equal(status.amount, 1000);
      assert.equal('effectiveAmount' in status, false);
    });
  }

  it('the status handler verifies an offer-discounted charge, and names the reason when it does not', async () => {
    let expectedAmount = '850.00';
    const handler = createStatusHandler({ ...connection(), expectedOrder: () => ({ amount: expectedAmount }), logger: { warn: () => {} } });
    const ask = async () => (await handler(new Request(`http://shop.test/api/status?order_id=${orderId}`))).json();
    assert.deepEqual(await ask(), { orderId, status: 'CHARGED', amount: 1000, verified: true });
    expectedAmount = '1000';
    assert.equal((await ask()).verified, true);
    expectedAmount = '999';
    assert.deepEqual(await ask(), { orderId, status: 'CHARGED', amount: 1000, verified: false, reason: 'amount_mismatch' });
  });

  it('payment_links.iframe of an order answer is kept beside web', () => {
    const parsed = parseSessionResponse(withOffer, 200);
    assert.equal(parsed.kind, 'order');
    assert.deepEqual(parsed.kind === 'order' && parsed.paymentLinks, withOffer.payment_links);
  });
});
