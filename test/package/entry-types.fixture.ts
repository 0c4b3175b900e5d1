/**
 * Compiled by test/package/tarball.test.ts inside a scratch app that installed the packed tarball,
 * never in the repo: every import resolves through the package's `exports`. Each `@ts-expect-error`
 * proves a type is real (an `any` would let it compile and fail the check).
 */
import type { JSX } from 'react';
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'juspay-session-checkout/react';
import type {} from 'juspay-session-checkout/vue';
import type {} from 'juspay-session-checkout/svelte';
import type {} from 'juspay-session-checkout/script';
import { JuspaySessionCheckout, type CheckoutEvent, type PaymentFailedDetail } from 'juspay-session-checkout';
import { validateSessionRequest, type Vertical } from 'juspay-session-checkout/contract';
import { createSessionHandler, verifyReturnUrlSignature } from 'juspay-session-checkout/server';
import { startJuspayDouble } from 'juspay-session-checkout/testing';

export const element: JuspaySessionCheckout = document.createElement('juspay-session-checkout');
element.addEventListener('juspay-payment-failed', (event) => {
  const detail: PaymentFailedDetail = event.detail;
  // @ts-expect-error -- stage is a union of known stages
  const stage: 'unknown' = detail.stage;
  void stage;
});
// @ts-expect-error -- no such vertical
export const vertical: Vertical = 'groceries';

export const react: JSX.IntrinsicElements['juspay-session-checkout'][] = [
  { endpoint: '/api/session', prefill: { customer_email: 'a@example.com' }, 'onjuspay-payment-success': (event) => event.detail.verified },
  // @ts-expect-error -- a success has no message
  { 'onjuspay-payment-success': (event) => event.detail.message },
];

type VueProps = InstanceType<GlobalComponents['juspay-session-checkout']>['$props'];
export const vue: VueProps[] = [
  { endpoint: '/api/session', sdkUrl: '/sdk.js' },
  // @ts-expect-error -- environment is sandbox or production
  { environment: 'staging' },
];

export const svelte: SvelteHTMLElements['juspay-session-checkout'][] = [
  { endpoint: '/api/session', 'sdk-url': '/sdk.js', headers: { 'X-CSRF-Token': 't' }, 'onjuspay-payment-pending': (event) => event.detail.status },
  // @ts-expect-error -- header values are strings
  { headers: { 'X-Retry': 1 } },
  // @ts-expect-error -- a success has no message
  { 'onjuspay-payment-success': (event) => event.detail.message },
];

export function server(success: CheckoutEvent<'juspay-payment-success'>): void {
  void success.detail.orderId;
  const result = validateSessionRequest({}, 'general');
  if (!result.success) void result.issues.map((issue) => issue.path);
  const handler = createSessionHandler({ apiKey: 'k', merchantId: 'm', clientId: 'c', resolveOrder: () => ({ order_id: 'o', amount: '1.00', return_url: 'https://shop.example.com/return' }) });
  void handler.node;
  const ok: boolean = verifyReturnUrlSignature(new URLSearchParams(), 'key');
  void ok;
  void startJuspayDouble().then((double) => double.close());
}
