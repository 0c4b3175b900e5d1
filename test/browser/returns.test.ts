import { expect, waitUntil } from '@open-wc/testing';
import type { JuspaySessionCheckout } from '../../src/index.js';
import { fill, generalSample, openWidgetPage as openPage } from './helpers.js';

type Logged = { name: string; detail: Record<string, unknown> };

const events = (frame: HTMLIFrameElement) => frame.contentWindow!.checkoutEvents as Logged[];
const outcomes = (frame: HTMLIFrameElement) => events(frame).filter((event) => /payment-/.test(event.name));
const returnQuery = (status: string, id: number) => `?${new URLSearchParams({ order_id: 'ord_ret_1', status, status_id: String(id), signature: 'abc', signature_algorithm: 'HMAC-SHA256' })}`;

describe('returns from the payment page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [status, id] of [['NEW', 10], ['STARTED', 20]] as const) {
    it(`redirect: Back with ${status} (${id}), no transaction started, is a cancellation`, async () => {
      const frame = await openPage({ 'status-endpoint': `/api/status?answer=${status}` }, returnQuery(status, id));
      await waitUntil(() => outcomes(frame).length, 'an outcome', { timeout: 8000 });
      expect(outcomes(frame)).to.deep.equal([{ name: 'juspay-payment-cancelled', detail: { orderId: 'ord_ret_1', status } }]);
      // A new page, whose form is empty: no "your details are still here".
      const element = frame.contentWindow!.document.querySelector('juspay-session-checkout')!;
      await waitUntil(() => element.shadowRoot!.querySelector('.notice'), 'the notice');
      expect(element.shadowRoot!.querySelector('.notice')!.textContent).to.contain('Payment cancelled. You can pay again when you are ready.');
    });

    it(`iframe: the embedded page returning ${status} (${id}) is a cancellation`, async () => {
      const frame = await openPage({ endpoint: '/unused', mode: 'iframe', 'status-endpoint': `/api/status?answer=${status}` });
      await waitUntil(() => frame.contentWindow?.document.querySelector('juspay-session-checkout')?.shadowRoot?.querySelector('form'));
      const element = frame.contentWindow!.document.querySelector('juspay-session-checkout') as JuspaySessionCheckout;
      element.fetchSession = async () => ({
        status: 'NEW',
        id: 'ordeh_ret',
        order_id: 'ord_ret_1',
        payment_links: { web: '/test/fixtures/landing.html?via=iframe' },
        sdk_payload: { requestId: 'r', service: 'in.juspay.hyperpay', payload: { clientId: 'c', merchantId: 'm', orderId: 'ord_ret_1' } },
      });
      await fill(element, generalSample);
      void element.submit();
      await waitUntil(() => element.shadowRoot!.querySelector('iframe'), 'embedded');
      element.shadowRoot!.querySelector('iframe')!.contentWindow!.location.assign(`/test/fixtures/landing.html${returnQuery(status, id)}`);
      await waitUntil(() => outcomes(frame).length, 'an outcome', { timeout: 8000 });
      expect(outcomes(frame)).to.deep.equal([{ name: 'juspay-payment-cancelled', detail: { orderId: 'ord_ret_1', status } }]);
      // The same page: what was typed is still in the form.
      await waitUntil(() => element.shadowRoot!.querySelector('.notice'), 'the notice');
      expect(element.shadowRoot!.querySelector('.notice')!.textContent).to.contain('Your details are still here');
    });
  }

  it('a forged CHARGED return whose status check is refused (404) never fires success: pending, unconfirmed', async () => {
    const frame = await openPage({ 'status-endpoint': '/api/no-such-status' }, returnQuery('CHARGED', 21));
    await waitUntil(() => outcomes(frame).length, 'an outcome', { timeout: 8000 });
    expect(outcomes(frame)).to.deep.equal([
      { name: 'juspay-payment-pending', detail: { orderId: 'ord_ret_1', status: 'CHARGED', verification: 'unconfirmed' } },
    ]);
    const element = frame.contentWindow!.document.querySelector('juspay-session-checkout')!;
    await waitUntil(() => element.shadowRoot!.querySelector('[part="outcome"]'), 'the pending screen');
    expect(element.shadowRoot!.querySelector('[part="outcome"] [role="heading"]')!.textContent).to.equal('We could not confirm this payment yet.');
  });
});
