import { CheckoutError } from '../errors/checkout-error.js';
import { definedOnly } from '../contract/defined-only.js';
import type { SdkPayload } from '../contract/response.js';
import { HYPER_SERVICE, type HyperEvent, type HyperServicesInstance } from './hyper-services.js';
import { guardBack } from './back-guard.js';
import { loadHyperServices } from './script-loader.js';

export interface LauncherOptions {
  sdkUrl: string;
  merchantId: string;
  clientId: string;
  environment: 'sandbox' | 'production';
  /** Id of a light-DOM div: HyperServices looks it up with `document.getElementById`. */
  hyperSDKDiv: string;
  /** How long loading HyperServices.js, and then its initiate, may each take. */
  timeoutMs?: number;
}

/** How long `isInitialised()` may lag `initiate_result` before process gives up. */
const READINESS_BOUND_MS = 3000;
/** "Opened" without a `hide_loader`: an SDK that sends none has shown its page by then. */
export const OPENED_FALLBACK_MS = 2000;

/** The `process_result` that ends a HyperCheckout run. */
export interface ProcessResult {
  /** `payload.status`; without one, a stand-in for its code: JP_006 pending, JP_002 cancelled, else failed. */
  status: string;
  error: boolean;
  errorCode?: string;
  errorMessage?: string;
}

function parseEvent(eventData: unknown): HyperEvent | undefined {
  try {
    const value: unknown = typeof eventData === 'string' ? JSON.parse(eventData) : eventData;
    return typeof value === 'object' && value !== null && 'event' in value ? (value as HyperEvent) : undefined;
  } catch {
    return undefined;
  }
}

/** Thrown to awaiting callers when the launcher is terminated mid-flow; not a failure to report. */
export class LauncherClosed extends Error {
  constructor() {
    super('HyperCheckout was closed.');
    this.name = 'LauncherClosed';
  }
}

function initiateError(message: string): CheckoutError {
  return new CheckoutError({ stage: 'sdk', code: 'sdk_initiate_failed', message, retryable: true });
}

/** The outcome is `payload.status`, whatever `error` says (it is true for every status but a success). */
function statusOf(event: HyperEvent): string {
  const status = event.payload?.status;
  if (status) return status;
  return event.errorCode === 'JP_006' ? 'pending_vbv' : event.errorCode === 'JP_002' ? 'user_aborted' : 'api_failure';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Drives one HyperServices instance: initiate (early, while the customer types, if it can),
 * then process the session's payload, resolving with the `process_result`.
 */
export class HyperCheckoutLauncher {
  #instance?: HyperServicesInstance;
  #initiated?: Promise<HyperServicesInstance>;
  #initiatedFor = '';
  #resolveInitiate?: () => void;
  #rejectInitiate?: (error: Error) => void;
  #resolveProcess?: (result: ProcessResult) => void;
  #rejectProcess?: (error: Error) => void;
  /** Tells the caller the payment page is visible; once, on `hide_loader` or the fallback. */
  #opened?: () => void;
  /** Ends the open payment page; resolves once the history is the page's own again. */
  #endProcess?: () => Promise<void>;
  /** Bumped by every start and terminate, so a start that outlived its turn stops. */
  #generation = 0;

  /** Starts loading and initiating; safe to call repeatedly with the same options. */
  initiate(options: LauncherOptions): Promise<HyperServicesInstance> {
    const key = JSON.stringify(options);
    if (this.#initiated && this.#initiatedFor === key) return this.#initiated;
    this.terminate();
    this.#initiatedFor = key;
    const initiated = this.#start(options);
    this.#initiated = initiated;
    // A failed initiate may be retried by the next call.
    initiated.catch(() => {
      if (this.#initiated === initiated) this.#initiated = undefined;
    });
    return initiated;
  }

  async #start(options: LauncherOptions): Promise<HyperServicesInstance> {
    const generation = ++this.#generation;
    const HyperServices = await loadHyperServices(options.sdkUrl, options.timeoutMs, options.clientId);
    // Terminated, or started again, while the script loaded: this start is over.
    if (generation !== this.#generation) throw new LauncherClosed();
    const instance = new HyperServices();
    this.#instance = instance;
    let timer: ReturnType<typeof setTimeout> | undefined;
    await new Promise<void>((resolve, reject) => {
      this.#resolveInitiate = resolve;
      this.#rejectInitiate = reject;
      // An SDK that never answers (its frames blocked, say) must not leave the customer waiting.
      timer = setTimeout(() => reject(initiateError('The payment page did not start in time.')), options.timeoutMs ?? 20000);
      try {
        instance.initiate(
          {
            requestId: crypto.randomUUID(),
            service: HYPER_SERVICE,
            payload: {
              action: 'initiate',
              merchantId: options.merchantId,
              clientId: options.clientId,
              environment: options.environment,
              integrationType: 'iframe',
              hyperSDKDiv: options.hyperSDKDiv,
            },
          },
          // Only the current instance speaks for this launcher.
          (eventData) => {
            if (this.#instance === instance) this.#onEvent(eventData);
          },
        );
      } catch (error) {
        reject(initiateError(error instanceof Error ? error.message : 'The payment page could not start.'));
      }
    }).finally(() => clearTimeout(timer));
    return instance;
  }

  /**
   * Opens HyperCheckout with the session's payload, unchanged; resolves when the customer is done.
   * `onOpened` runs once the payment page is visible: at `hide_loader`, or after OPENED_FALLBACK_MS.
   */
  async process(options: LauncherOptions, sdkPayload: SdkPayload, onOpened?: () => void): Promise<ProcessResult> {
    const instance = await this.initiate(options);
    const generation = this.#generation;
    // isInitialised() may lag initiate_result: ask again, within a bound.
    for (const deadline = Date.now() + READINESS_BOUND_MS; !(await instance.isInitialised()); await sleep(50)) {
      if (generation !== this.#generation) throw new LauncherClosed();
      if (Date.now() > deadline) throw initiateError('The payment page did not finish starting.');
    }
    return new Promise<ProcessResult>((resolve, reject) => {
      this.#resolveProcess = resolve;
      this.#rejectProcess = reject;
      const fallback = setTimeout(() => this.#opened?.(), OPENED_FALLBACK_MS);
      const unguard = guardBack(() => instance.handleBackpress?.() ?? false);
      this.#opened = () => {
        this.#opened = undefined;
        clearTimeout(fallback);
        onOpened?.();
      };
      this.#endProcess = () => {
        this.#opened = this.#endProcess = undefined;
        clearTimeout(fallback);
        return unguard();
      };
      instance.process(sdkPayload);
    });
  }

  /** Closes HyperCheckout; whoever still awaits initiate or process gets `LauncherClosed`. */
  terminate(): void {
    this.#generation++;
    this.#rejectInitiate?.(new LauncherClosed());
    this.#rejectProcess?.(new LauncherClosed());
    void this.#endProcess?.();
    this.#instance?.terminate();
    this.#instance = undefined;
    this.#initiated = undefined;
    this.#initiatedFor = '';
    this.#resolveInitiate = this.#rejectInitiate = this.#resolveProcess = this.#rejectProcess = undefined;
  }

  #onEvent(eventData: unknown): void {
    const event = parseEvent(eventData);
    if (!event) return;
    if (event.event === 'initiate_result') {
      if (event.error) this.#rejectInitiate?.(initiateError(event.errorMessage || 'The payment page could not start.'));
      else this.#resolveInitiate?.();
      this.#resolveInitiate = this.#rejectInitiate = undefined;
    } else if (event.event === 'hide_loader') {
      this.#opened?.();
    } else if (event.event === 'process_result') {
      const resolve = this.#resolveProcess;
      this.#resolveProcess = this.#rejectProcess = undefined;
      const { errorCode, errorMessage } = event;
      const result: ProcessResult = { status: statusOf(event), error: Boolean(event.error), ...definedOnly({ errorCode, errorMessage }) };
      void Promise.resolve(this.#endProcess?.()).then(() => resolve?.(result));
    }
  }
}
