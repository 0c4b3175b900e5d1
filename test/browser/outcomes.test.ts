import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { JuspaySessionCheckout } from '../../src/index.js';
import { SDK_URL, fill, generalSample, nextEvent, payButton, recordEvents, statusText, steerDouble } from './helpers.js';

async function mount(statusEndpoint = '') {
  return fixture<JuspaySessionCheckout>(
    html`<juspay-session-checkout endpoint="/api/session/general" amount="30500" currency="INR" sdk-url=${SDK_URL} status-endpoint=${statusEndpoint}>
      <a slot="success" href="/orders">See your order</a>
    </juspay-session-checkout>`,
  );
}

const outcome = (element: HTMLElement) => element.shadowRoot!.querySelector<HTMLElement>('[part="outcome"]');
const notice = (element: HTMLElement) => element.shadowRoot!.querySelector<HTMLElement>('[part="notice"]');
const words = (node: Element | null) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
/** The outcome's facts as the customer reads them: label, value, label, value. */
const facts = (element: HTMLElement) => [...outcome(element)!.querySelectorAll('dt, dd')].map((node) => node.textContent!.trim());

/** Answers the status endpoint `path` with `answer` while `work` runs. */
async function answeringStatus(path: string, answer: unknown, work: () => Promise<void>) {
  const realFetch = window.fetch;
  window.fetch = (input, init) =>
    new URL(String(input instanceof Request ? input.url : input), location.href).pathname === path
      ? Promise.resolve(new Response(JSON.stringify(answer), { headers: { 'Content-Type': 'application/json' } }))
      : realFetch(input, init);
  try {
    await work();
  } finally {
    window.fetch = realFetch;
  }
}

describe('outcome screens', () => {
  it('success shows a mark, the amount, the order reference, what happens next and the merchant’s slot', async () => {
    steerDouble({ outcome: 'charged' });
    const element = await mount();
    await fill(element, generalSample);
    const success = nextEvent(element, 'juspay-payment-success');
    payButton(element).click();
    const { detail } = await success;
    await element.updateComplete;
    const screen = outcome(element)!;
    expect(screen.querySelector('.mark')!.textContent).to.equal('✓');
    expect(screen.querySelector('.mark')!.getAttribute('aria-hidden')).to.equal('true');
    expect(words(screen.querySelector('[role="heading"]'))).to.equal('Payment successful. Thank you!');
    expect(facts(element)).to.deep.equal(['Amount', '₹30,500.00', 'Order reference', detail.orderId]);
    expect(words(screen)).to.contain('the merchant will confirm your order');
    const slot = screen.querySelector<HTMLSlotElement>('slot[name="success"]')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['See your order']);
    expect(element.shadowRoot!.querySelector('form')!.hidden).to.equal(true);
    expect(statusText(element)).to.equal('Payment successful. Thank you!');
  });

  it('a cancellation says what happened and what to do, above the Try again button', async () => {
    steerDouble({ outcome: 'backpressed' });
    const element = await mount();
    await fill(element, generalSample);
    const cancelled = nextEvent(element, 'juspay-payment-cancelled');
    payButton(element).click();
    await cancelled;
    await element.updateComplete;
    const box = notice(element)!;
    expect(words(box)).to.equal('i Payment cancelled. Your details are still here when you are ready.');
    expect(box.compareDocumentPosition(payButton(element)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('a failure sits above the button, in view, and the button says Try again', async () => {
    steerDouble({ outcome: 'authorization_failed' });
    const element = await mount();
    element.style.display = 'block';
    await fill(element, generalSample);
    const failed = nextEvent(element, 'juspay-payment-failed');
    payButton(element).click();
    await failed;
    await element.updateComplete;
    const box = notice(element)!;
    expect(words(box)).to.equal('! Your payment did not go through. You can try again.');
    expect(box.getAttribute('data-tone')).to.equal('failed');
    expect(words(payButton(element))).to.equal('Try again');
    const rect = box.getBoundingClientRect();
    expect(rect.top).to.be.at.least(0);
    expect(rect.bottom).to.be.at.most(window.innerHeight);
  });
});

describe('an order the merchant server cannot create', () => {
  it('without return_url: the real server refuses it, and the customer is told to contact the merchant, not to try again', async () => {
    const element = await fixture<JuspaySessionCheckout>(
      html`<juspay-session-checkout endpoint="/api/session-without-return-url" amount="30500" currency="INR" sdk-url=${SDK_URL}></juspay-session-checkout>`,
    );
    await fill(element, generalSample);
    const events = recordEvents(element);
    const failed = nextEvent(element, 'juspay-payment-failed');
    payButton(element).click();
    const { detail } = await failed;
    expect(detail).to.include({ stage: 'session', code: 'configuration_error', retryable: false });
    await element.updateComplete;
    expect(words(notice(element))).to.equal('! This checkout is not set up correctly. Please contact the merchant.');
    expect(statusText(element)).to.equal('This checkout is not set up correctly. Please contact the merchant.');
    expect(words(payButton(element))).to.equal('Pay ₹30,500.00');
    expect(events.map((event) => event.name)).to.deep.equal(['juspay-payment-failed']);
  });

  it('is a configuration_error, not retryable, and the customer is told to contact the merchant', async () => {
    const element = await mount();
    element.fetchSession = async () =>
      new Response(JSON.stringify({ status: 'error', error_code: 'configuration_error', error_message: 'return_url: https, no IP host.' }), { status: 500 });
    await fill(element, generalSample);
    const failed = nextEvent(element, 'juspay-payment-failed');
    payButton(element).click();
    const { detail } = await failed;
    expect(detail).to.include({ stage: 'session', code: 'configuration_error', retryable: false });
    await element.updateComplete;
    expect(words(notice(element))).to.contain('This checkout is not set up correctly. Please contact the merchant.');
  });
});

describe('verification', () => {
  for (const reason of ['amount_mismatch', 'currency_mismatch'] as const) {
    it(`a charged order whose status check finds a ${reason} never fires success: pending, with the reason`, async () => {
      steerDouble({ outcome: 'charged' });
      const element = await mount('/verify');
      await fill(element, generalSample);
      const events = recordEvents(element);
      await answeringStatus('/verify', { orderId: 'x', status: 'CHARGED', amount: 1, verified: false, reason }, async () => {
        const pending = nextEvent(element, 'juspay-payment-pending');
        payButton(element).click();
        const { detail } = await pending;
        expect(detail).to.include({ status: 'CHARGED', sdkStatus: 'charged', verification: reason });
      });
      expect(events.map((event) => event.name)).not.to.include('juspay-payment-success');
      await element.updateComplete;
      expect(words(outcome(element)!.querySelector('[role="heading"]'))).to.equal('We could not confirm this payment yet.');
      expect(facts(element).slice(0, 2)).to.deep.equal(['Amount', '₹1.00']);
    });
  }
});

describe('busy', () => {
  it('while the session is requested: controls disabled, a spinner in the button, "Creating your payment…" said once', async () => {
    const element = await mount();
    let answer!: (value: unknown) => void;
    element.fetchSession = () => new Promise((resolve) => (answer = resolve));
    await fill(element, generalSample);
    payButton(element).click();
    await waitUntil(() => element.shadowRoot!.querySelector<HTMLFieldSetElement>('fieldset.fields')!.disabled, 'busy');
    expect(payButton(element).getAttribute('aria-busy')).to.equal('true');
    const spinner = payButton(element).querySelector('.spinner')!;
    expect(spinner.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(spinner).animationName).to.equal('spin');
    const said = [...element.shadowRoot!.querySelectorAll('*')].filter((node) => node.childElementCount === 0 && /Creating your payment/.test(node.textContent!));
    expect(said.map((node) => node.getAttribute('role'))).to.deep.equal(['status']);
    expect(words(payButton(element))).to.equal('Pay ₹30,500.00');
    answer(undefined);
  });
});

describe('the widget’s own content', () => {
  it('carries the language its text is in', async () => {
    const element = await fixture<JuspaySessionCheckout>(html`<juspay-session-checkout lang="ko"></juspay-session-checkout>`);
    const root = () => element.shadowRoot!.querySelector('.root')!;
    await waitUntil(() => root().getAttribute('lang') === 'ko', 'Korean');
    element.lang = 'fr';
    await element.updateComplete;
    expect(root().getAttribute('lang')).to.equal('en');
  });

  it('currency="RUPEES" renders the form and reports a configuration_error naming the attribute', async () => {
    const element = document.createElement('juspay-session-checkout') as JuspaySessionCheckout;
    element.setAttribute('currency', 'RUPEES');
    element.setAttribute('amount', '100');
    const failed = nextEvent(element, 'juspay-payment-failed');
    document.body.append(element);
    const { detail } = await failed;
    expect(detail).to.include({ stage: 'validation', code: 'configuration_error', retryable: false });
    expect(detail.message).to.contain('currency');
    expect(element.shadowRoot!.querySelector('form [name="customer_email"]')).to.exist;
    element.remove();
  });

  for (const [name, value, pay] of [
    ['amount', 'abc', 'Pay'],
    ['amount', '-5', 'Pay'],
    ['vertical', 'bogus', 'Pay ₹100.00'],
    ['mode', 'popup', 'Pay ₹100.00'],
    ['environment', 'staging', 'Pay ₹100.00'],
  ] as const) {
    it(`${name}="${value}" renders the form on the defaults and reports a configuration_error naming it`, async () => {
      const element = document.createElement('juspay-session-checkout') as JuspaySessionCheckout;
      element.setAttribute('amount', '100');
      element.setAttribute(name, value);
      const failed = nextEvent(element, 'juspay-payment-failed');
      document.body.append(element);
      const { detail } = await failed;
      expect(detail).to.include({ stage: 'validation', code: 'configuration_error', retryable: false });
      expect(detail.message).to.contain(`The ${name} attribute "${value}" is not`);
      expect(element.shadowRoot!.querySelector('form [name="customer_email"]')).to.exist;
      expect(words(payButton(element))).to.equal(pay);
      element.remove();
    });
  }

  it('a usable change of a checked attribute reports nothing; a later bad one is reported as it is set', async () => {
    const element = await fixture<JuspaySessionCheckout>(html`<juspay-session-checkout amount="100"></juspay-session-checkout>`);
    const events = recordEvents(element);
    // The checks arrive with the deferred chunk, whose styles are adopted as it connects the checkout.
    const adopted = element.shadowRoot!.adoptedStyleSheets.length;
    await waitUntil(() => element.shadowRoot!.adoptedStyleSheets.length > adopted, 'the deferred chunk');
    element.vertical = 'travel';
    element.amount = '250.50';
    await element.updateComplete;
    expect(events).to.deep.equal([]);
    const failed = nextEvent(element, 'juspay-payment-failed');
    element.setAttribute('mode', 'popup');
    expect((await failed).detail.message).to.contain('mode');
  });
});
