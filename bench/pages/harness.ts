/**
 * In-page side of the benchmark, loaded by `bench.html` after the script-tag bundle and axe-core.
 * Everything is timed with `performance.now()` inside the page; the Node side only collects.
 */
import type { CSSResultOrNative } from 'lit';
import type { AxeResults } from 'axe-core';
import type { JuspaySessionCheckout } from '../../src/index.js';
import type { AxeViolation, BenchHarness, FormState, StateResult, SubmitSamples } from './harness-api.js';
import { validValue, type ControlInfo } from './values.js';
import { readControls } from './controls.js';

const TAG = 'juspay-session-checkout';
const SDK_URL = '/sdk/HyperServices.js';
const stage = () => document.getElementById('stage')!;

interface DoubleSteering {
  outcome?: string;
  delayMs?: number;
  calls: { method: string; payload?: unknown }[];
}
const steering = (): DoubleSteering => {
  const host = window as unknown as { HyperServicesDouble?: DoubleSteering };
  return (host.HyperServicesDouble ??= { calls: [] });
};

/** `process()` calls are timed by watching the double's call log. */
let processedAt: number | undefined;
{
  const calls: DoubleSteering['calls'] = [];
  calls.push = (...items) => {
    if (items.some((item) => item.method === 'process')) processedAt ??= performance.now();
    return Array.prototype.push.apply(calls, items);
  };
  Object.assign(steering(), { outcome: 'charged', delayMs: 0, calls });
}

function create(vertical: string, endpoint = '/api/session', extra: Record<string, string> = {}): JuspaySessionCheckout {
  const element = document.createElement(TAG) as JuspaySessionCheckout;
  const attributes: Record<string, string> = {
    endpoint,
    vertical,
    amount: '30500',
    currency: 'INR',
    'sdk-url': SDK_URL,
    ...extra,
  };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

const root = (element: HTMLElement) => element.shadowRoot!;
const forceLayout = (element: Element) => element.getBoundingClientRect().height;
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** Invalid controls once a submit's check has run: the check arrives with the deferred chunk, cold on a page's first submit. */
async function invalidAfterSubmit(element: JuspaySessionCheckout, waitMs = 2000): Promise<number> {
  const started = performance.now();
  let invalid = 0;
  do {
    await tick(20);
    await element.updateComplete;
    invalid = root(element).querySelectorAll('[aria-invalid="true"]').length;
  } while (invalid === 0 && performance.now() - started < waitMs);
  return invalid;
}

const escapeHtml = (value: string) =>
  value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const attr = (name: string, value: string | null | undefined) => (value ? ` ${name}="${escapeHtml(value)}"` : '');

/** The form a developer would write by hand for the same fields: fieldsets, labels, controls, a button, a live region. */
export function staticMarkup(controls: ControlInfo[]): string {
  const groups = new Map<string, ControlInfo[]>();
  for (const control of controls) groups.set(control.group, [...(groups.get(control.group) ?? []), control]);
  const field = (c: ControlInfo) => {
    const common = `${attr('id', c.id)}${attr('name', c.name)}${attr('autocomplete', c.autocomplete)}${c.required ? ' required' : ''} aria-invalid="false"`;
    const label = `<label for="${escapeHtml(c.id)}">${escapeHtml(c.label.replace(/ \*$/, ''))}${c.required ? '<span class="required" aria-hidden="true"> *</span>' : ''}</label>`;
    if (c.tag === 'select') {
      const options = c.options.map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`).join('');
      return `<div class="field">${label}<select${common}>${options}</select></div>`;
    }
    if (c.type === 'checkbox') return `<div class="field checkbox"><input type="checkbox"${common}>${label}</div>`;
    return `<div class="field">${label}<input type="${escapeHtml(c.type)}"${common}${attr('inputmode', c.inputmode)}></div>`;
  };
  const fieldsets = [...groups]
    .map(([legend, members]) =>
      legend ? `<fieldset><legend>${escapeHtml(legend)}</legend>${members.map(field).join('')}</fieldset>` : members.map(field).join(''),
    )
    .join('');
  return `<form novalidate>${fieldsets}<div class="actions"><button type="submit">Pay ₹30,500.00</button></div></form><p class="status" role="status" aria-live="polite"></p><div class="checkout"></div>`;
}

function elementSheets(): CSSStyleSheet[] {
  const constructor = customElements.get(TAG) as unknown as { elementStyles: CSSResultOrNative[] };
  return constructor.elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
}

async function mounted(vertical: string): Promise<JuspaySessionCheckout> {
  const element = create(vertical);
  stage().replaceChildren(element);
  await element.updateComplete;
  return element;
}

function setControl(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, value: string | boolean): void {
  if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    control.checked = value === true;
    control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    return;
  }
  control.value = String(value);
  const type = control instanceof HTMLSelectElement ? 'change' : 'input';
  control.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

/** Types a valid value into every control as a customer would: value, input/change, and blur unless `blur` is false. */
async function fillValid(element: JuspaySessionCheckout, blur = true): Promise<void> {
  for (const info of readControls(element)) {
    const control = root(element).querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${CSS.escape(info.name)}"]`)!;
    setControl(control, validValue(info));
    if (blur) control.dispatchEvent(new FocusEvent('blur'));
    await element.updateComplete;
  }
}

/** Resolves with `performance.now()` at the double's first `process()` call after now, or undefined. */
async function processed(timeoutMs: number): Promise<number | undefined> {
  for (const end = performance.now() + timeoutMs; processedAt === undefined && performance.now() < end; ) await tick(1);
  return processedAt;
}

function nextEvent(target: EventTarget, names: string[], timeoutMs: number): Promise<{ name: string; detail: unknown } | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => done(undefined), timeoutMs);
    const listeners = names.map((name) => {
      const listener = (event: Event) => done({ name, detail: (event as CustomEvent).detail });
      target.addEventListener(name, listener);
      return [name, listener] as const;
    });
    function done(result: { name: string; detail: unknown } | undefined) {
      clearTimeout(timer);
      for (const [name, listener] of listeners) target.removeEventListener(name, listener);
      resolve(result);
    }
  });
}

const outcomes = ['juspay-payment-success', 'juspay-payment-failed', 'juspay-payment-pending', 'juspay-payment-cancelled'];

const harness: BenchHarness = {
  now: () => performance.now(),

  clear() {
    stage().replaceChildren();
  },

  async staticPage(vertical) {
    const controls = await harness.controls(vertical);
    const css = elementSheets()
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    return { css, markup: staticMarkup(controls), controls: controls.length };
  },

  async coldPay(vertical) {
    // A fresh page: nothing is loaded but the entry and what the first render needed.
    await customElements.whenDefined(TAG);
    const element = create(vertical);
    stage().replaceChildren(element);
    await element.updateComplete;
    await fillValid(element, false);
    processedAt = undefined;
    const t0 = performance.now();
    void element.submit();
    const at = await processed(10000);
    return at === undefined ? undefined : at - t0;
  },

  async controls(vertical) {
    const element = await mounted(vertical);
    const controls = readControls(element);
    element.remove();
    return controls;
  },

  async firstRender(vertical, runs, warmup) {
    const controls = await harness.controls(vertical);
    const markup = staticMarkup(controls);
    const sheets = elementSheets();
    const host = stage();
    const element: number[] = [];
    const statics: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      await tick();
      const measureElement = async () => {
        // The element: creation to a rendered, laid-out form.
        const t0 = performance.now();
        const checkout = create(vertical);
        host.append(checkout);
        await checkout.updateComplete;
        forceLayout(root(checkout).querySelector('form')!);
        const elapsed = performance.now() - t0;
        checkout.remove();
        return elapsed;
      };
      const measureStatic = () => {
        // The hand-written form: same fields, same stylesheet, parsed from static markup.
        const t0 = performance.now();
        const div = document.createElement('div');
        const shadow = div.attachShadow({ mode: 'open' });
        shadow.adoptedStyleSheets = sheets;
        shadow.innerHTML = markup;
        host.append(div);
        forceLayout(shadow.querySelector('form')!);
        const elapsed = performance.now() - t0;
        div.remove();
        return elapsed;
      };
      // Alternate which goes first, so neither always meets a warmer cache.
      let elementMs: number;
      let staticMs: number;
      if (i % 2 === 0) {
        elementMs = await measureElement();
        await tick();
        staticMs = measureStatic();
      } else {
        staticMs = measureStatic();
        await tick();
        elementMs = await measureElement();
      }
      if (i >= warmup) {
        element.push(elementMs);
        statics.push(staticMs);
      }
    }
    return { element, static: statics, fields: controls.length };
  },

  async submitToProcess(runs) {
    const result: SubmitSamples = { fetch: [], preloaded: [], cold: [], failures: [], breakdown: [] };
    const ids = { 'merchant-id': 'benchmerchant', 'client-id': 'benchclient', environment: 'sandbox' };
    // Warm the endpoint and the code paths once, untimed.
    await (await fetch('/api/session', { method: 'POST', body: '{}' })).json();

    async function run(cold: boolean, n: number): Promise<number | undefined> {
      const sdkUrl = cold ? `${SDK_URL}?cold=${n}` : SDK_URL;
      if (cold) delete (window as { HyperServices?: unknown }).HyperServices;
      const element = create('general', '/api/session', { ...ids, 'sdk-url': sdkUrl });
      stage().replaceChildren(element);
      await element.updateComplete;
      await fillValid(element);
      if (!cold) {
        // What happens while the customer types: focus loads and initiates HyperCheckout.
        steering().calls.length = 0;
        root(element).querySelector('form')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        for (let wait = 0; wait < 200 && !steering().calls.some((call) => call.method === 'initiate'); wait++) await tick(5);
        await tick(30);
      }
      const outcome = nextEvent(element, outcomes, 10000);
      processedAt = undefined;
      steering().calls.length = 0;
      const t0 = performance.now();
      void element.submit();
      const event = await outcome;
      const at = processedAt;
      const request = performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => entry.name.endsWith('/api/session'))
        .at(-1);
      if (request && at !== undefined && !cold) {
        result.breakdown.push({
          beforeRequest: request.startTime - t0,
          request: request.responseEnd - request.startTime,
          afterResponse: at - request.responseEnd,
        });
      }
      performance.clearResourceTimings();
      element.remove();
      if (at === undefined || event?.name !== 'juspay-payment-success') {
        result.failures.push(`${cold ? 'cold' : 'preloaded'} run ${n}: ${event ? `${event.name} ${JSON.stringify(event.detail)}` : 'no outcome'}`);
        return undefined;
      }
      return at - t0;
    }

    for (let n = 0; n < runs; n++) {
      const body = JSON.stringify({ customer_email: 'testeml.123@gmail.com', customer_phone: '8667056789', amount: '30500' });
      const t0 = performance.now();
      const response = await fetch('/api/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': crypto.randomUUID() },
        body,
      });
      await response.json();
      result.fetch.push(performance.now() - t0);
      const preloaded = await run(false, n);
      if (preloaded !== undefined) result.preloaded.push(preloaded);
      const cold = await run(true, n);
      if (cold !== undefined) result.cold.push(cold);
    }
    return result;
  },

  async typing(vertical, rounds) {
    const element = await mounted(vertical);
    // Submit empty: every field now shows its error state, so each input can change it.
    await element.submit();
    await element.updateComplete;
    const samples: number[] = [];
    const infos = readControls(element).filter((info) => info.type !== 'checkbox');
    for (const info of infos) {
      const control = root(element).querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${CSS.escape(info.name)}"]`)!;
      const valid = validValue(info);
      const invalid = info.tag === 'select' || info.type === 'date' ? '' : '@@';
      for (let round = 0; round < rounds; round++) {
        for (const value of [valid, invalid]) {
          const t0 = performance.now();
          setControl(control, value);
          await element.updateComplete;
          void control.getAttribute('aria-invalid');
          forceLayout(control);
          samples.push(performance.now() - t0);
        }
      }
    }
    element.remove();
    return { samples, controls: infos.length };
  },

  async cycles(verticals, count) {
    const host = stage();
    for (let i = 0; i < count; i++) {
      const element = create(verticals[i % verticals.length]!);
      host.append(element);
      await element.updateComplete;
      element.remove();
    }
    await tick(50);
    return document.getElementsByTagName('*').length;
  },

  async prepareState(vertical, state: FormState): Promise<StateResult> {
    const element = create(vertical, state === 'failed' ? '/api/fail' : '/api/session');
    stage().replaceChildren(element);
    await element.updateComplete;
    if (state === 'empty') return { reached: true, note: '' };
    if (state === 'errors') {
      // Not awaited: when the empty form is valid, submit() goes on to a session that never answers.
      element.fetchSession = () => new Promise(() => undefined);
      void element.submit();
      let invalid = await invalidAfterSubmit(element);
      let how = 'submitted empty';
      if (invalid === 0) {
        // Nothing is required: type a malformed value into every text control and submit again.
        element.remove();
        const retry = create(vertical);
        retry.fetchSession = () => new Promise(() => undefined);
        stage().replaceChildren(retry);
        await retry.updateComplete;
        for (const info of readControls(retry).filter((c) => c.tag === 'input' && !['checkbox', 'date'].includes(c.type))) {
          setControl(root(retry).querySelector<HTMLInputElement>(`[name="${CSS.escape(info.name)}"]`)!, '@@');
        }
        void retry.submit();
        invalid = await invalidAfterSubmit(retry);
        how = 'submitted with malformed values (nothing is required)';
      }
      return { reached: invalid > 0, note: `${how}: ${invalid} controls invalid` };
    }
    await fillValid(element);
    if (state === 'submitting') element.fetchSession = () => new Promise(() => undefined);
    const failed = nextEvent(element, ['juspay-payment-failed'], 5000);
    void element.submit();
    if (state === 'submitting') {
      await element.updateComplete;
      await tick(20);
      const busy = root(element).querySelector('[aria-busy="true"]') !== null;
      const early = await Promise.race([failed, tick(0).then(() => undefined)]);
      return {
        reached: busy && !early,
        note: early ? `submit failed instead: ${JSON.stringify(early.detail)}` : busy ? '' : 'no aria-busy control while submitting',
      };
    }
    const event = await failed;
    await element.updateComplete;
    const detail = event?.detail as { stage?: string } | undefined;
    return {
      reached: detail?.stage === 'session',
      note: detail?.stage === 'session' ? '' : `expected a session failure, got ${event ? JSON.stringify(detail) : 'no event'}`,
    };
  },

  async axe() {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map(
      (violation): AxeViolation => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => JSON.stringify(node.target)),
      }),
    );
  },
};

window.bench = harness;
