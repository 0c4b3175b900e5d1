/**
 * What the element needs only after the form is painted, as one chunk (one request, one gzip
 * context): the checkout flow (session client, launcher, navigation, status check) and the
 * English messages it and the errors show. The element imports it with `import()`.
 */
export { CheckoutFlow } from '../checkout/checkout-flow.js';
export { enMessages } from '../i18n/en-messages.js';
