import type { ValidationIssue } from '../contract/issues.js';
import { definedOnly } from '../contract/defined-only.js';
import type { SessionRequestBody } from '../contract/request.js';
import type { SdkPayload, SessionResponse } from '../contract/response.js';
import { outcomeOfStatus, saysNothingNewer } from '../contract/status.js';
import { CheckoutError, type FailureStage } from '../errors/checkout-error.js';
import type { CheckoutEvent, CheckoutEventDetails, CheckoutEventName, CheckoutMode, VerificationReason } from '../events/events.js';
import { HYPER_SERVICE } from '../hypercheckout/hyper-services.js';
import { HyperCheckoutLauncher, LauncherClosed, type LauncherOptions } from '../hypercheckout/launcher.js';
import { postTo, redirectTo } from '../hypercheckout/navigation.js';
import { readReturnParams } from '../hypercheckout/return-params.js';
import { loadHyperServices } from '../hypercheckout/script-loader.js';
import { createSession, type FetchSession } from '../session-client/session-client.js';
import { fetchVerifiedStatus } from '../session-client/status-client.js';
import { Attempt, type SdkSession } from './attempt.js';
import { nextPhase, paymentLocked } from './phase.js';
import { isBusy, type Phase } from './phase-view.js';

/** The `timeout` attribute's default, and what an unusable value falls back to. */
const DEFAULT_TIMEOUT_MS = 20_000;

/** The element's settings the flow reads, each time a step runs. */
export interface CheckoutSettings {
  endpoint: string;
  fetchSession?: FetchSession | undefined;
  headers: Record<string, string>;
  timeout: number;
  mode: CheckoutMode;
  sdkUrl: string;
  merchantId?: string;
  clientId?: string;
  environment?: 'sandbox' | 'production' | undefined;
  statusEndpoint?: string;
  redirectFallback: boolean;
  orderId?: string;
}

/** What the flow asks of the element. It never reaches into the element's DOM itself. */
export interface CheckoutHost {
  emit<K extends CheckoutEventName>(name: K, detail: CheckoutEventDetails[K]): CheckoutEvent<K>;
  /** The flow's phase changed: render it. */
  setPhase(phase: Phase): void;
  /** Speaks a message, by translation key, in the live region; no key clears it. */
  announce(key?: string, values?: Record<string, string | number>): void;
  /** The id of the light-DOM div HyperServices renders into. */
  sdkContainer(): string;
  /** Embeds Juspay's payment page, in `mode="iframe"`; an empty url removes it. */
  embed(url: string): void;
  /** Shows the issues on the form and returns those the customer can fix there, the first focused. */
  showIssues(issues: ValidationIssue[]): Promise<ValidationIssue[]>;
}

/** Where a status the flow settles on came from; only HyperCheckout's is an `sdkStatus`. */
type HintSource = 'sdk' | 'url' | 'server';

/** What the outcome screen shows beside the phase. */
export interface OutcomeFacts {
  orderId: string;
  /** The amount the merchant's server reported for the order, when it was asked. */
  amount?: string | number | undefined;
  verification?: VerificationReason | undefined;
}

/** The flow's collaborators; tests replace them. */
export interface CheckoutServices {
  launcher: Pick<HyperCheckoutLauncher, 'initiate' | 'process' | 'terminate'>;
  createSession: typeof createSession;
  fetchVerifiedStatus: typeof fetchVerifiedStatus;
  loadHyperServices: typeof loadHyperServices;
  redirectTo: typeof redirectTo;
  postTo: typeof postTo;
}

/**
 * One checkout, as a chain of small named steps: `submit` → `#requestSession` → `#handleSession`
 * → `#open` (HyperCheckout, the embedded page or a redirect) → `#settle`, or `#fail` from any step.
 * Every phase change goes through the transition table in `phase.ts`.
 */
export class CheckoutFlow {
  #settings: Readonly<CheckoutSettings>;
  #host: CheckoutHost;
  #services: CheckoutServices;
  #attempt = new Attempt();
  #phase: Phase = 'idle';
  /** The step under way, for the stage of a failure nobody foresaw. */
  #stage: FailureStage = 'session';
  /** Bumped by close, so work started before it ends quietly. */
  #run = 0;
  #requestAbort?: AbortController;
  #preFetched = false;
  #outcome?: OutcomeFacts;
  #retryable = true;
  /** Settling a redirect's return, on a new page: what the customer typed is gone. */
  #returnPage = false;

  /** `settings` is read as each step runs: the element passes itself. */
  constructor(settings: Readonly<CheckoutSettings>, host: CheckoutHost, services: Partial<CheckoutServices> = {}) {
    this.#settings = settings;
    this.#host = host;
    this.#services = {
      launcher: new HyperCheckoutLauncher(),
      createSession,
      fetchVerifiedStatus,
      loadHyperServices,
      redirectTo,
      postTo,
      ...services,
    };
  }

  get phase(): Phase {
    return this.#phase;
  }

  /** Whether paying again can help after the last failure: not when a setup is to fix, or the merchant refused it. */
  get retryable(): boolean {
    return this.#retryable;
  }

  /** The last settled payment's order, amount and verification, for the outcome screen. */
  get outcome(): OutcomeFacts | undefined {
    return this.#outcome;
  }

  /** Validates and, when valid, creates the session and opens checkout. A retry re-sends the same attempt. */
  async submit(validate: () => { data?: SessionRequestBody; issues: ValidationIssue[] }): Promise<void> {
    // Paying twice is worse than not paying: a finished or pending payment needs reset() first.
    if (paymentLocked(this.#phase)) return;
    const { data, issues } = validate();
    if (!data) return this.#refuse(issues);
    this.#attempt.begin(data);
    const kept = this.#attempt.usableSession();
    const { endpoint, fetchSession } = this.#settings;
    if (!kept && !endpoint && !fetchSession) {
      const message = 'Set the endpoint attribute or the fetchSession property.';
      return this.#fail(new CheckoutError({ stage: 'session', code: 'configuration_error', message, retryable: false }));
    }
    this.#setPhase('submitting');
    this.#host.announce('form.submitting');
    const run = this.#run;
    await this.#guard(run, () => (kept ? this.#open(kept) : this.#requestSession(data)));
  }

  /** Forgets the attempt, its key and its session, and goes back to the start. */
  reset(): void {
    this.close();
    this.#attempt.forget();
    this.#setPhase('idle');
    this.#host.announce();
  }

  /** Closes HyperCheckout or the embedded payment page, and cancels a pending request. */
  close(): void {
    this.#run++;
    this.#requestAbort?.abort();
    this.#services.launcher.terminate();
    this.#host.embed('');
    if (isBusy(this.#phase)) {
      this.#setPhase('idle');
      this.#host.announce();
    }
  }

  /** Loads the SDK, and initiates it when the merchant gave its ids, while the customer types. */
  warmUp(): void {
    const { mode, sdkUrl } = this.#settings;
    // While a payment starts, HyperCheckout is already being opened with the session's own settings.
    if (mode !== 'sdk' || isBusy(this.#phase)) return;
    const options = this.#launcherOptions();
    if (options) {
      this.#services.launcher.initiate(options).catch(() => undefined);
      void this.#preFetch(options.clientId);
    } else {
      this.#services.loadHyperServices(sdkUrl).catch(() => undefined);
    }
  }

  /** The embedded payment page came back to the merchant's origin with Juspay's return parameters. */
  returnedFromPaymentPage(params: Record<string, string>): Promise<void> {
    this.#host.embed('');
    return this.#guard(this.#run, () => this.#settle(params.order_id!, params.status!, 'url', params));
  }

  /** The embedded payment page loaded: back on the merchant's origin, its query carries Juspay's return parameters. */
  embeddedPageLoaded(frame: HTMLIFrameElement): void {
    let search: string;
    try {
      search = frame.contentWindow?.location.search ?? '';
    } catch {
      return; // Still on Juspay's origin.
    }
    const params = readReturnParams(search);
    if (params) void this.returnedFromPaymentPage(params);
  }

  /** After a redirect, the page loads with Juspay's return parameters: report the verified outcome. */
  async reportReturn(search: string): Promise<void> {
    const params = search ? readReturnParams(search) : undefined;
    const { statusEndpoint, orderId } = this.#settings;
    if (!params || !statusEndpoint || (orderId && orderId !== params.order_id)) return;
    this.#setPhase('verifying');
    this.#returnPage = true;
    await this.#guard(this.#run, () => this.#settle(params.order_id!, params.status!, 'url', params));
  }

  /** Nothing is sent: the customer is shown what to fix, or the merchant learns what it set wrong. */
  async #refuse(issues: ValidationIssue[]): Promise<void> {
    const onForm = await this.#host.showIssues(issues);
    const detail = { stage: 'validation' as const, retryable: true, issues: issues.map(({ path, message }) => ({ path, message })) };
    if (!onForm.length) {
      // Nothing the customer can fix: a parameter the merchant set, or hid, is missing or invalid.
      this.#host.announce('failure.configuration_error');
      const names = issues.map((issue) => issue.path).join(', ');
      const message = `Invalid or missing parameters not in the form: ${names}.`;
      this.#host.emit('juspay-payment-failed', { ...detail, code: 'configuration_error', message, retryable: false });
      return;
    }
    this.#host.announce('form.fix_errors', { count: onForm.length });
    this.#host.emit('juspay-payment-failed', { ...detail, code: 'invalid_input', message: 'Some fields are invalid.' });
  }

  async #requestSession(body: SessionRequestBody): Promise<void> {
    this.#stage = 'session';
    const { endpoint, fetchSession, headers } = this.#settings;
    this.#requestAbort = new AbortController();
    const response = await this.#services.createSession({
      endpoint,
      body,
      idempotencyKey: this.#attempt.idempotencyKey,
      timeoutMs: this.#timeoutMs,
      headers,
      signal: this.#requestAbort.signal,
      ...(fetchSession ? { fetchSession } : {}),
    });
    await this.#handleSession(response);
  }

  async #handleSession(response: SessionResponse): Promise<void> {
    if (response.kind === 'sdk') {
      this.#attempt.keep(response);
      const { orderId, id, status, paymentLinks } = response;
      if (this.#host.emit('juspay-session-created', { orderId, id, status, paymentLinks }).defaultPrevented) {
        // The merchant opens checkout itself; the next Pay asks the endpoint (same key) and the merchant again.
        this.#attempt.keep(undefined);
        this.#setPhase('idle');
        this.#host.announce();
        return;
      }
      await this.#open(response);
    } else if (response.kind === 'order') {
      await this.#settle(response.orderId, response.status, 'server');
    } else if (response.kind === 'authentication') {
      this.#host.emit('juspay-checkout-opened', { mode: 'authentication' });
      if (response.method === 'POST') this.#services.postTo(response.url, response.params);
      else this.#services.redirectTo(response.url);
    }
  }

  async #open(session: SdkSession): Promise<void> {
    this.#stage = 'sdk';
    const { mode, redirectFallback } = this.#settings;
    const web = session.paymentLinks.web;
    if (mode === 'redirect') return this.#redirect(session);
    // `iframe` is the link made to be framed; at any width, as Juspay's page lays itself out for narrow ones.
    const framed = session.paymentLinks.iframe ?? web;
    if (mode === 'iframe' && framed) {
      this.#setPhase('processing');
      this.#host.embed(framed);
      this.#host.announce('form.processing');
      this.#host.emit('juspay-checkout-opened', { mode: 'iframe' });
      return;
    }
    const run = this.#run;
    const options = this.#launcherOptions(session.sdkPayload.payload);
    if (!options) {
      const message = 'The session has no merchantId/clientId to start HyperCheckout with.';
      throw new CheckoutError({ stage: 'sdk', code: 'configuration_error', message, retryable: false, orderId: session.orderId });
    }
    const { launcher } = this.#services;
    try {
      await launcher.initiate(options);
    } catch (error) {
      if (!(error instanceof LauncherClosed) && redirectFallback && web) return this.#redirect(session);
      throw error;
    }
    this.#setPhase('processing');
    this.#host.announce('form.processing');
    // Opened once the payment page is there: at the SDK's hide_loader, or after the launcher's fallback.
    const opened = () => this.#host.emit('juspay-checkout-opened', { mode: 'sdk' });
    const { status, errorMessage } = await launcher.process(options, session.sdkPayload, opened);
    launcher.terminate();
    if (run === this.#run) await this.#settle(session.orderId, status, 'sdk', { order_id: session.orderId }, errorMessage);
  }

  #redirect(session: SdkSession): void {
    const web = session.paymentLinks.web;
    if (!web) {
      const message = 'The session has no payment_links.web to redirect to.';
      throw new CheckoutError({ stage: 'session', code: 'invalid_response', message, retryable: false, orderId: session.orderId });
    }
    this.#host.emit('juspay-checkout-opened', { mode: 'redirect' });
    this.#services.redirectTo(web);
  }

  /**
   * Emits the outcome for `hint`, which came from HyperCheckout (`sdk`), the return URL (`url`) or
   * the merchant's session answer (`server`). With a `status-endpoint`, the merchant's server is
   * asked first and its status wins, unless it says nothing newer than the SDK (`saysNothingNewer`). Never a success the server could not vouch for: another amount
   * or currency than the order's, or a return URL's claim when the check is refused, is pending.
   */
  async #settle(orderId: string, hint: string, source: HintSource, params: Record<string, string> = { order_id: orderId }, message?: string) {
    this.#stage = 'payment';
    const sdkStatus = source === 'sdk' ? hint : undefined;
    let status = hint.toUpperCase();
    let verified = false;
    let verification: VerificationReason | undefined;
    let amount: string | number | undefined;
    const { statusEndpoint, headers } = this.#settings;
    if (statusEndpoint) {
      // No run check: the payment is over, so its outcome is reported even if close() or removal came meanwhile.
      const checked = await this.#services.fetchVerifiedStatus(statusEndpoint, params, { headers, timeoutMs: this.#timeoutMs });
      if (!checked) {
        if (source === 'url') verification = 'unconfirmed';
      } else if (!(sdkStatus && saysNothingNewer(checked.status, sdkStatus))) {
        ({ verified, amount } = checked);
        status = checked.status.toUpperCase();
        if (checked.reason === 'amount_mismatch' || checked.reason === 'currency_mismatch') verification = checked.reason;
      }
    }
    let outcome = outcomeOfStatus(status);
    if (verification === 'unconfirmed' || (verification && outcome === 'success')) outcome = 'pending';
    else verification = undefined;
    // A new key after any outcome; the session itself is kept for a retry while its token holds.
    if (outcome === 'success' || outcome === 'pending') this.#attempt.forget();
    else this.#attempt.newKey();
    const raw = sdkStatus ? { sdkStatus } : {};
    if (outcome === 'failed') {
      const text = message || `The payment ended with status ${status}.`;
      return this.#fail(new CheckoutError({ stage: 'payment', code: 'payment_failed', message: text, retryable: true, status, orderId, ...raw }));
    }
    this.#outcome = { orderId, amount, verification };
    this.#setPhase(outcome);
    // Back from a redirect is a new page: its form holds only what the merchant prefilled.
    const cancelledKey = this.#returnPage ? 'outcome.cancelled_return' : 'outcome.cancelled';
    this.#host.announce(verification ? 'outcome.unverified' : outcome === 'cancelled' ? cancelledKey : `outcome.${outcome}`);
    if (outcome === 'success') this.#host.emit('juspay-payment-success', { orderId, status, ...raw, verified });
    else if (outcome === 'pending') this.#host.emit('juspay-payment-pending', { orderId, status, ...raw, ...definedOnly({ verification }) });
    else this.#host.emit('juspay-payment-cancelled', { orderId, status, ...raw });
  }

  /** Runs one step of the flow; failures are reported, and work from a closed run ends quietly. */
  async #guard(run: number, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (run === this.#run) this.#fail(error);
    }
  }

  #fail(caught: unknown): void {
    const error = CheckoutError.from(caught, this.#stage);
    // The kept session's order is this failure's only past the session step: a new session's request made no order yet.
    const orderId = error.orderId ?? (error.stage === 'session' ? undefined : this.#attempt.session?.orderId);
    this.#retryable = error.retryable;
    this.#setPhase('failed');
    // The customer reads the code's own words: `message` is for the merchant, who gets it in the event.
    this.#host.announce(`failure.${error.code}`);
    const { stage, code, message, retryable, status, sdkStatus, errorCode } = error;
    this.#host.emit('juspay-payment-failed', { stage, code, message, retryable, ...definedOnly({ orderId, status, sdkStatus, errorCode }) });
  }

  #setPhase(phase: Phase): void {
    this.#phase = nextPhase(this.#phase, phase);
    this.#host.setPhase(phase);
  }

  #launcherOptions(payload?: SdkPayload['payload']): LauncherOptions | undefined {
    const settings = this.#settings;
    const merchantId = settings.merchantId || payload?.merchantId;
    const clientId = settings.clientId || payload?.clientId;
    if (!merchantId || !clientId) return undefined;
    const environment = settings.environment ?? payload?.environment;
    return {
      sdkUrl: settings.sdkUrl,
      merchantId,
      clientId,
      environment: environment === 'sandbox' ? 'sandbox' : 'production',
      hyperSDKDiv: this.#host.sdkContainer(),
      timeoutMs: this.#timeoutMs,
    };
  }

  /**
   * The `timeout` attribute in ms, or the element's default where it cannot be one: `timeout="abc"`
   * is NaN and `timeout=""` is 0, and either would time every request out at once.
   */
  get #timeoutMs(): number {
    const { timeout } = this.#settings;
    if (timeout > 0 && timeout < 2 ** 31) return timeout;
    console.warn(`juspay-session-checkout: timeout="${timeout}" is not a number of milliseconds; using ${DEFAULT_TIMEOUT_MS}.`);
    return DEFAULT_TIMEOUT_MS;
  }

  async #preFetch(clientId: string): Promise<void> {
    if (this.#preFetched) return;
    this.#preFetched = true;
    const HyperServices = await this.#services.loadHyperServices(this.#settings.sdkUrl).catch(() => undefined);
    HyperServices?.preFetch?.({ requestId: crypto.randomUUID(), service: HYPER_SERVICE, payload: { clientId } });
  }
}
