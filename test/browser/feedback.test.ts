import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { JuspaySessionCheckout } from '../../src/index.js';
import { SDK_URL, control, mountCheckout } from './helpers.js';

describe('when errors show (Lion’s rule: changed and left, prefilled, or after Pay)', () => {
  it('tabbing past an empty required field shows nothing until Pay', async () => {
    const element = await mountCheckout();
    const email = control(element, 'customer_email');
    email.focus();
    email.dispatchEvent(new FocusEvent('blur'));
    await element.updateComplete;
    expect(email.getAttribute('aria-invalid')).to.equal('false');
    expect(element.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    await element.submit();
    expect(email.getAttribute('aria-invalid')).to.equal('true');
  });

  it('an invalid prefilled value shows its error once the form is painted, untouched; a valid one shows none', async () => {
    const element = await fixture<JuspaySessionCheckout>(
      html`<juspay-session-checkout endpoint="/api/session/general" sdk-url=${SDK_URL}
        .prefill=${{ customer_email: 'not-an-email', customer_phone: '8667056789' }}></juspay-session-checkout>`,
    );
    const email = control(element, 'customer_email');
    await waitUntil(() => email.getAttribute('aria-invalid') === 'true', 'the prefilled error shows');
    expect(control(element, 'customer_phone').getAttribute('aria-invalid')).to.equal('false');
    expect(control(element, 'customer_first_name').getAttribute('aria-invalid')).to.equal('false', 'not prefilled, not touched');
  });
});
