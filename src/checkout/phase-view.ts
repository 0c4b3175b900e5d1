/**
 * Where one checkout stands, and what the form shows for it. `verifying` is the status check after
 * a return from Juspay's page; the four outcomes end a payment, and `cancelled` and `failed` may be
 * paid again. The moves between phases are `phase.ts`'s, which only the checkout flow needs.
 */
export type Phase = 'idle' | 'submitting' | 'verifying' | 'processing' | 'success' | 'pending' | 'cancelled' | 'failed';

/** Phases in which a payment is being made: Pay waits, and `close()` cancels it. */
export const isBusy = (phase: Phase) => phase === 'submitting' || phase === 'verifying' || phase === 'processing';

/** Phases in which the form gives way to the payment page or the outcome. */
export const formHidden = (phase: Phase | undefined) => phase === 'processing' || phase === 'success' || phase === 'pending';
