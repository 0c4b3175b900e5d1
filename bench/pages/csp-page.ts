/**
 * The only page script of `csp.html`, served from 'self' like the bundle, loaded before it.
 * It records every `securitypolicyviolation` and every `juspay-*` event; Playwright does the typing.
 */
import type { JuspaySessionCheckout } from '../../src/index.js';
import { checkoutEventNames } from '../../src/events/events.js';
import type { CspPage } from './harness-api.js';
import { readControls } from './controls.js';

(window as unknown as { HyperServicesDouble: unknown }).HyperServicesDouble = { outcome: 'charged', delayMs: 0, calls: [] };

function inPageTask<T>(work: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => setTimeout(() => work().then(resolve, reject)));
}

const page: CspPage = {
  violations: [],
  events: [],
  controls(id) {
    return readControls(document.getElementById(id)!);
  },
  // Playwright's page.evaluate runs with DevTools' CSP bypass (eval is allowed there), so the
  // work below runs in a timer task of its own: the page's policy applies to it as to any page code.
  mountAndSubmitEmpty(vertical) {
    return inPageTask(async () => {
      const element = document.createElement('juspay-session-checkout') as JuspaySessionCheckout;
      element.id = `checkout-${vertical}`;
      element.setAttribute('endpoint', '/api/session');
      element.setAttribute('vertical', vertical);
      element.setAttribute('sdk-url', '/sdk/HyperServices.js');
      document.getElementById('stage')!.append(element);
      await element.updateComplete;
      await element.submit();
      await element.updateComplete;
      return element.shadowRoot!.querySelectorAll('[aria-invalid="true"]').length;
    });
  },
  canary() {
    // Proves the counter works: a string-compiled function is blocked here and must be reported.
    return inPageTask(async () => {
      const before = page.violations.length;
      try {
        new Function('return 1')();
      } catch {
        // expected under the policy
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
      return page.violations.length > before;
    });
  },
};

document.addEventListener('securitypolicyviolation', (event) => {
  page.violations.push({
    blockedURI: event.blockedURI,
    violatedDirective: event.violatedDirective,
    effectiveDirective: event.effectiveDirective,
    sourceFile: event.sourceFile,
    lineNumber: event.lineNumber,
    sample: event.sample,
  });
});

for (const name of checkoutEventNames) {
  document.addEventListener(name, (event) => {
    page.events.push({ name, target: (event.target as Element).id, detail: (event as CustomEvent).detail });
  });
}

window.cspBench = page;
