/**
 * The checkout's phase table (`phase-view.ts` has the phases). It ships with the checkout flow, not
 * with the form's first paint.
 */
import { isBusy, type Phase } from './phase-view.js';

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

/** Phases in which Pay starts nothing: a payment is under way, or finished and needs `reset()`. */
export const paymentLocked = (phase: Phase) => isBusy(phase) || phase === 'success' || phase === 'pending';
