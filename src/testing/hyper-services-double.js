/**
 * A stand-in for Juspay's HyperServices.js with the same interface: `new HyperServices()`,
 * `initiate(payload, callback)`, `process(sdkPayload)`, `terminate()`, `isInitialised()`,
 * `handleBackpress()` and the static `preFetch()`. It renders a simulated payment page into the
 * `hyperSDKDiv`, with Pay, Pending, Fail and Back, and reports the choice as a `process_result`.
 *
 * It behaves as Juspay documents the real SDK (see docs/hypercheckout-facts.md):
 * - every callback is a JSON string carrying `event`, `requestId`, `service`, `error`, `errorCode`
 *   and `errorMessage` (empty strings when there is no error) and `payload`;
 * - `process_result` has `error: false` only for `charged` and `cod_initiated`, and numbered codes
 *   (`JP_002` for a customer who went back, `JP_006` for a status still awaited, …);
 * - `show_loader` and `hide_loader` frame the payment page becoming visible; `log_stream` (and,
 *   with `logLevel: '1'` in the initiate payload, `user_event`) arrive in between.
 *
 * Tests steer it through `window.HyperServicesDouble`:
 * - `outcome`: a status (e.g. `'charged'`) to answer `process` with at once, without the page; or
 *   `{errorCode, errorMessage?}` for a `process_result` without `payload.status`;
 * - `initiateError`: answer `initiate` with an error;
 * - `initiateSilent`: never answer `initiate`, as an SDK whose frames are blocked;
 * - `readinessLagMs`: `isInitialised()` stays false this long after `initiate_result`;
 * - `hideLoader: false`: never send `show_loader`/`hide_loader`, as an SDK that leaves them out;
 * - `noise`: also send `user_event`, an event name nobody knows and a callback that is not JSON;
 * - `simple`: today's simpler model instead: no loader, log or user events, no `requestId`/`service`,
 *   `error` only for failures and cancellations, unnumbered codes, objects and JSON strings in turn;
 * - `delayMs`: how long each answer takes (10 ms by default);
 * - `calls`: every call made, in order, with its arguments;
 * - `onResult(status, sdkPayload)`: awaited before the `process_result`, so a demo can tell its
 *   own backend what the customer chose. Without it the double completes the order at the Juspay
 *   double itself (`juspay-session-checkout/testing`), as HyperCheckout tells Juspay, so a status
 *   check afterwards sees the payment: see docs/testing.md.
 */
(() => {
  const controls = (window.HyperServicesDouble ??= {});
  controls.calls ??= [];

  const choices = [
    ['Pay', 'charged'],
    ['Pending', 'pending_vbv'],
    ['Fail', 'authorization_failed'],
    ['Back', 'backpressed'],
  ];

  /** What each `process_result` status carries, as Juspay's SDK error-code pages list them. */
  const results = {
    charged: [false, '', ''],
    cod_initiated: [false, '', ''],
    pending_vbv: [true, 'JP_006', 'Transaction status is awaited'],
    authorizing: [true, 'JP_006', 'Transaction status is awaited'],
    backpressed: [true, 'JP_002', 'User_aborted'],
    user_aborted: [true, 'JP_002', 'User_aborted'],
    authentication_failed: [true, 'JP_000', 'Reason not available, error'],
    authorization_failed: [true, 'JP_000', 'Reason not available, error'],
    api_failure: [true, 'JP_001', 'Unable to parse response'],
    new: [true, 'JP_000', 'Reason not available, error'],
  };

  /** The Juspay double's payment page outcomes, for the statuses that change an order. */
  const orderOutcomes = {
    charged: 'charged',
    pending_vbv: 'pending',
    authorizing: 'pending',
    authorization_failed: 'failed',
    authentication_failed: 'failed',
  };

  /** Juspay's payment page link per order id, read from the widget's own event. */
  const paymentPages = new Map();
  window.addEventListener(
    'juspay-session-created',
    (event) => {
      const { orderId, paymentLinks } = event.detail ?? {};
      if (orderId && paymentLinks?.web) paymentPages.set(orderId, paymentLinks.web);
    },
    true,
  );

  /**
   * Does what the Juspay double's payment page buttons do: a form-encoded POST (no preflight), so
   * `getOrderStatus` afterwards sees the customer's choice. Its redirect to `return_url` is not followed.
   */
  function completeAtJuspay(status, sdkPayload) {
    const page = new URL(paymentPages.get(sdkPayload?.payload?.orderId) ?? 'about:blank');
    const outcome = orderOutcomes[status];
    // Only the local double: never a real payment page.
    const local = ['127.0.0.1', 'localhost', '[::1]'].includes(page.hostname) && page.pathname.startsWith('/payment-page/order/');
    if (!local || !outcome) return undefined;
    return window.fetch(page, { method: 'POST', redirect: 'manual', body: new window.URLSearchParams({ outcome }) });
  }

  const later = (fn, ms = controls.delayMs ?? 10) => setTimeout(fn, ms);

  function required(object, keys, what) {
    const missing = keys.filter((key) => object?.[key] === undefined || object?.[key] === '');
    if (missing.length) throw new TypeError(`HyperServices double: ${what} is missing ${missing.join(', ')}`);
  }

  function styled(tag, style, text) {
    const element = document.createElement(tag);
    Object.assign(element.style, style);
    if (text !== undefined) element.textContent = text;
    return element;
  }

  class HyperServices {
    #callback;
    #div;
    #initiatePayload;
    #sdkPayload;
    #initiated = false;
    #open = false;
    #sent = 0;

    static preFetch(payload) {
      controls.calls.push({ method: 'preFetch', payload });
    }

    initiate(payload, callback) {
      controls.calls.push({ method: 'initiate', payload });
      required(payload, ['requestId', 'service', 'payload'], 'the initiate payload');
      required(payload.payload, ['action', 'merchantId', 'clientId', 'environment', 'hyperSDKDiv'], 'payload.payload');
      if (typeof callback !== 'function') throw new TypeError('HyperServices double: initiate needs a callback');
      this.#callback = callback;
      this.#initiatePayload = payload;
      if (controls.initiateSilent) return;
      later(() => {
        const div = document.getElementById(payload.payload.hyperSDKDiv);
        if (!div || controls.initiateError) {
          const simple = controls.simple;
          this.#send(payload, 'initiate_result', {
            error: true,
            errorCode: div ? (simple ? 'JP_INITIATE_FAILED' : 'JP_000') : simple ? 'JP_DIV_NOT_FOUND' : 'JP_001',
            errorMessage: div ? 'Initiate failed (simulated).' : `No element with id "${payload.payload.hyperSDKDiv}".`,
            payload: { status: 'failed' },
          });
          return;
        }
        this.#div = div;
        this.#log(payload, 'initiate');
        this.#send(payload, 'initiate_result', { payload: { action: 'initiate', status: 'success' } });
        // Real integrations differ on whether process may follow initiate_result at once.
        const lag = controls.simple ? 0 : controls.readinessLagMs ?? 0;
        if (lag) later(() => (this.#initiated = true), lag);
        else this.#initiated = true;
      });
    }

    isInitialised() {
      return this.#initiated;
    }

    process(sdkPayload) {
      controls.calls.push({ method: 'process', payload: sdkPayload });
      if (!this.#initiated) {
        later(() => this.#report(sdkPayload, 'api_failure', 'process was called before initiate_result.'));
        return;
      }
      required(sdkPayload, ['requestId', 'service', 'payload'], 'the process payload');
      this.#sdkPayload = sdkPayload;
      this.#open = true;
      this.#loader(sdkPayload, 'show_loader');
      const outcome = controls.outcome;
      later(() => {
        if (!this.#open) return;
        if (!outcome) this.#render(sdkPayload.payload);
        this.#loader(sdkPayload, 'hide_loader');
        if (outcome) this.#finish(outcome);
      });
    }

    /** The browser's Back while the payment page is open: the customer leaves it. True when handled. */
    handleBackpress() {
      controls.calls.push({ method: 'handleBackpress' });
      if (!this.#open) return false;
      this.#finish('backpressed');
      return true;
    }

    terminate() {
      controls.calls.push({ method: 'terminate' });
      this.#div?.replaceChildren();
      this.#initiated = this.#open = false;
    }

    #render(payload) {
      const page = styled('section', {
        border: '1px solid #c4c7c5',
        borderRadius: '12px',
        padding: '16px',
        fontFamily: 'system-ui, sans-serif',
        background: '#f8fafd',
        color: '#1f1f1f',
      });
      page.setAttribute('aria-label', 'Simulated HyperCheckout');
      page.append(styled('h2', { margin: '0 0 8px', fontSize: '1.125rem' }, 'HyperCheckout (simulated)'));
      const amount = `${payload.currency ?? 'INR'} ${payload.amount ?? ''}`.trim();
      page.append(styled('p', { margin: '0 0 4px' }, `Order ${payload.orderId ?? ''}: ${amount}`));
      page.append(styled('p', { margin: '0 0 12px', color: '#444746' }, 'No real money moves here.'));
      const buttons = styled('div', { display: 'flex', flexWrap: 'wrap', gap: '8px' });
      for (const [label, status] of choices) {
        const button = styled('button', {
          font: 'inherit',
          minHeight: '44px',
          padding: '0 16px',
          borderRadius: '8px',
          border: '1px solid #0b57d0',
          background: status === 'charged' ? '#0b57d0' : '#fff',
          color: status === 'charged' ? '#fff' : '#0b57d0',
          cursor: 'pointer',
        }, label);
        button.type = 'button';
        button.dataset.status = status;
        button.addEventListener('click', () => this.#finish(status));
        buttons.append(button);
      }
      page.append(buttons);
      this.#div.replaceChildren(page);
      buttons.querySelector('button')?.focus();
    }

    /** The customer is done: the page closes, and the result follows once "Juspay" knows. */
    #finish(outcome) {
      if (!this.#open) return;
      this.#div?.replaceChildren();
      this.#open = false;
      const sdkPayload = this.#sdkPayload;
      const status = typeof outcome === 'string' ? outcome : undefined;
      const told = controls.onResult ? controls.onResult(status, sdkPayload) : completeAtJuspay(status, sdkPayload);
      Promise.resolve(told)
        .catch(() => undefined)
        .then(() => this.#report(sdkPayload, outcome));
    }

    #report(sdkPayload, outcome, message) {
      if (typeof outcome !== 'string') {
        const { errorCode, errorMessage = '' } = outcome;
        this.#send(sdkPayload, 'process_result', { error: true, errorCode, errorMessage, payload: {} });
        return;
      }
      if (controls.simple) return this.#reportSimply(sdkPayload, outcome, message);
      const [error, errorCode, errorMessage] = results[outcome] ?? [true, 'JP_000', 'Reason not available, error'];
      this.#send(sdkPayload, 'process_result', {
        error,
        errorCode,
        errorMessage: message ?? errorMessage,
        payload: { status: outcome, paymentInstrument: 'VISA', paymentInstrumentGroup: 'CARD' },
      });
    }

    #reportSimply(sdkPayload, status, message) {
      const failed = ['authorization_failed', 'authentication_failed', 'api_failure'].includes(status);
      const cancelled = ['backpressed', 'user_aborted'].includes(status);
      this.#send(sdkPayload, 'process_result', {
        error: failed || cancelled,
        errorCode: failed ? 'JP_PAYMENT_FAILED' : cancelled ? 'JP_USER_CANCELLED' : undefined,
        errorMessage: message ?? (failed ? `Payment ${status} (simulated).` : undefined),
        payload: { status, paymentInstrument: 'VISA', paymentInstrumentGroup: 'CARD' },
      });
    }

    #loader(request, event) {
      if (controls.simple || controls.hideLoader === false) return;
      this.#send(request, event, { payload: {} });
      this.#log(request, event);
    }

    /** What the real SDK streams besides results; an integration must ignore what it does not know. */
    #log(request, label) {
      if (controls.simple) return;
      this.#send(request, 'log_stream', { payload: { label, value: {} } });
      if (this.#initiatePayload?.payload?.logLevel === '1' || controls.noise) {
        this.#send(request, 'user_event', { payload: { event: label } });
      }
      if (controls.noise) {
        this.#send(request, 'sdk_heartbeat', { payload: {} });
        this.#callback?.('not json');
      }
    }

    #send(request, event, fields) {
      if (controls.simple) {
        const stringify = this.#sent++ % 2 === 1;
        const data = { event, ...fields };
        this.#callback?.(stringify ? JSON.stringify(data) : data);
        return;
      }
      this.#callback?.(
        JSON.stringify({
          event,
          requestId: request?.requestId ?? '',
          service: request?.service ?? 'in.juspay.hyperpay',
          error: false,
          errorCode: '',
          errorMessage: '',
          ...fields,
        }),
      );
    }
  }

  window.HyperServices = HyperServices;
})();
