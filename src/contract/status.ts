/**
 * Why a payment is reported pending although it may look paid: the `status-endpoint` found another
 * amount or currency than the order's, or nothing confirmed a status that only the return URL claimed.
 */
export type VerificationReason = 'amount_mismatch' | 'currency_mismatch' | 'unconfirmed';

/** What a Juspay status means for the customer's payment. */
export type PaymentOutcome = 'success' | 'pending' | 'cancelled' | 'failed';

/**
 * HyperCheckout `process_result` statuses and Order Status API statuses, lower-cased.
 * Anything unknown is `pending`: we never claim a failure while money may have moved.
 */
const outcomes: Record<string, PaymentOutcome> = {
  charged: 'success',
  cod_initiated: 'success',
  authorized: 'success',
  capture_initiated: 'success',
  pending_vbv: 'pending',
  vbv_successful: 'pending',
  authorizing: 'pending',
  backpressed: 'cancelled',
  user_aborted: 'cancelled',
  voided: 'cancelled',
  void_initiated: 'cancelled',
  authorization_failed: 'failed',
  authentication_failed: 'failed',
  api_failure: 'failed',
  juspay_declined: 'failed',
  capture_failed: 'failed',
  auto_refunded: 'failed',
  not_found: 'failed',
};

export function outcomeOfStatus(status: string): PaymentOutcome {
  // No transaction ever started (NEW, STARTED): the customer left the payment page, in any mode.
  if (isNotStarted(status)) return 'cancelled';
  return outcomes[status.toLowerCase()] ?? 'pending';
}

/** Order statuses after which nothing more will happen to the order. */
const finalStatuses = new Set(['CHARGED', 'COD_INITIATED', 'JUSPAY_DECLINED', 'AUTO_REFUNDED', 'VOIDED', 'NOT_FOUND']);

export function isFinalOrderStatus(status: string): boolean {
  return finalStatuses.has(status.toUpperCase());
}

/** Order statuses before any transaction: NEW and STARTED. */
export function isNotStarted(status: string): boolean {
  return ['NEW', 'STARTED'].includes(status.toUpperCase());
}

/**
 * Whether the order's status says nothing newer than HyperCheckout's `sdkStatus`, so the SDK's word
 * stands: Juspay has not started the order (the customer went back), or the customer left the
 * payment page while the order still shows an earlier attempt's failure.
 */
export function saysNothingNewer(orderStatus: string, sdkStatus: string): boolean {
  return isNotStarted(orderStatus) || (outcomeOfStatus(sdkStatus) === 'cancelled' && outcomeOfStatus(orderStatus) === 'failed');
}
