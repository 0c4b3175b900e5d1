import type { LitElement } from 'lit';
import { CheckoutFlow, type CheckoutHost, type CheckoutSettings } from '../checkout/checkout-flow.js';
import { emit } from '../events/events.js';
import { FocusController } from './focus-controller.js';
import { outcomeStyles } from './outcome-views.js';

/** What the element lends the flow from its private parts: the live region and notice, the embedded page, the form's feedback. */
export type ElementSide = Pick<CheckoutHost, 'announce' | 'embed'> & {
  /** Pay was pressed with issues: every field shows its error now. */
  submitted(): void;
};

let instances = 0;

/**
 * The element's checkout, made when the deferred chunk arrives: the flow, the focus moves that
 * follow its phases, and the outcome screens' styles. The flow reaches the element only through
 * the host built here, never through its shadow DOM.
 */
export function connectCheckout(element: LitElement & CheckoutSettings, side: ElementSide): CheckoutFlow {
  const root = element.shadowRoot;
  if (root && outcomeStyles.styleSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, outcomeStyles.styleSheet];
  /** HyperServices finds its div with document.getElementById, so it lives in light DOM; added when first needed. */
  let sdkDiv: HTMLDivElement | undefined;
  const host: CheckoutHost = {
    ...side,
    emit: (name, detail) => emit(element, name, detail),
    setPhase: () => element.requestUpdate(),
    sdkContainer: () => {
      if (!sdkDiv) {
        sdkDiv = document.createElement('div');
        sdkDiv.id = `juspay-hypersdk-${++instances}`;
        sdkDiv.slot = 'hypercheckout';
      }
      if (sdkDiv.parentNode !== element) element.append(sdkDiv);
      return sdkDiv.id;
    },
    showIssues: async (issues) => {
      side.submitted();
      element.requestUpdate();
      await element.updateComplete;
      const onForm = new Set(focus.focusFirstOf(issues.map((issue) => issue.path)));
      return issues.filter((issue) => onForm.has(issue.path));
    },
  };
  const flow = new CheckoutFlow(element, host);
  const focus = new FocusController(element, () => flow.phase);
  return flow;
}
