import { LitElement, css, html, type PropertyValues } from 'lit';
import { fieldGroups, parseItemName, type FieldGroup, type ParameterSpec } from '../contract/catalogue.js';
import { decodeSessionRequest, encodeSessionRequest, type FormValues } from '../contract/encode.js';
import { ruleValueMax } from '../contract/rules.js';
import type { IssueCode, ValidationIssue } from '../contract/issues.js';
import { validateSessionRequest, type SessionRequestBody } from '../contract/request.js';
import type { SdkPayload, SessionResponse } from '../contract/response.js';
import { isNotStarted, outcomeOfStatus } from '../contract/status.js';
import { isVertical, type Vertical } from '../contract/verticals.js';
import { CheckoutError } from '../events/checkout-error.js';
import { emit, type CheckoutMode } from '../events/events.js';
import { FieldFeedback } from '../forms/field-feedback.js';
import { shownFields, type FieldMode } from '../forms/field-plan.js';
import { readControl, renderField, type FieldContext } from '../forms/render-field.js';
import { renderRepeatable, withoutRow } from '../forms/render-repeatable.js';
import { consentSpec, renderTerms, termRows } from '../forms/render-terms.js';
import { DEFAULT_SDK_URL, HYPER_SERVICE } from '../hypercheckout/hyper-services.js';
import { HyperCheckoutLauncher, LauncherClosed, type LauncherOptions } from '../hypercheckout/launcher.js';
import { postTo, readReturnParams, redirectTo } from '../hypercheckout/navigation.js';
import { loadHyperServices } from '../hypercheckout/script-loader.js';
import { currencyFormat, dateFormat, loadLanguage, translator, type Translate } from '../i18n/localize.js';
import { createSession, type FetchSession } from '../session-client/session-client.js';
import { fetchVerifiedStatus } from '../session-client/status-client.js';

type Phase = 'idle' | 'submitting' | 'processing' | 'success' | 'pending' | 'cancelled' | 'failed';

/** Phases in which the form gives way to the payment page or the outcome. */
const formHidden = (phase: Phase | undefined) => phase === 'processing' || phase === 'success' || phase === 'pending';
type SdkSession = Extract<SessionResponse, { kind: 'sdk' }>;

/** Juspay's desktop payment page needs this much width; narrower iframes redirect instead. */
const IFRAME_MIN_WIDTH = 700;

let instances = 0;

/**
 * Renders the Session API customer form for a vertical, creates the session through the
 * merchant's endpoint and opens Juspay HyperCheckout with it.
 *
 * @summary One-tag Juspay HyperCheckout checkout.
 *
 * @fires juspay-ready - The form is rendered and interactive.
 * @fires juspay-session-created - The endpoint created a session. Cancelable: `preventDefault()` and open checkout yourself.
 * @fires juspay-checkout-opened - HyperCheckout, the payment page or an authentication page was opened.
 * @fires juspay-payment-success - The payment succeeded. `verified` is true when the `status-endpoint` confirmed it.
 * @fires juspay-payment-pending - The payment is still being confirmed.
 * @fires juspay-payment-cancelled - The customer left the payment page.
 * @fires juspay-payment-failed - Validation, session creation, the SDK or the payment failed.
 *
 * @slot hypercheckout - Internal: the light-DOM div HyperServices renders into.
 *
 * @csspart form - The `<form>` element.
 * @csspart group - A fieldset of related fields.
 * @csspart row - One entry of a repeatable group (insured member, bank account).
 * @csspart field - One field: label, control and error.
 * @csspart label - A field's label.
 * @csspart required - A required field's label, also part `label`; its `::after` draws the star.
 * @csspart control - An input or select.
 * @csspart hint - A field's hint, e.g. the debit day's range.
 * @csspart error - A field's error message.
 * @csspart button - The pay and retry buttons, and a repeatable group's add and remove buttons.
 * @csspart add - A repeatable group's add button.
 * @csspart remove - A repeatable group's remove buttons.
 * @csspart terms - The mandate or billing-plan terms the customer consents to.
 * @csspart status - The live region announcing progress and outcomes.
 * @csspart checkout - The container HyperCheckout opens in.
 * @csspart iframe - The embedded payment page, in `mode="iframe"`.
 *
 * @cssprop --juspay-font - Font family.
 * @cssprop --juspay-color-text - Text colour.
 * @cssprop --juspay-color-muted - Secondary text and borders.
 * @cssprop --juspay-color-background - Control background.
 * @cssprop --juspay-color-primary - Pay button and focus colour.
 * @cssprop --juspay-color-on-primary - Text on the pay button.
 * @cssprop --juspay-color-error - Error text and invalid borders.
 * @cssprop --juspay-radius - Corner radius of controls and buttons.
 * @cssprop --juspay-spacing - Base spacing unit.
 */
export class JuspaySessionCheckout extends LitElement {
  static override properties = {
    endpoint: { type: String },
    vertical: { type: String },
    amount: { type: String },
    currency: { type: String },
    orderId: { type: String, attribute: 'order-id' },
    customerId: { type: String, attribute: 'customer-id' },
    mode: { type: String },
    sdkUrl: { type: String, attribute: 'sdk-url' },
    merchantId: { type: String, attribute: 'merchant-id' },
    clientId: { type: String, attribute: 'client-id' },
    environment: { type: String },
    lang: { type: String },
    statusEndpoint: { type: String, attribute: 'status-endpoint' },
    redirectFallback: { type: Boolean, attribute: 'redirect-fallback' },
    timeout: { type: Number },
    prefill: { attribute: false },
    fields: { attribute: false },
    params: { attribute: false },
    headers: { attribute: false },
    fetchSession: { attribute: false },
    translations: { attribute: false },
    _values: { state: true },
    _phase: { state: true },
    _announcement: { state: true },
    _iframeUrl: { state: true },
    _rows: { state: true },
  };

  /** The merchant backend URL that creates the session. Required unless `fetchSession` is set. */
  declare endpoint: string;
  /** `general`, `insurance`, `education`, `travel`, `tpv`, `mandate` or `billing`. */
  declare vertical: Vertical;
  /** Shown to the customer and sent as a hint; the server decides the charged amount. */
  declare amount: string;
  declare currency: string;
  declare orderId: string;
  declare customerId: string;
  /** `sdk` (default), `redirect` or `iframe`. */
  declare mode: CheckoutMode;
  /** Where HyperServices.js is loaded from. */
  declare sdkUrl: string;
  /** With `client-id`, lets HyperCheckout initiate while the customer types. */
  declare merchantId: string;
  declare clientId: string;
  /** `sandbox` or `production`; unset, the session's `sdk_payload` decides. */
  declare environment: 'sandbox' | 'production' | undefined;
  /** A merchant URL that verifies the final status server-side before the outcome event. */
  declare statusEndpoint: string;
  /** When HyperServices.js cannot load or start, open `payment_links.web` instead of failing. */
  declare redirectFallback: boolean;
  /** Milliseconds to wait for the endpoint, the status check, and HyperCheckout to load and to start, before failing. */
  declare timeout: number;
  /** Values shown in the form and editable, keyed by Session API name. */
  declare prefill: Record<string, unknown>;
  /** Per parameter: `collect`, `prefill` (shown, editable), `fixed` (sent from `prefill`, not shown) or `hidden` (not sent). */
  declare fields: Record<string, FieldMode>;
  /** Fixed extra Session API parameters sent with the form, e.g. `udf1`, `metadata.source`, mandate terms, `payment_rules`. */
  declare params: Record<string, unknown>;
  /** Extra request headers for the endpoint, e.g. a CSRF token. */
  declare headers: Record<string, string>;
  /** Replaces the POST to `endpoint`. */
  declare fetchSession: FetchSession | undefined;
  /** Per-key string overrides. */
  declare translations: Record<string, string>;

  declare private _values: FormValues;
  declare private _phase: Phase;
  declare private _announcement: string;
  declare private _iframeUrl: string;
  /** Rows asked for per list parameter, beyond what the values already fill. */
  declare private _rows: Record<string, number>;

  #feedback = new FieldFeedback();
  #launcher = new HyperCheckoutLauncher();
  #sdkDiv?: HTMLDivElement;
  /** One per attempt, made when the attempt is first sent. */
  #idempotencyKey?: string;
  #requestAbort?: AbortController;
  /** Kept after a failed or cancelled payment, to retry on it while its token holds. */
  #session?: SdkSession;
  /** The body the current key and session were made for. */
  #attemptBody?: string;
  /** The prefill and vertical last applied: a new but equal `prefill` object (a framework re-render) keeps what was typed. */
  #applied = '';
  /** Bumped by close and disconnect, so work started before them ends quietly. */
  #run = 0;
  #preFetched = false;
  #announcements = 0;
  /** Whether the customer's focus was in the form when the phase last changed. */
  #focusInForm = false;

  constructor() {
    super();
    this.vertical = 'general';
    this.mode = 'sdk';
    this.sdkUrl = DEFAULT_SDK_URL;
    this.timeout = 20000;
    this.redirectFallback = false;
    this.prefill = {};
    this.fields = {};
    this.params = {};
    this.headers = {};
    this.translations = {};
    this._values = {};
    this._phase = 'idle';
    this._announcement = '';
    this._iframeUrl = '';
    this._rows = {};
  }

  static override styles = css`
    :host {
      display: block;
      font-family: var(--juspay-font, system-ui, sans-serif);
      color: var(--juspay-color-text, #1a1f36);
      --_space: var(--juspay-spacing, 0.5rem);
      --_radius: var(--juspay-radius, 0.375rem);
      --_primary: var(--juspay-color-primary, #0b57d0);
      --_muted: var(--juspay-color-muted, #5f6368);
      --_error: var(--juspay-color-error, #b3261e);
    }
    [hidden] {
      display: none !important;
    }
    form {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 1.5);
      grid-template-columns: 1fr;
    }
    @media (min-width: 40rem) {
      fieldset {
        grid-template-columns: repeat(2, minmax(0, 1fr));
        column-gap: calc(var(--_space) * 2);
      }
      legend {
        grid-column: 1 / -1;
      }
    }
    legend {
      font-weight: 600;
      font-size: 1rem;
      padding: 0;
      margin-bottom: var(--_space);
    }
    .field {
      display: grid;
      gap: calc(var(--_space) / 2);
      align-content: start;
    }
    label {
      font-size: 0.875rem;
      font-weight: 500;
    }
    input,
    select {
      font: inherit;
      font-size: 1rem;
      min-height: 2.75rem;
      box-sizing: border-box;
      width: 100%;
      padding: 0 calc(var(--_space) * 1.5);
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
      background: var(--juspay-color-background, #fff);
      color: inherit;
    }
    input:focus-visible,
    select:focus-visible,
    button:focus-visible {
      outline: 3px solid var(--_primary);
      outline-offset: 2px;
    }
    [aria-invalid='true'] {
      border-color: var(--_error);
      border-width: 2px;
    }
    .hint {
      margin: 0;
      font-size: 0.8125rem;
      color: var(--_muted);
    }
    .checkbox {
      grid-template-columns: auto 1fr;
      align-items: center;
      column-gap: var(--_space);
    }
    .checkbox input {
      width: 1.5rem;
      min-height: 1.5rem;
      margin: 0;
    }
    .checkbox .error,
    .checkbox .hint {
      grid-column: 1 / -1;
    }
    .repeatable,
    .row {
      grid-column: 1 / -1;
      display: grid;
      gap: calc(var(--_space) * 1.5);
    }
    .row {
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
      padding: calc(var(--_space) * 1.5);
    }
    @media (min-width: 40rem) {
      .row {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
    }
    .terms dl {
      display: grid;
      gap: calc(var(--_space) / 2);
      margin: 0 0 var(--_space);
    }
    .terms dl div {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
      flex-wrap: wrap;
    }
    .terms dt {
      color: var(--_muted);
    }
    .terms dd {
      margin: 0;
      font-weight: 600;
    }
    .terms h3 {
      font-size: 1rem;
      margin: 0 0 var(--_space);
    }
    .error {
      margin: 0;
      font-size: 0.875rem;
      color: var(--_error);
    }
    /* The star is drawn, not read: the control's own required state is what assistive technology announces.
       Browsers without alternative text for content keep the first declaration. */
    label[part~='required']::after {
      content: '\\a0*';
      content: '\\a0*' / '';
      color: var(--_error);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    button {
      font: inherit;
      font-weight: 600;
      min-height: 3rem;
      padding: 0 calc(var(--_space) * 3);
      border: 0;
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--juspay-color-on-primary, #fff);
      cursor: pointer;
      flex: 1 1 auto;
    }
    button.secondary {
      background: transparent;
      color: var(--_primary);
      border: 1px solid var(--_primary);
      min-height: 2.75rem;
      justify-self: start;
      flex: 0 0 auto;
    }
    button:hover {
      filter: brightness(1.1);
    }
    button[aria-busy='true'] {
      cursor: progress;
    }
    .status:empty {
      padding: 0;
    }
    .status:focus,
    .checkout:focus {
      outline: none;
    }
    .status {
      margin: 0;
      padding: calc(var(--_space) * 1.5);
      border-radius: var(--_radius);
      background: #f1f3f4;
    }
    .status[data-tone='failed'] {
      background: #fce8e6;
      color: #8c1d18;
    }
    iframe {
      display: block;
      width: 100%;
      min-height: 40rem;
      border: 0;
    }
    .status[data-tone='success'] {
      background: #e6f4ea;
      color: #0d652d;
    }
  `;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('_phase')) this.#focusInForm = Boolean(this.renderRoot.querySelector?.('form')?.contains(this.shadowRoot?.activeElement ?? null));
    if (changed.has('lang') || !this.hasUpdated) void loadLanguage(this.#lang)?.then(() => this.requestUpdate());
    if (changed.has('prefill') || changed.has('vertical')) {
      const applied = JSON.stringify([this.vertical, this.prefill]);
      if (applied !== this.#applied) this.#applyPrefill();
    }
  }

  /**
   * Focus never falls to <body>: when the form hides under the customer's focus, it moves to the
   * payment page's container or the outcome; when the payment page closes under it, to the outcome
   * or, when the form returns, to its pay button. Focus the customer moved elsewhere stays there.
   */
  protected override updated(changed: PropertyValues): void {
    if (!changed.has('_phase')) return;
    const previous = changed.get('_phase') as Phase | undefined;
    const focus = (selector: string) => this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
    const active = document.activeElement;
    // On <body>, focus was in a payment page that has just been removed.
    const stranded = !active || active === document.body || this.contains(active);
    if (formHidden(this._phase) && !formHidden(previous)) {
      if (this.#focusInForm) focus(this._phase === 'processing' ? '.checkout' : '.status');
    } else if (formHidden(this._phase) && previous === 'processing') {
      if (stranded) focus('.status');
    } else if (!formHidden(this._phase) && formHidden(previous) && stranded) {
      focus('button[type="submit"]');
    }
  }

  protected override firstUpdated(): void {
    emit(this, 'juspay-ready', undefined);
    void this.#reportReturn();
  }

  override render() {
    const t = this.#t;
    const busy = this._phase === 'submitting' || this._phase === 'processing';
    const errors = this.#fieldErrors();
    const ctx: FieldContext = {
      t,
      value: (name) => this._values[name],
      error: (name) => this.#feedback.visible(name, errors),
    };
    const groups = new Map<FieldGroup, ParameterSpec[]>();
    for (const spec of this.#shown) {
      if (spec.name === 'mandate.rule_value' && !this.#ruleValueMax) continue;
      const group = spec.group ?? 'contact';
      groups.set(group, [...(groups.get(group) ?? []), spec]);
    }
    const field = (spec: ParameterSpec) =>
      spec.shape === 'array'
        ? renderRepeatable(spec, { ...ctx, rows: this.#rowCount(spec.name), onAdd: this.#addRow, onRemove: this.#removeRow })
        : renderField(
            spec,
            ctx,
            spec.name === 'mandate.rule_value' ? { hint: t('mandate.rule_value.hint', { max: this.#ruleValueMax! }) } : {},
          );
    const tone = this._phase === 'failed' ? 'failed' : this._phase === 'success' ? 'success' : 'info';
    return html`
      <form part="form" novalidate ?hidden=${formHidden(this._phase)} @submit=${this.#onSubmit}
        @focusin=${this.#warmUp} @input=${this.#onControlInput} @change=${this.#onControlInput} @blur=${this.#onControlBlur}>
        ${fieldGroups
          .filter((group) => groups.has(group))
          .map(
            (group) => html`<fieldset part="group">
              <legend>${t(`group.${group}`)}</legend>
              ${groups.get(group)!.map(field)}
            </fieldset>`,
          )}
        ${renderTerms(this.#termRows(), ctx)}
        <div class="actions">
          <button part="button" type="submit" aria-busy=${busy ? 'true' : 'false'}>
            ${busy ? t('form.submitting') : this._phase === 'failed' ? t('form.retry') : this.#payLabel()}
          </button>
        </div>
      </form>
      <p part="status" class="status" role="status" aria-live="polite" tabindex="-1" data-tone=${tone}>${this._announcement}</p>
      <div part="checkout" class="checkout" tabindex="-1">
        <slot name="hypercheckout"></slot>
        ${this._iframeUrl
          ? html`<iframe part="iframe" title=${t('form.payment_page')} src=${this._iframeUrl} @load=${this.#onIframeLoad}></iframe>`
          : ''}
      </div>
    `;
  }

  /** Validates and, when valid, creates the session and opens checkout. A retry re-sends the same attempt. */
  async submit(): Promise<void> {
    // Paying twice is worse than not paying: a finished or pending payment needs reset() first.
    if (['submitting', 'processing', 'success', 'pending'].includes(this._phase)) return;
    const { data, issues } = this.#validate();
    if (!data) {
      this.#feedback.submitted();
      this.requestUpdate();
      await this.updateComplete;
      const controls = new Set([...this.renderRoot.querySelectorAll<HTMLInputElement>('form [name]')].map((control) => control.name));
      const onForm = issues.filter((issue) => controls.has(issue.path));
      const detail = { stage: 'validation' as const, retryable: true, issues: issues.map(({ path, message }) => ({ path, message })) };
      if (!onForm.length) {
        // Nothing the customer can fix: a parameter the merchant set, or hid, is missing or invalid.
        this.#announce(this.#t('failure.configuration_error'));
        const names = issues.map((issue) => issue.path).join(', ');
        emit(this, 'juspay-payment-failed', { ...detail, code: 'configuration_error', message: `Invalid or missing parameters not in the form: ${names}.`, retryable: false });
        return;
      }
      this.#announce(this.#t('form.fix_errors', { count: onForm.length }));
      this.#focusFirstInvalid(new Set(onForm.map((issue) => issue.path)));
      emit(this, 'juspay-payment-failed', { ...detail, code: 'invalid_input', message: 'Some fields are invalid.' });
      return;
    }
    // Another body (edited input, another amount or cart) is another attempt: new key, new session.
    const fingerprint = JSON.stringify(data);
    if (fingerprint !== this.#attemptBody) this.#newAttempt();
    this.#attemptBody = fingerprint;
    const kept = this.#session && this.#sessionUsable(this.#session) ? this.#session : undefined;
    if (!kept && !this.endpoint && !this.fetchSession) {
      this.#fail(
        new CheckoutError({
          stage: 'session',
          code: 'configuration_error',
          message: 'Set the endpoint attribute or the fetchSession property.',
          retryable: false,
        }),
      );
      return;
    }
    this._phase = 'submitting';
    this.#announce(this.#t('form.submitting'));
    if (kept) {
      await this.#guard(this.#run, () => this.#open(kept));
      return;
    }
    this.#requestAbort = new AbortController();
    const signal = this.#requestAbort.signal;
    await this.#guard(this.#run, async () => {
      const response = await createSession({
        endpoint: this.endpoint,
        body: data,
        idempotencyKey: (this.#idempotencyKey ??= crypto.randomUUID()),
        timeoutMs: this.timeout,
        headers: this.headers,
        signal,
        ...(this.fetchSession ? { fetchSession: this.fetchSession } : {}),
      });
      await this.#handleSession(response);
    });
  }

  /** Clears the form back to its prefilled values and forgets the current attempt. */
  reset(): void {
    this.close();
    this.#feedback.reset();
    this.#applyPrefill();
    this.#newAttempt();
    this._phase = 'idle';
    this.#announce('');
  }

  /** Closes HyperCheckout or the embedded payment page, and cancels a pending request. Input is kept. */
  close(): void {
    this.#run++;
    this.#requestAbort?.abort();
    this.#launcher.terminate();
    this._iframeUrl = '';
    if (this._phase === 'submitting' || this._phase === 'processing') {
      this._phase = 'idle';
      this.#announce('');
    }
  }

  /** The element's `lang`, else the page's. */
  get #lang(): string {
    return this.lang || document.documentElement.lang;
  }

  get #t(): Translate {
    return translator(this.#lang, this.translations);
  }

  get #vertical(): Vertical {
    return isVertical(this.vertical) ? this.vertical : 'general';
  }

  /** The parameters the form shows, after the merchant's `fields` choices. */
  get #shown(): ParameterSpec[] {
    return shownFields(this.#vertical, this.fields);
  }

  /** The highest debit day the chosen mandate frequency takes, or undefined when it takes none. */
  get #ruleValueMax(): number | undefined {
    const frequency = this._values['mandate.frequency'] ?? this.params['mandate.frequency'] ?? 'ASPRESENTED';
    return ruleValueMax[String(frequency).toUpperCase() as keyof typeof ruleValueMax];
  }

  /** Terms the merchant fixed: `params`, and `prefill` values of fields it marked `fixed`. */
  get #fixedTerms(): SessionRequestBody {
    const fixed: SessionRequestBody = { ...this.params };
    for (const [name, mode] of Object.entries(this.fields)) if (mode === 'fixed' && name in this.prefill) fixed[name] = this.prefill[name];
    return fixed;
  }

  #termRows() {
    const shown = new Set(this.#shown.map((spec) => spec.name));
    return termRows(this.#fixedTerms, shown, this.#t, { formatAmount: this.#formatAmount, formatDate: this.#formatDate });
  }

  #formatAmount = (value: unknown): string => {
    const number = Number(value);
    if (!Number.isFinite(number)) return String(value);
    return currencyFormat(this.#lang, this.currency || 'INR').format(number);
  };

  #formatDate = (date: Date): string => dateFormat(this.#lang).format(date);

  #payLabel(): string {
    return this.amount ? this.#t('form.pay_amount', { amount: this.#formatAmount(this.amount) }) : this.#t('form.pay');
  }

  #applyPrefill(): void {
    this.#applied = JSON.stringify([this.vertical, this.prefill]);
    this._values = decodeSessionRequest(this.prefill, this.#vertical);
    this._rows = {};
  }

  /** Rows shown for a list parameter: at least one, and every row that holds a value. */
  #rowCount(name: string): number {
    let filled = 0;
    for (const key of Object.keys(this._values)) {
      const item = parseItemName(key);
      if (item?.parent === name) filled = Math.max(filled, item.index + 1);
    }
    return Math.max(1, filled, this._rows[name] ?? 0);
  }

  /** Whether a form value belongs in the body: its field (or list) is shown and applies. */
  #sends(name: string, shown: ReadonlySet<string>): boolean {
    if (name === 'mandate.rule_value' && !this.#ruleValueMax) return false;
    return shown.has(parseItemName(name)?.parent ?? name);
  }

  /** The Session API body: hints, then the merchant's fixed terms, then what the customer typed. */
  #body(): SessionRequestBody {
    const shown = new Set(this.#shown.map((spec) => spec.name));
    const typed = Object.fromEntries(Object.entries(this._values).filter(([name]) => this.#sends(name, shown)));
    const hints: SessionRequestBody = {};
    if (this.amount) hints.amount = this.amount;
    if (this.currency) hints.currency = this.currency;
    if (this.orderId) hints.order_id = this.orderId;
    if (this.customerId) hints.customer_id = this.customerId;
    const body = { ...hints, ...this.#fixedTerms, ...encodeSessionRequest(typed, this.#vertical) };
    for (const [name, mode] of Object.entries(this.fields)) if (mode === 'hidden') delete body[name];
    return body;
  }

  /**
   * The body, checked: `data` is the canonical body when there is nothing to fix, and `issues`
   * names each control to fix, the consent included when terms are shown.
   */
  #validate(): { data?: SessionRequestBody; issues: ValidationIssue[] } {
    const result = validateSessionRequest(this.#body(), this.#vertical);
    const issues = result.success ? [] : result.issues.map((issue) => ({ ...issue, path: this.#controlName(issue.path) }));
    if (this.#termRows().length && this._values[consentSpec.name] !== true) {
      issues.push({ path: consentSpec.name, code: 'required', message: 'Consent to the terms is required.' });
    }
    return result.success && !issues.length ? { data: result.data, issues } : { issues };
  }

  /**
   * The control an issue belongs to. The body leaves out wholly empty rows, so an entry's index is
   * mapped back to its row; a missing list belongs to its first row's first control.
   */
  #controlName(path: string): string {
    const list = this.#shown.find((spec) => spec.shape === 'array' && (path === spec.name || path.startsWith(`${spec.name}[`)));
    if (!list) return path;
    const first = list.items?.find((item) => item.setBy === 'customer')?.name ?? '';
    const item = parseItemName(path);
    if (!item) return `${list.name}[0].${first}`;
    const rows = new Set<number>();
    for (const [key, value] of Object.entries(this._values)) {
      const parsed = parseItemName(key);
      if (parsed?.parent === list.name && value !== '' && value !== undefined) rows.add(parsed.index);
    }
    const filled = [...rows].sort((a, b) => a - b);
    return `${list.name}[${filled[item.index] ?? item.index}].${item.member}`;
  }

  /** Field errors by control name; none are computed before any may show (Lion's feedback rule). */
  #fieldErrors(): Map<string, IssueCode> {
    const errors = new Map<string, IssueCode>();
    if (!this.#feedback.active) return errors;
    for (const issue of this.#validate().issues) if (!errors.has(issue.path)) errors.set(issue.path, issue.code);
    return errors;
  }

  #addRow = async (name: string) => {
    const index = this.#rowCount(name);
    this._rows = { ...this._rows, [name]: index + 1 };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[name^="${name}[${index}]."]`)?.focus();
  };

  #removeRow = async (name: string, index: number) => {
    const rows = this.#rowCount(name);
    this._values = withoutRow(this._values, name, index);
    this._rows = { ...this._rows, [name]: rows - 1 };
    this.#announce(this.#t('form.row_removed', { n: index + 1 }));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-name="${name}"] .add`)?.focus();
  };

  /** One listener for every control's input and change; checkboxes and selects may fire either. */
  #onControlInput = (event: Event) => {
    const control = readControl(event);
    if (control && this._values[control.name] !== control.value) this._values = { ...this._values, [control.name]: control.value };
  };

  /** Blur does not bubble: listened for in the capture phase, so one listener serves every control. */
  #onControlBlur = {
    capture: true,
    handleEvent: (event: Event) => {
      const control = readControl(event);
      // A hidden form (focus moved to the payment page) shows its errors when it returns.
      if (control && this.#feedback.touch(control.name) && !formHidden(this._phase)) this.requestUpdate();
    },
  };

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.submit();
  };

  /** Loads the SDK, and initiates it when the merchant gave its ids, while the customer types. */
  #warmUp = () => {
    // While a payment starts, HyperCheckout is already being opened with the session's own settings.
    if (this.mode !== 'sdk' || this._phase === 'submitting' || this._phase === 'processing') return;
    const options = this.#launcherOptions();
    if (options) {
      this.#launcher.initiate(options).catch(() => undefined);
      void this.#preFetch(options.clientId);
    } else {
      loadHyperServices(this.sdkUrl).catch(() => undefined);
    }
  };

  async #preFetch(clientId: string): Promise<void> {
    if (this.#preFetched) return;
    this.#preFetched = true;
    const HyperServices = await loadHyperServices(this.sdkUrl).catch(() => undefined);
    HyperServices?.preFetch?.({ requestId: crypto.randomUUID(), service: HYPER_SERVICE, payload: { clientId } });
  }

  /** HyperServices finds its div with document.getElementById, so it lives in light DOM; added when first needed. */
  #hyperSdkDiv(): HTMLDivElement {
    if (!this.#sdkDiv) {
      this.#sdkDiv = document.createElement('div');
      this.#sdkDiv.id = `juspay-hypersdk-${++instances}`;
      this.#sdkDiv.slot = 'hypercheckout';
    }
    if (this.#sdkDiv.parentNode !== this) this.append(this.#sdkDiv);
    return this.#sdkDiv;
  }

  #launcherOptions(payload?: SdkPayload['payload']): LauncherOptions | undefined {
    const merchantId = this.merchantId || payload?.merchantId;
    const clientId = this.clientId || payload?.clientId;
    if (!merchantId || !clientId) return undefined;
    const environment = this.environment ?? payload?.environment;
    return {
      sdkUrl: this.sdkUrl,
      merchantId,
      clientId,
      environment: environment === 'sandbox' ? 'sandbox' : 'production',
      hyperSDKDiv: this.#hyperSdkDiv().id,
      timeoutMs: this.timeout,
    };
  }

  /** Runs one step of the flow; failures are reported, and work from a closed run ends quietly. */
  async #guard(run: number, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      if (run === this.#run) this.#fail(error);
    }
  }

  async #handleSession(response: SessionResponse): Promise<void> {
    if (response.kind === 'sdk') {
      this.#session = response;
      const proceed = emit(
        this,
        'juspay-session-created',
        { orderId: response.orderId, id: response.id, status: response.status, paymentLinks: response.paymentLinks },
        { cancelable: true },
      );
      if (!proceed) {
        // The merchant opens checkout itself; the next Pay asks the endpoint (same key) and the merchant again.
        this.#session = undefined;
        this._phase = 'idle';
        this.#announce('');
        return;
      }
      await this.#open(response);
    } else if (response.kind === 'order') {
      await this.#settle(response.orderId, response.status);
    } else if (response.kind === 'authentication') {
      emit(this, 'juspay-checkout-opened', { mode: 'authentication' });
      if (response.method === 'POST') postTo(response.url, response.params);
      else redirectTo(response.url);
    }
  }

  async #open(session: SdkSession): Promise<void> {
    const web = session.paymentLinks.web;
    const narrow = this.getBoundingClientRect().width < IFRAME_MIN_WIDTH;
    if (this.mode === 'redirect' || (this.mode === 'iframe' && narrow)) return this.#redirect(session);
    if (this.mode === 'iframe' && web) {
      this._phase = 'processing';
      this._iframeUrl = web;
      this.#announce(this.#t('form.processing'));
      emit(this, 'juspay-checkout-opened', { mode: 'iframe' });
      return;
    }
    const run = this.#run;
    const options = this.#launcherOptions(session.sdkPayload.payload);
    if (!options) {
      throw new CheckoutError({
        stage: 'sdk',
        code: 'configuration_error',
        message: 'The session has no merchantId/clientId to start HyperCheckout with.',
        retryable: false,
        orderId: session.orderId,
      });
    }
    try {
      await this.#launcher.initiate(options);
    } catch (error) {
      if (!(error instanceof LauncherClosed) && this.redirectFallback && web) return this.#redirect(session);
      throw error;
    }
    this._phase = 'processing';
    this.#announce(this.#t('form.processing'));
    const result = this.#launcher.process(options, session.sdkPayload);
    emit(this, 'juspay-checkout-opened', { mode: 'sdk' });
    const { status, errorMessage } = await result;
    this.#launcher.terminate();
    if (run === this.#run) await this.#settle(session.orderId, status, { order_id: session.orderId }, errorMessage);
  }

  #redirect(session: SdkSession): void {
    const web = session.paymentLinks.web;
    if (!web) {
      throw new CheckoutError({
        stage: 'session',
        code: 'invalid_response',
        message: 'The session has no payment_links.web to redirect to.',
        retryable: false,
        orderId: session.orderId,
      });
    }
    emit(this, 'juspay-checkout-opened', { mode: 'redirect' });
    redirectTo(web);
  }

  /** The embedded payment page came back to the merchant's origin: read Juspay's return parameters. */
  #onIframeLoad = (event: Event) => {
    let search: string;
    try {
      search = (event.target as HTMLIFrameElement).contentWindow?.location.search ?? '';
    } catch {
      return; // Still on Juspay's origin.
    }
    const params = readReturnParams(search);
    if (!params) return;
    this._iframeUrl = '';
    void this.#guard(this.#run, () => this.#settle(params.order_id!, params.status!, params));
  };

  /** After a redirect, the page loads with Juspay's return parameters: report the verified outcome. */
  async #reportReturn(): Promise<void> {
    if (!window.location.search) return;
    const params = readReturnParams(window.location.search);
    if (!params || !this.statusEndpoint || (this.orderId && this.orderId !== params.order_id)) return;
    this._phase = 'submitting';
    await this.#guard(this.#run, () => this.#settle(params.order_id!, params.status!, params));
  }

  /**
   * Emits the outcome for `status`. With a `status-endpoint`, the merchant's server is asked first:
   * its status wins and `verified` says whether it confirmed the payment.
   */
  async #settle(orderId: string, hint: string, params: Record<string, string> = { order_id: orderId }, message?: string) {
    let status = hint;
    let verified = false;
    if (this.statusEndpoint) {
      // No run check: the payment is over, so its outcome is reported even if close() or removal came meanwhile.
      const checked = await fetchVerifiedStatus(this.statusEndpoint, params, { headers: this.headers, timeoutMs: this.timeout });
      // An order Juspay has not started (the customer went back) says nothing more than the SDK did.
      if (checked && !isNotStarted(checked.status)) ({ status, verified } = checked);
    }
    const outcome = outcomeOfStatus(status);
    if (outcome === 'success' || outcome === 'pending') this.#newAttempt();
    // A new key after any outcome; the session itself is kept for a retry while its token holds.
    else this.#idempotencyKey = undefined;
    if (outcome === 'success') {
      this._phase = 'success';
      this.#announce(this.#t('outcome.success'));
      emit(this, 'juspay-payment-success', { orderId, status, verified });
    } else if (outcome === 'pending') {
      this._phase = 'pending';
      this.#announce(this.#t('outcome.pending'));
      emit(this, 'juspay-payment-pending', { orderId, status });
    } else if (outcome === 'cancelled') {
      this._phase = 'cancelled';
      this.#announce(this.#t('outcome.cancelled'));
      emit(this, 'juspay-payment-cancelled', { orderId, status });
    } else {
      this.#fail(
        new CheckoutError({
          stage: 'payment',
          code: 'payment_failed',
          message: message || `The payment ended with status ${status}.`,
          retryable: true,
          status,
          orderId,
        }),
      );
    }
  }

  #sessionUsable(session: SdkSession): boolean {
    const expiry = Date.parse(session.sdkPayload.payload.clientAuthTokenExpiry ?? '');
    // Leave a margin: the customer still has to pay after we reopen.
    return Number.isFinite(expiry) && expiry - Date.now() > 60_000;
  }

  #fail(caught: unknown): void {
    const error =
      caught instanceof CheckoutError
        ? caught
        : new CheckoutError({
            stage: 'sdk',
            code: 'sdk_initiate_failed',
            message: caught instanceof Error ? caught.message : String(caught),
            retryable: true,
          });
    const orderId = error.orderId ?? this.#session?.orderId;
    this._phase = 'failed';
    this.#announce(this.#t(`failure.${error.code}`, { message: error.message }));
    emit(this, 'juspay-payment-failed', {
      stage: error.stage,
      code: error.code,
      message: error.message,
      retryable: error.retryable,
      ...(orderId ? { orderId } : {}),
      ...(error.status ? { status: error.status } : {}),
      ...(error.errorCode ? { errorCode: error.errorCode } : {}),
    });
  }

  #newAttempt(): void {
    this.#idempotencyKey = undefined;
    this.#session = undefined;
  }

  /** A live region speaks only when its text changes: an identical message is cleared, then set again. */
  #announce(message: string): void {
    const turn = ++this.#announcements;
    if (!message || message !== this._announcement) {
      this._announcement = message;
      return;
    }
    this._announcement = '';
    void this.updateComplete.then(() => {
      if (turn === this.#announcements) this._announcement = message;
    });
  }

  /** Moves focus to the first invalid control in the form's order; the only focus move on submit. */
  #focusFirstInvalid(names: ReadonlySet<string>): void {
    const controls = this.renderRoot.querySelectorAll<HTMLInputElement>('form [name]');
    [...controls].find((control) => names.has(control.name))?.focus();
  }
}
