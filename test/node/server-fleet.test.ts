/**
 * The fleet: two handler processes sharing one real Redis, behind a loopback round-robin proxy that
 * answers 504 to slow requests, against a slowed Juspay double. Clients retry as the widget does
 * (same Idempotency-Key after a 503 or 504). One instance is SIGKILLed mid-call, and Redis restarts.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';
import { startRedisServer, type RedisServer } from './redis-server.js';

const TIMEOUT_MS = 1500;
/** Short, so the chaos test waits about two seconds for a dead instance's lease, not minutes. */
const LEASE_MS = 2000;
const WAIT_MS = 3000;
const PROXY_TIMEOUT_MS = 150;

interface Instance {
  child: ChildProcess;
  port: number;
}

let redis: RedisServer;
let double: JuspayDouble;
let proxy: Server;
let proxyUrl: string;
const upstreams: Instance[] = [];

async function startInstance(client: 'node-redis' | 'ioredis'): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/node/fleet-instance.ts'], {
    env: {
      ...process.env,
      REDIS_URL: redis.url,
      JUSPAY_BASE_URL: double.url,
      REDIS_CLIENT: client,
      TIMEOUT_MS: String(TIMEOUT_MS),
      LEASE_MS: String(LEASE_MS),
      WAIT_MS: String(WAIT_MS),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const ready = /READY (\d+)/.exec(out);
      if (ready) resolve(Number(ready[1]));
    });
    child.once('exit', (code) => reject(new Error(`instance exited with ${code}`)));
  });
  return { child, port };
}

/** Round robin over the live instances; a request slower than PROXY_TIMEOUT_MS is a 504, as a load balancer's. */
function startProxy(): Promise<string> {
  let next = 0;
  proxy = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const tryUpstream = (attemptsLeft: number): void => {
      const upstream = upstreams[next++ % upstreams.length]!;
      const forward = httpRequest({ host: '127.0.0.1', port: upstream.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.setTimeout(PROXY_TIMEOUT_MS, () => {
        forward.destroy();
        if (!res.headersSent) res.writeHead(504).end('{"error_code":"gateway_timeout"}');
      });
      forward.on('error', () => {
        // A dead instance: the balancer tries the next one.
        if (res.headersSent || res.writableEnded) return;
        if (attemptsLeft > 0) tryUpstream(attemptsLeft - 1);
        else res.writeHead(502).end('{"error_code":"bad_gateway"}');
      });
      forward.end(body);
    };
    tryUpstream(upstreams.length);
  });
  return new Promise((resolve) => proxy.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`)));
}

const post = (base: string, key: string) =>
  fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify({ customer_email: 'test@mail.com', customer_phone: '9876543210' }),
  });

/** As the widget does: the same key again after a 503 or 504, until an answer. */
async function payAttempt(key: string, base = proxyUrl): Promise<{ statuses: number[]; body: { order_id: string; sdk_payload: unknown } }> {
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 60; attempt++) {
    const response = await post(base, key);
    statuses.push(response.status);
    if (response.status === 200) return { statuses, body: await response.json() };
    await response.arrayBuffer();
    if (![503, 504].includes(response.status)) throw new Error(`answered ${response.status}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no session for ${key} after ${statuses.join(', ')}`);
}

const sessionCalls = () => double.requests.filter((request) => request.path === '/session');
const orderIdOf = (request: { body: unknown }) => (request.body as { order_id: string }).order_id;

before(async () => {
  redis = await startRedisServer({ appendOnly: true });
  double = await startJuspayDouble({ latencyMs: 300 });
  upstreams.push(...(await Promise.all([startInstance('node-redis'), startInstance('ioredis')])));
  proxyUrl = await startProxy();
});
after(async () => {
  for (const { child } of upstreams) child.kill('SIGKILL');
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  proxy.closeAllConnections();
  await double.close();
  await redis.close();
});

describe('a fleet of two instances on one Redis', () => {
  it('concurrent same-key requests and retries after a proxy 504 make exactly one Juspay order per key; every caller gets the same session', async () => {
    double.requests.length = 0;
    const keys = Array.from({ length: 6 }, (_, index) => `fleet-${index}-${crypto.randomUUID()}`);
    const results = await Promise.all(keys.flatMap((key) => [1, 2, 3].map(async () => ({ key, ...(await payAttempt(key)) }))));
    assert.ok(results.some((result) => result.statuses.includes(504)), 'the proxy timed some requests out, so retries raced the first call');
    const calls = sessionCalls();
    for (const key of keys) {
      const mine = results.filter((result) => result.key === key);
      for (const result of mine) assert.deepEqual(result.body, mine[0]!.body, 'every caller got the same session');
      // Usually one call; on a loaded machine a call can time out at the instance, and its retry reuses the order_id.
      assert.ok(calls.some((call) => orderIdOf(call) === mine[0]!.body.order_id), `a /session call for ${key}`);
    }
    assert.equal(new Set(calls.map(orderIdOf)).size, keys.length, 'one distinct order_id per key: one Juspay order each');
  });

  it('chaos: an instance SIGKILLed mid-call leaves its lease; the retry on the other completes after it expires, with the same order_id', async () => {
    double.requests.length = 0;
    double.latencyMs = 600;
    const key = `chaos-${crypto.randomUUID()}`;
    const victim = upstreams[0]!;
    const doomed = post(`http://127.0.0.1:${victim.port}`, key).catch(() => undefined);
    // Juspay has the call and has not answered: the instance holds the reservation.
    while (sessionCalls().length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    victim.child.kill('SIGKILL');
    await new Promise((resolve) => victim.child.once('exit', resolve));
    await doomed;
    upstreams.splice(0, 1);
    const firstOrderId = orderIdOf(sessionCalls()[0]!);
    const retried = await payAttempt(key);
    double.latencyMs = 300;
    assert.equal(retried.body.order_id, firstOrderId);
    const calls = sessionCalls();
    assert.ok(calls.length >= 2, 'the dead call, then the retry with the same order_id');
    assert.equal(new Set(calls.map(orderIdOf)).size, 1, 'one distinct order_id: Juspay keeps one order');
    assert.equal(double.orders.get(firstOrderId)?.orderId, firstOrderId);
    upstreams.unshift(await startInstance('node-redis'));
  });

  it('Redis restarting: a clear 503 while it is gone, and no reservation or stored session is lost', async () => {
    double.requests.length = 0;
    double.latencyMs = 0;
    const done = `restart-done-${crypto.randomUUID()}`;
    const failed = `restart-failed-${crypto.randomUUID()}`;
    const before = await payAttempt(done);
    // Straight to an instance: the proxy's 504 would hide the status on a loaded machine.
    const instanceUrl = (instance: Instance) => `http://127.0.0.1:${instance.port}`;
    double.failNext(500);
    assert.equal((await post(instanceUrl(upstreams[0]!), failed)).status, 502);
    const failedOrderId = orderIdOf(sessionCalls().at(-1)!);

    await redis.stop();
    for (const instance of upstreams) {
      const response = await post(instanceUrl(instance), done);
      assert.equal(response.status, 503);
      assert.equal((await response.json()).error_code, 'store_unavailable');
      assert.ok(response.headers.get('retry-after'));
    }
    await redis.start();

    const after = await payAttempt(done);
    assert.deepEqual(after.body, before.body, 'the stored session survived the restart');
    const retried = await payAttempt(failed);
    assert.equal(retried.body.order_id, failedOrderId, "the failed attempt's order survived: the retry reuses its order_id");
    assert.equal(new Set(sessionCalls().map(orderIdOf)).size, 2, 'no order beyond the two keys');
  });
});
