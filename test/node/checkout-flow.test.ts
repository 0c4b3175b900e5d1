import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CheckoutFlow, type CheckoutServices, type CheckoutSettings } from '../../src/checkout/checkout-flow.js';
import { nextPhase, transitions } from '../../src/checkout/phase.js';
import type { Phase } from '../../src/checkout/phase-view.js';
import type { ValidationIssue } from '../../src/contract/issues.js';
import type { SessionResponse } from '../../src/contract/response.js';
import { CheckoutError } from '../../src/errors/checkout-error.js';
import { emit, type CheckoutEventDetails, type CheckoutEventName } from '../../src/events/events.js';
import { LauncherClosed, type ProcessResult } from '../../src/hypercheckout/launcher.js';
import type { VerifiedStatus } from '../../src/session-client/status-client.js';

/** Every phase change any test below made, as `from→to`; the last test checks the table is covered. */
const seen = new Set<string>();

const hourFromNow = () => new Date(Date.now() + 3_600_000).toISOString();

const sdkSession = (expiry = hourFromNow()): SessionResponse => ({
  kind: 'sdk',
  orderId: 'ord_1',
  id: 'ses_1',
  status: 'NEW',
  sdkPayload: { requestId: 'req_1', service: 'in.juspay.hyperpay', payload: { merchantId: 'shop', clientId: 'shop_web', clientAuthTokenExpiry: expiry } },
  paymentLinks: { web: 'https://pay.example.com/ord_1' },
});

const order = (status: string): SessionResponse => ({ kind: 'order', orderId: 'ord_1', status, paymentLinks: {} });

const valid = (body: Record<string, unknown> = { customer_email: 'a@example.com' }) => () => ({ data: body, issues: [] });

/** An Order Status API status for each outcome. */
const orderOutcomes = [
  ['CHARGED', 'success'],
  ['PENDING_VBV', 'pending'],
  ['VOIDED', 'cancelled'],
  ['AUTHORIZATION_FAILED', 'failed'],
] as const;

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** A checkout flow with a fake host, launcher, session client and status client, recording what the host saw. */
function setup(settings: Partial<CheckoutSettings> = {}, answers: (SessionResponse | Error)[] = [sdkSession()]) {
  const target = new EventTarget();
  const events: { name: CheckoutEventName; detail: unknown }[] = [];
  const announced: string[] = [];
  const navigated: string[] = [];
  const embedded: string[] = [];
  const requests: { idempotencyKey: string; body: unknown }[] = [];
  const launcherCalls: string[] = [];
  /** The timeout each request and the launcher were given, in ms. */
  const timeouts: (number | undefined)[] = [];
  let phase: Phase = 'idle';
  let finish: ((result: ProcessResult) => void) | undefined;
  let abandon: ((error: Error) => void) | undefined;
  let verify: (query: Record<string, string>) => Promise<VerifiedStatus | undefined> = async () => undefined;
  const faults: { initiate?: Error; process?: Error } = {};
  const current: CheckoutSettings = { endpoint: '/session', headers: {}, timeout: 1000, mode: 'sdk', sdkUrl: '/sdk.js', redirectFallback: false, ...settings };
  let onForm = new Set<string>();
  /** The payment page shows as process() is called, as at a prompt hide_loader; `holdOpened` waits for `showPage`. */
  let openAtOnce = true;
  let showPage: (() => void) | undefined;

  const services: Partial<CheckoutServices> = {
    launcher: {
      initiate: async (options) => {
        launcherCalls.push('initiate');
        timeouts.push(options.timeoutMs);
        if (faults.initiate) throw faults.initiate;
        return {} as never;
      },
      process: async (_options, _payload, onOpened) => {
        launcherCalls.push('process');
        if (faults.process) throw faults.process;
        if (openAtOnce) onOpened?.();
        else showPage = onOpened;
        return new Promise<ProcessResult>((resolve, reject) => ((finish = resolve), (abandon = reject)));
      },
      terminate: () => {
        launcherCalls.push('terminate');
        abandon?.(new LauncherClosed());
        finish = abandon = undefined;
      },
    },
    createSession: async (request) => {
      requests.push({ idempotencyKey: request.idempotencyKey, body: request.body });
      timeouts.push(request.timeoutMs);
      const answer = answers.shift() ?? sdkSession();
      if (answer instanceof Error) throw answer;
      return answer;
    },
    fetchVerifiedStatus: (_endpoint, query) => verify(query),
    loadHyperServices: async () => ({}) as never,
    redirectTo: (url) => navigated.push(`GET ${url}`),
    postTo: (url, params) => navigated.push(`POST ${url} ${JSON.stringify(params)}`),
  };
  for (const name of Object.keys(transitions)) target.addEventListener(name, () => undefined);
  const flow = new CheckoutFlow(
    current,
    {
      emit: <K extends CheckoutEventName>(name: K, detail: CheckoutEventDetails[K]) => {
        events.push({ name, detail });
        return emit(target, name, detail);
      },
      setPhase: (next) => {
        if (next !== phase) seen.add(`${phase}→${next}`);
        phase = next;
      },
      announce: (key = '', values) => announced.push(values ? `${key} ${JSON.stringify(values)}` : key),
      sdkContainer: () => 'sdk-div',
      embed: (url) => embedded.push(url),
      showIssues: async (issues: ValidationIssue[]) => issues.filter((issue) => onForm.has(issue.path)),
    },
    services,
  );
  return {
    flow,
    target,
    events,
    announced,
    navigated,
    embedded,
    requests,
    timeouts,
    launcherCalls,
    faults,
    settings: current,
    get phase() {
      return phase;
    },
    names: () => events.map((event) => event.name),
    last: () => events.at(-1)!,
    finish: (status: string, errorMessage?: string) => finish!({ status, error: false, ...(errorMessage ? { errorMessage } : {}) }),
    verifyWith: (answer: typeof verify) => (verify = answer),
    formHas: (...names: string[]) => (onForm = new Set(names)),
    holdOpened: () => (openAtOnce = false),
    showPage: () => showPage?.(),
  };
}

/** Submits and waits until HyperCheckout is processing the session. */
async function processing(t: ReturnType<typeof setup>, body?: Record<string, unknown>) {
  const done = t.flow.submit(valid(body));
  await flush();
  assert.equal(t.phase, 'processing');
  return { done };
}

describe('checkout flow', () => {
  describe('a payment through HyperCheckout', () => {
    for (const [status, outcome, event] of [
      ['charged', 'success', 'juspay-payment-success'],
      ['pending_vbv', 'pending', 'juspay-payment-pending'],
      ['backpressed', 'cancelled', 'juspay-payment-cancelled'],
    ] as const) {
      it(`${status}: submitting → processing → ${outcome}, with its event and announcement`, async () => {
        const t = setup();
        const { done } = await processing(t);
        assert.deepEqual(t.launcherCalls, ['initiate', 'process']);
        t.finish(status);
        await done;
        assert.equal(t.phase, outcome);
        assert.deepEqual(t.names(), ['juspay-session-created', 'juspay-checkout-opened', event]);
        // One vocabulary: the order's, upper case; HyperCheckout's own word beside it.
        const detail = { orderId: 'ord_1', status: status.toUpperCase(), sdkStatus: status };
        assert.deepEqual(t.last().detail, outcome === 'success' ? { ...detail, verified: false } : detail);
        assert.deepEqual(t.announced, ['form.submitting', 'form.processing', `outcome.${outcome}`]);
      });
    }

    it('a status-endpoint’s verified status wins over the SDK’s', async () => {
      const t = setup({ statusEndpoint: '/status' });
      t.verifyWith(async (query) => ({ orderId: query.order_id!, status: 'CHARGED', verified: true }));
      const { done } = await processing(t);
      t.finish('pending_vbv');
      await done;
      assert.deepEqual(t.last(), { name: 'juspay-payment-success', detail: { orderId: 'ord_1', status: 'CHARGED', sdkStatus: 'pending_vbv', verified: true } });
    });

    for (const reason of ['amount_mismatch', 'currency_mismatch'] as const) {
      it(`a charged order the status-endpoint finds with a ${reason} never fires success: pending, with its verification reason`, async () => {
        const t = setup({ statusEndpoint: '/status' });
        t.verifyWith(async () => ({ orderId: 'ord_1', status: 'CHARGED', amount: 1, verified: false, reason }));
        const { done } = await processing(t);
        t.finish('charged');
        await done;
        assert.equal(t.phase, 'pending');
        assert.deepEqual(t.names().at(-1), 'juspay-payment-pending');
        assert.deepEqual(t.last().detail, { orderId: 'ord_1', status: 'CHARGED', sdkStatus: 'charged', verification: reason });
        assert.equal(t.announced.at(-1), 'outcome.unverified');
        assert.deepEqual(t.flow.outcome, { orderId: 'ord_1', amount: 1, verification: reason });
      });
    }

    it('a NEW order at the status-endpoint says nothing more than the SDK: cancelled, session kept', async () => {
      const t = setup({ statusEndpoint: '/status' });
      t.verifyWith(async () => ({ orderId: 'ord_1', status: 'NEW', verified: true }));
      const { done } = await processing(t);
      t.finish('backpressed');
      await done;
      assert.equal(t.phase, 'cancelled');
      // cancelled → submitting: Pay again reopens the kept session, with no second POST.
      const again = t.flow.submit(valid());
      await flush();
      assert.equal(t.requests.length, 1);
      assert.equal(t.phase, 'processing');
      t.finish('charged');
      await again;
      assert.equal(t.phase, 'success');
    });
    it('Back after a failed attempt is a cancellation: the order still shows that failure, the SDK says the customer left', async () => {
      for (const left of ['backpressed', 'user_aborted']) {
        const t = setup({ statusEndpoint: '/status' });
        t.verifyWith(async () => ({ orderId: 'ord_1', status: 'AUTHORIZATION_FAILED', verified: false }));
        const { done } = await processing(t);
        t.finish(left);
        await done;
        assert.equal(t.phase, 'cancelled', left);
        assert.deepEqual(t.last().detail, { orderId: 'ord_1', status: left.toUpperCase(), sdkStatus: left });
      }
    });

    it('a failure in HyperCheckout stays a failure when the order shows it too', async () => {
      const t = setup({ statusEndpoint: '/status' });
      t.verifyWith(async () => ({ orderId: 'ord_1', status: 'AUTHORIZATION_FAILED', verified: false }));
      const { done } = await processing(t);
      t.finish('authorization_failed');
      await done;
      assert.equal(t.phase, 'failed');
      assert.equal(t.names().at(-1), 'juspay-payment-failed');
    });
  });

  describe('the session', () => {
    it('answered with an order status settles it: submitting → success | pending | cancelled | failed', async () => {
      for (const [status, phase] of orderOutcomes) {
        const t = setup({}, [order(status)]);
        await t.flow.submit(valid());
        assert.equal(t.phase, phase, status);
        assert.deepEqual(t.launcherCalls, [], 'no HyperCheckout for a settled order');
      }
    });

    it('taken over by the merchant (preventDefault): submitting → idle, and the next Pay asks again with the same key', async () => {
      const t = setup();
      t.target.addEventListener('juspay-session-created', (event) => event.preventDefault(), { once: true });
      await t.flow.submit(valid());
      assert.equal(t.phase, 'idle');
      assert.deepEqual(t.launcherCalls, []);
      assert.equal(t.announced.at(-1), '');
      const again = t.flow.submit(valid());
      await flush();
      assert.equal(t.requests.length, 2);
      assert.equal(t.requests[1]!.idempotencyKey, t.requests[0]!.idempotencyKey);
      t.finish('charged');
      await again;
    });

    it('fails at stage session, keeps its key for the retry, and a changed body gets a new one', async () => {
      const timeout = new CheckoutError({ stage: 'session', code: 'timeout', message: 'slow', retryable: true });
      const t = setup({}, [timeout, timeout]);
      await t.flow.submit(valid());
      assert.equal(t.phase, 'failed');
      assert.deepEqual(t.last(), { name: 'juspay-payment-failed', detail: { stage: 'session', code: 'timeout', message: 'slow', retryable: true } });
      // The customer hears the code's words; the message is the merchant's, in the event.
      assert.equal(t.announced.at(-1), 'failure.timeout');
      assert.equal(t.flow.retryable, true);
      // failed → submitting: the same attempt, the same key.
      await t.flow.submit(valid());
      assert.equal(t.requests[1]!.idempotencyKey, t.requests[0]!.idempotencyKey);
      const done = t.flow.submit(valid({ customer_email: 'b@example.com' }));
      await flush();
      assert.notEqual(t.requests[2]!.idempotencyKey, t.requests[1]!.idempotencyKey);
      t.finish('charged');
      await done;
    });

    it('without an endpoint or fetchSession is a configuration error: idle → failed, nothing sent', async () => {
      const t = setup({ endpoint: '' });
      await t.flow.submit(valid());
      assert.equal(t.phase, 'failed');
      assert.equal(t.requests.length, 0);
      assert.deepEqual(t.last().detail, {
        stage: 'session',
        code: 'configuration_error',
        message: 'Set the endpoint attribute or the fetchSession property.',
        retryable: false,
      });
      // Paying again cannot help: the element keeps its Pay label.
      assert.equal(t.flow.retryable, false);
    });

    it('a timeout that is no number of ms (timeout="abc", "") falls back to 20 s, and says so, instead of timing out at once', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        for (const timeout of [Number.NaN, 0, -5, 2 ** 31]) {
          const t = setup({ timeout });
          const { done } = await processing(t);
          t.finish('charged');
          await done;
          assert.equal(t.phase, 'success', String(timeout));
          assert.deepEqual(t.timeouts, [20_000, 20_000], String(timeout));
        }
      } finally {
        console.warn = warn;
      }
      assert.match(warnings[0]!, /timeout="NaN" is not a number of milliseconds; using 20000/);
      const valid = setup({ timeout: 1500 });
      const { done } = await processing(valid);
      valid.finish('charged');
      await done;
      assert.deepEqual(valid.timeouts, [1500, 1500]);
    });

    it('an authentication step navigates: GET to its url, POST as a form with its params', async () => {
      const get = setup({}, [{ kind: 'authentication', status: 'PENDING_VBV', method: 'GET', url: 'https://bank.example/3ds' }]);
      await get.flow.submit(valid());
      const post = setup({}, [{ kind: 'authentication', status: 'PENDING_VBV', method: 'POST', url: 'https://bank.example/acs', params: { PaReq: 'x' } }]);
      await post.flow.submit(valid());
      assert.deepEqual([...get.navigated, ...post.navigated], ['GET https://bank.example/3ds', 'POST https://bank.example/acs {"PaReq":"x"}']);
      assert.deepEqual(get.last(), { name: 'juspay-checkout-opened', detail: { mode: 'authentication' } });
    });
  });

  describe('opening checkout', () => {
    it('mode redirect navigates to payment_links.web', async () => {
      const t = setup({ mode: 'redirect' });
      await t.flow.submit(valid());
      assert.deepEqual(t.navigated, ['GET https://pay.example.com/ord_1']);
      assert.deepEqual(t.last(), { name: 'juspay-checkout-opened', detail: { mode: 'redirect' } });
    });

    it('mode iframe embeds the page, and its return settles the payment', async () => {
      const t = setup({ mode: 'iframe' });
      await t.flow.submit(valid());
      assert.equal(t.phase, 'processing');
      assert.deepEqual(t.embedded, ['https://pay.example.com/ord_1']);
      assert.deepEqual(t.navigated, []);
      await t.flow.returnedFromPaymentPage({ order_id: 'ord_1', status: 'CHARGED' });
      assert.equal(t.phase, 'success');
      assert.equal(t.embedded.at(-1), '');
    });

    it('mode iframe frames payment_links.iframe, the link made to be framed, before web', async () => {
      const links = { web: 'https://pay.example.com/ord_1', iframe: 'https://pay.example.com/ipay/ord_1' };
      const t = setup({ mode: 'iframe' }, [{ ...sdkSession(), paymentLinks: links } as SessionResponse]);
      await t.flow.submit(valid());
      assert.deepEqual(t.embedded, ['https://pay.example.com/ipay/ord_1']);
      assert.deepEqual(t.last(), { name: 'juspay-checkout-opened', detail: { mode: 'iframe' } });
    });

    it('HyperCheckout is reported opened only when the launcher says its page is there', async () => {
      const t = setup();
      t.holdOpened();
      const { done } = await processing(t);
      assert.deepEqual(t.names(), ['juspay-session-created']);
      t.showPage();
      assert.deepEqual(t.names(), ['juspay-session-created', 'juspay-checkout-opened']);
      t.finish('charged');
      await done;
      assert.deepEqual(t.names(), ['juspay-session-created', 'juspay-checkout-opened', 'juspay-payment-success']);
    });

    it('a session with no link to redirect to fails at stage session', async () => {
      const t = setup({ mode: 'redirect' }, [{ ...sdkSession(), paymentLinks: {} } as SessionResponse]);
      await t.flow.submit(valid());
      assert.deepEqual(t.last().detail, {
        stage: 'session',
        code: 'invalid_response',
        message: 'The session has no payment_links.web to redirect to.',
        retryable: false,
        orderId: 'ord_1',
      });
    });

    it('a session without the ids HyperCheckout needs is a configuration error at stage sdk', async () => {
      const session = sdkSession() as Extract<SessionResponse, { kind: 'sdk' }>;
      const t = setup({}, [{ ...session, sdkPayload: { ...session.sdkPayload, payload: {} } }]);
      await t.flow.submit(valid());
      assert.deepEqual(t.last().detail, {
        stage: 'sdk',
        code: 'configuration_error',
        message: 'The session has no merchantId/clientId to start HyperCheckout with.',
        retryable: false,
        orderId: 'ord_1',
      });
    });

    it('an SDK that cannot start fails at stage sdk and keeps the session for a retry', async () => {
      const t = setup();
      t.faults.initiate = new CheckoutError({ stage: 'sdk', code: 'sdk_load_failed', message: 'blocked', retryable: true });
      await t.flow.submit(valid());
      assert.equal(t.phase, 'failed');
      assert.deepEqual(t.last().detail, { stage: 'sdk', code: 'sdk_load_failed', message: 'blocked', retryable: true, orderId: 'ord_1' });
      delete t.faults.initiate;
      const retry = t.flow.submit(valid());
      await flush();
      assert.equal(t.requests.length, 1, 'retried on the same session');
      t.finish('charged');
      await retry;
      assert.equal(t.phase, 'success');
    });

    it('with redirect-fallback, an SDK that cannot start redirects to payment_links.web instead', async () => {
      const t = setup({ redirectFallback: true });
      t.faults.initiate = new CheckoutError({ stage: 'sdk', code: 'sdk_load_failed', message: 'blocked', retryable: true });
      await t.flow.submit(valid());
      assert.deepEqual(t.navigated, ['GET https://pay.example.com/ord_1']);
      assert.notEqual(t.phase, 'failed');
    });
  });

  describe('failures', () => {
    it('payment: process_result api_failure is payment_failed with its status and the SDK’s message', async () => {
      const t = setup();
      const { done } = await processing(t);
      t.finish('api_failure', 'Card declined');
      await done;
      assert.equal(t.phase, 'failed');
      assert.deepEqual(t.last().detail, {
        stage: 'payment',
        code: 'payment_failed',
        message: 'Card declined',
        retryable: true,
        orderId: 'ord_1',
        status: 'API_FAILURE',
        sdkStatus: 'api_failure',
      });
    });

    it('internal: anything unexpected is internal_error at the step it happened in, not an SDK failure', async () => {
      const t = setup();
      t.faults.process = new TypeError('payload.foo is undefined');
      await t.flow.submit(valid());
      assert.deepEqual(t.last().detail, { stage: 'sdk', code: 'internal_error', message: 'payload.foo is undefined', retryable: true, orderId: 'ord_1' });
      assert.equal(t.announced.at(-1), 'failure.internal_error');
      const broken = setup({}, [new RangeError('bad answer')]);
      await broken.flow.submit(valid());
      assert.deepEqual(broken.last().detail, { stage: 'session', code: 'internal_error', message: 'bad answer', retryable: true });
    });

    it('validation: issues on the form are invalid_input, announced with their count; the phase stays', async () => {
      const t = setup();
      t.formHas('customer_email', 'customer_phone');
      const issues = [
        { path: 'customer_email', code: 'format' as const, message: 'This value is not in the expected format.' },
        { path: 'customer_phone', code: 'required' as const, message: 'This field is required.' },
      ];
      await t.flow.submit(() => ({ issues }));
      assert.equal(t.phase, 'idle');
      assert.equal(t.requests.length, 0);
      assert.deepEqual(t.announced, ['form.fix_errors {"count":2}']);
      assert.deepEqual(t.last().detail, {
        stage: 'validation',
        code: 'invalid_input',
        message: 'Some fields are invalid.',
        retryable: true,
        issues: issues.map(({ path, message }) => ({ path, message })),
      });
    });

    it('validation: issues on nothing the customer can fix are the merchant’s configuration_error', async () => {
      const t = setup();
      await t.flow.submit(() => ({ issues: [{ path: 'amount', code: 'required', message: 'This field is required.' }] }));
      assert.deepEqual(t.announced, ['failure.configuration_error']);
      assert.deepEqual(t.last().detail, {
        stage: 'validation',
        code: 'configuration_error',
        message: 'Invalid or missing parameters not in the form: amount.',
        retryable: false,
        issues: [{ path: 'amount', message: 'This field is required.' }],
      });
    });

    it('after a cancel, an expired session and no endpoint: cancelled → failed', async () => {
      const t = setup({}, [sdkSession(new Date(Date.now() + 30_000).toISOString())]);
      const { done } = await processing(t);
      t.finish('backpressed');
      await done;
      t.settings.endpoint = '';
      await t.flow.submit(valid());
      assert.equal(t.phase, 'failed');
      assert.equal((t.last().detail as { code: string }).code, 'configuration_error');
    });
    it('a new session that fails after a cancel names no order: the kept one is not the order that failed', async () => {
      const unreachable = new CheckoutError({ stage: 'session', code: 'http_error', message: 'The checkout server answered with status 502.', retryable: true });
      const t = setup({}, [sdkSession(new Date(Date.now() + 30_000).toISOString()), unreachable]);
      const { done } = await processing(t);
      t.finish('backpressed');
      await done;
      await t.flow.submit(valid());
      assert.equal(t.requests.length, 2, 'the kept session expires within the token margin: a new one is asked for');
      assert.deepEqual(t.last(), { name: 'juspay-payment-failed', detail: { stage: 'session', code: 'http_error', message: unreachable.message, retryable: true } });
    });
  });

  describe('close, reset and returns', () => {
    it('close() while the session is requested: submitting → idle, no event, and the late answer is dropped', async () => {
      const t = setup({}, [new CheckoutError({ stage: 'session', code: 'network_error', message: 'cancelled', retryable: true })]);
      const done = t.flow.submit(valid());
      t.flow.close();
      await done;
      assert.equal(t.phase, 'idle');
      assert.deepEqual(t.names(), []);
    });

    it('close() while HyperCheckout is open: processing → idle, terminated, no event', async () => {
      const t = setup();
      const { done } = await processing(t);
      t.flow.close();
      await done;
      assert.equal(t.phase, 'idle');
      assert.deepEqual(t.names(), ['juspay-session-created', 'juspay-checkout-opened']);
    });

    for (const [status, phase] of orderOutcomes) {
      it(`close() while the status check runs still reports the finished payment: idle → ${phase}`, async () => {
        const t = setup({ statusEndpoint: '/status' });
        let answer!: (status: VerifiedStatus) => void;
        t.verifyWith(() => new Promise((resolve) => (answer = resolve)));
        const { done } = await processing(t);
        t.finish('charged');
        await flush();
        t.flow.close();
        assert.equal(t.phase, 'idle');
        answer({ orderId: 'ord_1', status, verified: true });
        await done;
        assert.equal(t.phase, phase);
      });
    }

    for (const [status, phase] of orderOutcomes) {
      it(`a return from Juspay with a status-endpoint: idle → verifying → ${phase}`, async () => {
        const t = setup({ statusEndpoint: '/status' });
        const phases: Phase[] = [];
        t.verifyWith(async (query) => {
          phases.push(t.phase);
          return { orderId: query.order_id!, status, verified: true };
        });
        await t.flow.reportReturn('?order_id=ord_1&status=CHARGED&signature=abc');
        assert.deepEqual(phases, ['verifying']);
        assert.equal(t.phase, phase);
      });
    }

    for (const [status, id] of [['NEW', 10], ['STARTED', 20]] as const) {
      for (const via of ['redirect', 'iframe'] as const) {
        it(`a ${via} return with ${status} (${id}), no transaction started, is a cancellation`, async () => {
          const t = setup({ statusEndpoint: '/status', mode: via === 'iframe' ? 'iframe' : 'sdk' });
          t.verifyWith(async (query) => ({ orderId: query.order_id!, status, verified: false, reason: 'unconfirmed' }));
          const query = { order_id: 'ord_1', status, status_id: String(id), signature: 'abc' };
          if (via === 'redirect') await t.flow.reportReturn(`?${new URLSearchParams(query)}`);
          else await t.flow.returnedFromPaymentPage(query);
          assert.equal(t.phase, 'cancelled');
          assert.deepEqual(t.last(), { name: 'juspay-payment-cancelled', detail: { orderId: 'ord_1', status } });
        });
      }
    }

    it('a return whose status check is refused never reports the URL’s status: a forged CHARGED is pending, unconfirmed', async () => {
      const t = setup({ statusEndpoint: '/status' });
      t.verifyWith(async () => undefined);
      await t.flow.reportReturn('?order_id=ord_1&status=CHARGED&status_id=21&signature=forged');
      assert.equal(t.phase, 'pending');
      assert.deepEqual(t.names(), ['juspay-payment-pending']);
      assert.deepEqual(t.last().detail, { orderId: 'ord_1', status: 'CHARGED', verification: 'unconfirmed' });
    });

    it('a return is ignored without a status-endpoint, or for another order', async () => {
      const without = setup();
      await without.flow.reportReturn('?order_id=ord_1&status=CHARGED');
      const other = setup({ statusEndpoint: '/status', orderId: 'ord_2' });
      await other.flow.reportReturn('?order_id=ord_1&status=CHARGED');
      assert.deepEqual([without.phase, other.phase, ...without.names(), ...other.names()], ['idle', 'idle']);
    });

    it('close() while verifying: verifying → idle', async () => {
      const t = setup({ statusEndpoint: '/status' });
      t.verifyWith(() => new Promise(() => undefined));
      void t.flow.reportReturn('?order_id=ord_1&status=CHARGED');
      await flush();
      t.flow.close();
      assert.equal(t.phase, 'idle');
    });

    for (const [status, phase] of [
      ['charged', 'success'],
      ['pending_vbv', 'pending'],
      ['backpressed', 'cancelled'],
      ['api_failure', 'failed'],
    ] as const) {
      it(`reset() after ${phase}: → idle, and the next Pay is a new attempt with a new key`, async () => {
        const t = setup();
        const { done } = await processing(t);
        t.finish(status);
        await done;
        t.flow.reset();
        assert.equal(t.phase, 'idle');
        const next = t.flow.submit(valid());
        await flush();
        assert.equal(t.requests.length, 2, 'a new session');
        assert.notEqual(t.requests[1]!.idempotencyKey, t.requests[0]!.idempotencyKey);
        t.finish('charged');
        await next;
      });
    }

    it('submit() does nothing while a payment runs, or after success or pending', async () => {
      const t = setup();
      const { done } = await processing(t);
      await t.flow.submit(valid());
      t.finish('pending_vbv');
      await done;
      await t.flow.submit(valid());
      assert.equal(t.requests.length, 1);
      assert.equal(t.phase, 'pending');
    });

    it('warmUp() initiates early with the merchant’s ids, and not while a payment starts', async () => {
      const t = setup({ merchantId: 'shop', clientId: 'shop_web' });
      t.flow.warmUp();
      assert.deepEqual(t.launcherCalls, ['initiate']);
      const done = t.flow.submit(valid());
      t.flow.warmUp();
      await flush();
      assert.deepEqual(t.launcherCalls, ['initiate', 'initiate', 'process']);
      t.finish('charged');
      await done;
    });
  });

  it('any move outside the phase table throws, naming it', () => {
    const phases = Object.keys(transitions) as Phase[];
    for (const from of phases) {
      for (const to of phases) {
        if (from === to || transitions[from].includes(to)) assert.equal(nextPhase(from, to), to);
        else assert.throws(() => nextPhase(from, to), { message: `Illegal checkout phase change: ${from} → ${to}.` });
      }
    }
  });

  it('the tests above made every move in the phase table, and no other', () => {
    const table = Object.entries(transitions).flatMap(([from, tos]) => tos.map((to) => `${from}→${to}`));
    assert.deepEqual([...seen].sort(), table.sort());
  });
});
