/**
 * What the element needs only after the form is painted, as one chunk (one request, one gzip
 * context): validation (zod and the catalogue's validators), the checkout flow (session client,
 * launcher, navigation, status check) and the English messages they show. The element imports it
 * with `import()`.
 */
export { CheckoutFlow } from '../checkout/checkout-flow.js';
export { validateSessionRequest } from '../contract/request.js';
export { enMessages } from '../i18n/en-messages.js';
