import { isFinalOrderStatus } from '../contract/status.js';
import type { IdempotencyStore } from './store.js';
import type { ReportedOrder } from './verification.js';

/** Which path saw the order's final status first. */
export type SettlementSource = 'webhook' | 'status' | 'return';

/** What `onOrderSettled` receives, once per order that reached a final status (once more for a verified CHARGED after one that did not ship). */
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

/**
 * What happened to a settlement: ran now, ran before, another instance is running it (or ran it and
 * could not say so yet), nothing to settle, or no `onOrderSettled` here to run (left for a path that has one).
 */
export type SettlementResult = 'settled' | 'already-settled' | 'in-progress' | 'not-final' | 'no-callback';

export const settledKey = (orderId: string) => `settled:${orderId}`;

/** What the store keeps of a settlement. */
interface SettlementRecord {
  source?: unknown;
  status?: unknown;
  verified?: unknown;
}

/**
 * Whether an earlier settlement stands against `order`. One that did not ship can be followed by a
 * verified CHARGED: another transaction on the same order after a decline (CHARGED takes precedence),
 * or a path that could not verify the amount (a webhook without the order's record) before one that
 * could. That one settles too, so a paid order is always shipped; nothing runs after a verified CHARGED.
 */
function settledBefore(record: unknown, order: SettledOrder): boolean {
  if (!record) return false;
  const { status, verified } = record as SettlementRecord;
  const shipped = verified === true && typeof status === 'string' && status.toUpperCase() === 'CHARGED';
  return shipped || !order.verified;
}

/**
 * Runs `onOrderSettled` exactly once per order across every instance sharing `store` (once more for
 * a verified CHARGED after a settlement that did not ship, `settledBefore`): claim with a lease, run,
 * then mark done. A callback that throws frees the claim and rethrows, so the caller answers a
 * failure (a webhook 5xx, which Juspay redelivers); a process that dies leaves a claim that expires.
 * A callback that ran but could not be marked done keeps its claim until it expires, so a redelivery
 * meanwhile does not run it again.
 */
export async function settleOnce(
  store: IdempotencyStore,
  order: SettledOrder,
  options: SettlementOptions & { recordTtlMs: number },
): Promise<SettlementResult> {
  if (!isFinalOrderStatus(order.status)) return 'not-final';
  // Marking it settled without running anything would leave a paid order unshipped by the path that can ship it.
  if (!options.onOrderSettled) return 'no-callback';
  const done = settledKey(order.orderId);
  if (settledBefore(await store.get(done), order)) return 'already-settled';
  const lease = `lease:${done}`;
  const token = await store.reserve(lease, options.settlementLeaseMs ?? 60_000);
  if (!token) return 'in-progress';
  let unmarked = false;
  try {
    // Read again under the claim: another instance may have finished between the read and the claim.
    if (settledBefore(await store.get(done), order)) return 'already-settled';
    await options.onOrderSettled(order);
    unmarked = true;
    // Not fenced: the callback has run, and saying so matters more than whose claim it was.
    const record: SettlementRecord = { source: order.source, status: order.status, verified: order.verified };
    await store.put(done, record, options.recordTtlMs);
    unmarked = false;
    return 'settled';
  } finally {
    if (!unmarked) await store.release(lease, token).catch(() => undefined);
  }
}
