import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createApp as createExpressApp } from '../../examples/server/express.js';
import { createApp as createHonoApp } from '../../examples/server/hono.js';
import { toNodeHandler } from '../../src/server/index.js';
import { DOUBLE_RESPONSE_KEY, startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';

let double: JuspayDouble;
const env = () => ({
  JUSPAY_API_KEY: double.apiKey,
  JUSPAY_MERCHANT_ID: double.merchantId,
  JUSPAY_CLIENT_ID: double.clientId,
  JUSPAY_RESPONSE_KEY: DOUBLE_RESPONSE_KEY,
  JUSPAY_BASE_URL: double.url,
  JUSPAY_WEBHOOK_USERNAME: 'test_webhook_user',
  JUSPAY_WEBHOOK_PASSWORD: 'test_fake_webhook_password',
});
const shipped: string[] = [];
const ship = (orderId: string) => void shipped.push(orderId);

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/**
 * What both examples promise: a session at the server's amount; a status verified only once charged
 * and answered only to its caller; the goods shipped once, by webhook, however often it is delivered.
 */
async function payThrough(base: string) {
  const cookie = `sid=${crypto.randomUUID()}`;
  const created = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), cookie },
    body: JSON.stringify({ customer_email: 'test@mail.com', customer_phone: '9876543210', amount: '1.00' }),
  });
  const session = await created.json();
  assert.equal(created.status, 200, JSON.stringify(session));
  assert.equal(double.orders.get(session.order_id)?.amount, '499.00');

  const status = async (as = cookie) => fetch(`${base}/api/status?order_id=${session.order_id}`, { headers: { cookie: as } });
  assert.equal((await (await status()).json()).verified, false);
  double.webhook = { url: `${base}/api/juspay/webhook`, username: 'test_webhook_user', password: 'test_fake_webhook_password', deliverTwice: true };
  const returnUrl = double.complete(session.order_id, 'charged');
  await double.webhooksDelivered();
  double.webhook = undefined;
  assert.deepEqual(double.webhookDeliveries.filter((delivery) => delivery.orderId === session.order_id).map((delivery) => delivery.status), [200, 200]);
  assert.deepEqual(await (await status()).json(), { orderId: session.order_id, status: 'CHARGED', amount: 499, verified: true });
  assert.deepEqual(shipped.filter((orderId) => orderId === session.order_id), [session.order_id], 'shipped exactly once');
  assert.equal((await status('sid=someone-else')).status, 404, "another customer's cookie does not see the order");
  const forged = new URLSearchParams({ status_id: '21', status: 'CHARGED', order_id: session.order_id, signature: 'forged', signature_algorithm: 'HMAC-SHA256' });
  const withForged = await fetch(`${base}/api/status?${forged}`, { headers: { cookie: 'sid=someone-else' } });
  assert.equal(withForged.status, 403, 'a forged return is refused');
  return { session, returnUrl };
}

before(async () => {
  double = await startJuspayDouble();
});
after(() => double.close());

describe('examples/server/express.ts', () => {
  let server: Server;
  let base: string;
  before(async () => {
    server = createServer(createExpressApp(env(), ship));
    base = await listen(server);
  });
  after(() => close(server));

  it('creates a session at the server-decided amount and verifies the status', async () => {
    await payThrough(base);
  });

  it('accepts a signed return URL and refuses a tampered one', async () => {
    const { session, returnUrl } = await payThrough(base);
    const query = new URL(returnUrl).search;
    const back = await fetch(`${base}/payment/return${query}`, { redirect: 'manual' });
    assert.equal(back.status, 303);
    assert.equal(back.headers.get('location'), `/orders/${session.order_id}`);
    const tampered = await fetch(`${base}/payment/return${query.replace('order_id=', 'order_id=x')}`, { redirect: 'manual' });
    assert.equal(tampered.status, 400);
  });
});

describe('examples/server/hono.ts', () => {
  let server: Server;
  let base: string;
  before(async () => {
    const app = createHonoApp(env(), ship);
    server = createServer(toNodeHandler(async (request) => app.fetch(request)));
    base = await listen(server);
  });
  after(() => close(server));

  it('creates a session at the server-decided amount and verifies the status', async () => {
    await payThrough(base);
  });
});
