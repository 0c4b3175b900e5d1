/**
 * English strings shown only after the first render: field errors, progress, failures and outcomes. They
 * arrive with the chunks that show them (`addEnglish` in localize.ts), off the first paint.
 */
export const enMessages = {
  // Said or shown only once a payment starts, which needs the flow's chunk.
  'form.retry': 'Try again',
  'form.submitting': 'Creating your payment…',
  'form.processing': 'Complete your payment in the payment window.',
  // Plural forms by Intl.PluralRules: `.one`, `.other`, and `.few`/`.many` where a language has them.
  'form.fix_errors.one': 'Please correct {count} highlighted field.',
  'form.fix_errors.other': 'Please correct {count} highlighted fields.',
  'form.payment_page': 'Juspay payment page',

  'error.required': 'Please fill in this field.',
  'error.format': 'Please check the format of this value.',
  'error.email': 'Enter an email address such as name@example.com.',
  'error.phone': 'Enter a 10-digit mobile number, without the country code.',
  'error.pincode': 'Enter a 6-digit PIN code, such as 560095.',
  'error.ifsc': 'Enter the 11-character IFSC: 4 letters, then 0, then 6 letters or digits, such as HDFC0001234.',
  'error.consent': 'Tick the box to agree to these terms.',
  'error.too_long': 'This value is too long.',
  'error.enum': 'Please choose one of the options.',
  'error.date': 'Please enter a real date.',
  'error.date_not_past': 'Enter a date before today.',
  'error.date_order': 'The return date must be on or after the departure date.',
  'error.range': 'This value is out of range.',
  'error.json': 'Please check these details.',
  'error.not_allowed': 'This value cannot be changed here.',
  'failure.invalid_input': 'Please correct the highlighted fields.',
  'failure.network_error': 'We could not reach the payment server. Check your connection and try again.',
  'failure.offline': 'You seem to be offline. Reconnect and try again.',
  'failure.timeout': 'The payment server is taking too long to answer. Please try again.',
  // No "try again": a 4xx is not retryable, and the button says Try again only when it is.
  'failure.http_error': 'The payment server had a problem.',
  'failure.api_error': 'The payment could not be started.',
  'failure.invalid_response': 'The payment server sent an unexpected answer. Please try again.',
  'failure.sdk_initiate_failed': 'The payment window could not start. Please try again.',
  // Not "no money was taken": an auto-refunded order took it and gave it back.
  'failure.payment_failed': 'Your payment did not go through. You can try again.',
  'failure.configuration_error': 'This checkout is not set up correctly. Please contact the merchant.',
  'failure.internal_error': 'Something went wrong on our side. Please try again.',
  'outcome.success': 'Payment successful. Thank you!',
  'outcome.pending': 'Your payment is being confirmed. We will update you shortly.',
  'outcome.cancelled': 'Payment cancelled. Your details are still here when you are ready.',
  // Back from a redirect or iframe payment page: a new page, whose form has only what the merchant prefilled.
  'outcome.cancelled_return': 'Payment cancelled. You can pay again when you are ready.',
  'outcome.unverified': 'We could not confirm this payment yet.',
  'outcome.success_next': 'Keep the order reference: the merchant will confirm your order.',
  'outcome.pending_next': 'Please do not pay again. We will let you know as soon as the payment is confirmed.',
  'outcome.amount': 'Amount',
  'outcome.reference': 'Order reference',
  'error.date_not_after': 'The end date must be after the start date.',
  'error.date_not_today': 'The start date must be today.',
  'error.unsupported': 'This value is not accepted for this payment.',
};
