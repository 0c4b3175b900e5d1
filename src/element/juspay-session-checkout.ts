import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { CheckoutFlow } from '../checkout/checkout-flow.js';
import { formHidden, isBusy, type Phase } from '../checkout/phase-view.js';
import { rowPrefix } from '../contract/control-names.js';
import type { Vertical } from '../contract/verticals.js';
import { emit, type CheckoutMode } from '../events/events.js';
import { FieldFeedback } from '../forms/field-feedback.js';
import type { FieldMode } from '../forms/field-plan.js';
import { FormModel } from '../forms/form-model.js';
import { readControl } from '../forms/render-field.js';
import { renderForm, type FormContext } from '../forms/render-form.js';
import { DEFAULT_SDK_URL } from '../hypercheckout/hyper-services.js';
import { readReturnParams } from '../hypercheckout/return-params.js';
import { activeLanguage, addEnglish, currencyFormat, dateFormat, loadLanguage, translator, type Translate } from '../i18n/localize.js';
import type { FetchSession } from '../session-client/session-client.js';
import { styles } from './juspay-session-checkout.styles.js';
import { LiveAnnouncer } from './live-announcer.js';
import { whenIdle } from './when-idle.js';
import { chunkFailure } from '../loader/chunk-failure.js';
import { lazy } from '../loader/lazy.js';

/** Validation, the checkout flow and the English messages are a chunk of their own: the form renders without them. */
const deferred = lazy(() =>
  import('./deferred.js').then((chunk) => {
    addEnglish(chunk.enMessages);
    return chunk;
  }),
);

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
 * @slot success - Merchant content under the success screen, e.g. a link to the order.
 * @slot pending - Merchant content under the pending screen.
 * @slot cancelled - Merchant content under the cancellation notice.
 * @slot failed - Merchant content under the failure notice.
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
 * @csspart status - The live region announcing progress and outcomes (visually hidden).
 * @csspart outcome - The success or pending screen: mark, amount, order reference and next step.
 * @csspart notice - A failure, cancellation or what to fix, above the Pay button.
 * @csspart checkout - The container HyperCheckout opens in.
 * @csspart iframe - The embedded payment page, in `mode="iframe"`.
 *
 * @cssprop --juspay-font - Font family.
 * @cssprop --juspay-color-text - Text colour.
 * @cssprop --juspay-color-muted - Secondary text and borders.
 * @cssprop --juspay-color-background - The element’s and its controls’ background (set `transparent` to show the page through).
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
    headingLevel: { type: Number, attribute: 'heading-level' },
    _iframeUrl: { state: true },
    _notice: { state: true },
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
  /** Per parameter: `collect` (shown empty), `prefill` (shown with its prefill value, editable), `fixed` (sent from `prefill`, not shown) or `hidden` (not sent). */
  declare fields: Record<string, FieldMode>;
  /** Fixed extra Session API parameters sent with the form, e.g. `udf1`, `metadata.source`, mandate terms, `payment_rules`. */
  declare params: Record<string, unknown>;
  /** Extra request headers for the endpoint, e.g. a CSRF token. */
  declare headers: Record<string, string>;
  /** Replaces the POST to `endpoint`. */
  declare fetchSession: FetchSession | undefined;
  /** Per-key string overrides. */
  declare translations: Record<string, string>;

  /** The level of the widget's own headings (terms, outcome), after the page's: default 2. */
  declare headingLevel: number;

  declare private _iframeUrl: string;
  /** A failure, cancellation or what to fix, shown above the Pay button until the next step. */
  declare private _notice: { key: string; values?: Record<string, string | number> | undefined } | undefined;

  #feedback = new FieldFeedback();
  #form = new FormModel(this, () => this.requestUpdate());
  #announcer = new LiveAnnouncer(this);
  /** Made once its chunk is there: when the browser is idle after the first render, on focus, or by Pay. */
  #flow?: CheckoutFlow;
  /** The outcome screens and the attribute checks, from the deferred chunk. */
  #views?: Pick<typeof import('./deferred.js'), 'renderNotice' | 'renderOutcome' | 'checkAttributes'>;
  /** A prefill was applied since the last render: its values are checked when the browser is idle. */
  #prefillApplied = false;

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
    this.headingLevel = 2;
    this._iframeUrl = '';
  }

  static override styles = styles;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang') || !this.hasUpdated) void loadLanguage(this.#lang)?.then(() => this.requestUpdate());
    // Any property may change the body: validity is computed again when next asked for.
    if (changed.size) this.#form.invalidate();
    if ((changed.has('prefill') || changed.has('vertical')) && this.#form.syncPrefill()) {
      this.#prefillApplied = true;
      // A new form: what was said of the last one's fields no longer holds.
      this.#feedback.reset();
      this._notice = undefined;
    }
  }

  protected override firstUpdated(): void {
    emit(this, 'juspay-ready', undefined);
    if (readReturnParams(window.location.search)) void this.#checkout().then((flow) => flow.reportReturn(window.location.search), () => this.#chunkFailed());
    else whenIdle(this, (element) => void element.#checkout().catch(() => undefined));
  }

  /** Prefilled values are checked once the form is painted and the browser is idle, never during a render. */
  protected override updated(changed: PropertyValues): void {
    // Checked with the contract's validators once they arrive (#checkout), then as they change.
    this.#views?.checkAttributes(this, changed.keys());
    if (changed.has('_notice') && this._notice) this.renderRoot.querySelector('.notice')?.scrollIntoView?.({ block: 'nearest' });
    if (!this.#prefillApplied) return;
    this.#prefillApplied = false;
    whenIdle(this, (element) => {
      element.#feedback.prefilled(element.#form.prefilled);
      element.requestUpdate();
    });
  }

  override render() {
    const t = this.#t;
    const phase = this.#phase;
    const busy = isBusy(phase);
    const errors = this.#feedback.active ? this.#form.errors() : new Map();
    const ctx: FormContext = {
      t,
      value: (name) => this.#form.displayed(name),
      error: (name) => this.#feedback.visible(name, errors),
      formatAmount: this.#formatAmount,
      formatDate: this.#formatDate,
      onAdd: this.#addRow,
      onRemove: this.#removeRow,
      headingLevel: this.headingLevel,
    };
    const notice = this._notice;
    const views = this.#views;
    const tone = phase === 'cancelled' ? 'cancelled' : 'failed';
    const retry = phase === 'failed' && this.#flow?.retryable; // a setup to fix: no "Try again" loop
    return html`<div class="root" lang=${activeLanguage(this.#lang)}>
      <form part="form" novalidate ?hidden=${formHidden(phase)} @submit=${this.#onSubmit}
        @focusin=${this.#warmUp} @input=${this.#onControlInput} @change=${this.#onControlInput} @blur=${this.#onControlBlur} @mousedown=${this.#holdFocus}>
        <fieldset class="fields" ?disabled=${busy}>${renderForm(this.#form, ctx)}</fieldset>
        ${notice
          ? views
            ? views.renderNotice(t(notice.key, notice.values), tone, phase === 'cancelled' || phase === 'failed' ? phase : 'notice')
            : html`<p part="notice" class="notice error">${t(notice.key)}</p>` // the chunk with the notice did not load
          : nothing}
        <div class="actions">
          <button part="button" type="submit" aria-busy=${busy ? 'true' : 'false'}>
            ${busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}${retry ? t('form.retry') : this.#payLabel()}
          </button>
        </div>
      </form>
      ${(phase === 'success' || phase === 'pending') && views
        ? views.renderOutcome(phase, this.#flow?.outcome, { t, headingLevel: this.headingLevel, formatAmount: this.#formatAmount, amount: this.amount })
        : nothing}
      <p part="status" class="status" role="status" aria-live="polite">${this.#announcer.message}</p>
      <div part="checkout" class="checkout" tabindex="-1">
        <slot name="hypercheckout"></slot>
        ${this._iframeUrl
          ? html`<iframe part="iframe" title=${t('form.payment_page')} src=${this._iframeUrl} @load=${this.#onIframeLoad}></iframe>`
          : ''}
      </div>
    </div>`;
  }

  /** Validates and, when valid, creates the session and opens checkout. A retry re-sends the same attempt. */
  async submit(): Promise<void> {
    let flow: CheckoutFlow;
    try {
      flow = await this.#checkout();
    } catch {
      return this.#chunkFailed();
    }
    // Checked afresh: a merchant may have changed `params` or `prefill` in place.
    return flow.submit(() => {
      this.#form.invalidate();
      return this.#form.validate();
    });
  }

  /** Clears the form back to its prefilled values and forgets the current attempt. */
  reset(): void {
    this.#flow?.reset();
    this.#feedback.reset();
    this.#form.reset();
    this.#prefillApplied = true;
  }

  /** Closes HyperCheckout or the embedded payment page, and cancels a pending request. Input is kept. */
  close(): void {
    this.#flow?.close();
  }

  async #checkout(): Promise<CheckoutFlow> {
    const chunk = await deferred();
    if (!this.#flow) {
      this.#views = chunk;
      this.#flow = chunk.connectCheckout(this, {
        announce: (key, values) => {
          this.#announcer.announce(key ? this.#t(key, values) : '');
          // What went wrong, and what to fix, also stays in view above the Pay button until the next step.
          this._notice = key && /^(failure\.|form\.fix|outcome\.cancelled)/.test(key) ? { key, values } : undefined;
        },
        embed: (url) => (this._iframeUrl = url),
        submitted: () => this.#feedback.submitted(),
      });
      chunk.checkAttributes(this);
      this.#form.validator = chunk.formValidator;
      this.#form.invalidate();
      this.requestUpdate(); // fields already left now show their errors, in English
    }
    return this.#flow;
  }

  get #phase(): Phase {
    return this.#flow?.phase ?? 'idle';
  }

  /** The flow's chunk did not load (an ad blocker, the network): said and reported like the SDK failing; Pay tries again. */
  #chunkFailed = (): void => {
    this.#announcer.announce(this.#t('failure.sdk_load_failed'));
    this._notice = { key: 'failure.sdk_load_failed' };
    emit(this, 'juspay-payment-failed', { ...chunkFailure });
  };

  /** The element's `lang`, else the page's. */
  get #lang(): string {
    return this.lang || document.documentElement.lang;
  }

  get #t(): Translate {
    return translator(this.#lang, this.translations);
  }

  #formatAmount = (value: unknown): string => {
    const number = Number(value);
    if (!Number.isFinite(number)) return String(value);
    return currencyFormat(this.#lang, this.currency || 'INR').format(number);
  };

  #formatDate = (date: Date): string => dateFormat(this.#lang).format(date);

  #payLabel(): string {
    // `amount="abc"` or "-5" is not shown as a price: the attribute check names it.
    return Number(this.amount) > 0 ? this.#t('form.pay_amount', { amount: this.#formatAmount(this.amount) }) : this.#t('form.pay');
  }

  #addRow = (list: string) => {
    const index = this.#form.addRow(list);
    void this.#focusAfterUpdate(`[name^="${rowPrefix(list, index)}"]`);
  };

  #removeRow = (list: string, index: number) => {
    this.#form.removeRow(list, index);
    this.#announcer.announce(this.#t('form.row_removed', { item: this.#t(`${list}.row`, { n: index + 1 }) }));
    void this.#focusAfterUpdate(`[data-name="${list}"] .add`);
  };

  /** A row added or removed: focus goes to what replaces the button pressed, once it is rendered. */
  async #focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * One listener for every control's input and change; checkboxes and selects may fire either.
   * In the capture phase, like blur, so a value reaches the model even from an event that does not bubble.
   */
  #onControlInput = {
    capture: true,
    handleEvent: (event: Event) => {
      const control = readControl(event);
      if (control && this.#form.set(control.name, control.value)) this.#feedback.edit(control.name);
    },
  };

  /** Blur does not bubble: listened for in the capture phase, so one listener serves every control. */
  #onControlBlur = {
    capture: true,
    handleEvent: (event: Event) => {
      const control = readControl(event);
      // A hidden form (focus moved to the payment page) shows its errors when it returns.
      if (control && this.#feedback.touch(control.name) && !formHidden(this.#phase)) this.requestUpdate();
    },
  };

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    // The fields are disabled while the payment starts: focus waits on the button, not on <body>.
    this.renderRoot.querySelector<HTMLElement>('button[type="submit"]')?.focus();
    void this.submit();
  };

  /** A button pressed keeps the field's focus until the click: the error shown as a field is left would move the button from under the pointer. */
  #holdFocus = (event: MouseEvent) => (event.target as Element).closest('button') && event.preventDefault();

  #warmUp = () => void this.#checkout().then((flow) => flow.warmUp(), () => undefined);

  /** The embedded payment page may be back on the merchant's origin, with Juspay's return parameters. */
  #onIframeLoad = (event: Event) => this.#flow?.embeddedPageLoaded(event.target as HTMLIFrameElement);
}
