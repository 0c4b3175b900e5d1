import { css, type LitElement } from 'lit';
import { CheckoutFlow, type CheckoutHost, type CheckoutSettings } from '../checkout/checkout-flow.js';
import { emit } from '../events/events.js';
import { checkboxTargetStyles } from './checkbox-target.styles.js';
import { FocusController } from './focus-controller.js';
import { outcomeStyles } from './outcome-views.js';

/** What the element lends the flow from its private parts: the live region and notice, the embedded page, the form's feedback. */
export type ElementSide = Pick<CheckoutHost, 'announce' | 'embed'> & {
  /** Pay was pressed with issues: every field shows its error now. */
  submitted(): void;
};

let instances = 0;

/** What shows only while a payment is under way: the busy button's spinner, the embedded payment page. */
const checkoutStyles = css`
  button[aria-busy='true'] {
    cursor: progress;
  }
  .checkout:focus {
    outline: none;
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: var(--_space);
    vertical-align: -0.125em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-style: dotted;
    }
  }
  iframe {
    display: block;
    width: 100%;
    min-height: 40rem;
    border: 0;
  }
`;

/**
 * The element's checkout, made when the deferred chunk arrives: the flow, the focus moves that
 * follow its phases, and the outcome screens' styles. The flow reaches the element only through
 * the host built here, never through its shadow DOM. Their styles are adopted as they arrive.
 */
export function connectCheckout(element: LitElement & CheckoutSettings, side: ElementSide): CheckoutFlow {
  const root = element.shadowRoot;
  const sheets = [checkoutStyles.styleSheet, outcomeStyles.styleSheet, checkboxTargetStyles.styleSheet].filter((sheet) => sheet !== undefined);
  if (root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
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
