/**
 * The form's model, without the DOM. Values flow one way, as in Lion's FormatMixin:
 *
 *   control value ── set() ──▶ FormValues      keyed by control name (`list[i].member`), dates `yyyy-mm-dd`
 *   prefill ── decode ──▶ FormValues           applied once per distinct prefill; reset() goes back to it
 *   FormValues ── body() ──▶ Session API body  hints, then the merchant's fixed terms, then the encoded values
 *   body ── validate() ──▶ canonical body      what is POSTed, or issues named by Session API path
 *   issue path ── controlName() ──▶ control    the control that shows it: the body leaves wholly empty
 *                                              rows out (compact-rows.ts), and maps an entry's index back the same way
 *
 * The last three steps are `form-check.ts`'s, handed over as `validator` with the deferred chunk.
 */
import type { FieldHint } from '../contract/catalogue-hints.js';
import { decodeSessionRequest } from '../contract/decode.js';
import type { FormValues } from '../contract/encode.js';
import type { IssueCode, ValidationIssue } from '../contract/issues.js';
import { getPath, isRecord } from '../contract/paths.js';
import type { SessionRequestBody } from '../contract/request.js';
import { isVertical, type Vertical } from '../contract/verticals.js';
import { applies, shownFields, upperBound, type FieldMode } from './field-plan.js';
import { rowCount, withoutRow } from './rows.js';

/**
 * The form's checking half (`form-check.ts`): the body, its validation with zod and the contract's
 * English messages, and each issue's control. Handed over once the element's deferred chunk is
 * there: the form renders without it.
 */
export interface FormValidator {
  body(form: FormModel): SessionRequestBody;
  check(form: FormModel): Checked;
  controlName(form: FormModel, path: string): string;
}

/** The consent checkbox: the form's own, required, never sent. */
export const consentSpec: FieldHint = { name: 'consent', setBy: 'customer', control: 'checkbox', required: true };

/** What the model reads from the element's properties. */
export interface FormSettings {
  /** Any string: an unknown vertical is `general`. */
  vertical: string;
  prefill: Record<string, unknown>;
  fields: Record<string, FieldMode>;
  params: Record<string, unknown>;
  amount?: string;
  currency?: string;
  orderId?: string;
  customerId?: string;
}

/** How a fixed term reads: the renderer formats each kind in the customer's language. */
/** A `plan` reads as its name, the translation `plan.<plan_id>`, else as its id. */
export type TermKind = 'amount' | 'option' | 'date' | 'yes-no' | 'plan' | 'text';

/** One fixed term the customer consents to: its label key, its value and how it reads. */
export interface Term {
  label: string;
  value: unknown;
  kind: TermKind;
}

/** The mandate terms shown for consent, in order, when the merchant fixed them and the form does not ask. */
const mandateTerms: [string, TermKind][] = [
  ['mandate.max_amount', 'amount'],
  ['mandate.amount_rule', 'option'],
  ['mandate.frequency', 'option'],
  ['mandate.rule_value', 'text'],
  ['mandate.start_date', 'date'],
  ['mandate.end_date', 'date'],
  ['mandate.revokable_by_customer', 'yes-no'],
];

/** The body, checked: `data` is the canonical body when there is nothing to fix. */
export interface Validity {
  data?: SessionRequestBody;
  issues: ValidationIssue[];
}

/** A check of the form: the validity, and each control's first issue by control name. */
export interface Checked {
  validity: Validity;
  errors: Map<string, IssueCode>;
}

export class FormModel {
  #values: FormValues = {};
  /** Rows asked for per list parameter, beyond what the values already fill. */
  #rows: Record<string, number> = {};
  /** The prefill and vertical last applied: a new but equal `prefill` object (a framework re-render) keeps what was typed. */
  #applied = '';
  /** The controls the last applied prefill filled. */
  #prefilled: string[] = [];
  /** Checks the body; set when its chunk arrives. Until then nothing is checked, so no error is shown. */
  validator?: FormValidator;
  /** Cached until the values change or `invalidate()`: rendering does not re-validate. */
  #checked?: Checked;

  #settings: Readonly<FormSettings>;
  #changed: () => void;

  /** `settings` is read on every use (the element passes itself); `changed` is told whenever the values or rows change. */
  constructor(settings: Readonly<FormSettings>, changed: () => void = () => undefined) {
    this.#settings = settings;
    this.#changed = changed;
  }

  get values(): Readonly<FormValues> {
    return this.#values;
  }

  value(name: string): string | boolean | undefined {
    return this.#values[name];
  }

  /** What a control shows: the value as the customer chose it, else as the merchant fixed it in `params`, which the body sends. */
  displayed(name: string): string | boolean | undefined {
    const value = this.#read(name);
    return typeof value === 'string' || typeof value === 'boolean' ? value : undefined;
  }

  /** Records a control's value; returns whether it changed. */
  set(name: string, value: string | boolean): boolean {
    if (this.#values[name] === value) return false;
    this.#update({ ...this.#values, [name]: value });
    return true;
  }

  /** Applies the prefill when it, or the vertical, differs from the one last applied; returns whether it did. */
  syncPrefill(): boolean {
    const changed = JSON.stringify([this.vertical, this.#settings.prefill]) !== this.#applied;
    if (changed) this.reset();
    return changed;
  }

  /** The controls the prefill filled, with a value to check. */
  get prefilled(): readonly string[] {
    return this.#prefilled;
  }

  /** The settings changed (a property was set): the next validate() checks again. */
  invalidate(): void {
    this.#checked = undefined;
  }

  /** Back to the prefilled values, with no extra rows. */
  reset(): void {
    const { prefill, fields } = this.#settings;
    this.#applied = JSON.stringify([this.vertical, prefill]);
    this.#rows = {};
    // `collect` asks the customer afresh: its prefill value is not shown.
    const shownPrefill = Object.fromEntries(Object.entries(prefill).filter(([name]) => fields[name] !== 'collect'));
    this.#update(decodeSessionRequest(shownPrefill, this.vertical));
    this.#prefilled = Object.keys(this.#values).filter((name) => this.#values[name] !== '');
  }

  /** The parameters the form shows, after the merchant's `fields` choices. */
  shown(): FieldHint[] {
    return shownFields(this.vertical, this.#settings.fields);
  }

  /** Whether a shown field applies to the other values, e.g. the debit day to the chosen frequency. */
  applies(spec: FieldHint): boolean {
    return applies(spec, this.#read);
  }

  /** The highest value a bounded field takes now, e.g. the debit day's for the chosen frequency. */
  upperBound(spec: FieldHint): number | undefined {
    return upperBound(spec, this.#read);
  }

  /** Rows shown for a list parameter: at least one, every row that holds a value, and any added. */
  rowCount(list: string): number {
    return rowCount(this.#values, list, this.#rows[list]);
  }

  /** Adds an empty row to `list`; returns its index. */
  addRow(list: string): number {
    const index = this.rowCount(list);
    this.#rows = { ...this.#rows, [list]: index + 1 };
    this.#changed();
    return index;
  }

  /** Removes row `index` of `list`: later rows move up, so names stay dense. */
  removeRow(list: string, index: number): void {
    this.#rows = { ...this.#rows, [list]: this.rowCount(list) - 1 };
    this.#update(withoutRow(this.#values, list, index));
  }

  /** What the model reads from the element, as it is now. */
  get settings(): Readonly<FormSettings> {
    return this.#settings;
  }

  /** Terms the merchant fixed: `params`, and `prefill` values of fields it marked `fixed`. */
  fixedTerms(): SessionRequestBody {
    const { params, fields, prefill } = this.#settings;
    const fixed: SessionRequestBody = { ...params };
    for (const [name, mode] of Object.entries(fields)) if (mode === 'fixed' && name in prefill) fixed[name] = prefill[name];
    return fixed;
  }

  /** The billing plan and mandate terms the merchant fixed, for the customer to check and consent to. */
  terms(): Term[] {
    const fixed = this.fixedTerms();
    const shown = new Set(this.shown().map((spec) => spec.name));
    const terms: Term[] = [];
    const plan = isRecord(fixed.payment_rules) ? getPath(fixed.payment_rules, 'payment_flows.billing_creation.info') : undefined;
    if (isRecord(plan)) {
      if (plan.plan_id !== undefined) terms.push({ label: 'terms.plan', value: plan.plan_id, kind: 'plan' });
      if (plan.plan_amount !== undefined) terms.push({ label: 'terms.plan_amount', value: plan.plan_amount, kind: 'amount' });
    }
    for (const [name, kind] of mandateTerms) {
      const value = fixed[name];
      if (value !== undefined && value !== '' && !shown.has(name)) terms.push({ label: name, value, kind });
    }
    return terms;
  }

  /** The Session API body: hints, then the merchant's fixed terms, then what the customer typed. Empty until the validator is there. */
  body(): SessionRequestBody {
    return this.validator?.body(this) ?? {};
  }

  /** The body, checked; `issues` names each control to fix, the consent included when terms are shown. */
  validate(): Validity {
    return this.#checkedNow().validity;
  }

  /** Each control's first issue, by control name. */
  errors(): ReadonlyMap<string, IssueCode> {
    return this.#checkedNow().errors;
  }

  #checkedNow(): Checked {
    if (!this.validator) return { validity: { issues: [] }, errors: new Map() };
    return (this.#checked ??= this.validator.check(this));
  }

  /** The control an issue belongs to (see `form-check.ts`); the path itself until the validator is there. */
  controlName(path: string): string {
    return this.validator?.controlName(this, path) ?? path;
  }

  /** A value as the customer chose it, else as the merchant fixed it. */
  #read = (name: string): unknown => this.#values[name] ?? this.#settings.params[name];

  /** The vertical the form is for: an unknown one is `general`. */
  get vertical(): Vertical {
    return isVertical(this.#settings.vertical) ? this.#settings.vertical : 'general';
  }

  #update(values: FormValues): void {
    this.#values = values;
    this.#checked = undefined;
    this.#changed();
  }
}
