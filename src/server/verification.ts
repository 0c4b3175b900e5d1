/** Whether an order, as Juspay's Order Status API reports it, is the payment the merchant expected. */

/** Why an order is not verified. */
export type VerificationReason = 'amount_mismatch' | 'currency_mismatch' | 'unconfirmed';

export interface Verification {
  /** Charged, in the expected currency, for the expected amount: the only state in which to ship the goods. */
  verified: boolean;
  reason?: VerificationReason;
}

/** What the check reads from an Order Status answer. */
export interface ReportedOrder {
  /** `CHARGED`, `PENDING_VBV`, … */
  status: string;
  /** The order's amount as created. */
  amount: number;
  /** What was charged after offers (`effective_amount`), when Juspay reports it. */
  effectiveAmount?: number;
  currency?: string;
}

/** What the merchant created the order with. */
export interface ExpectedPayment {
  amount: string | number;
  /** Juspay's default, INR, when left out. */
  currency?: string;
}

/** An amount as Juspay or the merchant writes it, `"30500.00"` or `30500`; anything else, an empty string too, is NaN. */
export const toAmount = (value: unknown) =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;

/** In minor units, so `"30500"`, `"30500.00"` and `30500` are the same amount. */
const minorUnits = (amount: string | number) => Math.round(toAmount(amount) * 100);

/**
 * Verified only when the order is CHARGED (COD_INITIATED has moved no money yet), in the expected
 * currency, and for the expected amount. The expected amount is compared with Juspay's `amount`, the
 * order as created; with an offer, `effective_amount` (what the customer paid) may be the one that
 * matches instead, and an offer-discounted charge is no mismatch.
 */
export function verifyOrder(order: ReportedOrder, expected: ExpectedPayment): Verification {
  if (order.status.toUpperCase() !== 'CHARGED') return { verified: false, reason: 'unconfirmed' };
  if ((order.currency ?? 'INR').toUpperCase() !== (expected.currency ?? 'INR').toUpperCase()) {
    return { verified: false, reason: 'currency_mismatch' };
  }
  const wanted = minorUnits(expected.amount);
  const charged = [order.amount, order.effectiveAmount].some((amount) => amount !== undefined && minorUnits(amount) === wanted);
  return charged ? { verified: true } : { verified: false, reason: 'amount_mismatch' };
}
