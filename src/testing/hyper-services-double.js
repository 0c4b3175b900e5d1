/**
 * A stand-in for Juspay's HyperServices.js with the same interface: `new HyperServices()`,
 * `initiate(payload, callback)`, `process(sdkPayload)`, `terminate()`, `isInitialised()` and
 * the static `preFetch()`. It renders a simulated payment page into the `hyperSDKDiv`, with
 * Pay, Pending, Fail and Back, and reports the choice as a `process_result`.
 *
 * Tests steer it through `window.HyperServicesDouble`:
 * - `outcome`: a status (e.g. `'charged'`) to answer `process` with at once, without the page;
 * - `initiateError`: answer `initiate` with an error;
 * - `initiateSilent`: never answer `initiate`, as an SDK whose frames are blocked;
 * - `calls`: every call made, in order, with its arguments;
 * - `onResult(status, sdkPayload)`: awaited before the `process_result`, so a demo can tell its
 *   Juspay double what the customer chose, as HyperCheckout tells Juspay.
 * Like the real SDK, every other callback is sent as a JSON string.
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

  const later = (fn) => setTimeout(fn, controls.delayMs ?? 10);

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
    #sdkPayload;
    #initiated = false;
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
      if (controls.initiateSilent) return;
      later(() => {
        const div = document.getElementById(payload.payload.hyperSDKDiv);
        if (!div || controls.initiateError) {
          this.#send({
            event: 'initiate_result',
            error: true,
            errorCode: div ? 'JP_INITIATE_FAILED' : 'JP_DIV_NOT_FOUND',
            errorMessage: div ? 'Initiate failed (simulated).' : `No element with id "${payload.payload.hyperSDKDiv}".`,
            payload: { status: 'failed' },
          });
          return;
        }
        this.#div = div;
        this.#initiated = true;
        this.#send({ event: 'initiate_result', error: false, payload: { action: 'initiate', status: 'success' } });
      });
    }

    isInitialised() {
      return this.#initiated;
    }

    process(sdkPayload) {
      controls.calls.push({ method: 'process', payload: sdkPayload });
      if (!this.#initiated) {
        later(() => this.#result('api_failure', 'process was called before initiate_result.'));
        return;
      }
      required(sdkPayload, ['requestId', 'service', 'payload'], 'the process payload');
      this.#sdkPayload = sdkPayload;
      if (controls.outcome) {
        const outcome = controls.outcome;
        later(() => this.#result(outcome));
        return;
      }
      this.#render(sdkPayload.payload);
    }

    terminate() {
      controls.calls.push({ method: 'terminate' });
      this.#div?.replaceChildren();
      this.#initiated = false;
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
        button.addEventListener('click', () => {
          this.#div?.replaceChildren();
          this.#result(status);
        });
        buttons.append(button);
      }
      page.append(buttons);
      this.#div.replaceChildren(page);
      buttons.querySelector('button')?.focus();
    }

    #result(status, message) {
      Promise.resolve(controls.onResult?.(status, this.#sdkPayload))
        .catch(() => undefined)
        .then(() => this.#report(status, message));
    }

    #report(status, message) {
      const failed = ['authorization_failed', 'authentication_failed', 'api_failure'].includes(status);
      const cancelled = ['backpressed', 'user_aborted'].includes(status);
      this.#send({
        event: 'process_result',
        error: failed || cancelled,
        errorCode: failed ? 'JP_PAYMENT_FAILED' : cancelled ? 'JP_USER_CANCELLED' : undefined,
        errorMessage: message ?? (failed ? `Payment ${status} (simulated).` : undefined),
        payload: { status, paymentInstrument: 'VISA', paymentInstrumentGroup: 'CARD' },
      });
    }

    #send(event) {
      const stringify = this.#sent++ % 2 === 1;
      this.#callback?.(stringify ? JSON.stringify(event) : event);
    }
  }

  window.HyperServices = HyperServices;
})();
