// checkout.js: objects are properties, not attributes; events carry typed details.
const checkout = document.querySelector('juspay-session-checkout');
const outcome = document.querySelector('#outcome');

checkout.prefill = { customer_email: 'asha@example.com' };
checkout.addEventListener('juspay-payment-success', (event) => {
  // verified: your /api/status confirmed with Juspay that the order is paid, at your amount.
  outcome.textContent = event.detail.verified ? `Paid and verified: ${event.detail.orderId}` : 'Paid, not verified yet';
});
checkout.addEventListener('juspay-payment-failed', (event) => {
  outcome.textContent = event.detail.message; // the form keeps the input; Pay becomes "Try again"
});
