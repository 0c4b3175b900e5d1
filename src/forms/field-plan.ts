import { formCatalogue, type FieldHint } from '../contract/catalogue-hints.js';
import type { Vertical } from '../contract/verticals.js';

/**
 * What the merchant decides per field, through the `fields` property:
 * `collect` (shown, empty), `prefill` (shown with the `prefill` value, editable),
 * `fixed` (sent, not shown) and `hidden` (neither shown nor sent).
 */
export type FieldMode = 'collect' | 'prefill' | 'fixed' | 'hidden';

/**
 * The parameters the form shows, in catalogue order: the customer's fields unless fixed or
 * hidden, and merchant terms that carry form hints when the merchant chose to collect them.
 */
export function shownFields(vertical: Vertical, modes: Readonly<Record<string, FieldMode>>): FieldHint[] {
  return formCatalogue[vertical].filter((spec) => {
    const mode = modes[spec.name];
    if (mode === 'fixed' || mode === 'hidden') return false;
    if (spec.setBy === 'customer') return true;
    return spec.setBy === 'merchant' && spec.control !== undefined && (mode === 'collect' || mode === 'prefill');
  });
}
