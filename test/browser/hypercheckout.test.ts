/**
 * HyperCheckout as Juspay documents it (docs/hypercheckout-facts.md), through the HyperServices
 * double: real error flags and codes, loader and log events, a lagging isInitialised(), Back.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { HyperCheckoutLauncher, type LauncherOptions } from '../../src/hypercheckout/launcher.js';
import { loadHyperServices } from '../../src/hypercheckout/script-loader.js';
import type { SdkPayload } from '../../src/contract/response.js';
import type { HyperEvent, HyperServicesInstance } from '../../src/hypercheckout/hyper-services.js';
import { SDK_URL, clearRequests, fill, generalSample, mountCheckout, nextEvent, recordEvents, steerDouble, type DoubleControls } from './helpers.js';

/** Every callback the double sends, as the launcher receives it (strings parsed). */
async function recordCallbacks(): Promise<HyperEvent[]> {
  const HyperServices = await loadHyperServices(SDK_URL);
  const received: HyperEvent[] = [];
  const prototype = HyperServices.prototype as HyperServicesInstance;
  const initiate = prototype.initiate;
  prototype.initiate = function (payload, callback) {
    initiate.call(this, payload, (data: unknown) => {
      if (typeof data === 'string' && data.startsWith('{')) received.push(JSON.parse(data) as HyperEvent);
      else if (typeof data === 'object') received.push(data as HyperEvent);
      callback(data);
    });
  };
  after = () => (prototype.initiate = initiate);
  return received;
}
let after = () => {};

/** Waits until no HyperCheckout history entry is on top: an earlier payment's `history.back()` runs late. */
const historySettled = () =>
  waitUntil(() => !(history.state as { juspayCheckout?: string } | null)?.juspayCheckout, 'no HyperCheckout entry on top of the history');

/** Pays through the element with the double steered; returns the outcome event and what the SDK sent. */
async function pay(controls: Partial<DoubleControls>) {
  steerDouble(controls);
  const callbacks = await recordCallbacks();
  const element = await mountCheckout();
  await fill(element, generalSample);
  const events = recordEvents(element);
  const names = ['juspay-payment-success', 'juspay-payment-pending', 'juspay-payment-cancelled', 'juspay-payment-failed'] as const;
  const outcome = Promise.race(names.map((name) => nextEvent(element, name).then((event) => ({ name, detail: event.detail as unknown as Record<string, unknown> }))));
  await element.submit();
  return { outcome: await outcome, events, callbacks };
}

const statuses: [status: string, error: boolean, errorCode: string, event: string][] = [
  ['charged', false, '', 'juspay-payment-success'],
  ['cod_initiated', false, '', 'juspay-payment-success'],
  ['pending_vbv', true, 'JP_006', 'juspay-payment-pending'],
  ['authorizing', true, 'JP_006', 'juspay-payment-pending'],
  // No transaction started: a cancellation, as NEW is on a return.
  ['new', true, 'JP_000', 'juspay-payment-cancelled'],
  ['backpressed', true, 'JP_002', 'juspay-payment-cancelled'],
  ['user_aborted', true, 'JP_002', 'juspay-payment-cancelled'],
  ['authentication_failed', true, 'JP_000', 'juspay-payment-failed'],
  ['authorization_failed', true, 'JP_000', 'juspay-payment-failed'],
  ['api_failure', true, 'JP_001', 'juspay-payment-failed'],
];

describe('HyperCheckout process_result, as the SDK sends it', () => {
  beforeEach(() => clearRequests());
  afterEach(() => after());

  for (const [status, error, errorCode, eventName] of statuses) {
    it(`"${status}" with error: ${error} and code "${errorCode}" is ${eventName}`, async () => {
      const { outcome, events, callbacks } = await pay({ outcome: status });
      const result = callbacks.find((callback) => callback.event === 'process_result')!;
      expect(result).to.include({ error, errorCode, service: 'in.juspay.hyperpay' });
      expect(result.requestId).to.be.a('string').and.not.equal('');
      if (!error) expect(result.errorMessage).to.equal('');
      expect(result.payload!.status).to.equal(status);
      expect(outcome.name).to.equal(eventName);
      // One vocabulary, upper case; HyperCheckout's own word as sdkStatus.
      expect(outcome.detail.status).to.equal(status.toUpperCase());
      expect(outcome.detail.sdkStatus).to.equal(status);
      expect(events.filter((event) => /success|pending|cancelled|failed/.test(event.name))).to.have.length(1);
    });
  }

  for (const [status, , , eventName] of statuses.filter(([status]) => ['charged', 'pending_vbv', 'backpressed', 'authorization_failed'].includes(status))) {
    it(`today's simpler model: "${status}" is still ${eventName}`, async () => {
      const { outcome, callbacks } = await pay({ outcome: status, simple: true });
      expect(callbacks.map((callback) => callback.event)).to.deep.equal(['initiate_result', 'process_result']);
      expect(outcome.name).to.equal(eventName);
    });
  }

  const codes: [string, string][] = [
    ['JP_006', 'juspay-payment-pending'],
    ['JP_002', 'juspay-payment-cancelled'],
    ['JP_005', 'juspay-payment-failed'],
    ['JP_000', 'juspay-payment-failed'],
  ];
  for (const [errorCode, eventName] of codes) {
    it(`without payload.status, code ${errorCode} is ${eventName}`, async () => {
      const { outcome, callbacks } = await pay({ outcome: { errorCode, errorMessage: 'simulated' } });
      expect(callbacks.find((callback) => callback.event === 'process_result')!.payload).to.deep.equal({});
      expect(outcome.name).to.equal(eventName);
    });
  }

  it('juspay-checkout-opened fires at hide_loader, when the payment page is there, never before', async () => {
    steerDouble();
    const callbacks = await recordCallbacks();
    const element = await mountCheckout();
    await fill(element, generalSample);
    let atOpened: { events: string[]; page: boolean } | undefined;
    element.addEventListener('juspay-checkout-opened', () => {
      atOpened = { events: callbacks.map((callback) => callback.event), page: Boolean(element.querySelector('button[data-status="charged"]')) };
    });
    const success = nextEvent(element, 'juspay-payment-success');
    void element.submit();
    await waitUntil(() => atOpened, 'opened');
    expect(atOpened!.events.at(-1)).to.equal('hide_loader');
    expect(atOpened!.page, 'the payment page is rendered').to.equal(true);
    element.querySelector<HTMLButtonElement>('button[data-status="charged"]')!.click();
    await success;
  });

  it('juspay-checkout-opened fires after the fallback when the SDK sends no hide_loader', async () => {
    steerDouble({ hideLoader: false });
    const element = await mountCheckout();
    await fill(element, generalSample);
    const events = recordEvents(element);
    const payButton = () => element.querySelector<HTMLButtonElement>('button[data-status="charged"]');
    void element.submit();
    await waitUntil(payButton, 'payment page shown');
    expect(events.map((event) => event.name)).to.deep.equal(['juspay-session-created']);
    await waitUntil(() => events.some((event) => event.name === 'juspay-checkout-opened'), 'opened after the fallback', { timeout: 4000 });
    expect(events.at(-1)!.detail).to.deep.equal({ mode: 'sdk' });
    const success = nextEvent(element, 'juspay-payment-success');
    payButton()!.click();
    await success;
  });

  it('pays without an error when isInitialised() lags initiate_result by 150 ms', async () => {
    const { outcome, events } = await pay({ outcome: 'charged', readinessLagMs: 150 });
    expect(outcome.name).to.equal('juspay-payment-success');
    expect(events.map((event) => event.name)).not.to.include('juspay-payment-failed');
  });

  it('fails with sdk_initiate_failed when isInitialised() never turns true', async () => {
    const { outcome, callbacks } = await pay({ outcome: 'charged', readinessLagMs: 60_000 });
    expect(outcome.name).to.equal('juspay-payment-failed');
    expect(outcome.detail).to.include({ stage: 'sdk', code: 'sdk_initiate_failed' });
    expect(callbacks.map((callback) => callback.event)).not.to.include('process_result');
  });

  it('loader, log, user and unknown events, and a callback that is not JSON, cause no error and no console error', async () => {
    const logged: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    const pageErrors: ErrorEvent[] = [];
    const onError = (event: ErrorEvent) => pageErrors.push(event);
    window.addEventListener('error', onError);
    try {
      const { outcome, events, callbacks } = await pay({ outcome: 'charged', noise: true });
      expect(callbacks.map((callback) => callback.event)).to.include.members(['show_loader', 'hide_loader', 'log_stream', 'user_event', 'sdk_heartbeat']);
      expect(outcome.name).to.equal('juspay-payment-success');
      expect(events.map((event) => event.name)).not.to.include('juspay-payment-failed');
    } finally {
      console.error = consoleError;
      window.removeEventListener('error', onError);
    }
    expect(logged).to.deep.equal([]);
    expect(pageErrors).to.deep.equal([]);
  });
});

describe('HyperCheckoutLauncher', () => {
  let launcher: HyperCheckoutLauncher;
  let div: HTMLDivElement;
  const options = (): LauncherOptions => ({
    sdkUrl: SDK_URL,
    merchantId: 'test_merchant',
    clientId: 'test_client',
    environment: 'sandbox',
    hyperSDKDiv: div.id,
    timeoutMs: 5000,
  });
  const sdkPayload: SdkPayload = { requestId: 'req_launcher', service: 'in.juspay.hyperpay', payload: { orderId: 'ord_launcher', amount: '1.00' } };

  beforeEach(() => {
    div = document.createElement('div');
    div.id = `launcher-${Math.random().toString(36).slice(2)}`;
    document.body.append(div);
    launcher = new HyperCheckoutLauncher();
  });
  afterEach(() => {
    launcher.terminate();
    div.remove();
    after();
  });

  it('reports "opened" only at hide_loader, when the payment page is there', async () => {
    steerDouble();
    const callbacks = await recordCallbacks();
    let seenAtOpened: string[] | undefined;
    let pageAtOpened = false;
    const result = launcher.process(options(), sdkPayload, () => {
      seenAtOpened = callbacks.map((callback) => callback.event);
      pageAtOpened = Boolean(div.querySelector('button[data-status="charged"]'));
    });
    await waitUntil(() => seenAtOpened, 'opened');
    expect(seenAtOpened).to.include('show_loader');
    expect(seenAtOpened!.at(-1)).to.equal('hide_loader');
    expect(pageAtOpened).to.equal(true);
    div.querySelector<HTMLButtonElement>('button[data-status="charged"]')!.click();
    expect(await result).to.include({ status: 'charged', error: false });
  });

  it('reports "opened" after its fallback when the SDK sends no hide_loader', async () => {
    steerDouble({ hideLoader: false });
    const callbacks = await recordCallbacks();
    let opened = false;
    const result = launcher.process(options(), sdkPayload, () => (opened = true));
    await waitUntil(() => div.querySelector('button[data-status="charged"]'), 'payment page shown');
    expect(opened, 'not before the fallback').to.equal(false);
    await waitUntil(() => opened, 'opened after the fallback', { timeout: 4000 });
    expect(callbacks.map((callback) => callback.event)).not.to.include('hide_loader');
    div.querySelector<HTMLButtonElement>('button[data-status="charged"]')!.click();
    expect((await result).status).to.equal('charged');
  });

  it("the browser's Back while the page is open goes to handleBackpress(): a cancellation, and the history is as before", async () => {
    const double = steerDouble();
    await historySettled();
    history.replaceState({ router: 'page-1' }, '');
    const result = launcher.process(options(), sdkPayload);
    await waitUntil(() => div.querySelector('button[data-status="charged"]'), 'payment page shown');
    const stateWhileOpen: unknown = history.state;
    history.back();
    expect((await result).status).to.equal('backpressed');
    expect(double.calls.map((call) => call.method)).to.include('handleBackpress');
    expect(stateWhileOpen, "a router finds its own state on HyperCheckout's entry").to.include({ router: 'page-1' });
    expect(history.state, 'back on its own entry before the outcome').to.deep.equal({ router: 'page-1' });
  });

  it('a payment that ends by itself leaves no history entry on top, before its outcome: a page may navigate on it', async () => {
    steerDouble({ outcome: 'charged' });
    await historySettled();
    history.replaceState({ router: 'page-2' }, '');
    expect((await launcher.process(options(), sdkPayload)).status).to.equal('charged');
    expect(history.state).to.deep.equal({ router: 'page-2' });
    expect(window.HyperServicesDouble!.calls.map((call) => call.method)).not.to.include('handleBackpress');
  });

  it('tags the HyperServices.js script with the service and clientId, as Juspay\'s loader does', async () => {
    const loaded = window.HyperServices;
    delete window.HyperServices;
    try {
      await loadHyperServices(`${SDK_URL}?tagged`, 5000, 'test_client');
    } finally {
      window.HyperServices = loaded;
    }
    const script = document.querySelector(`script[src="${SDK_URL}?tagged"]`)!;
    expect(script.getAttribute('service')).to.equal('in.juspay.hyperpay');
    expect(script.getAttribute('clientId')).to.equal('test_client');
  });
});

describe('the HyperServices double completes the order at the Juspay double', () => {
  beforeEach(() => clearRequests());

  const cases: [string, string, Record<string, unknown>][] = [
    ['charged', 'juspay-payment-success', { status: 'CHARGED', verified: true }],
    ['pending_vbv', 'juspay-payment-pending', { status: 'PENDING_VBV' }],
    ['authorization_failed', 'juspay-payment-failed', { status: 'AUTHORIZATION_FAILED' }],
  ];
  for (const [choice, eventName, detail] of cases) {
    it(`without any wiring, "${choice}" on the simulated page is what the server's Order Status check sees`, async () => {
      steerDouble();
      const element = await mountCheckout();
      element.statusEndpoint = '/api/status/juspay';
      await fill(element, generalSample);
      const outcome = nextEvent(element, eventName as 'juspay-payment-success');
      void element.submit();
      const button = () => element.querySelector<HTMLButtonElement>(`button[data-status="${choice}"]`);
      await waitUntil(button, 'payment page shown');
      button()!.click();
      expect((await outcome).detail).to.include(detail);
    });
  }
});
