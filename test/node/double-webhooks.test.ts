import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';

let double: JuspayDouble;
const received: { headers: IncomingMessage['headers']; body: Record<string, unknown> }[] = [];
const receiver = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
  res.end('{}');
});

const createSession = (orderId: string, amount = '499.00') =>
  fetch(`${double.url}/session`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${double.apiKey}:`).toString('base64')}`,
      'x-merchantid': double.merchantId,
      'x-routing-id': 'cust_42',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ order_id: orderId, amount, customer_id: 'cust_42', payment_page_client_id: double.clientId, action: 'paymentPage' }),
  }).then((response) => response.json());

before(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  double = await startJuspayDouble({
    webhook: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, username: 'hook_user', password: 'test_fake_hook_pass', deliverTwice: true },
  });
});
after(async () => {
  await double.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

describe('the Juspay double', () => {
  it('answers a repeated order_id with the order it has, and makes no second one', async () => {
    const first = await createSession('dbl_repeat');
    const again = await createSession('dbl_repeat');
    assert.equal(again.id, first.id);
    assert.notEqual(again.sdk_payload.payload.clientAuthToken, first.sdk_payload.payload.clientAuthToken);
    assert.equal([...double.orders.values()].filter((order) => order.orderId === 'dbl_repeat').length, 1);
    assert.equal(double.requests.filter((request) => request.path === '/session').length, 2);
  });

  it("announces a completed order in the real samples' shape, with Basic auth, twice when asked", async () => {
    await createSession('dbl_hook');
    double.complete('dbl_hook', 'charged');
    await double.webhooksDelivered();
    const sample = JSON.parse(await readFile(new URL('../fixtures/juspay-samples/webhook-order-succeeded.json', import.meta.url), 'utf8'));
    assert.equal(received.length, 2);
    const [first, second] = received;
    assert.equal(first!.body.id, second!.body.id, 'the same event, delivered twice');
    assert.deepEqual(Object.keys(first!.body).sort(), Object.keys(sample).sort());
    assert.equal(first!.body.event_name, 'ORDER_SUCCEEDED');
    const order = (first!.body.content as { order: Record<string, unknown> }).order;
    assert.deepEqual([order.order_id, order.status, order.status_id, order.amount], ['dbl_hook', 'CHARGED', 21, 499]);
    assert.equal(first!.headers.authorization, `Basic ${Buffer.from('hook_user:test_fake_hook_pass').toString('base64')}`);
    assert.equal(first!.headers['content-type'], 'application/json');
    assert.deepEqual(double.webhookDeliveries.map((delivery) => delivery.status), [200, 200]);
  });

  it('a pending or abandoned payment sends no webhook', async () => {
    received.length = 0;
    await createSession('dbl_quiet');
    double.complete('dbl_quiet', 'pending');
    double.complete('dbl_quiet', 'back');
    await double.webhooksDelivered();
    assert.equal(received.length, 0);
  });
});
