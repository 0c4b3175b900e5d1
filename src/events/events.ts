import type { PaymentLinks } from '../contract/response.js';
import type { FailureCode, FailureStage } from './checkout-error.js';

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

export interface PaymentSuccessDetail {
  orderId: string;
  status: string;
  /** True only when the merchant's `status-endpoint` confirmed the order server-side. */
  verified: boolean;
}

export interface PaymentPendingDetail {
  orderId: string;
  status: string;
}

export type PaymentCancelledDetail = PaymentPendingDetail;

export interface PaymentFailedDetail {
  orderId?: string;
  stage: FailureStage;
  code: FailureCode;
  message: string;
  status?: string;
  retryable: boolean;
  /** Juspay's or the merchant's own error code, where the server sent one. */
  errorCode?: string;
  /** Field issues, for `stage: 'validation'`. */
  issues?: { path: string; message: string }[];
}

/** Every event the element fires, by name. */
export interface CheckoutEventDetails {
  'juspay-ready': undefined;
  'juspay-session-created': SessionCreatedDetail;
  'juspay-checkout-opened': CheckoutOpenedDetail;
  'juspay-payment-success': PaymentSuccessDetail;
  'juspay-payment-pending': PaymentPendingDetail;
  'juspay-payment-cancelled': PaymentCancelledDetail;
  'juspay-payment-failed': PaymentFailedDetail;
}

export type CheckoutEventName = keyof CheckoutEventDetails;

/** Every event name, in the order a successful payment fires them; handy for logging them all. */
export const checkoutEventNames: readonly CheckoutEventName[] = [
  'juspay-ready',
  'juspay-session-created',
  'juspay-checkout-opened',
  'juspay-payment-success',
  'juspay-payment-pending',
  'juspay-payment-cancelled',
  'juspay-payment-failed',
];

export type CheckoutEvent<K extends CheckoutEventName> = CustomEvent<CheckoutEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'juspay-ready': CheckoutEvent<'juspay-ready'>;
    'juspay-session-created': CheckoutEvent<'juspay-session-created'>;
    'juspay-checkout-opened': CheckoutEvent<'juspay-checkout-opened'>;
    'juspay-payment-success': CheckoutEvent<'juspay-payment-success'>;
    'juspay-payment-pending': CheckoutEvent<'juspay-payment-pending'>;
    'juspay-payment-cancelled': CheckoutEvent<'juspay-payment-cancelled'>;
    'juspay-payment-failed': CheckoutEvent<'juspay-payment-failed'>;
  }
}

/**
 * Fires a checkout event that crosses shadow roots. Returns false when a listener
 * called `preventDefault()` on a cancelable event.
 */
export function emit<K extends CheckoutEventName>(
  target: EventTarget,
  name: K,
  detail: CheckoutEventDetails[K],
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
