import { validateSessionRequest } from '../src/contract/request.js';
import { digest } from '../src/server/fleet.js';
const body = { customer_email: 'test@mail.com', customer_phone: '9876543210' };
const full = { ...body, payment_page_client_id: 'x', action: 'paymentPage', customer_id: 'c', order_id: 'o1', amount: '499.00' };
function bench(name: string, f: () => unknown, n = 20000) { for (let i = 0; i < 2000; i++) f(); const t = performance.now(); for (let i = 0; i < n; i++) f(); console.log(name, ((performance.now() - t) / n * 1000).toFixed(1), 'µs'); }
bench('validate browser', () => validateSessionRequest(body, 'general'));
bench('validate complete', () => validateSessionRequest(full, 'general', { complete: true }));
bench('new Request', () => new Request('http://x/api/session', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'abc' } }));
bench('new Request+body', () => new Request('http://x/api/session', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': 'abc' }, body: '{"a":1}' }));
bench('new Response', () => new Response('{"a":1}', { status: 200, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' } }));
bench('digest', () => digest('abcdefabcdef'));
bench('uuid', () => crypto.randomUUID());
