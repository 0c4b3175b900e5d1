import { StoreUnavailable, type Fence, type IdempotencyStore } from './store.js';

/** A created session as the endpoint answered it, kept so that a retry gets the same answer. */
export interface StoredResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** What of the server's order decides whether a stored session may be replayed: the money and who pays. */
export interface OrderTerms {
  order_id: string;
  amount: string;
  currency: string;
  customer_id: string;
}

/** One Idempotency-Key's record: the order made for it (written before Juspay is called) and, once made, the answer. */
interface AttemptRecord {
  fingerprint: string;
  order: OrderTerms;
  answer?: StoredResponse;
}

export interface AttemptTiming {
  /** How long a reservation is held: longer than the Juspay call's timeout. */
  leaseMs: number;
  /** How long a request waits for another's reservation before answering 503. */
  waitMs: number;
  /** How long the order written for a key is kept, so a late retry still reuses its order_id. */
  recordTtlMs: number;
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

/** Another request with this key is still creating its session: the widget retries a 503 with the same key. */
export const stillCreating = (retryAfterSeconds: number): StoredResponse => ({
  status: 503,
  headers: { 'Retry-After': String(retryAfterSeconds) },
  body: {
    status: 'error',
    error_code: 'request_in_progress',
    error_message: 'This payment is still being set up. Try again in a moment.',
  },
});

const sameTerms = (a: OrderTerms, b: OrderTerms) =>
  a.amount === b.amount && a.currency.toUpperCase() === b.currency.toUpperCase() && a.customer_id === b.customer_id;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const isRecord = (value: unknown): value is AttemptRecord =>
  typeof value === 'object' && value !== null && typeof (value as AttemptRecord).fingerprint === 'string';

/**
 * Runs `create` at most once per key across every instance sharing `store`:
 * - a stored answer is replayed while the server's current order has the same terms; a key used
 *   for another body is refused;
 * - otherwise one request takes the key's lease; the others wait for its answer, up to `waitMs`;
 * - the holder writes the order first, then calls `create`: a retry after a timeout or a crash
 *   reuses that order_id, so Juspay sees one order;
 * - every write is fenced by the lease, so a holder that stalled past it cannot overwrite a newer one.
 * Only successes are stored as answers, so a failure can be retried.
 */
export function reservations(store: IdempotencyStore, timing: AttemptTiming) {
  return async (
    key: string,
    fingerprint: string,
    current: OrderTerms,
    create: (order: OrderTerms) => Promise<StoredResponse>,
    replayFor: (answer: StoredResponse) => number,
  ): Promise<StoredResponse> => {
    const recordKey = `attempt:${key}`;
    const leaseKey = `lease:attempt:${key}`;
    const replay = (record: unknown): StoredResponse | undefined => {
      if (!isRecord(record) || !record.answer) return undefined;
      if (record.fingerprint !== fingerprint) return keyReused;
      // The cart changed on the server (a new price, another customer): a new attempt, not a replay.
      return sameTerms(record.order, current) ? record.answer : undefined;
    };
    const deadline = Date.now() + timing.waitMs;
    for (let pause = 10; ; pause = Math.min(pause * 2, 200)) {
      const stored = replay(await store.get(recordKey));
      if (stored) return stored;
      const token = await store.reserve(leaseKey, timing.leaseMs);
      if (token) return holdingLease({ lease: leaseKey, token });
      if (Date.now() >= deadline) return stillCreating(Math.max(1, Math.ceil(timing.leaseMs / 1000)));
      await sleep(pause);
    }

    async function holdingLease(fence: Fence): Promise<StoredResponse> {
      try {
        // Read again under the lease: the previous holder may have finished meanwhile.
        const record = await store.get(recordKey);
        const stored = replay(record);
        if (stored) return stored;
        const order = isRecord(record) && sameTerms(record.order, current) ? { ...current, order_id: record.order.order_id } : current;
        if (!(await store.put(recordKey, { fingerprint, order }, timing.recordTtlMs, fence))) {
          throw new StoreUnavailable('The reservation expired before the order was written.');
        }
        const answer = await create(order);
        const ttlMs = replayFor(answer);
        if (answer.status >= 200 && answer.status < 300 && ttlMs > 0) {
          // A failure here loses nothing: the order is written, so a retry reuses its order_id.
          await store.put(recordKey, { fingerprint, order, answer }, Math.max(ttlMs, 1), fence).catch(() => false);
        }
        return answer;
      } finally {
        // Not awaited: the answer is stored or the failure known, so the caller need not wait for the release.
        void store.release(fence.lease, fence.token).catch(() => undefined);
      }
    }
  };
}
