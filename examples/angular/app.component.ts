import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { CheckoutEvent } from 'juspay-session-checkout';

@Component({
  selector: 'app-checkout',
  // <juspay-session-checkout> is no Angular component: without this schema the compiler refuses the tag.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Checkout</h1>
      <!-- [prefill] and the others set properties; (juspay-…) listens to the element's events. -->
      <!-- sdk-url points at the local HyperCheckout double; leave it out to load Juspay's SDK. -->
      <juspay-session-checkout
        endpoint="/api/session"
        amount="30500"
        currency="INR"
        sdk-url="/sdk/HyperServices.js"
        [lang]="lang"
        [prefill]="prefill"
        [params]="params"
        [headers]="headers"
        (juspay-payment-success)="onSuccess($event)"
        (juspay-payment-failed)="onFailed($event)"
      ></juspay-session-checkout>
      <p id="outcome" role="status">{{ outcome() }}</p>
    </main>
  `,
})
export class CheckoutComponent {
  // One object for the component's life: a new prefill object would reset what the customer typed.
  readonly prefill = { customer_email: 'asha@example.com', customer_first_name: 'Asha' };
  readonly params = { udf1: 'angular example' };
  readonly headers = { 'X-CSRF-Token': 'csrf-angular' };
  // The page's ?lang= picks the form's language, e.g. ?lang=hi.
  readonly lang = new URLSearchParams(location.search).get('lang') ?? 'en';
  readonly outcome = signal('');

  onSuccess(event: CheckoutEvent<'juspay-payment-success'>) {
    this.outcome.set(`Payment ${event.detail.status} for order ${event.detail.orderId}.`);
  }

  onFailed(event: CheckoutEvent<'juspay-payment-failed'>) {
    this.outcome.set(`Payment failed: ${event.detail.message}`);
  }
}
