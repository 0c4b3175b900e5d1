import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createMemoryIdempotencyStore, createStatusHandler, isFinalOrderStatus, type IdempotencyStore, type SettledOrder } from '../../src/server/index.js';
import { startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';
import { caller, deliver, merchant, webhookEvent, type Merchant } from './server-fixtures.js';

let double: JuspayDouble;
let shop: Merchant;

/** The signed return parameters the double put in the return URL. */
const returnParams = (orderId: string) => {
  double.orders.get(orderId)!.returnUrl = 'https://shop.example.com/return';
  return new URL(double.complete(orderId, 'charged')).searchParams;
};

before(async () => {
  double = await startJuspayDouble();
});
after(() => double.close());
beforeEach(() => {
  shop = merchant(double);
});

describe('onOrderSettled: exactly once per order, whichever path sees it first', () => {
  it('webhook first: the status check and a second webhook do not settle again', async () => {
    const orderId = await shop.order();
    double.complete(orderId, 'charged');
    await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'));
    assert.equal((await (await shop.askStatus(orderId)).json()).verified, true);
    await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'));
    assert.deepEqual(shop.settled.map((order) => [order.orderId, order.source]), [[orderId, 'webhook']]);
  });

  it('status endpoint first: the webhook that follows does not settle again', async () => {
    const orderId = await shop.order();
    double.complete(orderId, 'charged');
    await shop.askStatus(orderId);
    await shop.askStatus(orderId);
    assert.equal((await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'))).status, 200);
    assert.deepEqual(shop.settled.map((order) => [order.orderId, order.source, order.verified]), [[orderId, 'status', true]]);
  });

  it('return first: a signed return settles it, from any browser, and nothing else does after', async () => {
    const orderId = await shop.order();
    const response = await shop.askStatus(orderId, 'a-browser-without-the-cookie', returnParams(orderId));
    assert.equal(response.status, 200);
    await shop.askStatus(orderId);
    await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'));
    assert.deepEqual(shop.settled.map((order) => [order.orderId, order.source]), [[orderId, 'return']]);
  });

  it('two instances at once, sharing a store: webhooks and status checks racing settle once', async () => {
    const store = createMemoryIdempotencyStore();
    const settled: string[] = [];
    const slow = async (order: { source: string }) => {
      settled.push(order.source);
      await new Promise((resolve) => setTimeout(resolve, 50));
    };
    const [one, two] = [merchant(double, { store, onOrderSettled: slow }), merchant(double, { store, onOrderSettled: slow })];
    const orderId = await one.order();
    double.complete(orderId, 'charged');
    const event = webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED');
    const answers = await Promise.all([
      deliver(one.webhook, event),
      deliver(two.webhook, event),
      deliver(two.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED')),
      one.askStatus(orderId),
      two.askStatus(orderId),
    ]);
    assert.equal(settled.length, 1, `settled by ${settled.join(', ')}`);
    // A webhook that met the settlement in progress asks to be delivered again; the redelivery is acknowledged.
    for (const answer of answers.slice(0, 3)) assert.ok([200, 503].includes(answer.status));
    for (const answer of answers.slice(0, 3)) if (answer.status === 503) assert.equal((await deliver(one.webhook, event)).status, 200);
    assert.equal(settled.length, 1);
  });

  it('a failed transaction does not settle; the payment that follows does', async () => {
    const orderId = await shop.order();
    double.complete(orderId, 'failed');
    await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_FAILED', 'AUTHORIZATION_FAILED'));
    await shop.askStatus(orderId);
    assert.equal(shop.settled.length, 0);
    double.complete(orderId, 'charged');
    await shop.askStatus(orderId);
    assert.deepEqual(shop.settled.map((order) => order.status), ['CHARGED']);
  });

  it('a declined order settles, and a later payment of the same order settles again as CHARGED', async () => {
    const orderId = await shop.order();
    // JUSPAY_DECLINED is final for that transaction, but the widget retries on the same order, and CHARGED outranks it.
    Object.assign(double.orders.get(orderId)!, { status: 'JUSPAY_DECLINED', statusId: 22 });
    await shop.askStatus(orderId);
    await shop.askStatus(orderId);
    double.complete(orderId, 'charged');
    await shop.askStatus(orderId);
    await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'));
    assert.deepEqual(shop.settled.map((order) => [order.status, order.verified]), [['JUSPAY_DECLINED', false], ['CHARGED', true]]);
  });

  it('a callback that ran but could not be marked done is not run again by a redelivery', async () => {
    const inner = createMemoryIdempotencyStore();
    let failMark = true;
    // A Redis blip just after the goods were shipped: the done-mark fails once.
    const store: IdempotencyStore = {
      ...inner,
      put: async (key, value, ttlMs, fence) => {
        if (key.startsWith('settled:') && failMark) {
          failMark = false;
          throw new Error('store unavailable');
        }
        return inner.put(key, value, ttlMs, fence);
      },
    };
    shop = merchant(double, { store });
    const orderId = await shop.order();
    double.complete(orderId, 'charged');
    const event = webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED');
    assert.notEqual((await deliver(shop.webhook, event)).status, 200);
    assert.equal((await deliver(shop.webhook, event)).status, 503, 'the claim is kept: delivered again later');
    await shop.askStatus(orderId);
    assert.deepEqual(shop.settled.map((order) => order.source), ['webhook']);
  });

  it('a status handler without onOrderSettled leaves the settlement to the webhook, which ships', async () => {
    shop = merchant(double, { statusSettles: false });
    const orderId = await shop.order();
    double.complete(orderId, 'charged');
    assert.equal((await (await shop.askStatus(orderId)).json()).verified, true);
    await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'));
    assert.deepEqual(shop.settled.map((order) => [order.source, order.verified]), [['webhook', true]]);
  });

  it('a CHARGED settled unverified (the webhook lacked the order record) settles again once a path verifies it', async () => {
    const store = createMemoryIdempotencyStore();
    // The webhook's instance reads another prefix's records, or the record was evicted: it cannot check the amount.
    const blind: IdempotencyStore = { ...store, get: async (key) => (key.startsWith('order:') ? undefined : store.get(key)) };
    const settled: string[] = [];
    const onOrderSettled = (order: SettledOrder) => void settled.push(`${order.source}:${order.verified}`);
    const [seeing, notSeeing] = [merchant(double, { store, onOrderSettled }), merchant(double, { store: blind, onOrderSettled })];
    const orderId = await seeing.order();
    double.complete(orderId, 'charged');
    await deliver(notSeeing.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'));
    await seeing.askStatus(orderId);
    await seeing.askStatus(orderId);
    await deliver(seeing.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'));
    assert.deepEqual(settled, ['webhook:false', 'status:true']);
  });

  it('asks the Order Status API with the session’s routing id, though expectedOrder gives no customer_id', async () => {
    const orderId = await shop.order();
    double.complete(orderId, 'charged');
    const status = createStatusHandler({
      apiKey: double.apiKey,
      merchantId: double.merchantId,
      baseUrl: double.url,
      store: shop.store,
      caller,
      expectedOrder: () => ({ amount: '499.00' }),
    });
    const response = await status(new Request(`http://shop.test/api/status?order_id=${orderId}`, { headers: { 'x-user': 'alice' } }));
    assert.equal((await response.json()).verified, true);
    const lookup = double.requests.findLast((request) => request.method === 'GET' && request.path.includes(orderId));
    assert.equal(lookup?.headers['x-routing-id'], 'cust_42');
  });

  it('a status check answers the customer even when onOrderSettled fails, and the next path settles it', async () => {
    let calls = 0;
    shop = merchant(double, {
      onOrderSettled: () => {
        if (++calls === 1) throw new Error('warehouse down');
      },
    });
    const orderId = await shop.order();
    double.complete(orderId, 'charged');
    assert.equal((await (await shop.askStatus(orderId)).json()).verified, true);
    assert.equal(shop.settled.length, 0);
    await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'));
    assert.deepEqual(shop.settled.map((order) => order.source), ['webhook']);
  });

  it('carries effective_amount after an offer', async () => {
    const orderId = await shop.order();
    double.complete(orderId, 'charged');
    double.orders.get(orderId)!.effectiveAmount = '424.15';
    await shop.askStatus(orderId);
    assert.deepEqual(shop.settled.map((order) => [order.amount, order.effective_amount]), [[499, 424.15]]);
  });

  it('isFinalOrderStatus: CHARGED and the other ends settle; a failed attempt or a pending one does not', () => {
    for (const status of ['CHARGED', 'COD_INITIATED', 'JUSPAY_DECLINED', 'AUTO_REFUNDED', 'VOIDED']) assert.equal(isFinalOrderStatus(status), true, status);
    for (const status of ['AUTHORIZATION_FAILED', 'AUTHENTICATION_FAILED', 'PENDING_VBV', 'NEW', 'STARTED', 'AUTHORIZING']) {
      assert.equal(isFinalOrderStatus(status), false, status);
    }
  });
});
