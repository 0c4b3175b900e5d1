/**
 * Where one checkout stands. `verifying` is the status check after a return from Juspay's page;
 * the four outcomes end a payment, and `cancelled` and `failed` may be paid again.
 */
export type Phase = 'idle' | 'submitting' | 'verifying' | 'processing' | 'success' | 'pending' | 'cancelled' | 'failed';

const outcomes = ['success', 'pending', 'cancelled', 'failed'] as const;

/**
 * Every move a checkout may make. A payment reports its outcome even after `close()` has set the
 * form back to `idle`; only `reset()` leaves a success or a pending payment.
 */
export const transitions: Readonly<Record<Phase, readonly Phase[]>> = {
  idle: ['submitting', 'verifying', ...outcomes],
  submitting: ['idle', 'processing', ...outcomes],
  verifying: ['idle', ...outcomes],
  processing: ['idle', ...outcomes],
  success: ['idle'],
  pending: ['idle'],
  cancelled: ['idle', 'submitting', 'failed'],
  failed: ['idle', 'submitting'],
};

/** The phase after `from` → `to`; staying put is always allowed. Any other move is a bug, and throws. */
export function nextPhase(from: Phase, to: Phase): Phase {
  if (from !== to && !transitions[from].includes(to)) throw new Error(`Illegal checkout phase change: ${from} → ${to}.`);
  return to;
}

/** Phases in which a payment is being made: Pay waits, and `close()` cancels it. */
export const isBusy = (phase: Phase) => phase === 'submitting' || phase === 'verifying' || phase === 'processing';

/** Phases in which the form gives way to the payment page or the outcome. */
export const formHidden = (phase: Phase | undefined) => phase === 'processing' || phase === 'success' || phase === 'pending';

/** Phases in which Pay starts nothing: a payment is under way, or finished and needs `reset()`. */
export const paymentLocked = (phase: Phase) => isBusy(phase) || phase === 'success' || phase === 'pending';
