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
