import { expect, waitUntil } from '@open-wc/testing';
import type { PaymentFailedDetail } from '../../src/index.js';

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
});
