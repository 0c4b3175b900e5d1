/** How tests and demos steer the HyperServices double (`hyper-services-double.js`). */
export interface HyperServicesDoubleControls {
  /** A status (e.g. `'charged'`) to answer `process` with at once, without the simulated page. */
  outcome?: string;
  /** Answer `initiate` with an error. */
  initiateError?: boolean;
  /** Never answer `initiate`, as an SDK whose frames are blocked. */
  initiateSilent?: boolean;
  delayMs?: number;
  /** Every call made, in order. */
  calls: { method: string; payload?: unknown }[];
  /** Awaited before each `process_result`: tell a Juspay double what the customer chose. */
  onResult?: (status: string, sdkPayload: { payload: Record<string, unknown> }) => unknown;
}

declare global {
  interface Window {
    HyperServicesDouble?: HyperServicesDoubleControls;
  }
}
