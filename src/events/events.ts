import type { PaymentLinks } from '../contract/response.js';
import type { VerificationReason } from '../contract/status.js';
import type { FailureCode, FailureStage } from '../errors/checkout-error.js';

export type CheckoutMode = 'sdk' | 'redirect' | 'iframe';

export interface SessionCreatedDetail {
  orderId: string;
  id: string;
  status: string;
  paymentLinks: PaymentLinks;
}

export interface CheckoutOpenedDetail {
  mode: CheckoutMode | 'authentication';
}

export type { VerificationReason };

/** Every outcome's status is in Juspay's order vocabulary, upper case (`CHARGED`, `PENDING_VBV`, `BACKPRESSED`). */
export interface PaymentOutcomeDetail {
  orderId: string;
  status: string;
  /** HyperCheckout's own `process_result` status, as it sent it (`charged`, `backpressed`), in `mode="sdk"`. */
  sdkStatus?: string;
}

export interface PaymentSuccessDetail extends PaymentOutcomeDetail {
  /** True only when the merchant's `status-endpoint` confirmed the order server-side. */
  verified: boolean;
}

export interface PaymentPendingDetail extends PaymentOutcomeDetail {
  /** Set when the payment may be done but could not be verified: do not ship until it is. */
  verification?: VerificationReason;
}

export type PaymentCancelledDetail = PaymentOutcomeDetail;

export interface PaymentFailedDetail {
  orderId?: string;
  stage: FailureStage;
  code: FailureCode;
  message: string;
  status?: string;
  sdkStatus?: string;
  retryable: boolean;
  /** Juspay's or the merchant's own error code, where the server sent one. */
  errorCode?: string;
  /** Field issues, for `stage: 'validation'`. */
  issues?: { path: string; message: string }[];
}

/** An event's detail type, carried by its entry in `checkoutEvents`; nothing of it exists at run time. */
interface EventSpec<Detail> {
  cancelable: boolean;
  detail?: Detail;
}
const event = <Detail>(cancelable = false): EventSpec<Detail> => ({ cancelable });

/** Every event the element fires, declared once, in the order a successful payment fires them. */
export const checkoutEvents = {
  'juspay-ready': event<undefined>(),
  'juspay-session-created': event<SessionCreatedDetail>(true),
  'juspay-checkout-opened': event<CheckoutOpenedDetail>(),
  'juspay-payment-success': event<PaymentSuccessDetail>(),
  'juspay-payment-pending': event<PaymentPendingDetail>(),
  'juspay-payment-cancelled': event<PaymentCancelledDetail>(),
  'juspay-payment-failed': event<PaymentFailedDetail>(),
};

export type CheckoutEventName = keyof typeof checkoutEvents;

/** Every event the element fires, by name. */
export type CheckoutEventDetails = {
  [K in CheckoutEventName]: (typeof checkoutEvents)[K] extends EventSpec<infer Detail> ? Detail : never;
};

/** Every event name, in the order a successful payment fires them; handy for logging them all. */
export const checkoutEventNames = /* @__PURE__ */ Object.keys(checkoutEvents) as readonly CheckoutEventName[];

export type CheckoutEvent<K extends CheckoutEventName> = CustomEvent<CheckoutEventDetails[K]>;

type CheckoutEventMap = { [K in CheckoutEventName]: CheckoutEvent<K> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the map is derived from `checkoutEvents`
  interface GlobalEventHandlersEventMap extends CheckoutEventMap {}
}

/**
 * Fires a checkout event that crosses shadow roots, cancelable when its entry says so, and returns
 * it: `defaultPrevented` tells whether a listener called `preventDefault()`.
 */
export function emit<K extends CheckoutEventName>(target: EventTarget, name: K, detail: CheckoutEventDetails[K]): CheckoutEvent<K> {
  const fired = new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: checkoutEvents[name].cancelable });
  target.dispatchEvent(fired);
  return fired;
}
