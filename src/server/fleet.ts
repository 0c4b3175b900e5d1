import { hash } from 'node:crypto';
import { createMemoryIdempotencyStore, guardStore, isMemoryStore, type IdempotencyStore } from './store.js';

/** Options the session, status and webhook handlers share: give them all the same values. */
export interface SharedOptions {
  /**
   * Holds reservations, each order's caller, settlements and webhook de-duplication. Default: one
   * process's memory. With several instances, a shared store: `createRedisIdempotencyStore(client)`.
   */
  store?: IdempotencyStore;
  /**
   * Who is asking, e.g. your session cookie or signed-in user's id. A key's session is replayed, and
   * an order's status answered, only to the same caller. Throw a Response (e.g. 401) to refuse.
   */
  caller?: (request: Request) => string | Promise<string>;
  /** How long order, caller, settlement and webhook records are kept: a pending UPI payment can settle hours later. Default 7 days. */
  recordTtlMs?: number;
}

export const DEFAULT_RECORD_TTL_MS = 7 * 24 * 60 * 60_000;

/** What the session handler records for each order before Juspay is called: what to expect, and whose it is. */
export interface OrderRecord {
  amount: string;
  currency: string;
  customer_id: string;
  /** A digest of the caller, never the cookie or id itself. */
  caller: string;
}

/** SHA-256 in hex; the one-shot `hash` costs a third of a Hash object. */
export const digest = (value: string) => hash('sha256', value, 'hex');

export const orderKey = (orderId: string) => `order:${orderId}`;

/** Each store a handler is given is guarded once, so that any of its failures becomes a 503. */
const guarded = new WeakMap<IdempotencyStore, IdempotencyStore>();
let processStore: IdempotencyStore | undefined;

/** The store handlers given the same `store` share; handlers given none share this process's memory store. */
export function sharedStore(store: IdempotencyStore | undefined): IdempotencyStore {
  const chosen = store ?? (processStore ??= createMemoryIdempotencyStore());
  // The memory store answers from this process's memory and never fails: nothing to guard.
  if (isMemoryStore(chosen)) return chosen;
  let safe = guarded.get(chosen);
  if (!safe) guarded.set(chosen, (safe = guardStore(chosen)));
  return safe;
}

/** The caller's digest; '' when no `caller` is configured. */
export async function callerOf(caller: SharedOptions['caller'], request: Request): Promise<string> {
  return caller ? digest(String(await caller(request))) : '';
}

export const isOrderRecord = (value: unknown): value is OrderRecord =>
  typeof value === 'object' && value !== null && typeof (value as OrderRecord).amount === 'string';
