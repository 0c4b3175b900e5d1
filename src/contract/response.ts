import { definedOnly } from './defined-only.js';
import { isRecord } from './paths.js';

/** What HyperServices' `process()` takes, passed on exactly as the Session API returned it. */
export interface SdkPayload {
  requestId: string;
  service: string;
  payload: Record<string, unknown> & {
    clientId?: string;
    merchantId?: string;
    environment?: string;
    orderId?: string;
    clientAuthTokenExpiry?: string;
  };
  expiry?: string | null;
}

/**
 * A session is reused (a browser retry, a server replay) only while its client auth token has at
 * least this long left: the customer still has to pay after it is reopened.
 */
export const TOKEN_EXPIRY_MARGIN_MS = 60_000;

export interface PaymentLinks {
  web?: string;
  mobile?: string;
  iframe?: string;
  expiry?: string | null;
}

export type SessionResponse =
  | {
      kind: 'sdk';
      orderId: string;
      id: string;
      status: string;
      sdkPayload: SdkPayload;
      paymentLinks: PaymentLinks;
    }
  | {
      kind: 'authentication';
      orderId?: string;
      status: string;
      method: 'GET' | 'POST';
      url: string;
      /** Form fields to post, for a POST authentication. */
      params?: Record<string, string>;
    }
  | { kind: 'order'; orderId: string; id?: string; status: string; statusId?: number; paymentLinks: PaymentLinks }
  | {
      kind: 'error';
      /**
       * Who said no: `juspay` (or the merchant's server) in a JSON error body with an `error_code`;
       * `http`, a failed status with no such body; `shape`, a success status whose body is not a
       * Session API answer. Only a `juspay` error's `errorCode` is the server's own.
       */
      source: ErrorSource;
      httpStatus?: number;
      status?: string;
      errorCode: string;
      errorMessage: string;
    };

export type ErrorSource = 'juspay' | 'http' | 'shape';

/**
 * Only http(s) links, absolute or relative, are ever navigated to or framed: a `javascript:` or
 * `data:` link from a compromised endpoint would run in the merchant's page.
 */
export function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, 'https://base.invalid/').protocol);
  } catch {
    return false;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isOptional = (value: unknown, guard: (value: unknown) => boolean) => value === undefined || guard(value);

/** The links as sent, minus any that are not http(s); a malformed entry is dropped, not fatal. */
function links(value: unknown): PaymentLinks {
  const result: PaymentLinks = {};
  if (!isRecord(value)) return result;
  for (const key of ['web', 'mobile', 'iframe'] as const) {
    const link = value[key];
    if (isString(link) && isWebUrl(link)) result[key] = link;
  }
  if (isString(value.expiry)) result.expiry = value.expiry;
  return result;
}

const isSdkPayload = (value: unknown): value is SdkPayload =>
  isRecord(value) && isString(value.requestId) && isString(value.service) && isRecord(value.payload);

/**
 * Classifies a Session API answer: a new session (`sdk`), a transaction that needs the customer
 * to authenticate (`authentication`), an order that already has a status (`order`), or an `error`.
 * Unknown members are ignored, so Juspay may add fields without breaking checkout.
 */
export function parseSessionResponse(json: unknown, httpStatus?: number): SessionResponse {
  const failedStatus = httpStatus !== undefined && (httpStatus < 200 || httpStatus >= 300);
  const body = isRecord(json) ? json : {};
  const { status, order_id: orderId, id } = body;
  if (!failedStatus && isString(status)) {
    if (isString(orderId) && isString(id) && isSdkPayload(body.sdk_payload)) {
      return { kind: 'sdk', orderId, id, status, sdkPayload: body.sdk_payload, paymentLinks: links(body.payment_links) };
    }
    const authentication = isRecord(body.payment) ? body.payment.authentication : undefined;
    if (isRecord(authentication) && isOptional(orderId, isString)) {
      const { url, params } = authentication;
      const method = String(authentication.method).toUpperCase();
      if ((method === 'GET' || method === 'POST') && isString(url) && isWebUrl(url) && isOptional(params, isRecord)) {
        return {
          kind: 'authentication',
          ...definedOnly({ orderId: orderId as string | undefined }),
          status,
          method,
          url,
          ...(isRecord(params) ? { params: Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)])) } : {}),
        };
      }
    }
    const statusId = body.status_id;
    if (isString(orderId) && isOptional(id, isString) && isOptional(statusId, Number.isFinite)) {
      return {
        kind: 'order',
        orderId,
        ...definedOnly({ id: id as string | undefined, statusId: statusId as number | undefined }),
        status,
        paymentLinks: links(body.payment_links),
      };
    }
  }
  const text = (key: string) => (isString(body[key]) ? body[key] : undefined);
  const errorCode = text('error_code');
  const errorMessage = text('error_message') ?? text('user_message');
  const errorStatus = text('status');
  const source: ErrorSource = errorCode !== undefined ? 'juspay' : failedStatus ? 'http' : 'shape';
  return {
    kind: 'error',
    source,
    ...definedOnly({ httpStatus, status: errorStatus }),
    errorCode: errorCode ?? (source === 'http' ? `http_${httpStatus}` : 'invalid_response'),
    errorMessage: errorMessage ?? (source === 'shape' ? 'The answer was not a Session API response.' : `The server answered with status ${httpStatus}.`),
  };
}
