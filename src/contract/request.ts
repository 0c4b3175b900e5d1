import { catalogue, isMandateParameter, type ParameterSpec } from './catalogue.js';
import { itemName } from './control-names.js';
import { isIssueCode, issue, type IssueCode, type ValidationIssue } from './issues.js';
import { rules, type Report } from './rules.js';
import { getPath, isRecord, setPath } from './paths.js';

export { getPath, setPath } from './paths.js';
import type { Vertical } from './verticals.js';

/** A flat Session API body: dotted keys, arrays the docs send as strings sent as JSON strings. */
export type SessionRequestBody = Record<string, unknown>;

export type ValidationResult =
  | { success: true; data: SessionRequestBody }
  | { success: false; issues: ValidationIssue[] };

export interface ValidateOptions {
  /**
   * The body is the one going to Juspay, server parameters included: enforce every required
   * parameter. Without it (the browser's body) only required customer fields are enforced.
   */
  complete?: boolean;
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * Validates one parameter, or one member of an entry, and returns its canonical value, or
 * undefined when it is empty or refused. Structured parameters come back parsed: arrays as arrays.
 */
function check(spec: ParameterSpec, value: unknown, path: string, needed: boolean, report: Report): unknown {
  if (isEmpty(value)) {
    if (needed) report(path, 'required');
    return undefined;
  }
  const result = spec.validator.safeParse(value);
  if (!result.success) {
    const code = result.error.issues[0]?.message ?? 'format';
    report(path, isIssueCode(code) ? code : 'format');
    return undefined;
  }
  const items = spec.items ?? [];
  if (spec.shape === 'object') {
    let object = result.data as Record<string, unknown>;
    for (const item of items) {
      const member = check(item, getPath(object, item.name), `${path}.${item.name}`, item.required === true, report);
      if (member !== undefined) object = setPath(object, item.name, member);
    }
    return object;
  }
  if (spec.shape !== 'array') return result.data;
  const entries = result.data as Record<string, unknown>[];
  if (!entries.length) {
    if (needed) report(path, 'required');
    return undefined;
  }
  return entries.map((entry, index) => {
    const canonical = { ...entry };
    for (const item of items) {
      const needed = item.required === true && (item.requiredUnless === undefined || isEmpty(entry[item.requiredUnless]));
      const member = check(item, entry[item.name], itemName(path, index, item.name), needed, report);
      if (member === undefined) delete canonical[item.name];
      else canonical[item.name] = member;
    }
    return canonical;
  });
}

/**
 * Checks a flat Session API body against the vertical's documented constraints.
 * Known parameters come back in canonical form (arrays as the JSON strings Juspay wants);
 * unknown ones pass through untouched. Each path gets at most one issue, the first found.
 */
export function validateSessionRequest(body: unknown, vertical: Vertical, options: ValidateOptions = {}): ValidationResult {
  if (!isRecord(body)) return { success: false, issues: [issue('', 'format')] };
  const found = new Map<string, ValidationIssue>();
  const report: Report = (path: string, code: IssueCode) => {
    if (!found.has(path)) found.set(path, issue(path, code));
  };
  const specs = catalogue[vertical];
  const values: Record<string, unknown> = {};
  const data: SessionRequestBody = { ...body };
  for (const spec of specs) {
    const needed = spec.required === true && (options.complete === true || spec.setBy === 'customer');
    const value = check(spec, body[spec.name], spec.name, needed, report);
    if (value === undefined) continue;
    values[spec.name] = value;
    data[spec.name] = spec.shape === 'array' ? JSON.stringify(value) : value;
  }
  if (!specs.some((spec) => spec.name === 'options.create_mandate')) {
    for (const name of Object.keys(body)) if (isMandateParameter(name)) report(name, 'unsupported');
  }
  for (const rule of rules[vertical]) rule(values, report);
  return found.size ? { success: false, issues: [...found.values()] } : { success: true, data };
}
