/**
 * Template types for Vue 3 (vue-tsc, Vue - Official), in the shape Vue's guide recommends for
 * custom elements: `$props` for attributes and properties, `$emit` for events.
 *
 * Types only. Activate them once in your app: `import type {} from 'juspay-session-checkout/vue';`
 * Vue must also be told the tag is no Vue component: `compilerOptions.isCustomElement`.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { JuspaySessionCheckout } from '../element/juspay-session-checkout.js';
import type { CheckoutEvent, CheckoutEventName } from '../events/events.js';
import type { JuspaySessionCheckoutProperties } from './attributes.js';

/** `@juspay-payment-success="(event) => …"` and so on, one per event, with its typed detail. */
export type JuspaySessionCheckoutEmits = EmitFn<{
  [K in CheckoutEventName]: (event: CheckoutEvent<K>) => void;
}>;

/**
 * Everything a template may bind. The checker camelizes attribute names, so `sdk-url="…"`
 * is checked as `sdkUrl`; `:prefill.prop="…"` as `prefill`.
 */
export type JuspaySessionCheckoutVueProps = Omit<HTMLAttributes, keyof JuspaySessionCheckoutProperties> &
  JuspaySessionCheckoutProperties &
  PublicProps;

/** The element as Vue's template checker sees it. */
export type JuspaySessionCheckoutComponent = new () => JuspaySessionCheckout & {
  /** @deprecated For template type checking only: the element has no `$props`. */
  $props: JuspaySessionCheckoutVueProps;
  /** @deprecated For template type checking only: the element has no `$emit`. */
  $emit: JuspaySessionCheckoutEmits;
};

declare module 'vue' {
  interface GlobalComponents {
    'juspay-session-checkout': JuspaySessionCheckoutComponent;
  }
}
