/**
 * One instance of a merchant's fleet, as a child process for the fleet test: the session handler on a
 * loopback port, sharing Redis with the other instances. Prints `READY <port>` once it listens.
 * Env: REDIS_URL, JUSPAY_BASE_URL, REDIS_CLIENT (`node-redis` | `ioredis`), TIMEOUT_MS, LEASE_MS, WAIT_MS.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { createRedisIdempotencyStore, createSessionHandler, type RedisClientLike } from '../../src/server/index.js';
import { DOUBLE_API_KEY, DOUBLE_CLIENT_ID, DOUBLE_MERCHANT_ID } from '../../src/testing/index.js';

const env = process.env;

async function redisClient(): Promise<RedisClientLike> {
  // Commands fail at once while Redis is gone (a clear 503), rather than queueing until it returns.
  if (env.REDIS_CLIENT === 'ioredis') return new Redis(env.REDIS_URL!, { enableOfflineQueue: false, maxRetriesPerRequest: 0 }).on('error', () => {});
  const client = createClient({ url: env.REDIS_URL!, disableOfflineQueue: true, socket: { reconnectStrategy: () => 50 } });
  client.on('error', () => {});
  await client.connect();
  return client;
}

const instance = `${env.REDIS_CLIENT}_${process.pid}`;
let orders = 0;
const handler = createSessionHandler({
  apiKey: DOUBLE_API_KEY,
  merchantId: DOUBLE_MERCHANT_ID,
  clientId: DOUBLE_CLIENT_ID,
  baseUrl: env.JUSPAY_BASE_URL!,
  timeoutMs: Number(env.TIMEOUT_MS),
  store: createRedisIdempotencyStore(await redisClient(), { commandTimeoutMs: 500 }),
  idempotency: { leaseMs: Number(env.LEASE_MS), waitMs: Number(env.WAIT_MS) },
  // Each instance mints its own order ids: only the shared reservation can make two instances agree.
  resolveOrder: () => ({ order_id: `${instance}_${++orders}`, amount: '499.00', customer_id: 'cust_fleet', return_url: 'https://shop.example.com/return' }),
  logger: { warn: () => {} },
});

const server = createServer(handler.node);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
});
