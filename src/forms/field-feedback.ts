import type { IssueCode } from '../contract/issues.js';

/** What is known about one field when deciding whether its error shows. */
export interface FeedbackState {
  /** The customer left the field. */
  touched: boolean;
  /** The customer changed its value. */
  dirty: boolean;
  /** It held a value from `prefill`, checked once the form was first painted. */
  prefilled: boolean;
  /** The customer tried to pay. */
  submitted: boolean;
}

/**
 * Lion's feedback rule (InteractionStateMixin): an error shows once the customer has changed a
 * field and left it, for a prefilled value, and after a payment attempt. Tabbing past an empty
 * field shows nothing until Pay. Pass another rule to `FieldFeedback` to change it.
 */
export const showsFeedback = ({ touched, dirty, prefilled, submitted }: FeedbackState): boolean =>
  (touched && dirty) || prefilled || submitted;

/**
 * When a field's error is shown is a separate decision from whether the value is valid: the
 * interaction state per field, and the rule that reads it.
 */
export class FieldFeedback {
  #touched = new Set<string>();
  #dirty = new Set<string>();
  #prefilled = new Set<string>();
  #submitted = false;
  #rule: (state: FeedbackState) => boolean;

  constructor(rule = showsFeedback) {
    this.#rule = rule;
  }

  /** The customer left `name`; returns whether that may change what shows. */
  touch(name: string): boolean {
    if (this.#touched.has(name)) return false;
    this.#touched.add(name);
    return true;
  }

  /** The customer changed the value of `name`. */
  edit(name: string): void {
    this.#dirty.add(name);
  }

  /** These fields hold prefilled values, whose errors may show from now on. */
  prefilled(names: Iterable<string>): void {
    for (const name of names) this.#prefilled.add(name);
  }

  submitted(): void {
    this.#submitted = true;
  }

  reset(): void {
    for (const set of [this.#touched, this.#dirty, this.#prefilled]) set.clear();
    this.#submitted = false;
  }

  /** Whether anything has happened that may show an error; until then the form need not validate to render. */
  get active(): boolean {
    return this.#submitted || this.#touched.size + this.#dirty.size + this.#prefilled.size > 0;
  }

  /** The error to show for `name` now, if any. */
  visible(name: string, errors: ReadonlyMap<string, IssueCode>): IssueCode | undefined {
    return this.#shows(name) ? errors.get(name) : undefined;
  }

  #shows(name: string): boolean {
    return this.#rule({
      touched: this.#touched.has(name),
      dirty: this.#dirty.has(name),
      prefilled: this.#prefilled.has(name),
      submitted: this.#submitted,
    });
  }
}
