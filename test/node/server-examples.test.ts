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
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

/** What both examples promise: a session at the server's amount, and a status verified only once charged. */
async function payThrough(base: string) {
  const created = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ customer_email: 'test@mail.com', customer_phone: '9876543210', amount: '1.00' }),
  });
  const session = await created.json();
  assert.equal(created.status, 200, JSON.stringify(session));
  assert.equal(double.orders.get(session.order_id)?.amount, '499.00');

  const status = async () => (await fetch(`${base}/api/status?order_id=${session.order_id}`)).json();
  assert.equal((await status()).verified, false);
  const returnUrl = double.complete(session.order_id, 'charged');
  assert.deepEqual(await status(), { orderId: session.order_id, status: 'CHARGED', amount: 499, verified: true });
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
    server = createServer(createExpressApp(env()));
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
    const app = createHonoApp(env());
    server = createServer(toNodeHandler(async (request) => app.fetch(request)));
    base = await listen(server);
  });
  after(() => close(server));

  it('creates a session at the server-decided amount and verifies the status', async () => {
    await payThrough(base);
  });
});
