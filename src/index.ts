/** Browser entry: registers `<juspay-session-checkout>` and exports its class and event types. */
import './element/define.js';

export { JuspaySessionCheckout } from './element/juspay-session-checkout.js';
export { tagName } from './element/define.js';
export * from './events/index.js';
export type { FetchSession } from './session-client/session-client.js';
export type { Vertical } from './contract/verticals.js';
