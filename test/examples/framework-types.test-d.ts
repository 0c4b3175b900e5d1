/**
 * Type-level tests of the React and Vue declarations in src/frameworks/, checked by
 * `npm run typecheck` and never run: every plain line must compile, every
 * `@ts-expect-error` must stay an error.
 */
import type { JSX } from 'react';
import type { GlobalComponents } from 'vue';
import type {} from '../../src/frameworks/react.js';
import type {} from '../../src/frameworks/vue.js';
import type { CheckoutEvent } from '../../src/index.js';

type ReactProps = JSX.IntrinsicElements['juspay-session-checkout'];

export const reactProps: ReactProps[] = [
  { endpoint: '/api/session', vertical: 'insurance', mode: 'redirect', 'sdk-url': '/sdk.js', 'order-id': 'o_1', timeout: 5000 },
  { prefill: { customer_email: 'a@example.com' }, params: { udf1: 'x' }, headers: { 'X-CSRF-Token': 't' } },
  { 'onjuspay-payment-success': (event) => event.detail.verified, 'onjuspay-payment-failed': (event) => event.detail.stage },
  { fields: { customer_dob: 'hidden' }, 'redirect-fallback': true, 'status-endpoint': '/api/status' },
  { className: 'checkout', lang: 'hi', ref: (element) => void element?.submit() },
  // @ts-expect-error -- 'groceries' is no vertical
  { vertical: 'groceries' },
  // @ts-expect-error -- header values are strings
  { headers: { 'X-Retry': 1 } },
  // @ts-expect-error -- no such field mode
  { fields: { customer_dob: 'optional' } },
  // @ts-expect-error -- a success has no message
  { 'onjuspay-payment-success': (event) => event.detail.message },
];

type VueElement = InstanceType<GlobalComponents['juspay-session-checkout']>;

export const vueProps: VueElement['$props'][] = [
  { endpoint: '/api/session', vertical: 'travel', sdkUrl: '/sdk.js', orderId: 'o_1', statusEndpoint: '/api/status' },
  { prefill: { customer_email: 'a@example.com' }, params: { udf1: 'x' }, headers: { 'X-CSRF-Token': 't' }, class: 'checkout' },
  { fields: { customer_dob: 'hidden' }, redirectFallback: true },
  // @ts-expect-error -- 'groceries' is no vertical
  { vertical: 'groceries' },
  // @ts-expect-error -- environment is sandbox or production
  { environment: 'staging' },
];

export function vueEvents(emit: VueElement['$emit'], success: CheckoutEvent<'juspay-payment-success'>): void {
  emit('juspay-payment-success', success);
  // @ts-expect-error -- the failed event carries a failure detail
  emit('juspay-payment-failed', success);
  // @ts-expect-error -- no such event
  emit('juspay-paid', success);
}
