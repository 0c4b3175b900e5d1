import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { demoBackend } from '../../demo/backend.js';

let server: Server;
let base: string;
let close: () => Promise<void>;

before(async () => {
  server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const backend = await demoBackend(() => `${base}/`);
  close = backend.close;
  server.on('request', (req, res) => backend.middleware(req, res, () => res.writeHead(404).end()));
});
after(async () => {
  await close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('the demo backend', () => {
  it('completes a payment whose settlement arrives by webhook, and answers its status only to its visitor', async () => {
    const created = await fetch(`${base}/api/session/general`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ customer_email: 'test@mail.com', customer_phone: '9876543210', customer_first_name: 'John', customer_last_name: 'Doe' }),
    });
    const session = await created.json();
    assert.equal(created.status, 200, JSON.stringify(session));
    const cookie = created.headers.get('set-cookie')!.split(';')[0]!;
    assert.match(cookie, /^demo_visitor=/);

    const paid = await fetch(`${base}/api/simulate-payment`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ orderId: session.order_id, status: 'charged' }),
    });
    assert.equal(paid.status, 204);
    const settlement = await (await fetch(`${base}/api/settlement?order_id=${session.order_id}`)).json();
    assert.deepEqual([settlement.source, settlement.status, settlement.verified], ['webhook', 'CHARGED', true]);

    const status = (headers: Record<string, string>) => fetch(`${base}/api/status?order_id=${session.order_id}`, { headers });
    assert.equal((await (await status({ cookie })).json()).verified, true);
    assert.equal((await status({ cookie: 'demo_visitor=someone-else' })).status, 404);
    assert.equal((await status({})).status, 401);
    assert.equal((await (await fetch(`${base}/api/settlement?order_id=${session.order_id}`)).json()).source, 'webhook', 'settled once');
  });
});
