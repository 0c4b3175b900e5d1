import { html, nothing, type TemplateResult } from 'lit';
import { dateFormats } from '../contract/dates.js';
import { consentSpec, type Term } from './form-model.js';
import { renderField, type FieldContext } from './render-field.js';

export interface TermFormats {
  formatAmount: (value: unknown) => string;
  formatDate: (date: Date) => string;
}

export interface TermsContext extends FieldContext, TermFormats {
  /** The summary's heading level, after the page's own headings. */
  headingLevel: number;
}

/** A term's value in words the customer can check. */
function formatTerm({ value, kind }: Term, ctx: FieldContext & TermFormats): string {
  if (kind === 'amount') return ctx.formatAmount(value);
  if (kind === 'option') return ctx.t(`option.${String(value)}`);
  if (kind === 'plan') {
    const key = `plan.${String(value)}`;
    const name = ctx.t(key);
    return name === key ? String(value) : name;
  }
  if (kind === 'yes-no') return ctx.t(String(value) === 'true' ? 'terms.yes' : 'terms.no');
  if (kind === 'date') {
    const parsed = dateFormats['epoch-seconds'].parse(String(value));
    return parsed ? ctx.formatDate(parsed) : String(value);
  }
  return String(value);
}

/** The terms summary with the customer's consent, which the form requires before paying. */
export function renderTerms(terms: Term[], ctx: TermsContext): TemplateResult | typeof nothing {
  if (!terms.length) return nothing;
  return html`<section part="terms" class="terms" aria-labelledby="terms-heading">
    <div role="heading" aria-level=${ctx.headingLevel} class="heading" id="terms-heading">${ctx.t('terms.heading')}</div>
    <dl>
      ${terms.map((term) => html`<div><dt>${ctx.t(term.label)}</dt><dd>${formatTerm(term, ctx)}</dd></div>`)}
    </dl>
    ${renderField(consentSpec, ctx, { labelKey: 'terms.consent' })}
  </section>`;
}
