import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { createRedisIdempotencyStore, createSessionHandler, type IdempotencyStore } from '../../src/server/index.js';
import { startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';
import { redisForTests, startRedisServer } from './redis-server.js';
import { deliver, merchant, webhookEvent } from './server-fixtures.js';

let redis: { url: string; close: () => Promise<void> };
let nodeRedis: ReturnType<typeof createClient>;
let ioredis: Redis;
let double: JuspayDouble;

before(async () => {
  redis = await redisForTests();
  nodeRedis = createClient({ url: redis.url });
  nodeRedis.on('error', () => {});
  await nodeRedis.connect();
  ioredis = new Redis(redis.url, { lazyConnect: true });
  await ioredis.connect();
  double = await startJuspayDouble();
});
after(async () => {
  nodeRedis.destroy();
  ioredis.disconnect();
  await double.close();
  await redis.close();
});

const run = `t${Date.now().toString(36)}:`;

for (const client of ['node-redis', 'ioredis'] as const) {
  const storeOf = (prefix: string) => createRedisIdempotencyStore(client === 'node-redis' ? nodeRedis : ioredis, { prefix: `${run}${client}:${prefix}:` });

  describe(`createRedisIdempotencyStore with ${client}`, () => {
    it('a reservation is SET NX PX: exclusive, with its TTL kept in Redis under the prefix', async () => {
      const store = storeOf('lease');
      const token = await store.reserve('lease:k', 5000);
      assert.ok(token);
      assert.equal(await store.reserve('lease:k', 5000), undefined);
      const ttl = await ioredis.pttl(`${run}${client}:lease:lease:{k}`);
      assert.ok(ttl > 0 && ttl <= 5000, `pttl ${ttl}`);
    });

    it('get/put keep JSON values with their TTL in Redis', async () => {
      const store = storeOf('put');
      assert.equal(await store.put('k', { amount: '499.00', nested: [1, 2] }, 60_000), true);
      assert.deepEqual(await store.get('k'), { amount: '499.00', nested: [1, 2] });
      assert.equal(await store.get('missing'), undefined);
      const ttl = await ioredis.pttl(`${run}${client}:put:{k}`);
      assert.ok(ttl > 50_000 && ttl <= 60_000, `pttl ${ttl}`);
    });

    it("fenced writes and releases are the holder's alone: a stale holder cannot overwrite a newer one", async () => {
      const store = storeOf('fence');
      const stale = (await store.reserve('lease:k', 50))!;
      await new Promise((resolve) => setTimeout(resolve, 80));
      const current = (await store.reserve('lease:k', 60_000))!;
      assert.ok(current);
      assert.equal(await store.put('k', 'stale', 60_000, { lease: 'lease:k', token: stale }), false);
      await store.release('lease:k', stale);
      assert.equal(await store.reserve('lease:k', 60_000), undefined, 'the stale release freed nothing');
      assert.equal(await store.put('k', 'current', 60_000, { lease: 'lease:k', token: current }), true);
      assert.equal(await store.get('k'), 'current');
      await store.release('lease:k', current);
      assert.ok(await store.reserve('lease:k', 60_000));
    });

    it('scripts survive a SCRIPT FLUSH (as after a Redis restart)', async () => {
      const store = storeOf('flush');
      const token = (await store.reserve('lease:k', 60_000))!;
      await ioredis.call('SCRIPT', 'FLUSH');
      assert.equal(await store.put('k', 1, 60_000, { lease: 'lease:k', token }), true);
    });
  });
}

describe('two handler instances on one Redis', () => {
  it('concurrent requests with one key, spread over both, make one Juspay order', async () => {
    double.latencyMs = 200;
    const instances = [nodeRedis, ioredis].map((client, index) =>
      createSessionHandler({
        apiKey: double.apiKey,
        merchantId: double.merchantId,
        clientId: double.clientId,
        baseUrl: double.url,
        store: createRedisIdempotencyStore(client, { prefix: `${run}fleet:` }),
        resolveOrder: () => ({ order_id: `r${index}_${crypto.randomUUID().slice(0, 8)}`, amount: '499.00', customer_id: 'cust_42', return_url: 'https://shop.example.com/return' }),
        logger: { warn: () => {} },
      }),
    );
    double.requests.length = 0;
    const keys = ['k1', 'k2', 'k3', 'k4', 'k5'];
    const answers = await Promise.all(
      keys.flatMap((key) =>
        [0, 1, 0, 1].map(async (index) => {
          const response = await instances[index]!(
            new Request('http://shop.test/api/session', {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'Idempotency-Key': `${run}${key}` },
              body: JSON.stringify({ customer_email: 'test@mail.com', customer_phone: '9876543210' }),
            }),
          );
          return { key, status: response.status, body: await response.json() };
        }),
      ),
    );
    double.latencyMs = 0;
    for (const key of keys) {
      const mine = answers.filter((answer) => answer.key === key);
      assert.deepEqual(mine.map((answer) => answer.status), [200, 200, 200, 200]);
      for (const answer of mine) assert.deepEqual(answer.body, mine[0]!.body);
    }
    const sent = double.requests.filter((request) => request.path === '/session');
    assert.equal(sent.length, keys.length);
    assert.equal(new Set(sent.map((request) => (request.body as { order_id: string }).order_id)).size, keys.length);
  });

  it('settles once when two instances race on one Redis', async () => {
    const stores: IdempotencyStore[] = [nodeRedis, ioredis].map((client) => createRedisIdempotencyStore(client, { prefix: `${run}settle:` }));
    const settled: string[] = [];
    const [one, two] = stores.map((store) => merchant(double, { store, onOrderSettled: (order) => void settled.push(order.source) }));
    const orderId = await one!.order();
    double.complete(orderId, 'charged');
    const event = webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED');
    await Promise.all([deliver(one!.webhook, event), deliver(two!.webhook, event), one!.askStatus(orderId), two!.askStatus(orderId)]);
    assert.equal(settled.length, 1);
    assert.equal((await deliver(two!.webhook, event)).status, 200);
    assert.equal(settled.length, 1);
  });
});

describe('createRedisIdempotencyStore on Redis Cluster', () => {
  it('a record and its lease share a slot: sessions, settlements and webhooks work on a cluster node', async () => {
    const server = await startRedisServer({ cluster: true });
    const cluster = new Redis(server.url, { lazyConnect: true });
    try {
      await cluster.connect();
      await cluster.call('CLUSTER', 'ADDSLOTSRANGE', '0', '16383');
      for (let tries = 0; !String(await cluster.call('CLUSTER', 'INFO')).includes('cluster_state:ok'); tries++) {
        assert.ok(tries < 200, 'the cluster came up');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const shop = merchant(double, { store: createRedisIdempotencyStore(cluster) });
      const orderId = await shop.order();
      double.complete(orderId, 'charged');
      assert.equal((await (await shop.askStatus(orderId)).json()).verified, true);
      assert.equal((await deliver(shop.webhook, webhookEvent(orderId, 'ORDER_SUCCEEDED', 'CHARGED'))).status, 200);
      assert.deepEqual(shop.settled.map((order) => order.source), ['status']);
    } finally {
      cluster.disconnect();
      await server.close();
    }
  });
});
