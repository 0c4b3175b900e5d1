import { randomUUID } from 'node:crypto';

/** A lease's fencing token: writes made under the lease carry it, and only its current holder's land. */
export interface Fence {
  lease: string;
  token: string;
}

/**
 * What every handler keeps, shared by the whole fleet when it is shared: idempotency reservations,
 * the server order per key, each order's caller, settlements and webhook de-duplication. Values are
 * JSON-compatible; every TTL is kept by the store itself.
 */
export interface IdempotencyStore {
  /** Takes the lease `key` for `ttlMs` if nobody holds it (Redis: `SET key token NX PX ttl`): its token, or undefined. */
  reserve(key: string, ttlMs: number): Promise<string | undefined>;
  get(key: string): Promise<unknown>;
  /** Writes `value` for `ttlMs`. With `fence`, only while that lease is held with that token: false otherwise. */
  put(key: string, value: unknown, ttlMs: number, fence?: Fence): Promise<boolean>;
  /** Gives the lease up, if it is still held with `token`. */
  release(key: string, token: string): Promise<void>;
}

/** The store could not be reached or answered an error: the request is answered 503, and nothing is lost. */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';
}

/** Every failure of `store`, whoever wrote it, becomes a StoreUnavailable. */
export function guardStore(store: IdempotencyStore): IdempotencyStore {
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await call(...args);
      } catch (error) {
        if (error instanceof StoreUnavailable) throw error;
        throw new StoreUnavailable(error instanceof Error ? error.message : String(error));
      }
    };
  return {
    reserve: guard(store.reserve.bind(store)),
    get: guard(store.get.bind(store)),
    put: guard(store.put.bind(store)),
    release: guard(store.release.bind(store)),
  };
}

export interface MemoryStoreOptions {
  /** The most records kept; past it the oldest go first. Default 10 000. Leases are not counted. */
  maxEntries?: number;
}

interface Entry {
  value: unknown;
  expiresAt: number;
}

const memoryStores = new WeakSet<IdempotencyStore>();

/** Whether `store` is one `createMemoryIdempotencyStore` made. */
export const isMemoryStore = (store: IdempotencyStore) => memoryStores.has(store);

/**
 * The default store: one process's memory, bounded. It makes one process safe; a fleet needs a
 * shared store such as `createRedisIdempotencyStore`.
 */
export function createMemoryIdempotencyStore(options: MemoryStoreOptions = {}): IdempotencyStore {
  const maxEntries = options.maxEntries ?? 10_000;
  const records = new Map<string, Entry>();
  // Leases live apart: they are few (one per request in flight) and must never be evicted.
  const leases = new Map<string, Entry>();
  const live = (map: Map<string, Entry>, key: string) => {
    const entry = map.get(key);
    if (entry && entry.expiresAt > Date.now()) return entry;
    map.delete(key);
    return undefined;
  };
  const held = (fence: Fence) => live(leases, fence.lease)?.value === fence.token;
  // Map order is insertion order, and a rewrite moves a key to the end: the oldest write is the next key of
  // one iterator kept across calls, which skips what was deleted. A fresh iterator each time would step over
  // every slot deleted since the map last compacted itself, thousands of them at the bound.
  let oldest = records.keys();
  const store: IdempotencyStore = {
    async reserve(key, ttlMs) {
      if (live(leases, key)) return undefined;
      const token = randomUUID();
      leases.set(key, { value: token, expiresAt: Date.now() + ttlMs });
      return token;
    },
    async get(key) {
      return live(records, key)?.value;
    },
    async put(key, value, ttlMs, fence) {
      if (fence && !held(fence)) return false;
      records.delete(key);
      records.set(key, { value, expiresAt: Date.now() + ttlMs });
      while (records.size > maxEntries) {
        let next = oldest.next();
        if (next.done) next = (oldest = records.keys()).next();
        records.delete(next.value!);
      }
      return true;
    },
    async release(key, token) {
      if (leases.get(key)?.value === token) leases.delete(key);
    },
  };
  memoryStores.add(store);
  return store;
}
