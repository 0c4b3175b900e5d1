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
  | 'configuration_error';

export interface CheckoutErrorInit {
  stage: FailureStage;
  code: FailureCode;
  message: string;
  retryable: boolean;
  /** Juspay's or the merchant's own error code, where the server sent one. */
  errorCode?: string;
  httpStatus?: number;
  status?: string;
  orderId?: string;
}

/** A failure with the details the `juspay-payment-failed` event carries. */
export class CheckoutError extends Error implements CheckoutErrorInit {
  readonly stage: FailureStage;
  readonly code: FailureCode;
  readonly retryable: boolean;
  readonly errorCode?: string;
  readonly httpStatus?: number;
  readonly status?: string;
  readonly orderId?: string;

  constructor(init: CheckoutErrorInit) {
    super(init.message);
    this.name = 'CheckoutError';
    this.stage = init.stage;
    this.code = init.code;
    this.retryable = init.retryable;
    if (init.errorCode !== undefined) this.errorCode = init.errorCode;
    if (init.httpStatus !== undefined) this.httpStatus = init.httpStatus;
    if (init.status !== undefined) this.status = init.status;
    if (init.orderId !== undefined) this.orderId = init.orderId;
  }
}
