import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { JuspaySessionCheckout } from '../../src/index.js';
import { SDK_URL } from './helpers.js';

const payText = (element: HTMLElement) => element.shadowRoot!.querySelector('button[type="submit"]')!.textContent!.trim();

async function mountIn(lang: string, currency = 'INR') {
  return fixture<JuspaySessionCheckout>(
    html`<juspay-session-checkout endpoint="/api/session/general" lang=${lang} amount="30500" currency=${currency} sdk-url=${SDK_URL}></juspay-session-checkout>`,
  );
}

/** Records console.warn while `work` runs. */
async function warnings(work: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await work();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('language tags', () => {
  it('hi_IN, with an underscore and an amount, renders the form in Hindi', async () => {
    const element = await mountIn('hi_IN');
    await waitUntil(() => /[\u0900-\u097F]/.test(payText(element)), 'Hindi loaded');
    expect(payText(element)).to.equal('₹30,500.00 का भुगतान करें');
    expect(element.shadowRoot!.querySelector('form [name="customer_email"]')).to.exist;
  });

  it('en_US formats the amount as en-US', async () => {
    const element = await mountIn('en_US');
    expect(payText(element)).to.equal('Pay ₹30,500.00');
  });

  it('a tag Intl cannot use falls back to English, renders the form and says why in the console', async () => {
    let element!: JuspaySessionCheckout;
    const seen = await warnings(async () => {
      element = await mountIn('en US!');
    });
    expect(payText(element)).to.equal('Pay ₹30,500.00');
    expect(seen.join('\n')).to.contain('"en US!" is not a language tag; showing English.');
  });

  it('a currency Intl refuses still renders the form and its amount', async () => {
    const element = await mountIn('en', 'RUPEES');
    expect(payText(element)).to.equal('Pay 30,500.00');
    expect(element.shadowRoot!.querySelector('form [name="customer_email"]')).to.exist;
  });
});

describe('a catalogue that cannot be loaded', () => {
  it('is fetched once per page, however often the widget renders, and the console says why', async () => {
    // The script-tag bundle fetches locales/ from beside itself; this page answers them 404.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><head><script>
      window.localeRequests = [];
      window.warnings = [];
      const realFetch = window.fetch;
      window.fetch = (input, init) => {
        if (String(input).includes('/locales/')) {
          window.localeRequests.push(String(input));
          return Promise.resolve(new Response('Not found', { status: 404 }));
        }
        return realFetch(input, init);
      };
      console.warn = (...args) => window.warnings.push(args.join(' '));
    </script><script src="/dist/juspay-session-checkout.iife.js"></script></head>
    <body><juspay-session-checkout endpoint="/api/session/general" lang="vi" amount="30500" currency="INR"></juspay-session-checkout></body></html>`;
    document.body.append(frame);
    type FramePage = Window & { localeRequests: string[]; warnings: string[] };
    await waitUntil(() => frame.contentWindow?.document.querySelector('juspay-session-checkout')?.shadowRoot?.querySelector('form'), 'rendered');
    const page = frame.contentWindow as FramePage;
    const element = page.document.querySelector('juspay-session-checkout') as JuspaySessionCheckout;
    await waitUntil(() => page.warnings.length > 0, 'the fallback is explained');
    for (const lang of ['ko', 'vi', 'ko', 'vi']) {
      element.lang = lang;
      element.amount = String(100 + page.localeRequests.length);
      await element.updateComplete;
    }
    await waitUntil(() => page.localeRequests.length === 2 && page.warnings.length === 2, 'vi and ko asked for once each');
    expect(page.localeRequests.map((url) => new URL(url).pathname)).to.deep.equal(['/dist/juspay-session-checkout/locales/vi.json', '/dist/juspay-session-checkout/locales/ko.json']);
    expect(page.warnings[0]).to.match(/the "vi" strings could not be loaded \(.*\/locales\/vi\.json answered HTTP 404\); showing English\./);
    expect(payText(element)).to.match(/^Pay /);
    frame.remove();
  });
});
