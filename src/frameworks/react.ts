/**
 * JSX types for React 19, which sets props that exist on a custom element as properties
 * (so objects arrive intact), other props as attributes, and attaches `on<event-name>` props
 * as listeners for that exact event name.
 *
 * Types only. Activate them once in your app: `import type {} from 'juspay-session-checkout/react';`
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { JuspaySessionCheckout } from '../element/juspay-session-checkout.js';
import type { CheckoutEvent, CheckoutEventName } from '../events/events.js';
import type { JuspaySessionCheckoutAttributes } from './attributes.js';

/** `onjuspay-payment-success={(event) => …}` and so on, one per event, with its typed detail. */
export type JuspaySessionCheckoutEventProps = {
  [K in CheckoutEventName as `on${K}`]?: (event: CheckoutEvent<K>) => void;
};

/** Every prop `<juspay-session-checkout>` accepts in JSX, with `ref`, `className`, `key` and the rest. */
export type JuspaySessionCheckoutProps = Omit<
  DetailedHTMLProps<HTMLAttributes<JuspaySessionCheckout>, JuspaySessionCheckout>,
  keyof JuspaySessionCheckoutAttributes
> &
  JuspaySessionCheckoutAttributes &
  JuspaySessionCheckoutEventProps;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace.
  namespace JSX {
    interface IntrinsicElements {
      'juspay-session-checkout': JuspaySessionCheckoutProps;
    }
  }
}
