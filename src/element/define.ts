import { JuspaySessionCheckout } from './juspay-session-checkout.js';

export const tagName = 'juspay-session-checkout';

// The script tag and the npm package may both load on one page: the first definition wins.
// The literal tag (not `tagName`) lets the custom-elements manifest name the element.
if (!customElements.get(tagName)) customElements.define('juspay-session-checkout', JuspaySessionCheckout);

declare global {
  interface HTMLElementTagNameMap {
    'juspay-session-checkout': JuspaySessionCheckout;
  }
}
