import { formCatalogue, type FieldHint } from '../contract/catalogue-hints.js';
import type { Vertical } from '../contract/verticals.js';

/**
 * What the merchant decides per field, through the `fields` property:
 * `collect` (shown, empty), `prefill` (shown with the `prefill` value, editable),
 * `fixed` (sent, not shown) and `hidden` (neither shown nor sent).
 */
export type FieldMode = 'collect' | 'prefill' | 'fixed' | 'hidden';

/** The highest value `spec` takes with the other values as `read` gives them; undefined when it has no bound. */
export function upperBound(spec: FieldHint, read: (name: string) => unknown): number | undefined {
  const { by, fallback, max } = spec.bound ?? {};
  return by ? max![String(read(by) ?? fallback).toUpperCase()] : undefined;
}

/** Whether a shown field applies to what else was chosen: a bounded field only where its bound has a value. */
export function applies(spec: FieldHint, read: (name: string) => unknown): boolean {
  return !spec.bound || upperBound(spec, read) !== undefined;
}

const address = ['customer_address_line1', 'customer_address_line2', 'customer_city', 'customer_state', 'customer_pincode'];
const income = 'customer_annual_income';

/**
 * Customer parameters a vertical's seed samples (seed 000) do not send: the form asks for them only
 * when the merchant collects them (`fields: {name: 'collect'}`). See docs/forms-defaults.md.
 */
export const notAskedByDefault: Readonly<Record<Vertical, readonly string[]>> = {
  general: [income],
  insurance: [income],
  education: ['customer_dob', ...address, income],
  travel: ['customer_dob', 'customer_gender', 'customer_marital_status', ...address, 'customer_highest_education', 'customer_employment_type', income],
  tpv: [],
  mandate: [],
  billing: [],
};

/**
 * The parameters the form shows, in catalogue order: the customer's fields the vertical asks by
 * default or the merchant collects, unless fixed or hidden, and merchant terms that carry form
 * hints when the merchant chose to collect them.
 */
export function shownFields(vertical: Vertical, modes: Readonly<Record<string, FieldMode>>): FieldHint[] {
  return formCatalogue[vertical].filter((spec) => {
    const mode = modes[spec.name];
    if (mode === 'fixed' || mode === 'hidden') return false;
    const collected = mode === 'collect' || mode === 'prefill';
    if (spec.setBy === 'customer') return collected || !notAskedByDefault[vertical].includes(spec.name);
    return spec.setBy === 'merchant' && spec.control !== undefined && collected;
  });
}
