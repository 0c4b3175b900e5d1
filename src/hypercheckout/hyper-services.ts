/** The part of Juspay's HyperServices web SDK the launcher uses. */
export interface HyperServicesInstance {
  initiate(payload: InitiatePayload, callback: (eventData: unknown) => void): void;
  process(payload: unknown): void;
  terminate(): void;
  isInitialised(): boolean | Promise<boolean>;
  /** The browser's Back while the payment page is open; true when the SDK handled it. */
  handleBackpress?(): boolean;
}

export interface HyperServicesConstructor {
  new (): HyperServicesInstance;
  preFetch?(payload: { requestId: string; service: string; payload: { clientId: string } }): void;
}

export interface InitiatePayload {
  requestId: string;
  service: 'in.juspay.hyperpay';
  payload: {
    action: 'initiate';
    merchantId: string;
    clientId: string;
    environment: 'sandbox' | 'production';
    integrationType: 'iframe' | 'redirection';
    hyperSDKDiv: string;
  };
}

/** A callback event, after JSON strings are parsed; `show_loader`, `log_stream` and the like are ignored. */
export interface HyperEvent {
  event: 'initiate_result' | 'process_result' | 'hide_loader' | string;
  requestId?: string;
  service?: string;
  error?: boolean;
  errorCode?: string;
  errorMessage?: string;
  payload?: { status?: string; paymentInstrument?: string; paymentInstrumentGroup?: string; [key: string]: unknown };
}

declare global {
  interface Window {
    HyperServices?: HyperServicesConstructor;
  }
}

export const HYPER_SERVICE = 'in.juspay.hyperpay';
export const DEFAULT_SDK_URL = 'https://public.releases.juspay.in/hyper-sdk-web/HyperServices.js';
