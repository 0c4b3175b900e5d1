/**
 * The attributes the element can check before any request, so that the merchant learns which one
 * to fix: a `juspay-payment-failed` configuration_error naming it and its value. The form still
 * renders, on the defaults (the general form, sdk mode, a Pay label without an amount). The amount
 * and currency are read as the Session API body would be: the contract's validation is handed in,
 * so zod is reached from one module only.
 */
import type { validateSessionRequest } from '../contract/request.js';
import { isVertical, verticals } from '../contract/verticals.js';
import { emit } from '../events/events.js';

const modes = ['sdk', 'redirect', 'iframe'];
const environments = ['sandbox', 'production'];

type CheckedAttribute = 'vertical' | 'amount' | 'currency' | 'mode' | 'environment';
type AttributeRule = [usable: (value: string) => boolean, expected: string];

/** The attribute check over the contract's validation. */
export function createAttributeCheck(validate: typeof validateSessionRequest) {
  // Only the parameter's own issue counts: a body of one parameter lacks the customer's fields.
  const asParameter = (name: string) => (value: string) => {
    const result = validate({ [name]: value }, 'general');
    return result.success || !result.issues.some((issue) => issue.path === name);
  };
  const rules: Record<CheckedAttribute, AttributeRule> = {
    vertical: [isVertical, `one of ${verticals.join(', ')}`],
    amount: [asParameter('amount'), 'a positive amount with at most two decimals, such as 499.00'],
    currency: [asParameter('currency'), 'an ISO 4217 code such as INR'],
    mode: [(value) => modes.includes(value), modes.join(', ')],
    environment: [(value) => environments.includes(value), environments.join(' or ')],
  };
  /** Reports each of `names` (every checked one by default) whose value the element cannot use; an unset or empty one takes its default. */
  return (element: HTMLElement & Partial<Record<CheckedAttribute, string>>, names: Iterable<PropertyKey> = Object.keys(rules)): void => {
    for (const name of names) {
      if (!(name in rules)) continue;
      const [usable, expected] = rules[name as CheckedAttribute];
      const value = element[name as CheckedAttribute];
      if (typeof value !== 'string' || value === '' || usable(value)) continue;
      const message = `The ${String(name)} attribute "${value}" is not ${expected}.`;
      emit(element, 'juspay-payment-failed', { stage: 'validation', code: 'configuration_error', message, retryable: false });
    }
  };
}
