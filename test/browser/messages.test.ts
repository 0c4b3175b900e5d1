import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { JuspaySessionCheckout } from '../../src/index.js';
import { SDK_URL, control, fill, statusText } from './helpers.js';

async function mount(vertical: string, lang = 'en', params: Record<string, unknown> = {}) {
  const element = await fixture<JuspaySessionCheckout>(
    html`<juspay-session-checkout endpoint="/api/session/${vertical}" vertical=${vertical} lang=${lang} amount="30500" currency="INR" sdk-url=${SDK_URL} .params=${params}></juspay-session-checkout>`,
  );
  await element.updateComplete;
  return element;
}

/** The error text a customer sees (and a screen reader reads, through aria-describedby) for a control. */
function errorOf(element: HTMLElement, name: string): string {
  const described = control(element, name).getAttribute('aria-describedby') ?? '';
  return described
    .split(' ')
    .map((id) => element.shadowRoot!.getElementById(id))
    .filter((node) => node?.classList.contains('error'))
    .map((node) => node!.textContent!.trim())
    .join(' ');
}

describe('each validator has its own message', () => {
  it('email, phone and PIN code say what a good value looks like', async () => {
    const element = await mount('general');
    await fill(element, { customer_email: 'asha@', customer_phone: '12', customer_pincode: '5600' });
    // Validation arrives with the deferred chunk, once the browser is idle.
    await waitUntil(() => errorOf(element, 'customer_email'), 'errors shown', { timeout: 5000 });
    expect(errorOf(element, 'customer_email')).to.equal('Enter an email address such as name@example.com.');
    expect(errorOf(element, 'customer_phone')).to.equal('Enter a 10-digit mobile number, without the country code.');
    expect(errorOf(element, 'customer_pincode')).to.equal('Enter a 6-digit PIN code, such as 560095.');
  });

  it('IFSC gives its pattern', async () => {
    const element = await mount('tpv');
    await fill(element, { 'metadata.bank_account_details[0].bank_ifsc': 'ICICI0000300' });
    await waitUntil(() => errorOf(element, 'metadata.bank_account_details[0].bank_ifsc'), 'error shown', { timeout: 5000 });
    expect(errorOf(element, 'metadata.bank_account_details[0].bank_ifsc')).to.equal(
      'Enter the 11-character IFSC: 4 letters, then 0, then 6 letters or digits, such as HDFC0001234.',
    );
  });

  it('dates give their range', async () => {
    const element = await mount('general');
    await fill(element, { customer_dob: '2999-01-01' });
    await waitUntil(() => errorOf(element, 'customer_dob'), 'error shown', { timeout: 5000 });
    expect(errorOf(element, 'customer_dob')).to.equal('Enter a date before today.');
  });

  it('the consent asks for the tick, and counts are plural-aware', async () => {
    const element = await mount('mandate', 'en', {
      'options.create_mandate': 'REQUIRED',
      'mandate.max_amount': '1000',
      'mandate.frequency': 'ASPRESENTED',
    });
    await fill(element, { customer_email: 'asha@example.com', customer_phone: '9876543210' });
    await element.submit();
    expect(errorOf(element, 'consent')).to.equal('Tick the box to agree to these terms.');
    expect(statusText(element)).to.equal('Please correct 1 highlighted field.');
    await fill(element, { customer_email: 'asha@' });
    await element.submit();
    expect(statusText(element)).to.equal('Please correct 2 highlighted fields.');
  });

  it('another vertical or prefill is a new form: the last one’s count and errors go', async () => {
    const element = await mount('mandate');
    await element.submit();
    const notice = () => element.shadowRoot!.querySelector('.notice')?.textContent?.trim() ?? '';
    expect(notice()).to.match(/Please correct \d+ highlighted fields?\./);
    element.vertical = 'tpv';
    await element.updateComplete;
    expect(notice()).to.equal('');
    expect(element.shadowRoot!.querySelectorAll('.error')).to.have.length(0);
    await element.submit();
    expect(notice()).to.match(/Please correct \d+ highlighted fields?\./);
    element.prefill = { customer_email: 'asha@example.com' };
    await element.updateComplete;
    expect(notice()).to.equal('');
  });

  it('in Hindi, the messages and the count are Hindi', async () => {
    const element = await mount('general', 'hi');
    await waitUntil(() => /[\u0900-\u097F]/.test(element.shadowRoot!.querySelector('legend')!.textContent!), 'Hindi loaded');
    await fill(element, { customer_email: 'asha@', customer_phone: '12' });
    await element.submit();
    expect(errorOf(element, 'customer_email')).to.equal('name@example.com जैसा ईमेल पता दर्ज करें।');
    expect(statusText(element)).to.equal('कृपया हाइलाइट किए गए 2 फ़ील्ड ठीक करें।');
  });
});
