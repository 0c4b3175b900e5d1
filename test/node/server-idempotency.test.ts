import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  createMemoryIdempotencyStore,
  createSessionHandler,
  type IdempotencyStore,
  type ServerOrder,
  type SessionHandlerOptions,
} from '../../src/server/index.js';
import { startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';
import { connectionTo } from './server-fixtures.js';

const browser = { customer_email: 'test@mail.com', customer_phone: '9876543210', customer_first_name: 'John', customer_last_name: 'Doe' };

let double: JuspayDouble;
let orderCount = 0;
const newOrder = (extra: Partial<ServerOrder> = {}): ServerOrder => ({ order_id: `idem_${++orderCount}`, amount: '499.00', customer_id: 'cust_42', return_url: 'https://shop.example.com/return', ...extra });

function handlerFor(overrides: Partial<SessionHandlerOptions> = {}) {
  return createSessionHandler({
    ...connectionTo(double),
    store: createMemoryIdempotencyStore(),
    resolveOrder: () => newOrder(),
    logger: { warn: () => {} },
    ...overrides,
  });
}

const post = (key: string | undefined, body: unknown = browser, headers: Record<string, string> = {}) =>
  new Request('http://shop.test/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(key === undefined ? {} : { 'Idempotency-Key': key }), ...headers },
    body: JSON.stringify(body),
  });

const sessionCalls = () => double.requests.filter((request) => request.path === '/session');
const orderIdsSent = () => new Set(sessionCalls().map((call) => (call.body as { order_id: string }).order_id));

before(async () => {
  double = await startJuspayDouble();
});
after(() => double.close());
beforeEach(() => {
  double.requests.length = 0;
  double.latencyMs = 0;
});

describe('createSessionHandler: Idempotency-Key', () => {
  it('a repeated key returns the first session and creates one order', async () => {
    const handler = handlerFor();
    const first = await (await handler(post('attempt-1'))).json();
    const again = await (await handler(post('attempt-1'))).json();
    assert.deepEqual(again, first);
    assert.equal(sessionCalls().length, 1);
    const other = await (await handler(post('attempt-2'))).json();
    assert.notEqual(other.order_id, first.order_id);
  });

  it('concurrent requests with one key make one Juspay call, and all get the same session', async () => {
    double.latencyMs = 100;
    const handler = handlerFor();
    const answers = await Promise.all([1, 2, 3, 4].map(async () => (await handler(post('attempt-3'))).json()));
    assert.equal(sessionCalls().length, 1);
    for (const answer of answers) assert.deepEqual(answer, answers[0]);
  });

  it('a retry after a Juspay failure reuses the order_id written before the call', async () => {
    const handler = handlerFor();
    double.failNext(500);
    assert.equal((await handler(post('attempt-4'))).status, 502);
    const retried = await handler(post('attempt-4'));
    assert.equal(retried.status, 200);
    assert.equal(sessionCalls().length, 2);
    assert.equal(orderIdsSent().size, 1, 'both calls carried the same order_id');
    assert.equal((await retried.json()).order_id, [...orderIdsSent()][0]);
  });

  it('a retry after a timeout reuses the order_id, so Juspay keeps one order', async () => {
    const handler = handlerFor({ timeoutMs: 200, idempotency: { leaseMs: 1000 } });
    double.hangNext();
    assert.equal((await handler(post('attempt-5'))).status, 504);
    assert.equal((await handler(post('attempt-5'))).status, 200);
    assert.equal(orderIdsSent().size, 1);
  });

  it('a changed cart on the server is a new attempt, not a replay of the old price', async () => {
    let amount = '499.00';
    const handler = handlerFor({ resolveOrder: () => newOrder({ amount }) });
    const cheap = await (await handler(post('attempt-6'))).json();
    amount = '1499.00';
    const dear = await (await handler(post('attempt-6'))).json();
    assert.notEqual(dear.order_id, cheap.order_id);
    assert.equal(double.orders.get(dear.order_id)?.amount, '1499.00');
    amount = '1499.00';
    assert.equal((await (await handler(post('attempt-6'))).json()).order_id, dear.order_id, 'the new attempt is replayed in turn');
  });

  it('a key reused for a different body is refused, and creates nothing', async () => {
    const handler = handlerFor();
    assert.equal((await handler(post('attempt-7'))).status, 200);
    const changed = await handler(post('attempt-7', { ...browser, customer_first_name: 'Jane' }));
    assert.equal(changed.status, 422);
    assert.equal((await changed.json()).error_code, 'idempotency_key_reused');
    assert.equal(sessionCalls().length, 1);
  });

  it('a request without a key is refused (400) unless keyless requests are allowed, which makes an order each time', async () => {
    const refused = await handlerFor()(post(undefined));
    assert.equal(refused.status, 400);
    assert.equal((await refused.json()).error_code, 'idempotency_key_required');
    assert.equal(double.requests.length, 0);
    const open = handlerFor({ allowRequestsWithoutKey: true });
    assert.equal((await open(post(undefined))).status, 200);
    assert.equal((await open(post(undefined))).status, 200);
    assert.equal(orderIdsSent().size, 2);
  });

  it('refuses a malformed key', async () => {
    const response = await handlerFor()(post('x'.repeat(300)));
    assert.equal(response.status, 400);
    assert.equal(double.requests.length, 0);
  });

  for (const option of ['caller', 'idempotency.scope (deprecated)'] as const) {
    it(`with ${option}, a key answers only its own caller; a refused caller gets the refusal`, async () => {
      const caller = (request: Request) => {
        const user = request.headers.get('x-user');
        if (!user) throw new Response('{"error_code":"login_required"}', { status: 401 });
        return user;
      };
      const handler = handlerFor(option === 'caller' ? { caller } : { idempotency: { scope: caller } });
      const alice = await (await handler(post('attempt-8', browser, { 'x-user': 'alice' }))).json();
      const mallory = await (await handler(post('attempt-8', browser, { 'x-user': 'mallory' }))).json();
      assert.notEqual(mallory.order_id, alice.order_id);
      assert.notEqual(mallory.sdk_payload.payload.clientAuthToken, alice.sdk_payload.payload.clientAuthToken);
      assert.equal((await handler(post('attempt-8'))).status, 401);
      const again = await (await handler(post('attempt-8', browser, { 'x-user': 'alice' }))).json();
      assert.equal(again.order_id, alice.order_id);
      assert.equal(sessionCalls().length, 2);
    });
  }

  it('keeps a session no longer than its token: the TTL ends a minute before clientAuthTokenExpiry', async () => {
    const ttls: number[] = [];
    const memory = createMemoryIdempotencyStore();
    const store: IdempotencyStore = {
      ...memory,
      put: (key, value, ttlMs, fence) => {
        if (key.startsWith('attempt:') && (value as { answer?: unknown }).answer) ttls.push(ttlMs);
        return memory.put(key, value, ttlMs, fence);
      },
    };
    const handler = handlerFor({ store, idempotency: { ttlMs: 24 * 60 * 60_000 } });
    const answer = await (await handler(post('attempt-9'))).json();
    const untilExpiry = Date.parse(answer.sdk_payload.payload.clientAuthTokenExpiry) - Date.now();
    assert.equal(ttls.length, 1);
    // Measured a moment after the handler computed it.
    assert.ok(Math.abs(ttls[0]! - (untilExpiry - 60_000)) < 1000, `ttl ${ttls[0]} for a token expiring in ${untilExpiry} ms`);
  });

  it('a request waiting on another holder answers 503 with Retry-After once its wait is over', async () => {
    double.latencyMs = 800;
    const handler = handlerFor({ idempotency: { waitMs: 100 } });
    const [first, second] = await Promise.all([handler(post('attempt-10')), handler(post('attempt-10'))]);
    const statuses = [first.status, second.status].sort();
    assert.deepEqual(statuses, [200, 503]);
    const waiting = first.status === 503 ? first : second;
    assert.ok(Number(waiting.headers.get('retry-after')) >= 1);
    assert.equal((await waiting.json()).error_code, 'request_in_progress');
    assert.equal(sessionCalls().length, 1);
  });

  it('a store that fails is a clear 503 with Retry-After, and Juspay is not called', async () => {
    const broken: IdempotencyStore = {
      reserve: () => Promise.reject(new Error('ECONNREFUSED')),
      get: () => Promise.reject(new Error('ECONNREFUSED')),
      put: () => Promise.reject(new Error('ECONNREFUSED')),
      release: () => Promise.reject(new Error('ECONNREFUSED')),
    };
    const response = await handlerFor({ store: broken })(post('attempt-11'));
    assert.equal(response.status, 503);
    assert.equal((await response.json()).error_code, 'store_unavailable');
    assert.ok(response.headers.get('retry-after'));
    assert.equal(double.requests.length, 0);
  });

  it('refuses a lease no longer than the Juspay timeout', () => {
    assert.throws(() => handlerFor({ timeoutMs: 5000, idempotency: { leaseMs: 5000 } }), /leaseMs must be longer than timeoutMs/);
  });
});

describe('createMemoryIdempotencyStore', () => {
  it('is bounded: past maxEntries the oldest records go first', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await store.put(key, key, 60_000);
    assert.equal(await store.get('a'), undefined);
    assert.deepEqual([await store.get('b'), await store.get('c'), await store.get('d')], ['b', 'c', 'd']);
  });

  it('a rewrite makes a record the newest, through thousands of evictions', async () => {
    const store = createMemoryIdempotencyStore({ maxEntries: 3 });
    for (let index = 0; index < 5000; index++) {
      await store.put(`key${index}`, index, 60_000);
      // "kept" is rewritten every other write, so it is never the oldest.
      if (index % 2) await store.put('kept', index, 60_000);
    }
    assert.equal(await store.get('kept'), 4999);
    assert.deepEqual([await store.get('key4997'), await store.get('key4998'), await store.get('key4999')], [undefined, 4998, 4999]);
    assert.equal(await store.get('key0'), undefined);
  });

  it('a lease is exclusive, and only its holder writes under it or releases it', async () => {
    const store = createMemoryIdempotencyStore();
    const token = await store.reserve('lease:x', 60_000);
    assert.ok(token);
    assert.equal(await store.reserve('lease:x', 60_000), undefined);
    assert.equal(await store.put('x', 1, 60_000, { lease: 'lease:x', token: 'stale' }), false);
    await store.release('lease:x', 'stale');
    assert.equal(await store.reserve('lease:x', 60_000), undefined);
    assert.equal(await store.put('x', 2, 60_000, { lease: 'lease:x', token }), true);
    await store.release('lease:x', token);
    assert.ok(await store.reserve('lease:x', 60_000));
    assert.equal(await store.get('x'), 2);
  });
});
