import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html } from 'lit';
import { samples } from '../../demo/samples.js';
import type { JuspaySessionCheckout } from '../../src/index.js';
import { SDK_URL, control, fill, generalSample, nextEvent, payButton, steerDouble } from './helpers.js';

/** A merchant page with its own <h1>, the widget under it, and the merchant's content for every outcome. */
async function merchantPage(attributes: { vertical?: string; headingLevel?: number } = {}) {
  const vertical = attributes.vertical ?? 'general';
  const page = await fixture<HTMLElement>(html`<main>
    <h1>Asha's shop</h1>
    <juspay-session-checkout endpoint="/api/session/${vertical}" vertical=${vertical} amount="30500" currency="INR" sdk-url=${SDK_URL}
      heading-level=${attributes.headingLevel ?? 2} .params=${samples[vertical]?.params ?? {}}>
      ${['success', 'pending', 'cancelled', 'failed'].map((slot) => html`<a slot=${slot} href="/orders">Your ${slot} order</a>`)}
    </juspay-session-checkout>
  </main>`);
  const element = page.querySelector<JuspaySessionCheckout>('juspay-session-checkout')!;
  await element.updateComplete;
  return { page, element };
}

const shadow = (element: HTMLElement) => element.shadowRoot!;
const words = (node: Element | null | undefined) => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
const slotted = (element: HTMLElement, name: string) =>
  shadow(element).querySelector<HTMLSlotElement>(`slot[name="${name}"]`)?.assignedElements().map((node) => node.textContent) ?? [];

async function payWith(element: JuspaySessionCheckout, choice: string, event: 'juspay-payment-pending' | 'juspay-payment-cancelled' | 'juspay-payment-failed') {
  steerDouble({ outcome: choice });
  await fill(element, generalSample);
  const outcome = nextEvent(element, event);
  payButton(element).click();
  const { detail } = await outcome;
  await element.updateComplete;
  return detail;
}

describe('what the customer sees after paying', () => {
  it('pending: a mark that is not colour alone, the amount, the order reference, what happens next, and the merchant’s content', async () => {
    const { element } = await merchantPage();
    const detail = await payWith(element, 'pending_vbv', 'juspay-payment-pending');
    const screen = shadow(element).querySelector('[part="outcome"]')!;
    expect(words(screen.querySelector('.mark'))).to.equal('…');
    expect(words(screen.querySelector('[role="heading"]'))).to.equal('Your payment is being confirmed. We will update you shortly.');
    expect([...screen.querySelectorAll('dt, dd')].map((node) => words(node))).to.deep.equal(['Amount', '₹30,500.00', 'Order reference', detail.orderId]);
    expect(words(screen)).to.contain('Please do not pay again.');
    expect(slotted(element, 'pending')).to.deep.equal(['Your pending order']);
  });

  for (const [choice, event, slot] of [
    ['backpressed', 'juspay-payment-cancelled', 'cancelled'],
    ['authorization_failed', 'juspay-payment-failed', 'failed'],
  ] as const) {
    it(`${slot}: the merchant’s content shows in the notice above the button`, async () => {
      const { element } = await merchantPage();
      await payWith(element, choice, event);
      const notice = shadow(element).querySelector('[part="notice"]')!;
      expect(notice.querySelector(`slot[name="${slot}"]`), 'the slot sits in the notice').to.exist;
      expect(slotted(element, slot)).to.deep.equal([`Your ${slot} order`]);
      expect(slotted(element, 'success')).to.deep.equal([]);
    });
  }
});

describe('busy, with reduced motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('the spinner stands still but stays visible', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { element } = await merchantPage();
    element.fetchSession = () => new Promise(() => undefined);
    await fill(element, generalSample);
    payButton(element).click();
    await waitUntil(() => payButton(element).querySelector('.spinner'), 'busy');
    const spinner = getComputedStyle(payButton(element).querySelector('.spinner')!);
    expect(spinner.animationName).to.equal('none');
    expect(spinner.borderTopStyle).to.equal('dotted');
  });
});

describe('the terms and their consent', () => {
  it('an unticked consent box is styled as invalid, like the other controls', async () => {
    const { element } = await merchantPage({ vertical: 'mandate' });
    const box = control(element, 'consent');
    const outlineBefore = getComputedStyle(box).outlineStyle;
    const failed = nextEvent(element, 'juspay-payment-failed');
    await element.submit();
    await failed;
    await element.updateComplete;
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(outlineBefore).to.equal('none');
    const invalid = getComputedStyle(box);
    expect(invalid.outlineStyle).to.equal('solid');
    expect(invalid.outlineColor).to.equal(getComputedStyle(control(element, 'customer_email')).borderColor);
  });

  it('under the page’s <h1>, the terms heading is level 2 and axe finds nothing, heading order and best practices included', async () => {
    const { page, element } = await merchantPage({ vertical: 'mandate' });
    const heading = shadow(element).querySelector('[part="terms"] [role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('2');
    await expect(page).to.be.accessible();
  });

  it('heading-level="3" sets the terms heading’s level, for a widget under the merchant’s own <h2>', async () => {
    const { element } = await merchantPage({ vertical: 'mandate', headingLevel: 3 });
    expect(shadow(element).querySelector('[part="terms"] [role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });
});
