/** The part of Juspay's HyperServices web SDK the launcher uses. */
export interface HyperServicesInstance {
  initiate(payload: InitiatePayload, callback: (eventData: unknown) => void): void;
  process(payload: unknown): void;
  terminate(): void;
  isInitialised(): boolean | Promise<boolean>;
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

/** A callback event, after JSON strings are parsed. */
export interface HyperEvent {
  event: 'initiate_result' | 'process_result' | 'user_event' | string;
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
