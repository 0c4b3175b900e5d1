import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { JuspaySessionCheckout } from '../../src/index.js';
import {
  SDK_URL,
  clearRequests,
  control,
  fill,
  generalSample,
  mountCheckout,
  nextEvent,
  openWidgetPage,
  payButton,
  recordEvents,
  recordedRequests,
  statusText,
  steerDouble,
} from './helpers.js';

const expectValuesKept = (element: JuspaySessionCheckout) => {
  for (const [name, value] of Object.entries(generalSample)) expect(control(element, name).value, name).to.equal(value);
};

/** Submits, expects a failure, then points the element at a healthy setup and expects the retry to pay. */
async function failThenRetry(
  element: JuspaySessionCheckout,
  expected: { stage: string; code: string; retryable: boolean },
  heal: () => void,
) {
  await fill(element, generalSample);
  const failed = nextEvent(element, 'juspay-payment-failed', 15000);
  await element.submit();
  const { detail } = await failed;
  expect({ stage: detail.stage, code: detail.code, retryable: detail.retryable }).to.deep.equal(expected);
  expect(statusText(element).length, 'a human message').to.be.greaterThan(10);
  expectValuesKept(element);
  heal();
  steerDouble({ outcome: 'charged' });
  const success = nextEvent(element, 'juspay-payment-success', 15000);
  payButton(element).click();
  await success;
}

describe('failures: a clear message, a typed event, every value kept, and a working retry', () => {
  beforeEach(async () => {
    steerDouble();
    await clearRequests();
  });

  const sessionFaults: [string, string, boolean][] = [
    ['juspay-400', 'api_error', false],
    ['juspay-401', 'api_error', false],
    ['juspay-404', 'api_error', false],
    ['juspay-500', 'api_error', true],
    ['html-502', 'http_error', true],
    ['invalid-json', 'invalid_response', true],
    ['no-sdk-payload', 'invalid_response', true],
  ];
  for (const [fault, code, retryable] of sessionFaults) {
    it(`${fault}`, async () => {
      const element = await mountCheckout(`/api/fault/${fault}`);
      await failThenRetry(element, { stage: 'session', code, retryable }, () => (element.endpoint = '/api/session/general'));
      expect(element.shadowRoot!.innerHTML).not.to.contain('<h1>502');
    });
  }

  it('a timeout', async () => {
    const element = await mountCheckout('/api/fault/slow');
    element.timeout = 300;
    await failThenRetry(element, { stage: 'session', code: 'timeout', retryable: true }, () => {
      element.endpoint = '/api/session/general';
      element.timeout = 20000;
    });
  });

  it('a network error', async () => {
    const element = await mountCheckout('http://127.0.0.1:9/session');
    await failThenRetry(element, { stage: 'session', code: 'network_error', retryable: true }, () => (element.endpoint = '/api/session/general'));
  });

  it('a HyperServices.js 404, retried on the same session without a second POST', async () => {
    // Earlier tests loaded the double; a page that already has HyperServices would use it.
    delete window.HyperServices;
    const element = await mountCheckout();
    element.sdkUrl = '/sdk/missing/HyperServices.js';
    await failThenRetry(element, { stage: 'sdk', code: 'sdk_load_failed', retryable: true }, () => (element.sdkUrl = SDK_URL));
    expect(await recordedRequests()).to.have.length(1);
  });

  it('an initiate that never answers, after `timeout`', async () => {
    const element = await mountCheckout();
    element.timeout = 500;
    steerDouble({ initiateSilent: true });
    await failThenRetry(element, { stage: 'sdk', code: 'sdk_initiate_failed', retryable: true }, () => undefined);
  });

  it('an initiate error', async () => {
    const element = await mountCheckout();
    steerDouble({ initiateError: true });
    await fill(element, generalSample);
    const failed = nextEvent(element, 'juspay-payment-failed');
    await element.submit();
    expect((await failed).detail).to.include({ stage: 'sdk', code: 'sdk_initiate_failed', retryable: true });
    expectValuesKept(element);
    steerDouble({ outcome: 'charged' });
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    await success;
  });

  it('process_result api_failure, retried on the same session', async () => {
    const element = await mountCheckout();
    steerDouble({ outcome: 'api_failure' });
    await fill(element, generalSample);
    const failed = nextEvent(element, 'juspay-payment-failed');
    await element.submit();
    const { detail } = await failed;
    expect(detail).to.include({ stage: 'payment', code: 'payment_failed', status: 'API_FAILURE', sdkStatus: 'api_failure', retryable: true });
    expect(detail.orderId).to.match(/^test_/);
    expectValuesKept(element);
    steerDouble({ outcome: 'charged' });
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    expect((await success).detail.orderId).to.equal(detail.orderId);
    expect(await recordedRequests()).to.have.length(1);
  });

  it('redirects to payment_links.web when the SDK cannot load and redirect-fallback is set', async () => {
    delete window.HyperServices;
    const frame = await openPage({ endpoint: '/api/session/general', 'sdk-url': '/sdk/missing.js', 'redirect-fallback': '' });
    const events = await submitInPage(frame, () => ({ ...sessionAnswer, payment_links: { web: '/test/fixtures/landing.html?via=fallback' } }));
    await waitUntil(() => landedAt(frame)?.includes('via=fallback'), 'fallback redirect', { timeout: 8000 });
    expect(events.map((event) => event.name).filter((name) => name !== 'juspay-ready')).to.deep.equal([
      'juspay-session-created',
      'juspay-checkout-opened',
    ]);
    expect(events.find((event) => event.name === 'juspay-checkout-opened')!.detail).to.deep.equal({ mode: 'redirect' });
  });
});

describe('one attempt, one order', () => {
  beforeEach(async () => {
    steerDouble({ outcome: 'charged' });
    await clearRequests();
  });

  it('five rapid submits make exactly one POST', async () => {
    const element = await mountCheckout();
    await fill(element, generalSample);
    const success = nextEvent(element, 'juspay-payment-success');
    for (let n = 0; n < 5; n++) payButton(element).click();
    await success;
    expect(await recordedRequests()).to.have.length(1);
  });

  it('a retry after a session failure sends the same Idempotency-Key; changed input gets a new one', async () => {
    const element = await mountCheckout('/api/fault/juspay-500');
    await fill(element, generalSample);
    for (let n = 0; n < 2; n++) {
      const failed = nextEvent(element, 'juspay-payment-failed');
      await element.submit();
      await failed;
    }
    await fill(element, { customer_city: 'Mysuru' });
    const failed = nextEvent(element, 'juspay-payment-failed');
    await element.submit();
    await failed;
    const keys = (await recordedRequests()).map((call) => call.headers['idempotency-key']);
    expect(keys).to.have.length(3);
    expect(keys[0]).to.equal(keys[1]);
    expect(keys[2]).not.to.equal(keys[0]);
  });
});

const sessionAnswer = {
  status: 'NEW',
  id: 'ordeh_test',
  order_id: 'ord_mode_1',
  payment_links: { web: '/test/fixtures/landing.html?via=redirect' },
  sdk_payload: {
    requestId: 'req_1',
    service: 'in.juspay.hyperpay',
    payload: { clientId: 'test_client', merchantId: 'test_merchant', environment: 'sandbox', orderId: 'ord_mode_1' },
  },
};

/** Loads the widget fixture page in an iframe, with the given attributes, once its form is rendered. */
async function openPage(attributes: Record<string, string>, query = ''): Promise<HTMLIFrameElement> {
  const frame = await openWidgetPage(attributes, query);
  await waitUntil(() => frame.contentWindow?.document.querySelector('juspay-session-checkout')?.shadowRoot?.querySelector('form'));
  return frame;
}

function pageElement(frame: HTMLIFrameElement): JuspaySessionCheckout {
  return frame.contentWindow!.document.querySelector('juspay-session-checkout')!;
}

/** Fills and submits the page's widget with `fetchSession` answering `answer()`; returns its event log. */
async function submitInPage(frame: HTMLIFrameElement, answer: () => unknown) {
  const element = pageElement(frame);
  element.fetchSession = async () => answer();
  await fill(element, generalSample);
  const events = frame.contentWindow!.checkoutEvents;
  void element.submit();
  await waitUntil(() => events.some((event) => event.name === 'juspay-checkout-opened'), 'checkout opened', { timeout: 8000 });
  return events;
}

function landedAt(frame: HTMLIFrameElement): string | undefined {
  try {
    const href = frame.contentWindow?.location.href;
    return href?.includes('/test/fixtures/widget.html') ? undefined : href;
  } catch {
    return undefined;
  }
}

describe('modes and responses', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('mode="redirect" navigates to payment_links.web', async () => {
    const frame = await openPage({ endpoint: '/unused', mode: 'redirect' });
    const events = await submitInPage(frame, () => sessionAnswer);
    await waitUntil(() => landedAt(frame)?.endsWith('/test/fixtures/landing.html?via=redirect'), 'redirected', { timeout: 8000 });
    expect(events.map((event) => event.detail)).to.deep.include({ mode: 'redirect' });
  });

  it('mode="iframe" embeds payment_links.web, and reports the outcome when it returns to the merchant', async () => {
    const frame = await openPage({ endpoint: '/unused', mode: 'iframe', 'status-endpoint': '/api/status' });
    const paymentPage = '/test/fixtures/landing.html?via=iframe';
    const events = await submitInPage(frame, () => ({ ...sessionAnswer, payment_links: { web: paymentPage } }));
    const embedded = pageElement(frame).shadowRoot!.querySelector('iframe');
    expect(embedded, 'embedded payment page').to.exist;
    expect(embedded!.getAttribute('src')).to.equal(paymentPage);
    expect(embedded!.title).to.match(/payment page/i);
    // The payment page sends the customer back to return_url, inside the iframe.
    embedded!.contentWindow!.location.assign(
      '/test/fixtures/landing.html?order_id=ord_mode_1&status=CHARGED&status_id=21&signature=abc&signature_algorithm=HMAC-SHA256',
    );
    await waitUntil(() => events.some((event) => event.name === 'juspay-payment-success'), 'outcome', { timeout: 8000 });
    const success = events.find((event) => event.name === 'juspay-payment-success')!;
    expect(success.detail).to.deep.equal({ orderId: 'ord_mode_1', status: 'CHARGED', verified: true });
    expect(pageElement(frame).shadowRoot!.querySelector('iframe'), 'the embedded page closes').to.equal(null);
  });

  it('mode="iframe" frames payment_links.iframe before web, also at 375 px: no redirect', async () => {
    const frame = await openPage({ endpoint: '/unused', mode: 'iframe' });
    frame.style.width = '375px';
    const framed = '/test/fixtures/landing.html?via=iframe-link';
    const events = await submitInPage(frame, () => ({ ...sessionAnswer, payment_links: { ...sessionAnswer.payment_links, iframe: framed } }));
    expect(events.map((event) => event.detail)).to.deep.include({ mode: 'iframe' });
    const embedded = pageElement(frame).shadowRoot!.querySelector('iframe')!;
    expect(embedded.getAttribute('src')).to.equal(framed);
    expect(embedded.getBoundingClientRect().width).to.be.at.most(375);
    expect(landedAt(frame), 'still on the merchant page').to.equal(undefined);
  });

  it('an authentication GET navigates to its url', async () => {
    const frame = await openPage({ endpoint: '/unused' });
    const events = await submitInPage(frame, () => ({
      status: 'PENDING_VBV',
      order_id: 'Ord_1',
      payment: { authentication: { method: 'GET', url: '/test/fixtures/landing.html?via=auth-get' } },
    }));
    await waitUntil(() => landedAt(frame)?.includes('via=auth-get'), 'navigated', { timeout: 8000 });
    expect(events.map((event) => event.detail)).to.deep.include({ mode: 'authentication' });
  });

  it('an authentication POST submits a form with its params', async () => {
    await clearRequests();
    const frame = await openPage({ endpoint: '/unused' });
    await submitInPage(frame, () => ({
      status: 'PENDING_VBV',
      order_id: 'Ord_1',
      payment: { authentication: { method: 'POST', url: '/api/landing', params: { PaReq: 'abc', MD: '42' } } },
    }));
    await waitUntil(() => landedAt(frame)?.endsWith('/api/landing'), 'posted', { timeout: 8000 });
    const [call] = (await recordedRequests()).filter((recorded) => recorded.path === '/api/landing');
    expect(String(call!.body)).to.equal('PaReq=abc&MD=42');
  });

  it('a response that already carries a final order status emits its outcome', async () => {
    const element = await mountCheckout();
    element.fetchSession = async () => ({ status: 'CHARGED', status_id: 21, order_id: 'ord_done', id: 'ordeh_1' });
    await fill(element, generalSample);
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    expect((await success).detail).to.deep.equal({ orderId: 'ord_done', status: 'CHARGED', verified: false });
  });

  it('with a status-endpoint, the outcome after process_result is the verified one', async () => {
    steerDouble({ outcome: 'charged' });
    await clearRequests();
    const element = await mountCheckout();
    element.statusEndpoint = '/api/status';
    await fill(element, generalSample);
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    const { detail } = await success;
    expect(detail).to.include({ status: 'CHARGED', verified: true });
    const statusCall = (await recordedRequests()).find((call) => call.path === '/api/status');
    expect(statusCall!.body).to.deep.equal({ order_id: detail.orderId });
  });

  it('returning from a redirect with Juspay parameters reports the verified outcome', async () => {
    await clearRequests();
    const query = '?order_id=ord_back_1&status=CHARGED&status_id=21&signature=c2ln&signature_algorithm=HMAC-SHA256';
    const frame = await openPage({ endpoint: '/unused', 'status-endpoint': '/api/status' }, query);
    const events = frame.contentWindow!.checkoutEvents;
    await waitUntil(() => events.some((event) => event.name === 'juspay-payment-success'), 'outcome', { timeout: 8000 });
    expect(events.find((event) => event.name === 'juspay-payment-success')!.detail).to.deep.equal({
      orderId: 'ord_back_1',
      status: 'CHARGED',
      verified: true,
    });
    const statusCall = (await recordedRequests()).find((call) => call.path === '/api/status');
    expect(statusCall!.body).to.deep.equal({
      order_id: 'ord_back_1',
      status: 'CHARGED',
      status_id: '21',
      signature: 'c2ln',
      signature_algorithm: 'HMAC-SHA256',
    });
  });

  it('a status-endpoint that cannot verify reports verified: false', async () => {
    const query = '?order_id=mismatch_1&status=CHARGED&status_id=21&signature=x';
    const frame = await openPage({ endpoint: '/unused', 'status-endpoint': '/api/status' }, query);
    const events = frame.contentWindow!.checkoutEvents;
    await waitUntil(() => events.some((event) => event.name === 'juspay-payment-success'), 'outcome', { timeout: 8000 });
    expect(events.find((event) => event.name === 'juspay-payment-success')!.detail).to.include({ verified: false });
  });
});

describe('lifecycle', () => {
  beforeEach(async () => {
    steerDouble();
    await clearRequests();
  });

  it('survives remounting: values stay, and it still pays', async () => {
    const element = await mountCheckout();
    await fill(element, generalSample);
    const parent = element.parentElement!;
    element.remove();
    parent.append(element);
    await element.updateComplete;
    expectValuesKept(element);
    steerDouble({ outcome: 'charged' });
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    await success;
  });

  it('removal mid-request aborts it quietly, with no event', async () => {
    const element = await mountCheckout();
    let signal: AbortSignal | undefined;
    element.fetchSession = (_body, init) => {
      signal = init.signal;
      return new Promise(() => undefined);
    };
    await fill(element, generalSample);
    const events = recordEvents(element);
    const pending = element.submit();
    await waitUntil(() => signal, 'request started');
    element.remove();
    expect(signal!.aborted, 'the request is aborted').to.equal(true);
    await pending;
    expect(events).to.deep.equal([]);
  });

  it('two widgets on one page are independent', async () => {
    steerDouble({ outcome: 'charged' });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <juspay-session-checkout endpoint="/api/session/general" sdk-url=${SDK_URL}></juspay-session-checkout>
      <juspay-session-checkout endpoint="/api/fault/juspay-500" sdk-url=${SDK_URL}></juspay-session-checkout>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('juspay-session-checkout')];
    await fill(first!, generalSample);
    await fill(second!, generalSample);
    const firstEvents = recordEvents(first!);
    const secondEvents = recordEvents(second!);
    const success = nextEvent(first!, 'juspay-payment-success');
    const failed = nextEvent(second!, 'juspay-payment-failed');
    await Promise.all([first!.submit(), second!.submit()]);
    await Promise.all([success, failed]);
    expect(firstEvents.map((event) => event.name)).to.not.include('juspay-payment-failed');
    expect(secondEvents.map((event) => event.name)).to.deep.equal(['juspay-payment-failed']);
    expect(second!.querySelector('[slot="hypercheckout"]'), 'no checkout opened for the failed one').to.equal(null);
    second!.endpoint = '/api/session/general';
    const secondSuccess = nextEvent(second!, 'juspay-payment-success');
    await second!.submit();
    await secondSuccess;
    const divs = [first!, second!].map((element) => element.querySelector('[slot="hypercheckout"]')!.id);
    expect(divs[0]).to.not.equal(divs[1]);
    expect(divs.every((id) => document.getElementById(id))).to.equal(true);
  });

  it('close() terminates HyperCheckout, keeps the input, and the customer can pay again', async () => {
    const double = steerDouble();
    const element = await mountCheckout();
    await fill(element, generalSample);
    void element.submit();
    await waitUntil(() => element.querySelector('[data-status="charged"]'), 'simulated page', { timeout: 8000 });
    const events = recordEvents(element);
    element.close();
    expect(double.calls.map((call) => call.method)).to.include('terminate');
    expect(element.querySelector('[data-status="charged"]')).to.equal(null);
    expectValuesKept(element);
    expect(events).to.deep.equal([]);
    steerDouble({ outcome: 'charged' });
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    await success;
  });
});

describe('one payment, never two', () => {
  beforeEach(async () => {
    steerDouble();
    await clearRequests();
  });

  it('Back with a status-endpoint that still sees a NEW order is a cancellation, and the session is kept', async () => {
    steerDouble({ outcome: 'backpressed' });
    const element = await mountCheckout();
    element.statusEndpoint = '/api/status?answer=NEW';
    await fill(element, generalSample);
    const cancelled = nextEvent(element, 'juspay-payment-cancelled');
    await element.submit();
    expect((await cancelled).detail).to.include({ status: 'BACKPRESSED', sdkStatus: 'backpressed' });
    steerDouble({ outcome: 'charged' });
    element.statusEndpoint = '/api/status';
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    await success;
    expect((await recordedRequests()).filter((call) => call.path === '/api/session/general')).to.have.length(1);
  });

  it('close() while the status check runs still reports the finished payment, and Pay opens no second one', async () => {
    steerDouble({ outcome: 'charged' });
    const element = await mountCheckout();
    element.statusEndpoint = '/api/status?delay=400';
    await fill(element, generalSample);
    const success = nextEvent(element, 'juspay-payment-success');
    void element.submit();
    await waitUntil(() => window.HyperServicesDouble!.calls.some((call) => call.method === 'terminate'), 'HyperCheckout closed');
    element.close();
    expect((await success).detail).to.include({ status: 'CHARGED', verified: true });
    await element.submit();
    expect(window.HyperServicesDouble!.calls.filter((call) => call.method === 'process')).to.have.length(1);
  });

  it('after the merchant takes a session over (preventDefault), the next Pay asks the endpoint, same key, and the merchant again', async () => {
    steerDouble({ outcome: 'charged' });
    const element = await mountCheckout();
    await fill(element, generalSample);
    const takeOver = (event: Event) => event.preventDefault();
    element.addEventListener('juspay-session-created', takeOver, { once: true });
    await element.submit();
    expect(window.HyperServicesDouble!.calls.filter((call) => call.method === 'process')).to.have.length(0);
    const createdAgain = nextEvent(element, 'juspay-session-created');
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    await createdAgain;
    await success;
    const posts = (await recordedRequests()).filter((call) => call.path === '/api/session/general');
    expect(posts).to.have.length(2);
    expect(posts[1]!.headers['idempotency-key']).to.equal(posts[0]!.headers['idempotency-key']);
  });

  it('after a pending payment the form is gone and submit() makes no second order', async () => {
    steerDouble({ outcome: 'pending_vbv' });
    const element = await mountCheckout();
    await fill(element, generalSample);
    const pending = nextEvent(element, 'juspay-payment-pending');
    await element.submit();
    await pending;
    expect(element.shadowRoot!.querySelector('form')!.hidden).to.equal(true);
    await element.submit();
    expect(await recordedRequests()).to.have.length(1);
  });

  it('after a cancel, a changed amount or edited input is a new attempt with a new key', async () => {
    steerDouble({ outcome: 'backpressed' });
    const element = await mountCheckout();
    await fill(element, generalSample);
    let cancelled = nextEvent(element, 'juspay-payment-cancelled');
    await element.submit();
    await cancelled;
    element.amount = '99999';
    cancelled = nextEvent(element, 'juspay-payment-cancelled');
    await element.submit();
    await cancelled;
    await fill(element, { customer_city: 'Mysuru' });
    cancelled = nextEvent(element, 'juspay-payment-cancelled');
    await element.submit();
    await cancelled;
    const calls = await recordedRequests();
    expect(calls.map((call) => call.body.amount)).to.deep.equal(['30500', '99999', '99999']);
    expect(new Set(calls.map((call) => call.headers['idempotency-key'])).size).to.equal(3);
  });

  it('refuses a javascript: payment link instead of navigating to it', async () => {
    const element = await mountCheckout();
    element.mode = 'redirect';
    element.fetchSession = async () => ({ ...sessionAnswer, payment_links: { web: 'javascript:alert(document.domain)' } });
    await fill(element, generalSample);
    const failed = nextEvent(element, 'juspay-payment-failed');
    await element.submit();
    expect((await failed).detail).to.include({ stage: 'session', code: 'invalid_response' });
  });
});

describe('a fetchSession that never answers', () => {
  it('still times out, with the session stage and a retry', async () => {
    const element = await mountCheckout();
    element.timeout = 300;
    element.fetchSession = () => new Promise(() => undefined);
    await fill(element, generalSample);
    const failed = nextEvent(element, 'juspay-payment-failed');
    await element.submit();
    expect((await failed).detail).to.include({ stage: 'session', code: 'timeout', retryable: true });
  });
});

describe('focus', () => {
  it('never falls to <body>: into the payment container while it is open, back to Pay when it closes', async () => {
    steerDouble();
    const element = await mountCheckout();
    await fill(element, generalSample);
    payButton(element).focus();
    payButton(element).click();
    await waitUntil(() => element.querySelector('[data-status="charged"]'), 'simulated page', { timeout: 8000 });
    expect(document.activeElement === document.body, 'focus not lost').to.equal(false);
    const cancelled = nextEvent(element, 'juspay-payment-cancelled');
    element.querySelector<HTMLButtonElement>('[data-status="backpressed"]')!.click();
    await cancelled;
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(payButton(element));
  });
});

describe('focus after the payment page', () => {
  it('moves to the outcome when the page closes on success, not to <body>', async () => {
    steerDouble();
    const element = await mountCheckout();
    await fill(element, generalSample);
    payButton(element).focus();
    payButton(element).click();
    await waitUntil(() => element.querySelector('[data-status="charged"]'), 'simulated page', { timeout: 8000 });
    element.querySelector<HTMLButtonElement>('[data-status="charged"]')!.focus();
    const success = nextEvent(element, 'juspay-payment-success');
    element.querySelector<HTMLButtonElement>('[data-status="charged"]')!.click();
    await success;
    await element.updateComplete;
    const focused = element.shadowRoot!.activeElement?.getAttribute('part') ?? document.activeElement?.tagName;
    expect(focused).to.equal('outcome');
  });
});

describe('early initiate', () => {
  it('a field focused while HyperCheckout starts for the session does not restart it: the payment goes through', async () => {
    const element = await mountCheckout();
    element.merchantId = 'test_merchant';
    element.clientId = 'test_client';
    // No environment: the early start is for production, the session's sdk_payload says sandbox.
    await fill(element, generalSample);
    steerDouble({ outcome: 'charged', delayMs: 300 });
    const created = nextEvent(element, 'juspay-session-created');
    const success = nextEvent(element, 'juspay-payment-success');
    void element.submit();
    await created;
    control(element, 'customer_city').focus();
    await success;
  });

  it('with merchant-id and client-id, HyperCheckout initiates while the customer types, and process follows without a second initiate', async () => {
    const double = steerDouble();
    const element = await mountCheckout();
    element.merchantId = 'test_merchant';
    element.clientId = 'test_client';
    element.environment = 'sandbox';
    await element.updateComplete;
    control(element, 'customer_email').focus();
    await waitUntil(() => double.calls.some((call) => call.method === 'initiate'), 'initiated on focus');
    expect(double.calls.filter((call) => call.method === 'preFetch')).to.have.length(1);
    await fill(element, generalSample);
    steerDouble({ outcome: 'charged' });
    const success = nextEvent(element, 'juspay-payment-success');
    await element.submit();
    await success;
    expect(window.HyperServicesDouble!.calls.map((call) => call.method)).to.deep.equal(['process', 'terminate']);
  });
});
