import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { verifyReturnUrlSignature } from '../../src/server/index.js';
import { DOUBLE_API_KEY, DOUBLE_RESPONSE_KEY, startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';

let double: JuspayDouble;
let count = 0;

const headers = (overrides: Record<string, string | undefined> = {}) =>
  Object.fromEntries(
    Object.entries({
      Authorization: `Basic ${Buffer.from(`${double.apiKey}:`).toString('base64')}`,
      'x-merchantid': double.merchantId,
      'x-routing-id': 'cust_42',
      'Content-Type': 'application/json',
      ...overrides,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );

/** Seed 000's general sample, trimmed, with a fresh order id. */
const sessionBody = (extra: Record<string, unknown> = {}) => ({
  order_id: `ord_double_${++count}`,
  amount: '30500',
  customer_id: 'cust_42',
  customer_email: 'testeml.123@gmail.com',
  customer_phone: '8667056789',
  customer_first_name: 'John <b>',
  'metadata.webhook_url': 'https://merchant.example.com/webhook',
  'metadata.JUSPAY:gateway_reference_id': 'Customer_Portal',
  payment_page_client_id: double.clientId,
  action: 'paymentPage',
  return_url: 'https://shop.example.com/payment/return',
  ...extra,
});

async function createSession(body: Record<string, unknown> = sessionBody(), requestHeaders = headers()) {
  const response = await fetch(`${double.url}/session`, { method: 'POST', headers: requestHeaders, body: JSON.stringify(body) });
  return { status: response.status, json: await response.json() };
}

before(async () => {
  double = await startJuspayDouble();
});
after(() => double.close());
beforeEach(() => {
  double.requests.length = 0;
});

describe('Juspay double: POST /session', () => {
  it('uses obviously fake credentials', () => {
    assert.equal(double.apiKey, DOUBLE_API_KEY);
    assert.match(DOUBLE_API_KEY, /fake/);
    assert.match(DOUBLE_RESPONSE_KEY, /fake/);
  });

  it("401 access_denied, in the seeds' shape, for a wrong key or merchant id", async () => {
    for (const wrong of [{ Authorization: 'Basic dGVzdF9mYWtlX290aGVyOg==' }, { Authorization: undefined }, { 'x-merchantid': 'someone' }]) {
      const { status, json } = await createSession(sessionBody(), headers(wrong));
      assert.equal(status, 401);
      assert.deepEqual(json, { status: 'error', error_code: 'access_denied' });
    }
  });

  it('400 Mandatory fields are missing, naming the fields and headers', async () => {
    const body: Record<string, unknown> = sessionBody();
    delete body.amount;
    delete body.customer_id;
    const { status, json } = await createSession(body, headers({ 'Content-Type': 'text/plain' }));
    assert.equal(status, 400);
    assert.deepEqual(json, {
      status: 'Bad Request',
      error_code: 'Mandatory fields are missing',
      error_message: 'Mandatory fields are missing: Content-Type, amount, customer_id',
    });
  });

  it("accepts what Juspay's own server SDKs send: Basic base64(apiKey) without the colon, and no x-routing-id", async () => {
    const official = headers({ Authorization: `Basic ${Buffer.from(double.apiKey).toString('base64')}`, 'x-routing-id': undefined });
    assert.equal((await createSession(sessionBody(), official)).status, 200);
    assert.equal((await createSession(sessionBody(), headers({ 'x-routing-id': undefined }))).status, 200);
    const order = await fetch(`${double.url}/orders/${double.orders.keys().next().value}`, { headers: official });
    assert.equal(order.status, 200);
  });

  it('strict: true refuses them, naming x-routing-id as a HyperCheckout SEA integration needs it (seed 002)', async () => {
    const strict = await startJuspayDouble({ strict: true });
    try {
      const post = (requestHeaders: Record<string, string>) =>
        fetch(`${strict.url}/session`, { method: 'POST', headers: requestHeaders, body: JSON.stringify(sessionBody()) });
      const withoutRouting = await post(headers({ 'x-routing-id': undefined }));
      assert.equal(withoutRouting.status, 400);
      assert.equal((await withoutRouting.json()).error_message, 'Mandatory fields are missing: x-routing-id');
      assert.equal((await post(headers({ Authorization: `Basic ${Buffer.from(strict.apiKey).toString('base64')}` }))).status, 401);
      assert.equal((await post(headers())).status, 200, 'our own server half: the colon form and x-routing-id');
    } finally {
      await strict.close();
    }
  });

  it('a TPV order needs its bank accounts (seed 003)', async () => {
    const { status, json } = await createSession(sessionBody({ order_type: 'TPV_PAYMENT' }));
    assert.equal(status, 400);
    assert.match(json.error_message, /metadata\.bank_account_details/);
  });

  it('answers a session with the camelCase sdk_payload of the seed samples and a local payment link', async () => {
    const body = sessionBody();
    const { status, json } = await createSession(body);
    assert.equal(status, 200);
    assert.equal(json.status, 'NEW');
    assert.match(json.id, /^ordeh_[0-9a-f]{32}$/);
    assert.equal(json.order_id, body.order_id);
    assert.equal(json.payment_links.web, `${double.url}/payment-page/order/${json.id}`);
    assert.equal(json.sdk_payload.service, 'in.juspay.hyperpay');
    const payload = json.sdk_payload.payload;
    assert.deepEqual(
      {
        orderId: payload.orderId,
        amount: payload.amount,
        customerId: payload.customerId,
        customerEmail: payload.customerEmail,
        customerPhone: payload.customerPhone,
        customerFirstName: payload.customerFirstName,
        returnUrl: payload.returnUrl,
        webhook: payload['metadata.webhookUrl'],
        gatewayReference: payload['metadata.JUSPAY:gatewayReferenceId'],
        clientId: payload.clientId,
        merchantId: payload.merchantId,
        action: payload.action,
        environment: payload.environment,
        service: payload.service,
      },
      {
        orderId: body.order_id,
        amount: '30500',
        customerId: 'cust_42',
        customerEmail: 'testeml.123@gmail.com',
        customerPhone: '8667056789',
        customerFirstName: 'John <b>',
        returnUrl: 'https://shop.example.com/payment/return',
        webhook: 'https://merchant.example.com/webhook',
        gatewayReference: 'Customer_Portal',
        clientId: double.clientId,
        merchantId: double.merchantId,
        action: 'paymentPage',
        environment: 'sandbox',
        service: 'in.juspay.hyperpay',
      },
    );
    assert.match(payload.clientAuthToken, /^tkn_/);
    assert.match(payload.clientAuthTokenExpiry, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(payload.paymentPageClientId, undefined);
    assert.equal(double.orders.get(body.order_id)?.status, 'NEW');
  });

  it('records every request', async () => {
    await createSession();
    assert.equal(double.requests.length, 1);
    assert.equal(double.requests[0]?.path, '/session');
    assert.equal(double.requests[0]?.headers['x-routing-id'], 'cust_42');
  });

  it('failNext answers one call with the status asked for, then recovers', async () => {
    double.failNext(503);
    assert.deepEqual(await createSession(), { status: 503, json: { status: 'error', error_code: 'Internal server Error' } });
    assert.equal((await createSession()).status, 200);
  });

  it('hangNext leaves one call unanswered', async () => {
    double.hangNext();
    await assert.rejects(
      fetch(`${double.url}/session`, { method: 'POST', headers: headers(), body: JSON.stringify(sessionBody()), signal: AbortSignal.timeout(200) }),
      { name: 'TimeoutError' },
    );
    assert.equal((await createSession()).status, 200);
  });
});

describe('Juspay double: payment page and GET /orders/{id}', () => {
  async function orderStatus(orderId: string) {
    const response = await fetch(`${double.url}/orders/${orderId}`, { headers: headers({ 'Content-Type': undefined, version: '2023-06-30' }) });
    return { status: response.status, json: await response.json() };
  }

  const choose = (page: string, outcome: string) =>
    fetch(page, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `outcome=${outcome}`,
      redirect: 'manual',
    });

  it('serves a plain HTML page with Pay, Pending, Fail and Back, and no script', async () => {
    const { json } = await createSession();
    const response = await fetch(json.payment_links.web);
    const html = await response.text();
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    // No script, no loads: only the page's own styles, allowed by their hash.
    assert.match(response.headers.get('content-security-policy') ?? '', /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]+=*'$/);
    assert.doesNotMatch(html, /<script/i);
    for (const [label, value] of [['Pay', 'charged'], ['Pending', 'pending'], ['Fail', 'failed'], ['Back', 'back']]) {
      assert.match(html, new RegExp(`<button name="outcome" value="${value}">${label}</button>`));
    }
    assert.match(html, /INR 30500/);
  });

  const outcomes: [string, string, number][] = [
    ['charged', 'CHARGED', 21],
    ['pending', 'PENDING_VBV', 23],
    ['failed', 'AUTHORIZATION_FAILED', 27],
    ['back', 'NEW', 10],
  ];
  for (const [outcome, status, statusId] of outcomes) {
    it(`${outcome}: redirects to return_url with a signed status, and the order says ${status}`, async () => {
      const { json } = await createSession();
      const response = await choose(json.payment_links.web, outcome);
      assert.equal(response.status, 303);
      const target = new URL(response.headers.get('location') ?? '');
      assert.equal(`${target.origin}${target.pathname}`, 'https://shop.example.com/payment/return');
      assert.deepEqual(Object.fromEntries(target.searchParams), {
        status_id: String(statusId),
        status,
        order_id: json.order_id,
        signature: target.searchParams.get('signature'),
        signature_algorithm: 'HMAC-SHA256',
      });
      assert.equal(verifyReturnUrlSignature(target.searchParams, DOUBLE_RESPONSE_KEY), true);
      const order = await orderStatus(json.order_id);
      assert.equal(order.status, 200);
      assert.equal(order.json.status, status);
      assert.equal(order.json.status_id, statusId);
      assert.equal(order.json.amount, 30500);
    });
  }

  it("returnTo: a local page is where the payment page returns, signed, whatever the order's return_url", async () => {
    const local = await startJuspayDouble({ returnTo: () => 'http://127.0.0.1:5173/' });
    try {
      const body = { ...sessionBody(), payment_page_client_id: local.clientId };
      const response = await fetch(`${local.url}/session`, { method: 'POST', headers: headers(), body: JSON.stringify(body) });
      const { payment_links: links, order_id: orderId } = await response.json();
      const target = new URL((await choose(links.web, 'charged')).headers.get('location') ?? '');
      assert.equal(`${target.origin}${target.pathname}`, 'http://127.0.0.1:5173/');
      assert.equal(target.searchParams.get('order_id'), orderId);
      assert.equal(verifyReturnUrlSignature(target.searchParams, DOUBLE_RESPONSE_KEY), true);
    } finally {
      await local.close();
    }
  });

  it('an order without return_url shows where it stands instead', async () => {
    const { json } = await createSession(sessionBody({ return_url: undefined }));
    const response = await choose(json.payment_links.web, 'charged');
    assert.equal(response.status, 200);
    assert.match(await response.text(), /CHARGED/);
  });

  it('escapes what it shows', async () => {
    const { json } = await createSession(sessionBody({ currency: '<img src=x>' }));
    const html = await (await fetch(json.payment_links.web)).text();
    assert.doesNotMatch(html, /<img/);
  });

  it('404 for an unknown order, on the page and the API; 401 without credentials', async () => {
    assert.equal((await fetch(`${double.url}/payment-page/order/ordeh_missing`)).status, 404);
    assert.equal((await orderStatus('ord_missing')).status, 404);
    assert.equal((await fetch(`${double.url}/orders/ord_missing`)).status, 401);
  });
});
