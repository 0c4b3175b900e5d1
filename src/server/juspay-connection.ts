import { JuspayError, upstreamError } from './juspay-errors.js';
import { exchange, UpstreamTimeout } from './upstream-http.js';

export { JuspayError };

/** How the server reaches Juspay: credentials and which host. */
export interface JuspayConnection {
  apiKey: string;
  merchantId: string;
  /** Overrides `environment`, e.g. to point at the Juspay double. */
  baseUrl?: string;
  environment?: 'sandbox' | 'production';
  /** Milliseconds to wait for Juspay before giving up with a 504. Default 15000. */
  timeoutMs?: number;
}

export const JUSPAY_HOSTS = {
  sandbox: 'https://sandbox.juspay.in',
  production: 'https://api.juspay.in',
} as const;

export const DEFAULT_TIMEOUT_MS = 15_000;

export function resolveBaseUrl(connection: JuspayConnection): string {
  return (connection.baseUrl ?? JUSPAY_HOSTS[connection.environment ?? 'sandbox']).replace(/\/+$/, '');
}

/** The headers every Juspay server-to-server call carries; Content-Type only when there is a body. */
export function juspayHeaders(connection: JuspayConnection, routingId: string, withBody: boolean): Record<string, string> {
  return {
    Authorization: `Basic ${Buffer.from(`${connection.apiKey}:`).toString('base64')}`,
    'x-merchantid': connection.merchantId,
    'x-routing-id': routingId,
    ...(withBody ? { 'Content-Type': 'application/json' } : {}),
  };
}

export interface JuspayCall {
  method: 'GET' | 'POST';
  path: string;
  /** `x-routing-id`: the customer id, or the order id for a guest. The same for every call about one order. */
  routingId: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Calls Juspay and returns its JSON answer. A timeout, an unreachable host, a non-JSON answer or a
 * non-2xx status becomes a JuspayError with a clear message.
 */
export async function callJuspay(connection: JuspayConnection, call: JuspayCall): Promise<unknown> {
  // A header holds bytes, not text: non-ASCII would make the request throw (or reach Juspay mangled), and
  // the merchant would read "unreachable".
  if (!/^[\x20-\x7e]*$/.test(call.routingId)) {
    throw new Error('x-routing-id (the customer_id, or the order_id for a guest) must be printable ASCII.');
  }
  let status: number;
  let text: string;
  try {
    const headers = { ...juspayHeaders(connection, call.routingId, call.body !== undefined), ...call.headers };
    ({ status, text } = await exchange(`${resolveBaseUrl(connection)}${call.path}`, {
      method: call.method,
      headers,
      ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
      timeoutMs: connection.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    }));
  } catch (error) {
    if (error instanceof UpstreamTimeout) throw new JuspayError(504, 'upstream_timeout', 'Juspay did not answer in time. Try again.');
    throw new JuspayError(502, 'upstream_unreachable', 'Juspay could not be reached. Try again.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    if (status >= 200 && status < 300) {
      throw new JuspayError(502, 'upstream_invalid_response', 'Juspay answered with something that is not JSON.');
    }
    json = undefined;
  }
  if (status < 200 || status >= 300) throw upstreamError(status, json);
  return json;
}
