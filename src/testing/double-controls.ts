/** How tests and demos steer the HyperServices double (`hyper-services-double.js`). */
export interface HyperServicesDoubleControls {
  /**
   * A status (e.g. `'charged'`) to answer `process` with at once, without the simulated page; or
   * `{errorCode}` for a `process_result` without `payload.status`.
   */
  outcome?: string | { errorCode: string; errorMessage?: string };
  /** Answer `initiate` with an error. */
  initiateError?: boolean;
  /** Never answer `initiate`, as an SDK whose frames are blocked. */
  initiateSilent?: boolean;
  /** `isInitialised()` stays false this long after `initiate_result`. */
  readinessLagMs?: number;
  /** `false`: send no `show_loader`/`hide_loader`, so "opened" can only come from the launcher's fallback. */
  hideLoader?: boolean;
  /** Also send `user_event`, an unknown event and a callback that is not JSON. */
  noise?: boolean;
  /** Today's simpler model: no loader or log events, no `requestId`/`service`, unnumbered codes. */
  simple?: boolean;
  delayMs?: number;
  /** Every call made, in order. */
  calls: { method: string; payload?: unknown }[];
  /**
   * Awaited before each `process_result`: tell your own backend what the customer chose. Without it,
   * the double completes the order at the local Juspay double itself.
   */
  onResult?: (status: string | undefined, sdkPayload: { payload: Record<string, unknown> }) => unknown;
}

declare global {
  interface Window {
    HyperServicesDouble?: HyperServicesDoubleControls;
  }
}
