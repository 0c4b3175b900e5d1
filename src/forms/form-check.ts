/**
 * The form's checking half, which ships in the element's deferred chunk with zod: the Session API
 * body built from the form's values, its validation, and each issue mapped back to the control
 * that shows it. The body leaves wholly empty rows out (compact-rows.ts), and an entry's index is mapped
 * back the same way. The contract's validation is handed in, so zod is reached from one module only.
 */
import { specIn, type FieldHint } from '../contract/catalogue-hints.js';
import { inList, itemName, parseItemName } from '../contract/control-names.js';
import { encodeSessionRequest } from '../contract/encode.js';
import type { issue, IssueCode } from '../contract/issues.js';
import type { SessionRequestBody, validateSessionRequest } from '../contract/request.js';
import { consentSpec, type Checked, type FormModel, type FormValidator } from './form-model.js';
import { compactRows } from './compact-rows.js';

/** The contract's validation: zod's validators and the English messages. */
export interface ContractCheck {
  validate: typeof validateSessionRequest;
  issue: typeof issue;
}

/** Whether a form value belongs in the body: its field (or list) is shown and applies. */
function sends(form: FormModel, name: string, shown: readonly FieldHint[]): boolean {
  const spec = specIn(shown, name);
  return spec !== undefined && form.applies(spec);
}

/** The Session API body: hints, then the merchant's fixed terms, then what the customer typed. */
function body(form: FormModel): SessionRequestBody {
  const { fields, amount, currency, orderId, customerId } = form.settings;
  const shown = form.shown();
  const typed = Object.fromEntries(Object.entries(compactRows(form.values).values).filter(([name]) => sends(form, name, shown)));
  const hints: SessionRequestBody = {};
  if (amount) hints.amount = amount;
  if (currency) hints.currency = currency;
  if (orderId) hints.order_id = orderId;
  if (customerId) hints.customer_id = customerId;
  const result = { ...hints, ...form.fixedTerms(), ...encodeSessionRequest(typed, form.vertical) };
  for (const [name, mode] of Object.entries(fields)) if (mode === 'hidden') delete result[name];
  return result;
}

/**
 * The control an issue belongs to. The body leaves out wholly empty rows, so an entry's index is
 * mapped back to its row; a missing list belongs to its first row's first control.
 */
function controlName(form: FormModel, path: string): string {
  const list = form.shown().find((spec) => spec.shape === 'array' && inList(path, spec.name));
  if (!list) return path;
  const first = list.items?.find((item) => item.setBy === 'customer')?.name ?? '';
  const item = parseItemName(path);
  return item ? itemName(list.name, compactRows(form.values).formRow(list.name, item.index), item.member) : itemName(list.name, 0, first);
}

/** The form's validator over the contract's check; the consent is required whenever terms are shown. */
export function createFormValidator(contract: ContractCheck): FormValidator {
  const check = (form: FormModel): Checked => {
    const result = contract.validate(body(form), form.vertical);
    const issues = result.success ? [] : result.issues.map((issue) => ({ ...issue, path: controlName(form, issue.path) }));
    if (form.terms().length && form.value(consentSpec.name) !== true) issues.push(contract.issue(consentSpec.name, 'consent'));
    const errors = new Map<string, IssueCode>();
    for (const issue of issues) if (!errors.has(issue.path)) errors.set(issue.path, issue.code);
    return { validity: result.success && !issues.length ? { data: result.data, issues } : { issues }, errors };
  };
  return { body, check, controlName };
}
