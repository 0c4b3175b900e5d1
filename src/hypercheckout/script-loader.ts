import { CheckoutError } from '../errors/checkout-error.js';
import { HYPER_SERVICE, type HyperServicesConstructor } from './hyper-services.js';

/** One load per URL per page, however many widgets ask. */
const loads = new Map<string, Promise<HyperServicesConstructor>>();

function sdkLoadError(message: string): CheckoutError {
  return new CheckoutError({ stage: 'sdk', code: 'sdk_load_failed', message, retryable: true });
}

interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}
declare global {
  interface Window {
    trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy };
  }
}

let scriptUrlPolicy: ScriptUrlPolicy | undefined;

/** Under `require-trusted-types-for 'script'` a script URL must come from a policy. */
function trustedScriptUrl(url: string): string {
  if (!window.trustedTypes) return url;
  scriptUrlPolicy ??= window.trustedTypes.createPolicy('juspay-session-checkout', { createScriptURL: (value) => value });
  return scriptUrlPolicy.createScriptURL(url);
}

function inject(url: string, timeoutMs: number, clientId?: string): Promise<HyperServicesConstructor> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    const timer = setTimeout(() => fail('The payment page took too long to load.'), timeoutMs);
    function settle() {
      clearTimeout(timer);
      script.onload = script.onerror = null;
    }
    function fail(message: string) {
      settle();
      script.remove();
      loads.delete(url);
      reject(sdkLoadError(message));
    }
    script.onload = () => {
      settle();
      if (window.HyperServices) resolve(window.HyperServices);
      else fail('The payment page script loaded but did not start.');
    };
    script.onerror = () => fail('The payment page could not be loaded. It may be blocked by the browser or network.');
    script.async = true;
    // As Juspay's own web loader tags it.
    script.setAttribute('service', HYPER_SERVICE);
    if (clientId) script.setAttribute('clientId', clientId);
    script.src = trustedScriptUrl(url);
    document.head.append(script);
  });
}

/** Loads HyperServices.js once per URL; a failed load may be tried again. The first caller's `clientId` tags the script. */
export function loadHyperServices(url: string, timeoutMs = 15000, clientId?: string): Promise<HyperServicesConstructor> {
  let load = loads.get(url);
  if (!load) {
    load = window.HyperServices ? Promise.resolve(window.HyperServices) : inject(url, timeoutMs, clientId);
    loads.set(url, load);
  }
  return load;
}
