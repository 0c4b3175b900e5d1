/** A created session as the endpoint answered it, kept so that a retry gets the same answer. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

/**
 * Where sessions are remembered by `Idempotency-Key`. The default lives in memory, per process;
 * back it with Redis or similar (`SET key value PX ttlMs`) to share it between instances.
 */
export interface IdempotencyStore {
  get(key: string): StoredResponse | undefined | Promise<StoredResponse | undefined>;
  set(key: string, value: StoredResponse, ttlMs: number): void | Promise<void>;
}

export function createMemoryIdempotencyStore(): IdempotencyStore {
  const entries = new Map<string, { value: StoredResponse; expiresAt: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry && entry.expiresAt > Date.now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key, value, ttlMs) {
      const now = Date.now();
      // Entries are inserted roughly in expiry order, so expired ones gather at the front.
      for (const [oldKey, entry] of entries) {
        if (entry.expiresAt > now) break;
        entries.delete(oldKey);
      }
      entries.delete(key);
      entries.set(key, { value, expiresAt: now + ttlMs });
    },
  };
}

/**
 * Runs `create` once per key: a stored answer is returned as is, and concurrent callers with the
 * same key share one in-flight call. Only successful answers are stored, so a failure can be retried.
 */
export function singleFlight(store: IdempotencyStore, ttlMs: number) {
  const inFlight = new Map<string, Promise<StoredResponse>>();
  return (key: string, create: () => Promise<StoredResponse>): Promise<StoredResponse> => {
    let pending = inFlight.get(key);
    if (!pending) {
      pending = (async () => {
        const stored = await store.get(key);
        if (stored) return stored;
        const created = await create();
        if (created.status >= 200 && created.status < 300) await store.set(key, created, ttlMs);
        return created;
      })().finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return pending;
  };
}
