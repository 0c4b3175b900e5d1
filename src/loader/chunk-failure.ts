import type { PaymentFailedDetail } from '../events/events.js';

/** What the customer and the merchant are told when part of the checkout's code could not load. */
export const chunkFailure = {
  stage: 'sdk',
  code: 'sdk_load_failed',
  message: 'The checkout could not be loaded. It may be blocked by the browser or network.',
  retryable: true,
} as const satisfies PaymentFailedDetail;
