import type { IssueCode } from '../contract/issues.js';

/**
 * When a field's error is shown is a separate decision from whether the value is valid:
 * not while the customer first types, but after they leave the field or try to pay.
 */
export class FieldFeedback {
  #touched = new Set<string>();
  #submitted = false;

  /** Returns whether this changed what may show: false when the field was already touched. */
  touch(name: string): boolean {
    if (this.#touched.has(name)) return false;
    this.#touched.add(name);
    return true;
  }

  submitted(): void {
    this.#submitted = true;
  }

  reset(): void {
    this.#touched.clear();
    this.#submitted = false;
  }

  /** Whether any error may show yet; until then the form need not validate to render. */
  get active(): boolean {
    return this.#submitted || this.#touched.size > 0;
  }

  /** The error to show for `name` now, if any. */
  visible(name: string, errors: ReadonlyMap<string, IssueCode>): IssueCode | undefined {
    return this.#submitted || this.#touched.has(name) ? errors.get(name) : undefined;
  }
}
