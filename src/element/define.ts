import { JuspaySessionCheckout } from './juspay-session-checkout.js';

export const tagName = 'juspay-session-checkout';

// The script tag and the npm package may both load on one page: the first definition wins.
if (!customElements.get(tagName)) customElements.define(tagName, JuspaySessionCheckout);

declare global {
  interface HTMLElementTagNameMap {
    'juspay-session-checkout': JuspaySessionCheckout;
  }
}
