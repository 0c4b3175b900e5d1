import { catalogue, type ParameterSpec } from './catalogue.js';
import { isIssueCode, issue, type ValidationIssue } from './issues.js';
import type { Vertical } from './verticals.js';

/** A flat Session API body: dotted keys, arrays the docs send as strings sent as JSON strings. */
export type SessionRequestBody = Record<string, unknown>;

export type ValidationResult =
  | { success: true; data: SessionRequestBody }
  | { success: false; issues: ValidationIssue[] };

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

function validateParameter(spec: ParameterSpec, value: unknown, issues: ValidationIssue[]): unknown {
  const result = spec.validator.safeParse(value);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? 'format';
  issues.push(issue(spec.name, isIssueCode(message) ? message : 'format'));
  return undefined;
}

/**
 * Checks a flat Session API body against the vertical's documented constraints.
 * Known parameters come back in canonical form; unknown ones pass through untouched.
 */
export function validateSessionRequest(body: unknown, vertical: Vertical): ValidationResult {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { success: false, issues: [issue('', 'format')] };
  }
  const input = body as SessionRequestBody;
  const data: SessionRequestBody = { ...input };
  const issues: ValidationIssue[] = [];
  for (const spec of catalogue[vertical]) {
    const value = input[spec.name];
    if (isEmpty(value)) {
      if (spec.required) issues.push(issue(spec.name, 'required'));
      continue;
    }
    data[spec.name] = validateParameter(spec, value, issues);
  }
  return issues.length ? { success: false, issues } : { success: true, data };
}
