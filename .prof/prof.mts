import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryIdempotencyStore, createSessionHandler } from '../src/server/index.js';
import { startJuspayDouble } from '../src/testing/index.js';
const double = await startJuspayDouble();
let n = 0;
const handler = createSessionHandler({ apiKey: double.apiKey, merchantId: double.merchantId, clientId: double.clientId, baseUrl: double.url, store: createMemoryIdempotencyStore(),
  resolveOrder: () => ({ order_id: `p_${++n}`, amount: '499.00', customer_id: 'c' }) });
const server = createServer(handler.node);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
const body = JSON.stringify({ customer_email: 'test@mail.com', customer_phone: '9876543210' });
async function one(i: number) {
  const t = performance.now();
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `k${i}` }, body });
  await r.arrayBuffer();
  return performance.now() - t;
}
async function direct(i: number) {
  const t = performance.now();
  const r = await fetch(`${double.url}/session`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Basic ${Buffer.from(`${double.apiKey}:`).toString('base64')}`, 'x-merchantid': double.merchantId, 'x-routing-id': 'c' }, body: JSON.stringify({ order_id: `d${i}`, amount: '1', customer_id: 'c', payment_page_client_id: 'x', action: 'paymentPage' }) });
  await r.arrayBuffer();
  return performance.now() - t;
}
for (let i = 0; i < 300; i++) await one(-i - 1);
const a: number[] = [], b: number[] = [];
for (let i = 0; i < 1000; i++) { a.push(await one(i)); b.push(await direct(i)); double.requests.length = 0; }
a.sort((x, y) => x - y); b.sort((x, y) => x - y);
console.log('handler p50', a[500].toFixed(3), 'direct p50', b[500].toFixed(3));
process.exit(0);
