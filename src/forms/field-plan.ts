import { catalogue, type ParameterSpec } from '../contract/catalogue.js';
import type { Vertical } from '../contract/verticals.js';

/**
 * What the merchant decides per field, through the `fields` property:
 * `collect` (shown, empty), `prefill` (shown with the `prefill` value, editable),
 * `fixed` (sent, not shown) and `hidden` (neither shown nor sent).
 */
export type FieldMode = 'collect' | 'prefill' | 'fixed' | 'hidden';

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
export function shownFields(vertical: Vertical, modes: Readonly<Record<string, FieldMode>>): ParameterSpec[] {
  return catalogue[vertical].filter((spec) => {
    const mode = modes[spec.name];
    if (mode === 'fixed' || mode === 'hidden') return false;
    const collected = mode === 'collect' || mode === 'prefill';
    if (spec.setBy === 'customer') return collected || !notAskedByDefault[vertical].includes(spec.name);
    return spec.setBy === 'merchant' && spec.control !== undefined && collected;
  });
}
