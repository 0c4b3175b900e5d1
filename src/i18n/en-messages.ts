/**
 * English strings shown only after the first render: field errors, failures and outcomes. They
 * arrive with the chunks that show them (`addEnglish` in localize.ts), off the first paint.
 */
export const enMessages = {
  'error.required': 'Please fill in this field.',
  'error.format': 'Please check the format of this value.',
  'error.too_long': 'This value is too long.',
  'error.enum': 'Please choose one of the options.',
  'error.date': 'Please enter a real date.',
  'error.date_not_past': 'The date must be in the past.',
  'error.date_order': 'The end date must not be before the start date.',
  'error.range': 'This value is out of range.',
  'error.json': 'Please check these details.',
  'error.not_allowed': 'This value cannot be changed here.',
  'failure.invalid_input': 'Please correct the highlighted fields.',
  'failure.network_error': 'We could not reach the payment server. Check your connection and try again.',
  'failure.offline': 'You seem to be offline. Reconnect and try again.',
  'failure.timeout': 'The payment server is taking too long to answer. Please try again.',
  'failure.http_error': 'The payment server had a problem. Please try again.',
  'failure.api_error': 'The payment could not be started: {message}',
  'failure.invalid_response': 'The payment server sent an unexpected answer. Please try again.',
  'failure.sdk_initiate_failed': 'The payment window could not start. Please try again.',
  // Not "no money was taken": an auto-refunded order took it and gave it back.
  'failure.payment_failed': 'Your payment did not go through. You can try again.',
  'failure.configuration_error': 'This checkout is not set up correctly. Please contact the merchant.',
  'failure.internal_error': 'Something went wrong on our side. Please try again.',
  'outcome.success': 'Payment successful. Thank you!',
  'outcome.pending': 'Your payment is being confirmed. We will update you shortly.',
  'outcome.cancelled': 'Payment cancelled. Your details are still here when you are ready.',
  'error.date_not_after': 'The end date must be after the start date.',
  'error.date_not_today': 'The start date must be today.',
  'error.unsupported': 'This value is not accepted for this payment.',
};
