import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formHidden, type Phase } from '../checkout/phase-view.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Focus never falls to <body>: when the form hides under the customer's focus, it moves to the
 * payment page's container or the outcome; when the payment page closes under it, to the outcome
 * or, when the form returns, to its pay button. Focus the customer moved elsewhere stays there.
 * Made with the checkout flow (the phases only change once it is there), in the deferred chunk.
 */
export class FocusController implements ReactiveController {
  #host: Host;
  #phase: () => Phase;
  /** The phase the last render showed. */
  #rendered?: Phase;
  /** Whether the customer's focus was in the form when the phase last changed. */
  #focusInForm = false;

  constructor(host: Host, phase: () => Phase) {
    this.#host = host;
    this.#phase = phase;
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.#phase() === this.#rendered) return;
    const root = this.#host.shadowRoot;
    this.#focusInForm = Boolean(root?.querySelector('form')?.contains(root.activeElement));
  }

  hostUpdated(): void {
    const previous = this.#rendered;
    const phase = (this.#rendered = this.#phase());
    if (phase === previous) return;
    const active = document.activeElement;
    // On <body>, focus was in a payment page that has just been removed.
    const stranded = !active || active === document.body || this.#host.contains(active);
    if (formHidden(phase) && !formHidden(previous)) {
      if (this.#focusInForm) this.#focus(phase === 'processing' ? '.checkout' : '.outcome');
    } else if (formHidden(phase) && previous === 'processing') {
      if (stranded) this.#focus('.outcome');
    } else if (!formHidden(phase) && formHidden(previous) && stranded) {
      this.#focus('button[type="submit"]');
    }
  }

  #focus(selector: string): void {
    this.#host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * The names in `names` that are controls on the form; the first of them in the form's order is
   * focused, the only focus move on submit.
   */
  focusFirstOf(names: readonly string[]): string[] {
    const wanted = new Set(names);
    const controls = [...(this.#host.shadowRoot?.querySelectorAll<HTMLInputElement>('form [name]') ?? [])];
    const found = controls.filter((control) => wanted.has(control.name));
    found[0]?.focus();
    const onForm = new Set(found.map((control) => control.name));
    return names.filter((name) => onForm.has(name));
  }
}
