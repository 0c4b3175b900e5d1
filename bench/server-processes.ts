/**
 * The processes `bench/server-bench.ts` measures, each on its own loopback port, each printing `READY <port>`:
 * - `double`: the Juspay double, with a stats port (its `/session` calls, distinct order ids, CPU time used);
 * - `handler memory|redis`: the session handler against the double (JUSPAY_BASE_URL), with `GET /bench/heap`
 *   (heap used after a GC, run with --expose-gc; CPU time used).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'redis';
import { createMemoryIdempotencyStore, createRedisIdempotencyStore, createSessionHandler } from '../src/server/index.js';
import { DOUBLE_API_KEY, DOUBLE_CLIENT_ID, DOUBLE_MERCHANT_ID, startJuspayDouble } from '../src/testing/index.js';

const [role, storeKind] = process.argv.slice(2);
const ready = (port: number) => process.stdout.write(`READY ${port}\n`);
// A normal exit on kill, so that --cpu-prof (BENCH_PROFILE=1) writes its profile.
process.on('SIGTERM', () => process.exit(0));
/** CPU time this process has used, user and system, in ms: where the time goes, per request. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

if (role === 'double') {
  const double = await startJuspayDouble();
  // The double keeps every request; the bench needs only counts, so the list is emptied as it goes.
  let sessions = 0;
  const orderIds = new Set<string>();
  setInterval(() => {
    for (const request of double.requests.splice(0)) {
      if (request.path !== '/session') continue;
      sessions++;
      orderIds.add(String((request.body as { order_id?: unknown }).order_id));
    }
    double.orders.clear();
  }, 200).unref();
  const stats = createServer((_req, res) => res.end(JSON.stringify({ sessions, orderIds: orderIds.size, cpuMs: cpuMs() })));
  stats.listen(0, '127.0.0.1', () => process.stdout.write(`STATS ${(stats.address() as AddressInfo).port}\n`));
  ready(Number(new URL(double.url).port));
} else if (role === 'handler') {
  let store = createMemoryIdempotencyStore();
  if (storeKind === 'redis') {
    const client = createClient({ url: process.env.REDIS_URL! });
    client.on('error', () => {});
    await client.connect();
    store = createRedisIdempotencyStore(client, { prefix: `bench:${Date.now()}:` });
  }
  let orders = 0;
  const handler = createSessionHandler({
    apiKey: DOUBLE_API_KEY,
    merchantId: DOUBLE_MERCHANT_ID,
    clientId: DOUBLE_CLIENT_ID,
    baseUrl: process.env.JUSPAY_BASE_URL!,
    store,
    resolveOrder: () => ({ order_id: `bench_${process.pid}_${++orders}`, amount: '499.00', customer_id: 'cust_bench', return_url: 'https://shop.example.com/return' }),
  });
  const server = createServer((req, res) => {
    if (req.url === '/bench/heap') {
      globalThis.gc?.();
      globalThis.gc?.();
      res.end(JSON.stringify({ heapUsed: process.memoryUsage().heapUsed, cpuMs: cpuMs() }));
      return;
    }
    void handler.node(req, res);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => ready((server.address() as AddressInfo).port));
} else {
  throw new Error(`Unknown role ${role}`);
}
