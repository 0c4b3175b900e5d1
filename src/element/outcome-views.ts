import { css, html, nothing, type TemplateResult } from 'lit';
import type { OutcomeFacts } from '../checkout/checkout-flow.js';
import type { Translate } from '../i18n/localize.js';

/**
 * What a customer sees once a payment step is over: the success or pending screen, and the notice
 * above the Pay button. They ship with the checkout flow's chunk, off the first paint.
 */

export interface OutcomeContext {
  t: Translate;
  headingLevel: number;
  formatAmount: (value: unknown) => string;
  /** The amount the page shows, when the status check gave none. */
  amount: string;
}

/** A finished or pending payment: a mark that is not colour alone, the amount, the reference and what comes next. */
export function renderOutcome(phase: 'success' | 'pending', outcome: OutcomeFacts | undefined, ctx: OutcomeContext): TemplateResult {
  const { t } = ctx;
  const amount = outcome?.amount ?? ctx.amount;
  const title = outcome?.verification ? 'outcome.unverified' : `outcome.${phase}`;
  return html`<section part="outcome" class="outcome" data-tone=${phase} tabindex="-1" aria-labelledby="outcome-title">
    <span class="mark" aria-hidden="true">${phase === 'success' ? '✓' : '…'}</span>
    <div class="body">
      <div role="heading" aria-level=${ctx.headingLevel} id="outcome-title">${t(title)}</div>
      <dl>
        ${amount ? html`<div><dt>${t('outcome.amount')}</dt><dd>${ctx.formatAmount(amount)}</dd></div>` : nothing}
        ${outcome ? html`<div><dt>${t('outcome.reference')}</dt><dd>${outcome.orderId}</dd></div>` : nothing}
      </dl>
      <p>${t(`outcome.${phase}_next`)}</p>
      <slot name=${phase}></slot>
    </div>
  </section>`;
}

/** A failure, a cancellation or what to fix, with the merchant's slot for the outcome. */
export function renderNotice(message: string, tone: 'failed' | 'cancelled', slot: string): TemplateResult {
  return html`<div part="notice" class="notice" data-tone=${tone}>
    <span class="mark" aria-hidden="true">${tone === 'failed' ? '!' : 'i'}</span>
    <div class="body">
      <p>${message}</p>
      <slot name=${slot}></slot>
    </div>
  </div>`;
}

export const outcomeStyles = css`
  .outcome:focus {
    outline: none;
  }
  .notice,
  .outcome {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space) calc(var(--_space) * 1.5);
    align-items: start;
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    background: #f1f3f4;
  }
  .body {
    display: grid;
    gap: var(--_space);
  }
  .body > *,
  .body dl {
    margin: 0;
  }
  [data-tone='failed'] {
    background: #fce8e6;
    color: #8c1d18;
  }
  [data-tone='success'] {
    background: #e6f4ea;
    color: #0d652d;
  }
  [data-tone='pending'] {
    background: #fef7e0;
    color: #6c4a00;
  }
  .mark {
    display: grid;
    place-items: center;
    width: 2rem;
    height: 2rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-weight: 700;
  }
  .outcome [role='heading'] {
    font-size: 1.125rem;
    font-weight: 600;
  }
  .outcome dl {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .outcome dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
`;
