const checkout = document.querySelector('juspay-session-checkout');
const outcome = document.getElementById('outcome');
// Objects have no attribute form: set them as properties.
checkout.prefill = { customer_email: 'asha@example.com', customer_first_name: 'Asha' };
checkout.params = { udf1: 'script tag example' };
checkout.headers = { 'X-CSRF-Token': 'csrf-script-tag' };
checkout.addEventListener('juspay-payment-success', (event) => {
  outcome.textContent = `Payment ${event.detail.status} for order ${event.detail.orderId}.`;
});
checkout.addEventListener('juspay-payment-failed', (event) => {
  outcome.textContent = `Payment failed: ${event.detail.message}`;
});
