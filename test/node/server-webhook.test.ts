import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';
import { deliver, merchant, webhookEvent, WEBHOOK_PASSWORD, WEBHOOK_USER, type Merchant } from './server-fixtures.js';

const sample = async (name: string) =>
  JSON.parse(await readFile(new URL(`../fixtures/juspay-samples/${name}.json`, import.meta.url), 'utf8')) as {
    id: string;
    event_name: string;
    content: { order: Record<string, unknown> };
  };

let double: JuspayDouble;
let shop: Merchant;
const statusCalls = () => double.requests.filter((request) => request.path.startsWith('/orders/'));

before(async () => {
  double = await startJuspayDouble();
});
after(() => double.close());
beforeEach(() => {
  shop = merchant(double);
  double.requests.length = 0;
  double.webhook = undefined;
});

describe('createWebhookHandler', () => {
  it('a delivery from the double settles the order once, confirmed through the Order Status API', async () => {
    double.webhook = { url: await shop.listen(), username: WEBHOOK_USER, password: WEBHOOK_PASSWORD };
    const orderId = await shop.order();
    double.complete(orderId, 'charged');
    await double.webhooksDelivered();
    await shop.close();
    assert.deepEqual(double.webhookDeliveries.filter((delivery) => delivery.orderId === orderId).map((delivery) => delivery.status), [200]);
    assert.deepEqual(shop.settled, [{ orderId, status: 'CHARGED', amount: 499, effective_amount: 499, currency: 'INR', verified: true, source: 'webhook' }]);
    assert.equal(statusCalls().length, 1);
    assert.deepEqual(shop.events.map((event) => [event.name, event.orderId]), [['ORDER_SUCCEEDED', orderId]]);
  });

  it("parses Juspay's real ORDER_SUCCEEDED and ORDER_FAILED samples", async () => {
    const paid = await shop.order();
    double.complete(paid, 'charged');
    const succeeded = await sample('webhook-order-succeeded');
    succeeded.content.order.order_id = paid;
    assert.equal((await deliver(shop.webhook, succeeded)).status, 200);
    assert.deepEqual(shop.settled.map((order) => [order.orderId, order.status, order.verified]), [[paid, 'CHARGED', true]]);

    const declined = await shop.order();
    double.complete(declined, 'failed');
    const failed = await sample('webhook-order-failed');
    failed.content.order.order_id = declined;
    assert.equal((await deliver(shop.webhook, failed)).status, 200);
    assert.equal(shop.settled.length, 1, 'a failed transaction does not settle the order: the customer may still pay it');
    assert.deepEqual(shop.events.map((event) => event.name), ['ORDER_SUCCEEDED', 'ORDER_FAILED']);
  });

  it('a duplicate delivery is acknowledged and does nothing again', async () => {
    double.webhook = { url: await shop.listen(), username: WEBHOOK_USER, password: WEBHOOK_PASSWORD, deliverTwice: true };
    const orderId = await shop.order();
    double.complete(orderId, 'charged');
    await double.webhooksDelivered();
    await shop.close();
    assert.deepEqual(double.webhookDeliveries.filter((delivery) => delivery.orderId === orderId).map((delivery) => delivery.status), [200, 200]);
    assert.equal(shop.settled.length, 1);
    assert.equal(shop.events.length, 1);
    assert.equal(statusCalls().length, 1, 'the second delivery did not even ask Juspay');
  });

  for (const [name, authorization] of [
    ['no credentials', ''],
    ['a wrong password', `Basic ${Buffer.from(`${WEBHOOK_USER}:wrong`).toString('base64')}`],
    ['a wrong username', `Basic ${Buffer.from(`someone:${WEBHOOK_PASSWORD}`).toString('base64')}`],
    ['another scheme', `Bearer ${WEBHOOK_PASSWORD}`],
  ] as const) {
    it(`${name}: 401, and nothing runs`, async () => {
      const orderId = await shop.order();
      double.complete(orderId, 'charged');
      double.requests.length = 0;
      const response = await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'), authorization);
      assert.equal(response.status, 401);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Basic/);
      assert.equal(double.requests.length, 0);
      assert.deepEqual([shop.settled, shop.events], [[], []]);
    });
  }

  it('refuses to start without a username and password, so unset variables never become guessable credentials', async () => {
    const { createWebhookHandler } = await import('../../src/server/index.js');
    for (const credentials of [{ username: '', password: WEBHOOK_PASSWORD }, { username: WEBHOOK_USER, password: undefined as unknown as string }]) {
      assert.throws(
        () => createWebhookHandler({ apiKey: double.apiKey, merchantId: double.merchantId, baseUrl: double.url, ...credentials }),
        /username and password/,
      );
    }
  });

  it('custom dashboard headers are required too', async () => {
    const { createWebhookHandler } = await import('../../src/server/index.js');
    const handler = createWebhookHandler({
      apiKey: double.apiKey,
      merchantId: double.merchantId,
      baseUrl: double.url,
      username: WEBHOOK_USER,
      password: WEBHOOK_PASSWORD,
      headers: { 'x-shop-secret': 'test_fake_header_secret' },
      logger: { warn: () => {} },
    });
    assert.equal((await deliver(handler, webhookEvent('x', 'ORDER_SUCCEEDED', 'CHARGED'))).status, 401);
  });

  for (const [name, body] of [
    ['not JSON', '{"id": '],
    ['no id', { event_name: 'ORDER_SUCCEEDED', content: { order: { order_id: 'x' } } }],
    ['no event_name', { id: 'evt_1', content: { order: { order_id: 'x' } } }],
    ['no content', { id: 'evt_1', event_name: 'ORDER_SUCCEEDED' }],
    ['an order without order_id', { id: 'evt_1', event_name: 'ORDER_SUCCEEDED', content: { order: { status: 'CHARGED' } } }],
    ['an array', [{ id: 'evt_1' }]],
  ] as const) {
    it(`a malformed body (${name}) is a 400, and nothing runs`, async () => {
      const response = await deliver(shop.webhook, body);
      assert.equal(response.status, 400);
      assert.equal(double.requests.length, 0);
      assert.deepEqual([shop.settled, shop.events], [[], []]);
    });
  }

  it('an unknown event is acknowledged and ignored', async () => {
    const response = await deliver(shop.webhook, { id: 'evt_2', event_name: 'SOMETHING_NEW', content: { order: { order_id: 'x' } } });
    assert.equal(response.status, 200);
    assert.equal((await response.json()).status, 'ignored');
    assert.deepEqual([shop.events, double.requests], [[], []]);
  });

  it('a status the Order Status API contradicts is not believed: nothing settles until Juspay says so', async () => {
    const orderId = await shop.order();
    double.complete(orderId, 'pending');
    const claim = webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED');
    assert.equal((await deliver(shop.webhook, claim)).status, 200);
    assert.equal(shop.settled.length, 0);
    double.complete(orderId, 'charged');
    assert.equal((await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'))).status, 200);
    assert.deepEqual(shop.settled.map((order) => [order.status, order.verified]), [['CHARGED', true]]);
  });

  it('an order charged at another amount settles unverified', async () => {
    const orderId = await shop.order();
    double.complete(orderId, 'charged');
    double.orders.get(orderId)!.amount = '1.00';
    await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'));
    assert.deepEqual(shop.settled.map((order) => [order.amount, order.verified]), [[1, false]]);
  });

  it('onOrderSettled throwing answers 5xx and leaves the event unseen, so the redelivery settles it', async () => {
    let attempts = 0;
    shop = merchant(double, {
      onOrderSettled: () => {
        if (++attempts === 1) throw new Error('warehouse down');
      },
    });
    const orderId = await shop.order();
    double.complete(orderId, 'charged');
    const event = webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED');
    const failed = await deliver(shop.webhook, event);
    assert.ok(failed.status >= 500, `answered ${failed.status}`);
    assert.equal(shop.settled.length, 0);
    assert.equal((await deliver(shop.webhook, event)).status, 200);
    assert.equal(shop.settled.length, 1);
    assert.equal(attempts, 2);
  });

  it('a refund after settlement goes to onOrderEvent, and settles nothing again', async () => {
    const orderId = await shop.order();
    double.complete(orderId, 'charged');
    await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'));
    await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_REFUNDED', 'CHARGED'));
    assert.equal(shop.settled.length, 1);
    assert.deepEqual(shop.events.map((event) => event.name), ['ORDER_SUCCEEDED', 'ORDER_REFUNDED']);
  });

  it('onOrderEvent throwing answers 5xx, and the redelivery runs it again (at least once)', async () => {
    let calls = 0;
    shop = merchant(double, {
      onOrderEvent: () => {
        if (++calls === 1) throw new Error('queue down');
      },
    });
    const event = { id: 'evt_mandate_1', event_name: 'MANDATE_ACTIVATED', content: { mandate: { mandate_id: 'm1' } } };
    assert.ok((await deliver(shop.webhook, event)).status >= 500);
    assert.equal((await deliver(shop.webhook, event)).status, 200);
    assert.equal((await deliver(shop.webhook, event)).status, 200);
    assert.equal(calls, 2);
  });
});
