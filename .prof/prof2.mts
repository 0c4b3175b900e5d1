import { createMemoryIdempotencyStore, createSessionHandler } from '../src/server/index.js';
import { startJuspayDouble } from '../src/testing/index.js';
import { callJuspay } from '../src/server/juspay-connection.js';
const double = await startJuspayDouble();
let n = 0;
const handler = createSessionHandler({ apiKey: double.apiKey, merchantId: double.merchantId, clientId: double.clientId, baseUrl: double.url, store: createMemoryIdempotencyStore(),
  resolveOrder: () => ({ order_id: `p_${++n}`, amount: '499.00', customer_id: 'c' }) });
const body = JSON.stringify({ customer_email: 'test@mail.com', customer_phone: '9876543210' });
const conn = { apiKey: double.apiKey, merchantId: double.merchantId, baseUrl: double.url };
async function time(f: () => Promise<unknown>) { const t = performance.now(); await f(); return performance.now() - t; }
const a: number[] = [], b: number[] = [];
for (let i = 0; i < 2000; i++) {
  const t1 = await time(async () => { const r = await handler(new Request('http://x/', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `k${i}` }, body })); await r.text(); });
  const t2 = await time(() => callJuspay(conn, { method: 'POST', path: '/session', routingId: 'c', body: { order_id: `d${i}`, amount: '1', customer_id: 'c', payment_page_client_id: 'x', action: 'paymentPage' } }));
  if (i > 300) { a.push(t1); b.push(t2); }
  double.requests.length = 0;
}
a.sort((x, y) => x - y); b.sort((x, y) => x - y);
console.log('handler fn p50', a[a.length >> 1].toFixed(3), 'callJuspay p50', b[b.length >> 1].toFixed(3));
process.exit(0);
