/**
 * Template types for Svelte 5 (svelte-check, the Svelte language server). Svelte 5 sets a prop
 * that exists on a custom element as a property (so objects arrive intact), any other as an
 * attribute, and attaches `on<event-name>` props as listeners for that exact event name.
 *
 * Types only. Activate them once in your app: `import type {} from 'juspay-session-checkout/svelte';`
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { JuspaySessionCheckout } from '../element/juspay-session-checkout.js';
import type { CheckoutEvent, CheckoutEventName } from '../events/events.js';
import type { JuspaySessionCheckoutAttributes } from './attributes.js';

/** `onjuspay-payment-success={(event) => …}` and so on, one per event, with its typed detail. */
export type JuspaySessionCheckoutSvelteEvents = {
  [K in CheckoutEventName as `on${K}`]?: (event: CheckoutEvent<K>) => void;
};

/** Every prop `<juspay-session-checkout>` accepts in markup, with `bind:this`, `class` and the rest. */
export type JuspaySessionCheckoutSvelteProps = Omit<HTMLAttributes<JuspaySessionCheckout>, keyof JuspaySessionCheckoutAttributes> &
  JuspaySessionCheckoutAttributes &
  JuspaySessionCheckoutSvelteEvents;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'juspay-session-checkout': JuspaySessionCheckoutSvelteProps;
  }
}
