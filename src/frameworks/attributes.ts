/**
 * What a template may set on `<juspay-session-checkout>`, shared by the React and Vue declarations.
 * Types only: nothing here exists at runtime.
 */
import type { JuspaySessionCheckout } from '../element/juspay-session-checkout.js';

/** Properties backed by an attribute of the same name in kebab-case (`sdkUrl` ↔ `sdk-url`). */
type AttributeProperty =
  | 'endpoint'
  | 'vertical'
  | 'amount'
  | 'currency'
  | 'orderId'
  | 'customerId'
  | 'mode'
  | 'sdkUrl'
  | 'merchantId'
  | 'clientId'
  | 'environment'
  | 'lang'
  | 'statusEndpoint'
  | 'timeout';

/** Properties with no attribute: objects and functions, which a framework must set as properties. */
type ObjectProperty = 'prefill' | 'params' | 'headers' | 'fetchSession' | 'translations';

type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/** The element's attributes by their HTML names, e.g. `sdk-url`, plus its object properties. */
export type JuspaySessionCheckoutAttributes = {
  [K in AttributeProperty as Kebab<K>]?: JuspaySessionCheckout[K];
} & Partial<Pick<JuspaySessionCheckout, ObjectProperty>>;

/** The same by property name, e.g. `sdkUrl`: the form Vue's template checker compares against. */
export type JuspaySessionCheckoutProperties = Partial<Pick<JuspaySessionCheckout, AttributeProperty | ObjectProperty>>;
