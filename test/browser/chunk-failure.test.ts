import { expect, waitUntil } from '@open-wc/testing';
import type { JuspaySessionCheckout, PaymentFailedDetail } from '../../src/index.js';
import { clearRequests, control, fill, generalSample, nextEvent, payButton, statusText } from './helpers.js';

/** The script-tag drop-in when its chunks are blocked (an ad blocker) or fail (a flaky network). */
const block = (pattern: string) => fetch(`/blockable/block?pattern=${encodeURIComponent(pattern)}`, { method: 'POST' });
const unblock = () => fetch('/blockable/unblock', { method: 'POST' });

type BlockablePage = Window & typeof globalThis & { failures: PaymentFailedDetail[] };

async function openPage(): Promise<{ frame: HTMLIFrameElement; page: BlockablePage }> {
  const frame = document.createElement('iframe');
  frame.src = '/test/fixtures/script-tag-blockable.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, page: frame.contentWindow as BlockablePage };
}

describe('script-tag drop-in: a chunk that will not load', () => {
  afterEach(unblock);

  it('the element chunk blocked: each element gets a retryable failure event, and the form renders once it loads', async () => {
    await block('/juspay-session-checkout/element\\.js$');
    const { frame, page } = await openPage();
    await waitUntil(() => page.failures.length > 0, 'a failure event');
    expect(page.failures[0]).to.include({ stage: 'sdk', code: 'sdk_load_failed', retryable: true });
    expect(page.failures[0]!.message).to.match(/could not be loaded/);
    const element = page.document.querySelector('juspay-session-checkout')!;
    expect(element.shadowRoot, 'no form while the chunk is blocked').to.equal(null);
    await unblock();
    // Back online: the entry tries again at once, and the element upgrades with its attributes.
    page.dispatchEvent(new Event('online'));
    await waitUntil(() => element.shadowRoot?.querySelector('button[type="submit"]'), 'the form after the retry');
    expect(element.shadowRoot!.querySelector('button[type="submit"]')!.textContent).to.match(/30,500/);
    frame.remove();
  });

  it('the deferred chunk (checkout flow, messages) blocked: Pay reports it, the input stays, and the next Pay completes once it loads', async () => {
    await clearRequests();
    await block('/juspay-session-checkout/deferred-[\\w-]+\\.js$');
    const { frame, page } = await openPage();
    const element = page.document.querySelector('juspay-session-checkout') as JuspaySessionCheckout;
    // The form does not need the flow: it renders, and the idle preload's failure is not the customer's business.
    await waitUntil(() => element.shadowRoot?.querySelector('button[type="submit"]'), 'the form');
    await fill(element, generalSample);
    payButton(element).click();
    await waitUntil(() => page.failures.length > 0, 'a failure event on Pay');
    expect(page.failures[0]).to.include({ stage: 'sdk', code: 'sdk_load_failed', retryable: true });
    expect(statusText(element)).to.match(/could not be loaded/i);
    // Seen too, above the button, not only heard.
    await waitUntil(() => element.shadowRoot!.querySelector('.notice'), 'a visible notice');
    expect(element.shadowRoot!.querySelector('.notice')!.textContent).to.match(/could not be loaded/i);
    expect(control(element, 'customer_email').value).to.equal(generalSample.customer_email);
    const requests = (await (await fetch('/api/requests')).json()) as unknown[];
    expect(requests, 'nothing was posted').to.deep.equal([]);
    await unblock();
    page.HyperServicesDouble = { calls: [], outcome: 'charged' };
    const success = nextEvent(element, 'juspay-payment-success');
    payButton(element).click();
    expect((await success).detail.orderId).to.match(/^test_/);
    frame.remove();
  });
});
