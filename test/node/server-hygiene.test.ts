import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createMemoryIdempotencyStore, createSessionHandler, createStatusHandler, type SessionHandlerOptions } from '../../src/server/index.js';
import { startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';
import { connectionTo, sessionPost } from './server-fixtures.js';

const browser = { customer_email: 'test@mail.com', customer_phone: '9876543210' };

let double: JuspayDouble;
let orderCount = 0;

function handlerFor(overrides: Partial<SessionHandlerOptions> = {}) {
  return createSessionHandler({
    ...connectionTo(double),
    store: createMemoryIdempotencyStore(),
    resolveOrder: () => ({ order_id: `hyg_${++orderCount}`, amount: '499.00', customer_id: 'cust_42', return_url: 'https://shop.example.com/return' }),
    logger: { warn: () => {} },
    ...overrides,
  });
}

const post = sessionPost;

before(async () => {
  double = await startJuspayDouble();
});
after(() => double.close());
beforeEach(() => {
  double.requests.length = 0;
});

describe('request hygiene', () => {
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
    it(`a body declared ${type || 'without a type'} is a 415, and no order is made`, async () => {
      const request = post(JSON.stringify(browser), { 'Content-Type': type });
      if (!type) request.headers.delete('content-type');
      const response = await handlerFor()(request);
      assert.equal(response.status, 415);
      assert.equal((await response.json()).error_code, 'unsupported_media_type');
      assert.equal(double.requests.length, 0);
    });
  }

  it('application/json with a charset is accepted', async () => {
    const response = await handlerFor()(post(JSON.stringify(browser), { 'Content-Type': 'application/json; charset=utf-8' }));
    assert.equal(response.status, 200);
  });

  it('with allowedOrigins, another Origin is a 403; a listed one, or none (a server-side client), is served', async () => {
    const handler = handlerFor({ allowedOrigins: ['https://shop.example.com'] });
    const refused = await handler(post(JSON.stringify(browser), { Origin: 'https://evil.example.com' }));
    assert.equal(refused.status, 403);
    assert.equal((await refused.json()).error_code, 'origin_not_allowed');
    assert.equal(double.requests.length, 0);
    assert.equal((await handler(post(JSON.stringify(browser), { Origin: 'https://shop.example.com' }))).status, 200);
    assert.equal((await handler(post(JSON.stringify(browser)))).status, 200);
  });

  it('deeply nested JSON inside an allowed member is a 400, not a RangeError', async () => {
    const lines: string[] = [];
    const deep = `{"customer_email":"test@mail.com","customer_phone":"9876543210","udf1":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const response = await handlerFor({ logger: { warn: (line) => lines.push(line) } })(post(deep));
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error_code, 'invalid_json');
    assert.deepEqual(lines, []);
    assert.equal(double.requests.length, 0);
  });

  it('brackets inside strings are not nesting', async () => {
    const response = await handlerFor()(post(JSON.stringify({ ...browser, customer_first_name: `J${'['.repeat(100)}"\\` })));
    assert.notEqual((await response.json()).error_code, 'invalid_json');
  });

  it('the status endpoint refuses deeply nested JSON with a 400 too', async () => {
    const status = createStatusHandler({ apiKey: double.apiKey, merchantId: double.merchantId, baseUrl: double.url, logger: { warn: () => {} } });
    const body = `{"order_id":"x","a":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`;
    const response = await status(new Request('http://shop.test/api/status', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }));
    assert.equal(response.status, 400);
  });
});
