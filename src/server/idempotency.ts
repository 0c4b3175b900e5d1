/** A created session as the endpoint answered it, kept so that a retry gets the same answer. */
export interface StoredResponse {
  status: number;
  body: unknown;
  /** A digest of the request the answer was made for: the key answers no other request. */
  fingerprint?: string;
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
      // Expired entries gather near the front (TTLs vary, but none is longer than the handler's); the
      // sweep stops at the first live one, and a later get() drops any it passed over.
      for (const [oldKey, entry] of entries) {
        if (entry.expiresAt > now) break;
        entries.delete(oldKey);
      }
      entries.delete(key);
      entries.set(key, { value, expiresAt: now + ttlMs });
    },
  };
}

/** What a key already used for another request answers; nothing is created or returned. */
export const keyReused: StoredResponse = {
  status: 422,
  body: {
    status: 'error',
    error_code: 'idempotency_key_reused',
    error_message: 'This Idempotency-Key was already used for a different request. Send a new key.',
  },
};

/**
 * Runs `create` once per key: a stored answer is returned as is, and concurrent callers with the
 * same key share one in-flight call. A key is bound to the request it was first used for: the same
 * key with another `fingerprint` is refused. Only successes are stored, for `ttlOf(answer)` ms (none
 * when that is not positive), so a failure can be retried.
 */
export function singleFlight(store: IdempotencyStore, ttlOf: (answer: StoredResponse) => number) {
  const inFlight = new Map<string, { fingerprint: string; answer: Promise<StoredResponse> }>();
  return async (key: string, fingerprint: string, create: () => Promise<StoredResponse>): Promise<StoredResponse> => {
    const pending = inFlight.get(key);
    if (pending) return pending.fingerprint === fingerprint ? pending.answer : keyReused;
    const answer = (async () => {
      const stored = await store.get(key);
      if (stored) return stored.fingerprint === undefined || stored.fingerprint === fingerprint ? stored : keyReused;
      const created = { ...(await create()), fingerprint };
      const ttlMs = ttlOf(created);
      if (created.status >= 200 && created.status < 300 && ttlMs > 0) await store.set(key, created, ttlMs);
      return created;
    })().finally(() => inFlight.delete(key));
    inFlight.set(key, { fingerprint, answer });
    return answer;
  };
}
