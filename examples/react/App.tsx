import { useState } from 'react';
// Registers <juspay-session-checkout>; the type-only import adds it to JSX.IntrinsicElements.
import 'juspay-session-checkout';
import type {} from 'juspay-session-checkout/react';

// Defined once, outside the component: a new object on every render would count as a new
// prefill and reset what the customer typed.
const prefill = { customer_email: 'asha@example.com', customer_first_name: 'Asha' };
const params = { udf1: 'react example' };
const headers = { 'X-CSRF-Token': 'csrf-react' };

export function App() {
  const [outcome, setOutcome] = useState('');
  return (
    <main>
      <h1>Checkout</h1>
      {/* React 19 sets prefill, params and headers as properties, and listens to on<event-name>. */}
      {/* sdk-url points at the local HyperCheckout double; leave it out to load Juspay's SDK. */}
      <juspay-session-checkout
        endpoint="/api/session"
        amount="30500"
        currency="INR"
        sdk-url="/sdk/HyperServices.js"
        prefill={prefill}
        params={params}
        headers={headers}
        onjuspay-payment-success={(event) =>
          setOutcome(`Payment ${event.detail.status} for order ${event.detail.orderId}.`)
        }
        onjuspay-payment-failed={(event) => setOutcome(`Payment failed: ${event.detail.message}`)}
      />
      <p id="outcome" role="status">
        {outcome}
      </p>
    </main>
  );
}
