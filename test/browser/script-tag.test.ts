import { expect, waitUntil } from '@open-wc/testing';
import type { JuspaySessionCheckout } from '../../src/index.js';
import { clearRequests, fill, generalSample, nextEvent } from './helpers.js';

describe('script-tag drop-in', () => {
  it('a page with only the bundle and the tag completes the flow', async () => {
    await clearRequests();
    const frame = document.createElement('iframe');
    frame.src = '/test/fixtures/script-tag.html';
    document.body.append(frame);
    await waitUntil(() => frame.contentWindow?.document.querySelector('juspay-session-checkout')?.shadowRoot?.querySelector('form'), 'rendered');
    const page = frame.contentWindow!;
    // The built bundle, not the sources this test runs from, defines the element there.
    expect(page.customElements.get('juspay-session-checkout')).to.exist;
    const scripts = [...page.document.querySelectorAll('script')].filter((script) => !script.src.includes('__web-dev-server'));
    expect(scripts.map((script) => new URL(script.src).pathname)).to.deep.equal(['/dist/juspay-session-checkout.iife.js']);
    page.HyperServicesDouble = { calls: [], outcome: 'charged' };
    const element = page.document.querySelector('juspay-session-checkout') as JuspaySessionCheckout;
    // The bundle's templates are minified: they must still read exactly as the sources' do.
    const fromSources = document.createElement('juspay-session-checkout') as JuspaySessionCheckout;
    for (const name of ['amount', 'currency']) fromSources.setAttribute(name, element.getAttribute(name)!);
    document.body.append(fromSources);
    await fromSources.updateComplete;
    const texts = (checkout: HTMLElement) =>
      [...checkout.shadowRoot!.querySelectorAll('legend, label, option, button')].map((node) => node.textContent!.trim());
    expect(texts(element)).to.deep.equal(texts(fromSources));
    const star = (checkout: HTMLElement) =>
      page.getComputedStyle(checkout.shadowRoot!.querySelector('label[for="control-customer_email"]')!, '::after').content;
    expect(star(element)).to.equal(star(fromSources));
    expect(star(element)).to.equal('"\u00a0*" / ""');
    fromSources.remove();
    await fill(element, generalSample);
    const success = nextEvent(element, 'juspay-payment-success');
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect((await success).detail.orderId).to.match(/^test_/);
    // Non-English strings come from locales/ beside the bundle.
    element.reset();
    element.lang = 'ko';
    await waitUntil(() => /[\uAC00-\uD7AF]/.test(element.shadowRoot!.querySelector('legend')!.textContent!), 'Korean loaded');
    frame.remove();
  });
});

describe('loaded twice', () => {
  it('the script tag on a page that already has the npm build is harmless: the first definition stays', async () => {
    const before = customElements.get('juspay-session-checkout');
    expect(before, 'defined by the npm entry').to.exist;
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const script = document.createElement('script');
    script.src = '/dist/juspay-session-checkout.iife.js';
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('juspay-session-checkout')).to.equal(before);
    const element = document.createElement('juspay-session-checkout');
    document.body.append(element);
    await (element as JuspaySessionCheckout).updateComplete;
    expect(element.shadowRoot!.querySelector('form')).to.exist;
    element.remove();
  });
});
