import * as z from 'zod/mini';
import './validators.js';

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
  | { kind: 'error'; httpStatus?: number; status?: string; errorCode: string; errorMessage: string };

const optionalString = z.optional(z.nullable(z.string()));

const paymentLinksSchema = z.looseObject({
  web: optionalString,
  mobile: optionalString,
  iframe: optionalString,
  expiry: optionalString,
});

const sdkSchema = z.looseObject({
  status: z.string(),
  id: z.string(),
  order_id: z.string(),
  payment_links: z.optional(paymentLinksSchema),
  sdk_payload: z.looseObject({
    requestId: z.string(),
    service: z.string(),
    payload: z.record(z.string(), z.unknown()),
  }),
});

const authenticationSchema = z.looseObject({
  status: z.string(),
  order_id: z.optional(z.string()),
  payment: z.looseObject({
    authentication: z.looseObject({
      method: z.enum(['GET', 'POST', 'get', 'post']),
      url: z.string().check(z.refine(isWebUrl)),
      params: z.optional(z.record(z.string(), z.unknown())),
    }),
  }),
});

const orderSchema = z.looseObject({
  status: z.string(),
  order_id: z.string(),
  id: z.optional(z.string()),
  status_id: z.optional(z.number()),
  payment_links: z.optional(paymentLinksSchema),
});

const errorSchema = z.looseObject({
  status: z.optional(z.string()),
  error_code: z.optional(z.string()),
  error_message: z.optional(z.string()),
  user_message: z.optional(z.string()),
});

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

function links(value: z.infer<typeof paymentLinksSchema> | undefined): PaymentLinks {
  const result: PaymentLinks = {};
  for (const key of ['web', 'mobile', 'iframe'] as const) {
    const link = value?.[key];
    if (typeof link === 'string' && isWebUrl(link)) result[key] = link;
  }
  if (typeof value?.expiry === 'string') result.expiry = value.expiry;
  return result;
}

function stringParams(params: Record<string, unknown> | undefined): Record<string, string> | undefined {
  if (!params) return undefined;
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
}

/**
 * Classifies a Session API answer: a new session (`sdk`), a transaction that needs the customer
 * to authenticate (`authentication`), an order that already has a status (`order`), or an `error`.
 */
export function parseSessionResponse(json: unknown, httpStatus?: number): SessionResponse {
  const failedStatus = httpStatus !== undefined && (httpStatus < 200 || httpStatus >= 300);
  if (!failedStatus) {
    const sdk = sdkSchema.safeParse(json);
    if (sdk.success) {
      const raw = json as { sdk_payload: SdkPayload };
      return {
        kind: 'sdk',
        orderId: sdk.data.order_id,
        id: sdk.data.id,
        status: sdk.data.status,
        sdkPayload: raw.sdk_payload,
        paymentLinks: links(sdk.data.payment_links),
      };
    }
    const auth = authenticationSchema.safeParse(json);
    if (auth.success) {
      const { method, url, params } = auth.data.payment.authentication;
      return {
        kind: 'authentication',
        ...(auth.data.order_id === undefined ? {} : { orderId: auth.data.order_id }),
        status: auth.data.status,
        method: method.toUpperCase() as 'GET' | 'POST',
        url,
        ...(params ? { params: stringParams(params) } : {}),
      };
    }
    const order = orderSchema.safeParse(json);
    if (order.success) {
      return {
        kind: 'order',
        orderId: order.data.order_id,
        ...(order.data.id === undefined ? {} : { id: order.data.id }),
        status: order.data.status,
        ...(order.data.status_id === undefined ? {} : { statusId: order.data.status_id }),
        paymentLinks: links(order.data.payment_links),
      };
    }
  }
  const error = errorSchema.safeParse(json);
  const body = error.success ? error.data : {};
  const hasErrorBody = body.error_code !== undefined || body.error_message !== undefined;
  return {
    kind: 'error',
    ...(httpStatus === undefined ? {} : { httpStatus }),
    ...(body.status === undefined ? {} : { status: body.status }),
    errorCode: body.error_code ?? (failedStatus ? `http_${httpStatus}` : 'invalid_response'),
    errorMessage:
      body.error_message ??
      body.user_message ??
      (hasErrorBody || failedStatus ? `The server answered with status ${httpStatus}.` : 'The answer was not a Session API response.'),
  };
}
