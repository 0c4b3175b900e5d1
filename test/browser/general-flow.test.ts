import { expect, waitUntil } from '@open-wc/testing';
import {
  clearRequests,
  control,
  fill,
  generalSample,
  mountCheckout,
  nextEvent,
  payButton,
  recordEvents,
  recordedRequests,
  statusText,
  steerDouble,
} from './helpers.js';

const autocompleteTokens: Record<string, string> = {
  customer_email: 'email',
  customer_phone: 'tel-national',
  customer_first_name: 'given-name',
  customer_middle_name: 'additional-name',
  customer_last_name: 'family-name',
  customer_dob: 'bday',
  customer_gender: 'sex',
  customer_address_line1: 'address-line1',
  customer_address_line2: 'address-line2',
  customer_city: 'address-level2',
  customer_state: 'address-level1',
  customer_pincode: 'postal-code',
};

describe('general vertical, end to end', () => {
  beforeEach(async () => {
    steerDouble();
    await clearRequests();
  });

  it('renders every general field with a label and its autocomplete token', async () => {
    const element = await mountCheckout();
    for (const name of Object.keys(generalSample)) {
      const input = control(element, name);
      const label = element.shadowRoot!.querySelector(`label[for="${input.id}"]`);
      expect(label, `label for ${name}`).to.exist;
      expect(label!.textContent!.trim().length, `label text for ${name}`).to.be.greaterThan(1);
      if (autocompleteTokens[name]) expect(input.getAttribute('autocomplete'), name).to.equal(autocompleteTokens[name]);
    }
    expect(control(element, 'customer_dob').type).to.equal('date');
    expect(control(element, 'customer_email').getAttribute('inputmode')).to.equal('email');
    expect(control(element, 'customer_pincode').getAttribute('inputmode')).to.equal('numeric');
    expect(control(element, 'customer_gender').tagName).to.equal('SELECT');
    expect(control(element, 'customer_employment_type').tagName).to.equal('SELECT');
  });

  it('blocks the POST on invalid input, marks the field and focuses it', async () => {
    const element = await mountCheckout();
    const failed = nextEvent(element, 'juspay-payment-failed');
    await fill(element, { ...generalSample, customer_email: 'not-an-email' });
    await element.submit();
    const event = await failed;
    expect(event.detail.stage).to.equal('validation');
    expect(event.detail.issues!.map((issue) => issue.path)).to.include('customer_email');
    const email = control(element, 'customer_email');
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    const error = element.shadowRoot!.getElementById(email.getAttribute('aria-describedby')!);
    expect(error!.textContent).to.equal("Enter an email address such as name@example.com.");
    expect(element.shadowRoot!.activeElement).to.equal(email);
    expect(await recordedRequests()).to.have.length(0);
  });

  it('announces a repeated message again: the live region is cleared, then set', async () => {
    const element = await mountCheckout();
    await fill(element, { ...generalSample, customer_email: 'not-an-email' });
    await element.submit();
    const region = element.shadowRoot!.querySelector('[role="status"]')!;
    const message = region.textContent!.trim();
    expect(message).to.equal('Please correct 1 highlighted field.');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(region.textContent!.trim()));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    await element.submit();
    await waitUntil(() => seen.at(-1) === message, 'announced again');
    observer.disconnect();
    expect(seen).to.deep.equal(['', message]);
  });

  it('does not show an error while the customer first types, only after leaving the field', async () => {
    const element = await mountCheckout();
    const email = control(element, 'customer_email') as HTMLInputElement;
    email.value = 'not-an';
    email.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    email.dispatchEvent(new FocusEvent('blur'));
    // Validation is a chunk fetched after the first render: the error shows once it is there.
    await waitUntil(() => email.getAttribute('aria-invalid') === 'true', 'the error after leaving the field');
  });

  it('POSTs the seed sample under its Session API names, with an Idempotency-Key', async () => {
    steerDouble({ outcome: 'charged' });
    const element = await mountCheckout();
    await fill(element, { ...generalSample, customer_employment_type: 'SALARIED' });
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    await success;
    const [call] = await recordedRequests();
    expect(call!.path).to.equal('/api/session/general');
    expect(call!.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
    expect(call!.headers['content-type']).to.equal('application/json');
    expect(call!.body).to.deep.include({
      customer_email: 'testeml.123@gmail.com',
      customer_phone: '8667056789',
      customer_dob: '06-12-1997',
      customer_first_name: 'John',
      customer_last_name: 'Doe',
      customer_gender: 'Male',
      customer_marital_status: 'Married',
      customer_highest_education: 'Graduate',
      customer_address_line1: 'address line 1',
      customer_state: 'Karnataka',
      customer_pincode: '560095',
      customer_city: 'Bengaluru',
      customer_employment_type: 'SALARIED',
      amount: '30500',
      currency: 'INR',
    });
    expect(call!.body).not.to.have.property('customer_middle_name');
  });

  it('initiates HyperServices with a findable light-DOM div, then processes the sdk_payload unchanged', async () => {
    const double = steerDouble({ outcome: 'charged' });
    const element = await mountCheckout();
    await fill(element, generalSample);
    const responses: unknown[] = [];
    const realFetch = window.fetch;
    window.fetch = async (...args) => {
      const response = await realFetch(...args);
      responses.push(await response.clone().json());
      return response;
    };
    const events = recordEvents(element);
    try {
      const success = nextEvent(element, 'juspay-payment-success');
      await element.submit();
      await success;
    } finally {
      window.fetch = realFetch;
    }
    const [initiate, process] = double.calls.filter((call) => call.method !== 'terminate');
    expect(initiate!.method).to.equal('initiate');
    const initiatePayload = initiate!.payload as { service: string; requestId: string; payload: Record<string, string> };
    expect(initiatePayload.service).to.equal('in.juspay.hyperpay');
    expect(initiatePayload.requestId).to.match(/^[0-9a-f-]{36}$/);
    expect(initiatePayload.payload).to.include({ action: 'initiate', integrationType: 'iframe', environment: 'sandbox' });
    const div = document.getElementById(initiatePayload.payload.hyperSDKDiv!);
    expect(div, 'hyperSDKDiv found by document.getElementById').to.exist;
    expect(element.contains(div)).to.equal(true);
    expect(process!.method).to.equal('process');
    expect(process!.payload).to.deep.equal((responses[0] as { sdk_payload: unknown }).sdk_payload);
    expect(events.map((event) => event.name)).to.deep.equal([
      'juspay-session-created',
      'juspay-checkout-opened',
      'juspay-payment-success',
    ]);
  });

  const outcomes: [string, string][] = [
    ['charged', 'juspay-payment-success'],
    ['cod_initiated', 'juspay-payment-success'],
    ['pending_vbv', 'juspay-payment-pending'],
    ['authorizing', 'juspay-payment-pending'],
    ['backpressed', 'juspay-payment-cancelled'],
    ['user_aborted', 'juspay-payment-cancelled'],
    ['authorization_failed', 'juspay-payment-failed'],
    ['authentication_failed', 'juspay-payment-failed'],
    ['api_failure', 'juspay-payment-failed'],
  ];
  for (const [status, eventName] of outcomes) {
    it(`maps process_result "${status}" to ${eventName}`, async () => {
      steerDouble({ outcome: status });
      const element = await mountCheckout();
      await fill(element, generalSample);
      const events = recordEvents(element);
      const outcome = nextEvent(element, eventName as 'juspay-payment-success');
      await element.submit();
      const event = await outcome;
      // One vocabulary, upper case; HyperCheckout's own word as sdkStatus.
      expect(event.detail.status).to.equal(status.toUpperCase());
      expect(event.detail.sdkStatus).to.equal(status);
      expect(event.detail.orderId).to.match(/^test_/);
      const outcomeEvents = events.filter((e) => /success|pending|cancelled|failed/.test(e.name));
      expect(outcomeEvents.map((e) => e.name)).to.deep.equal([eventName]);
      if (eventName === 'juspay-payment-failed') {
        expect((event.detail as unknown as { stage: string }).stage).to.equal('payment');
      }
      expect(statusText(element)).not.to.equal('');
    });
  }

  for (const [fault, button] of [['juspay-400', 'Pay ₹30,500.00'], ['juspay-500', 'Try again']] as const) {
    it(`a ${fault.slice(-3)} from the endpoint emits a session failure and keeps every value`, async () => {
      const element = await mountCheckout(`/api/fault/${fault}`);
      await fill(element, generalSample);
      const failed = nextEvent(element, 'juspay-payment-failed');
      await element.submit();
      const event = await failed;
      expect(event.detail.stage).to.equal('session');
      expect(event.detail.code).to.equal('api_error');
      for (const [name, value] of Object.entries(generalSample)) expect(control(element, name).value, name).to.equal(value);
      expect(statusText(element)).to.match(/could not be started/i);
      // The server's words are for the merchant (in the event), not for the customer.
      expect(event.detail.message).to.not.equal('');
      expect(statusText(element)).to.not.contain(event.detail.message);
      // A refused request (4xx) is not offered as something to try again; a server's 5xx is.
      expect(payButton(element).textContent!.trim()).to.equal(button);
    });
  }
});
