import { html, nothing, type TemplateResult } from 'lit';
import type { ParameterSpec } from '../contract/catalogue.js';
import { getPath, type SessionRequestBody } from '../contract/request.js';
import { dateFormats, flag, isRecord } from '../contract/validators.js';
import type { Translate } from '../i18n/localize.js';
import { renderField, type FieldContext } from './render-field.js';

/** The consent checkbox: the form's own, required, never sent. */
export const consentSpec: ParameterSpec = { name: 'consent', validator: flag, setBy: 'customer', control: 'checkbox', required: true };

export interface TermFormats {
  formatAmount: (value: unknown) => string;
  formatDate: (date: Date) => string;
}

/**
 * The mandate and billing-plan terms the merchant fixed, in words the customer can check,
 * as `[label, value]` rows. Terms the customer is asked for in the form are left out.
 */
export function termRows(terms: SessionRequestBody, shown: ReadonlySet<string>, t: Translate, ctx: TermFormats): [string, string][] {
  const rows: [string, string][] = [];
  const add = (name: string, format: (value: unknown) => string) => {
    const value = terms[name];
    if (value !== undefined && value !== '' && !shown.has(name)) rows.push([t(name), format(value)]);
  };
  const date = (value: unknown) => {
    const parsed = dateFormats['epoch-seconds'].parse(String(value));
    return parsed ? ctx.formatDate(parsed) : String(value);
  };
  const yesNo = (value: unknown) => t(String(value) === 'true' ? 'terms.yes' : 'terms.no');
  const plan = isRecord(terms.payment_rules) ? getPath(terms.payment_rules, 'payment_flows.billing_creation.info') : undefined;
  if (isRecord(plan)) {
    if (plan.plan_id !== undefined) rows.push([t('terms.plan'), String(plan.plan_id)]);
    if (plan.plan_amount !== undefined) rows.push([t('terms.plan_amount'), ctx.formatAmount(plan.plan_amount)]);
  }
  add('mandate.max_amount', ctx.formatAmount);
  add('mandate.amount_rule', (value) => t(`option.${String(value)}`));
  add('mandate.frequency', (value) => t(`option.${String(value)}`));
  add('mandate.rule_value', String);
  add('mandate.start_date', date);
  add('mandate.end_date', date);
  add('mandate.revokable_by_customer', yesNo);
  return rows;
}

/** The terms summary with the customer's consent, which the form requires before paying. */
export function renderTerms(rows: [string, string][], ctx: FieldContext): TemplateResult | typeof nothing {
  if (!rows.length) return nothing;
  return html`<section part="terms" class="terms" aria-labelledby="terms-heading">
    <h3 id="terms-heading">${ctx.t('terms.heading')}</h3>
    <dl>
      ${rows.map(([label, value]) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`)}
    </dl>
    ${renderField(consentSpec, ctx, { labelKey: 'terms.consent' })}
  </section>`;
}
