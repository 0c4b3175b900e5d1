import { checkoutEventNames } from '../src/index.js';
import { verticals } from '../src/contract/verticals.js';
import type { JuspaySessionCheckout } from '../src/index.js';
import type {} from '../src/testing/double-controls.js';
import { sampleFor } from './samples.js';

// The simulated HyperCheckout tells the local Juspay double what the customer chose, as the real
// one tells Juspay, so the status endpoint's Order Status check sees the payment.
window.HyperServicesDouble = {
  calls: [],
  ...window.HyperServicesDouble,
  onResult: (status, sdkPayload) =>
    fetch('/api/simulate-payment', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ orderId: sdkPayload.payload.orderId, status }),
    }),
};

const checkout = document.querySelector<JuspaySessionCheckout>('#checkout')!;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const verticalSelect = $<HTMLSelectElement>('vertical');
const langSelect = $<HTMLSelectElement>('lang');
const modeSelect = $<HTMLSelectElement>('mode');
const faultSelect = $<HTMLSelectElement>('fault');
const log = $<HTMLOListElement>('event-log');

const languages: [string, string][] = [
  ['en', 'English'],
  ['hi', 'हिन्दी'],
  ['th', 'ไทย'],
  ['vi', 'Tiếng Việt'],
  ['id', 'Bahasa Indonesia'],
  ['ko', '한국어'],
];

function option(value: string, label = value): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

const verticalNames: Record<(typeof verticals)[number], string> = {
  general: 'General (credit)',
  insurance: 'Insurance',
  education: 'Education',
  travel: 'Travel',
  tpv: 'Bank account payment (TPV)',
  mandate: 'Recurring mandate',
  billing: 'Billing plan',
};
verticalSelect.append(...verticals.map((vertical) => option(vertical, verticalNames[vertical])));
langSelect.append(...languages.map(([code, name]) => option(code, name)));

/** Points the widget at the healthy endpoint or at one that fails in the chosen way. */
function applyBackend() {
  const fault = faultSelect.value;
  const vertical = verticalSelect.value;
  checkout.endpoint = fault === 'slow' ? '/api/fault/slow' : fault === '500' ? '/api/fault/500' : `/api/session/${vertical}`;
  checkout.timeout = fault === 'slow' ? 5000 : 20000;
  checkout.sdkUrl = fault === 'sdk' ? '/sdk/blocked/HyperServices.js' : '/sdk/HyperServices.js';
}

/** Shows a vertical with the merchant's fixed terms for it; the customer's fields start empty. */
function applyVertical() {
  checkout.vertical = verticalSelect.value as JuspaySessionCheckout['vertical'];
  const sample = sampleFor(verticalSelect.value);
  checkout.params = sample.params;
  checkout.amount = sample.amount;
  checkout.prefill = {};
  applyBackend();
}
verticalSelect.addEventListener('change', applyVertical);
langSelect.addEventListener('change', () => (checkout.lang = langSelect.value));
modeSelect.addEventListener('change', () => (checkout.mode = modeSelect.value as JuspaySessionCheckout['mode']));
faultSelect.addEventListener('change', applyBackend);
$('fill').addEventListener('click', () => (checkout.prefill = sampleFor(verticalSelect.value).prefill));
$('reset').addEventListener('click', () => checkout.reset());

$('theme-primary').addEventListener('input', (event) =>
  checkout.style.setProperty('--juspay-color-primary', (event.target as HTMLInputElement).value),
);
$('theme-radius').addEventListener('input', (event) =>
  checkout.style.setProperty('--juspay-radius', `${(event.target as HTMLInputElement).value}px`),
);
$('theme-font').addEventListener('change', (event) =>
  checkout.style.setProperty('--juspay-font', (event.target as HTMLSelectElement).value),
);

async function showExchange() {
  const exchange = await (await fetch('/api/last-exchange')).json();
  if (!exchange) return;
  $('request').textContent = JSON.stringify(exchange.request, null, 2);
  $('response').textContent = JSON.stringify(exchange.response, null, 2);
}

// Juspay knows a billing plan by its id; the page names it for the customer.
checkout.translations = { 'plan.demo_monthly_plan': 'Monthly plan' };
applyVertical();

/** Where the server's settlement came from (webhook, status check or signed return), as onOrderSettled saw it. */
async function logSettlement(orderId: string) {
  const settled = await (await fetch(`/api/settlement?order_id=${encodeURIComponent(orderId)}`)).json();
  const entry = document.createElement('li');
  entry.dataset.event = 'settlement';
  entry.textContent = settled ? `Settled by ${settled.source}: ${settled.status}, verified: ${settled.verified}` : `Order ${orderId} is not settled yet.`;
  log.prepend(entry);
}

for (const name of checkoutEventNames) {
  checkout.addEventListener(name, (event) => {
    const entry = document.createElement('li');
    const time = document.createElement('time');
    time.textContent = new Date().toLocaleTimeString();
    const title = document.createElement('strong');
    title.textContent = name;
    entry.append(time, ' ', title);
    const detail = (event as CustomEvent).detail;
    if (detail !== undefined && detail !== null) {
      const pre = document.createElement('pre');
      pre.textContent = JSON.stringify(detail, null, 2);
      entry.append(pre);
    }
    entry.dataset.event = name;
    log.prepend(entry);
    if (name === 'juspay-session-created' || name === 'juspay-payment-failed') void showExchange();
    if (name.startsWith('juspay-payment-') && detail?.orderId) void logSettlement(detail.orderId);
  });
}
