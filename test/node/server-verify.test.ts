import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  createStatusHandler,
  getOrderStatus,
  JuspayError,
  ORDER_STATUS_API_VERSION,
  verifyReturnUrlSignature,
  type ExpectedOrder,
} from '../../src/server/index.js';
import { DOUBLE_RESPONSE_KEY, startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';

const responseKey = 'test_fake_response_key_9999';

/** The brief's seven steps, written out independently of the implementation. */
function documentedSignature(params: Record<string, string>, key: string): string {
  const pairs = Object.entries(params)
    .filter(([name]) => name !== 'signature' && name !== 'signature_algorithm') // 1
    .map(([name, value]) => [encodeURIComponent(name), encodeURIComponent(value)]) // 2
    .sort(([a], [b]) => (a! < b! ? -1 : 1)); // 3
  const joined = pairs.map(([name, value]) => `${name}=${value}`).join('&'); // 4
  const message = encodeURIComponent(joined); // 5
  const digest = createHmac('sha256', key).update(message).digest('base64'); // 6
  return encodeURIComponent(digest); // 7: what `signature` holds once percent-decoded
}

/** A return URL as Juspay builds it: the signature is percent-encoded again by the query. */
function returnUrl(params: Record<string, string>, signature: string): URL {
  const url = new URL('https://shop.example.com/payment/return');
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  url.searchParams.set('signature', signature);
  url.searchParams.set('signature_algorithm', 'HMAC-SHA256');
  return url;
}

describe('verifyReturnUrlSignature', () => {
  // A value with characters the encoding steps must handle: space, `&`, `=`, `+`, `/` and non-ASCII.
  const params = { status_id: '21', status: 'CHARGED', order_id: 'ord_42', udf1: 'a b&c=d+e/f ü' };

  it("accepts a signature computed from the documented steps, as URLSearchParams or a plain object", () => {
    const url = returnUrl(params, documentedSignature(params, responseKey));
    assert.match(url.search, /signature=[^&]*%25/, 'the query carries the signature encoded twice, as Juspay sends it');
    assert.equal(verifyReturnUrlSignature(url.searchParams, responseKey), true);
    assert.equal(verifyReturnUrlSignature(Object.fromEntries(url.searchParams), responseKey), true);
  });

  it('accepts a signature whose query was decoded twice by a framework', () => {
    const signature = decodeURIComponent(documentedSignature(params, responseKey));
    assert.equal(verifyReturnUrlSignature({ ...params, signature, signature_algorithm: 'HMAC-SHA256' }, responseKey), true);
  });

  it('rejects a tampered parameter', () => {
    const url = returnUrl(params, documentedSignature(params, responseKey));
    url.searchParams.set('status', 'CHARGED ');
    assert.equal(verifyReturnUrlSignature(url.searchParams, responseKey), false);
    const added = returnUrl(params, documentedSignature(params, responseKey));
    added.searchParams.set('amount', '1');
    assert.equal(verifyReturnUrlSignature(added.searchParams, responseKey), false);
  });

  it('rejects a forged signature', () => {
    const forged = encodeURIComponent(createHmac('sha256', responseKey).update('status=CHARGED').digest('base64'));
    assert.equal(verifyReturnUrlSignature(returnUrl(params, forged).searchParams, responseKey), false);
    assert.equal(verifyReturnUrlSignature(returnUrl(params, '').searchParams, responseKey), false);
    assert.equal(verifyReturnUrlSignature(returnUrl(params, '%E0%A4%A').searchParams, responseKey), false);
    assert.equal(verifyReturnUrlSignature(params, responseKey), false);
  });

  it('rejects a wrong key, an empty key and another algorithm', () => {
    const url = returnUrl(params, documentedSignature(params, responseKey));
    assert.equal(verifyReturnUrlSignature(url.searchParams, 'test_fake_other_key'), false);
    assert.equal(verifyReturnUrlSignature(url.searchParams, ''), false);
    url.searchParams.set('signature_algorithm', 'HMAC-SHA1');
    assert.equal(verifyReturnUrlSignature(url.searchParams, responseKey), false);
  });

  it('rejects no parameters at all', () => {
    assert.equal(verifyReturnUrlSignature(null, responseKey), false);
    assert.equal(verifyReturnUrlSignature(undefined, responseKey), false);
  });

  it('rejects a repeated parameter rather than guess which one was signed', () => {
    const signature = documentedSignature(params, responseKey);
    assert.equal(verifyReturnUrlSignature({ ...params, status: ['CHARGED', 'NEW'], signature }, responseKey), false);
  });
});

const json = { 'Content-Type': 'application/json' };

describe('getOrderStatus and createStatusHandler', () => {
  let double: JuspayDouble;
  const connection = () => ({ apiKey: double.apiKey, merchantId: double.merchantId, baseUrl: double.url });
  const expected = new Map<string, ExpectedOrder>();

  async function createOrder(orderId: string, amount: string, customerId = 'cust_42') {
    const response = await fetch(`${double.url}/session`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from(`${double.apiKey}:`).toString('base64')}`,
        'x-merchantid': double.merchantId,
        'x-routing-id': customerId || orderId,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ order_id: orderId, amount, customer_id: customerId, payment_page_client_id: double.clientId, action: 'paymentPage', return_url: 'https://shop.example.com/r' }),
    });
    assert.equal(response.status, 200);
  }

  before(async () => {
    double = await startJuspayDouble();
    await createOrder('ord_paid', '499.00');
    double.complete('ord_paid', 'charged');
    await createOrder('ord_pending', '499.00', '');
    double.complete('ord_pending', 'pending');
  });
  after(() => double.close());
  beforeEach(() => {
    double.requests.length = 0;
    expected.clear();
  });

  it('GET /orders/{id} with auth, x-merchantid, x-routing-id and version', async () => {
    const status = await getOrderStatus('ord_paid', { ...connection(), customerId: 'cust_42' });
    assert.deepEqual(
      { orderId: status.orderId, status: status.status, statusId: status.statusId, amount: status.amount },
      { orderId: 'ord_paid', status: 'CHARGED', statusId: 21, amount: 499 },
    );
    const [call] = double.requests;
    assert.equal(call?.method, 'GET');
    assert.equal(call?.path, '/orders/ord_paid');
    assert.equal(call?.headers.authorization, `Basic ${Buffer.from(`${double.apiKey}:`).toString('base64')}`);
    assert.equal(call?.headers['x-merchantid'], double.merchantId);
    assert.equal(call?.headers['x-routing-id'], 'cust_42');
    assert.equal(call?.headers.version, ORDER_STATUS_API_VERSION);
  });

  it('routes a guest order by its order id, and throws a JuspayError for an unknown order', async () => {
    await getOrderStatus('ord_pending', connection());
    assert.equal(double.requests[0]?.headers['x-routing-id'], 'ord_pending');
    await assert.rejects(getOrderStatus('ord_missing', connection()), (error: unknown) => error instanceof JuspayError && error.status === 404);
  });

  const statusHandler = () =>
    createStatusHandler({ ...connection(), expectedOrder: (orderId) => expected.get(orderId), logger: { warn: () => {} } });

  it('verified: charged for the expected amount', async () => {
    expected.set('ord_paid', { amount: '499', customer_id: 'cust_42' });
    const response = await statusHandler()(new Request('http://shop.test/api/status?order_id=ord_paid'));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { orderId: 'ord_paid', status: 'CHARGED', amount: 499, verified: true });
    assert.equal(double.requests[0]?.headers['x-routing-id'], 'cust_42');
  });

  it('verified: false on an amount mismatch', async () => {
    expected.set('ord_paid', { amount: '4990.00', customer_id: 'cust_42' });
    const response = await statusHandler()(
      new Request('http://shop.test/api/status', { method: 'POST', headers: json, body: JSON.stringify({ order_id: 'ord_paid' }) }),
    );
    assert.deepEqual(await response.json(), { orderId: 'ord_paid', status: 'CHARGED', amount: 499, verified: false, reason: 'amount_mismatch' });
  });

  it('verified: false on a currency mismatch', async () => {
    expected.set('ord_paid', { amount: '499', currency: 'USD', customer_id: 'cust_42' });
    const response = await statusHandler()(new Request('http://shop.test/api/status?order_id=ord_paid'));
    assert.deepEqual(await response.json(), { orderId: 'ord_paid', status: 'CHARGED', amount: 499, verified: false, reason: 'currency_mismatch' });
  });

  it('verified: false while pending', async () => {
    expected.set('ord_pending', { amount: '499.00' });
    const response = await statusHandler()(new Request('http://shop.test/api/status?order_id=ord_pending'));
    assert.deepEqual(await response.json(), { orderId: 'ord_pending', status: 'PENDING_VBV', amount: 499, verified: false, reason: 'unconfirmed' });
  });

  it("404 for an order the merchant doesn't know, 400 without an order id; Juspay is not asked", async () => {
    assert.equal((await statusHandler()(new Request('http://shop.test/api/status?order_id=ord_paid'))).status, 404);
    assert.equal((await statusHandler()(new Request('http://shop.test/api/status'))).status, 400);
    assert.equal(double.requests.length, 0);
  });

  it('a POST body not declared JSON: 415 (a cross-site form can send text/plain), and Juspay is not asked', async () => {
    expected.set('ord_paid', { amount: '499' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const request = new Request('http://shop.test/api/status', { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify({ order_id: 'ord_paid' }) });
      assert.equal((await statusHandler()(request)).status, 415, type);
    }
    assert.equal(double.requests.length, 0);
  });

  it('a POST body over 64 KB: 413, and Juspay is not asked', async () => {
    const body = JSON.stringify({ order_id: 'ord_paid', padding: 'x'.repeat(70_000) });
    const response = await statusHandler()(new Request('http://shop.test/api/status', { method: 'POST', headers: json, body }));
    assert.equal(response.status, 413);
    assert.equal(double.requests.length, 0);
  });

  it("a Juspay failure is a mapped 502, without Juspay's own text", async () => {
    expected.set('ord_paid', { amount: '499' });
    double.failNext(500);
    const response = await statusHandler()(new Request('http://shop.test/api/status?order_id=ord_paid'));
    assert.equal(response.status, 502);
    assert.equal((await response.json()).error_code, 'juspay_unavailable');
  });

  it("the double signs return URLs with its response key", () => {
    const target = new URL(double.complete('ord_paid', 'charged'));
    assert.equal(verifyReturnUrlSignature(target.searchParams, DOUBLE_RESPONSE_KEY), true);
    assert.equal(verifyReturnUrlSignature(target.searchParams, responseKey), false);
  });
});
