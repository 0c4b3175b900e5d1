import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/index.js';
import type { JuspaySessionCheckout } from '../../src/index.js';
import { checkoutEventNames, type CheckoutEventDetails, type CheckoutEventName } from '../../src/events/events.js';
import type { HyperServicesDoubleControls } from '../../src/testing/double-controls.js';

export const SDK_URL = '/sdk/HyperServices.js';

/** Seed 000's general sample, as a customer would type it (dates as the date control holds them). */
export const generalSample = {
  customer_email: 'testeml.123@gmail.com',
  customer_phone: '8667056789',
  customer_first_name: 'John',
  customer_middle_name: '',
  customer_last_name: 'Doe',
  customer_dob: '1997-12-06',
  customer_gender: 'Male',
  customer_marital_status: 'Married',
  customer_highest_education: 'Graduate',
  customer_address_line1: 'address line 1',
  customer_address_line2: 'address line 1',
  customer_city: 'Bengaluru',
  customer_state: 'Karnataka',
  customer_pincode: '560095',
  customer_employment_type: 'SALARIED',
};

export type DoubleControls = HyperServicesDoubleControls;

/** Resets the HyperServices double's calls and steering for a test. */
export function steerDouble(controls: Partial<DoubleControls> = {}): DoubleControls {
  const double = (window.HyperServicesDouble ??= { calls: [] });
  double.calls.length = 0;
  for (const key of ['outcome', 'initiateError', 'initiateSilent', 'readinessLagMs', 'hideLoader', 'noise', 'simple', 'onResult', 'delayMs'] as const) delete double[key];
  Object.assign(double, controls);
  return double;
}

export async function mountCheckout(endpoint = '/api/session/general', vertical = 'general') {
  return fixture<JuspaySessionCheckout>(
    html`<juspay-session-checkout endpoint=${endpoint} vertical=${vertical} amount="30500" currency="INR" sdk-url=${SDK_URL}></juspay-session-checkout>`,
  );
}

export function control(element: HTMLElement, name: string): HTMLInputElement | HTMLSelectElement {
  const found = element.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  if (!found) throw new Error(`No control named ${name}`);
  return found;
}

/** Types each value into its control as a customer would: input, then leaving the field. */
export async function fill(element: JuspaySessionCheckout, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const target = control(element, name);
    target.focus();
    target.value = value;
    target.dispatchEvent(new Event(target instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
    target.dispatchEvent(new FocusEvent('blur'));
    await element.updateComplete;
  }
}

export function payButton(element: HTMLElement): HTMLButtonElement {
  return element.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
}

export function statusText(element: HTMLElement): string {
  return element.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
}

export function nextEvent<K extends CheckoutEventName>(target: EventTarget, name: K, timeoutMs = 8000) {
  return new Promise<CustomEvent<CheckoutEventDetails[K]>>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`No ${name} within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<CheckoutEventDetails[K]>);
      },
      { once: true },
    );
  });
}

/** Collects the checkout events after `juspay-ready`, in the order they fire. */
export function recordEvents(target: EventTarget): { name: string; detail: unknown }[] {
  const log: { name: string; detail: unknown }[] = [];
  for (const name of checkoutEventNames.filter((name) => name !== 'juspay-ready')) target.addEventListener(name, (event) => log.push({ name, detail: (event as CustomEvent).detail }));
  return log;
}

export interface RecordedCall {
  path: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

export async function recordedRequests(): Promise<RecordedCall[]> {
  return (await fetch('/api/requests')).json();
}

export async function clearRequests() {
  await fetch('/api/requests', { method: 'DELETE' });
}

/** The widget fixture page in an iframe: attributes in its hash, Juspay's return parameters in its query. */
export async function openWidgetPage(attributes: Record<string, string>, query = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = `/test/fixtures/widget.html${query}#${encodeURIComponent(JSON.stringify(attributes))}`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}
