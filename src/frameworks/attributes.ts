/**
 * What a template may set on `<juspay-session-checkout>`, shared by the React and Vue declarations.
 * Derived from the element's `static properties`, so a new property is typed everywhere at once.
 * Types only: nothing here exists at runtime.
 */
import type { JuspaySessionCheckout } from '../element/juspay-session-checkout.js';

type Declarations = typeof JuspaySessionCheckout.properties;

/** Public reactive properties: internal state is declared with `state: true`. */
type PublicProperty = {
  [K in keyof Declarations]: Declarations[K] extends { state: boolean } ? never : K;
}[keyof Declarations] &
  keyof JuspaySessionCheckout;

/** Properties with no attribute (`attribute: false`): objects and functions, set as properties. */
type ObjectProperty = {
  [K in PublicProperty]: Declarations[K] extends { attribute: boolean } ? K : never;
}[PublicProperty];

/** Properties backed by an attribute; multi-word ones declare it in kebab-case (`sdkUrl` ↔ `sdk-url`). */
type AttributeProperty = Exclude<PublicProperty, ObjectProperty>;

type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/** The element's attributes by their HTML names, e.g. `sdk-url`, plus its object properties. */
export type JuspaySessionCheckoutAttributes = {
  [K in AttributeProperty as Kebab<K>]?: JuspaySessionCheckout[K];
} & Partial<Pick<JuspaySessionCheckout, ObjectProperty>>;

/** The same by property name, e.g. `sdkUrl`: the form Vue's template checker compares against. */
export type JuspaySessionCheckoutProperties = Partial<Pick<JuspaySessionCheckout, PublicProperty>>;
