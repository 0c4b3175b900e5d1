import { createHash, randomUUID } from 'node:crypto';
import { StoreUnavailable, type IdempotencyStore } from './store.js';

/** A connected node-redis (`redis` v4+) client or an ioredis client; told apart by their raw-command method. */
export type RedisClientLike =
  | { call(command: string, ...args: string[]): Promise<unknown> }
  | { sendCommand(args: string[]): Promise<unknown> };

export interface RedisStoreOptions {
  /** Put before every key, e.g. `shop:pay:`. Default `juspay-session-checkout:`. */
  prefix?: string;
  /** A command that has not answered within this many ms fails (the request gets a 503). Default 2000. */
  commandTimeoutMs?: number;
}

type Command = (args: string[]) => Promise<unknown>;

function commandOf(client: RedisClientLike): Command {
  // ioredis has `call(name, ...args)`; its `sendCommand` takes a Command object, so `call` is asked first.
  if ('call' in client && typeof client.call === 'function') return (args) => client.call(args[0]!, ...args.slice(1));
  if ('sendCommand' in client && typeof client.sendCommand === 'function') return (args) => client.sendCommand(args);
  throw new TypeError('createRedisIdempotencyStore needs a node-redis or an ioredis client.');
}

/** Writes KEYS[2] only while the lease KEYS[1] holds the token ARGV[1]. */
const PUT_FENCED = `if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3]) return 1 end return 0`;
/** Deletes the lease KEYS[1] only while it holds the token ARGV[1]. */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

const sha1 = (script: string) => createHash('sha1').update(script).digest('hex');

/**
 * The store for several instances: the merchant's own Redis client, a key prefix, TTLs kept in
 * Redis. A reservation is `SET NX PX`; fenced writes and releases are Lua scripts, so each is one
 * atomic step in Redis.
 */
export function createRedisIdempotencyStore(client: RedisClientLike, options: RedisStoreOptions = {}): IdempotencyStore {
  const send = commandOf(client);
  const prefix = options.prefix ?? 'juspay-session-checkout:';
  const timeoutMs = options.commandTimeoutMs ?? 2000;

  async function command(args: string[]): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailable(`Redis did not answer ${args[0]} within ${timeoutMs} ms.`)), timeoutMs);
    });
    try {
      return await Promise.race([send(args), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * The Redis key for `key`, hash-tagged so that a record and its lease (`lease:<key>`) land in one
   * slot: a fenced write touches both, and Redis Cluster refuses a script across slots.
   */
  const redisKey = (key: string) => {
    const lease = key.startsWith('lease:') ? 'lease:' : '';
    return `${prefix}${lease}{${key.slice(lease.length)}}`;
  };

  async function script(source: string, keys: string[], args: string[]): Promise<unknown> {
    const tail = [String(keys.length), ...keys.map(redisKey), ...args];
    try {
      return await command(['EVALSHA', sha1(source), ...tail]);
    } catch (error) {
      // A restarted Redis has forgotten its scripts: send the source once, which caches it again.
      if (!String((error as Error | undefined)?.message).includes('NOSCRIPT')) throw error;
      return command(['EVAL', source, ...tail]);
    }
  }

  return {
    async reserve(key, ttlMs) {
      const token = randomUUID();
      const reply = await command(['SET', redisKey(key), token, 'NX', 'PX', String(Math.ceil(ttlMs))]);
      return reply === 'OK' ? token : undefined;
    },
    async get(key) {
      const reply = await command(['GET', redisKey(key)]);
      return typeof reply === 'string' ? JSON.parse(reply) : undefined;
    },
    async put(key, value, ttlMs, fence) {
      const json = JSON.stringify(value);
      const ttl = String(Math.max(1, Math.ceil(ttlMs)));
      if (!fence) return (await command(['SET', redisKey(key), json, 'PX', ttl])) === 'OK';
      return Number(await script(PUT_FENCED, [fence.lease, key], [fence.token, json, ttl])) === 1;
    },
    async release(key, token) {
      await script(RELEASE, [key], [token]);
    },
  };
}
