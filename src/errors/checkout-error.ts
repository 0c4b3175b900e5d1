import { definedOnly } from '../contract/defined-only.js';

/** Where in the flow a failure happened. */
export type FailureStage = 'validation' | 'session' | 'sdk' | 'payment';

/**
 * The small, typed set of failure codes. Each names one thing that went wrong,
 * so merchants can branch on it and customers get one plain message for it.
 */
export type FailureCode =
  | 'invalid_input'
  | 'network_error'
  | 'offline'
  | 'timeout'
  | 'http_error'
  | 'api_error'
  | 'invalid_response'
  | 'sdk_load_failed'
  | 'sdk_initiate_failed'
  | 'payment_failed'
  | 'configuration_error'
  | 'internal_error';

export interface CheckoutErrorInit {
  stage: FailureStage;
  code: FailureCode;
  message: string;
  retryable: boolean;
  /** Juspay's or the merchant's own error code, where the server sent one. */
  errorCode?: string;
  httpStatus?: number;
  status?: string;
  /** HyperCheckout's own status, as it sent it. */
  sdkStatus?: string;
  orderId?: string;
  /** What was thrown underneath, for debugging; never shown to the customer. */
  cause?: unknown;
}

/** A failure with the details the `juspay-payment-failed` event carries. */
export class CheckoutError extends Error implements CheckoutErrorInit {
  readonly stage: FailureStage;
  readonly code: FailureCode;
  readonly retryable: boolean;
  readonly errorCode?: string;
  readonly httpStatus?: number;
  readonly status?: string;
  readonly sdkStatus?: string;
  readonly orderId?: string;

  constructor(init: CheckoutErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'CheckoutError';
    const { stage, code, retryable, errorCode, httpStatus, status, sdkStatus, orderId } = init;
    this.stage = stage;
    this.code = code;
    this.retryable = retryable;
    Object.assign(this, definedOnly({ errorCode, httpStatus, status, sdkStatus, orderId }));
  }

  /**
   * `caught` as a CheckoutError: itself when it is one, else an `internal_error` at `stage` that
   * keeps the original as `cause`. A bug must not pass for a network or SDK failure.
   */
  static from(caught: unknown, stage: FailureStage): CheckoutError {
    if (caught instanceof CheckoutError) return caught;
    return new CheckoutError({
      stage,
      code: 'internal_error',
      message: caught instanceof Error ? caught.message : String(caught),
      retryable: true,
      cause: caught,
    });
  }
}
