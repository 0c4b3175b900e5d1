import { isFinalOrderStatus, outcomeOfStatus } from '../contract/status.js';
import type { IdempotencyStore } from './store.js';
import type { ReportedOrder } from './verification.js';

/** Which path saw the order's final status first. */
export type SettlementSource = 'webhook' | 'status' | 'return';

/** What `onOrderSettled` receives, once per order that reached a final status (and once more if it is charged after a failure). */
export interface SettledOrder {
  orderId: string;
  /** The Order Status API's status: `CHARGED`, `COD_INITIATED`, `JUSPAY_DECLINED`, `AUTO_REFUNDED`, … */
  status: string;
  amount: number;
  /** After offers, when Juspay reports it. */
  effective_amount?: number;
  currency: string;
  /** CHARGED, at the amount and currency the session handler recorded: the only state in which to ship. */
  verified: boolean;
  source: SettlementSource;
}

export type OnOrderSettled = (order: SettledOrder) => unknown;

/** The Order Status API's answer, as `onOrderSettled` receives it. */
export const settledOrderOf = (orderId: string, order: ReportedOrder, verified: boolean, source: SettlementSource): SettledOrder => ({
  orderId,
  status: order.status,
  amount: order.amount,
  ...(order.effectiveAmount === undefined ? {} : { effective_amount: order.effectiveAmount }),
  currency: order.currency ?? 'INR',
  verified,
  source,
});

export interface SettlementOptions {
  onOrderSettled?: OnOrderSettled;
  /** How long a claim on a settlement lasts: a process that dies while running `onOrderSettled` frees it then. Default 60 s. */
  settlementLeaseMs?: number;
}

/** What happened to a settlement: ran now, ran before, another instance is running it, or nothing to settle. */
export type SettlementResult = 'settled' | 'already-settled' | 'in-progress' | 'not-final';

export const settledKey = (orderId: string) => `settled:${orderId}`;

/**
 * Whether an earlier settlement stands against `status`. A final status that is not a success
 * (JUSPAY_DECLINED, VOIDED, …) can still be followed by CHARGED: another transaction on the same
 * order, and CHARGED takes precedence. That one settles too, so a paid order is always fulfilled.
 */
function settledBefore(record: unknown, status: string): boolean {
  if (!record) return false;
  const earlier = (record as { status?: unknown }).status;
  const chargedAfterFailure = status.toUpperCase() === 'CHARGED' && typeof earlier === 'string' && outcomeOfStatus(earlier) !== 'success';
  return !chargedAfterFailure;
}

/**
 * Runs `onOrderSettled` exactly once per order across every instance sharing `store` (once more if
 * a failure's settlement is followed by CHARGED, `settledBefore`): claim with a
 * lease, run, then mark done. A callback that throws frees the claim and rethrows, so the caller
 * answers a failure (a webhook 5xx, which Juspay redelivers); a process that dies leaves a claim that expires.
 */
export async function settleOnce(
  store: IdempotencyStore,
  order: SettledOrder,
  options: SettlementOptions & { recordTtlMs: number },
): Promise<SettlementResult> {
  if (!isFinalOrderStatus(order.status)) return 'not-final';
  const done = settledKey(order.orderId);
  if (settledBefore(await store.get(done), order.status)) return 'already-settled';
  const lease = `lease:${done}`;
  const token = await store.reserve(lease, options.settlementLeaseMs ?? 60_000);
  if (!token) return 'in-progress';
  try {
    // Read again under the claim: another instance may have finished between the read and the claim.
    if (settledBefore(await store.get(done), order.status)) return 'already-settled';
    await options.onOrderSettled?.(order);
    // Not fenced: the callback has run, and saying so matters more than whose claim it was.
    await store.put(done, { source: order.source, status: order.status }, options.recordTtlMs);
    return 'settled';
  } finally {
    await store.release(lease, token).catch(() => undefined);
  }
}
