import { errorResponse, failureResponse, jsonResponse, readBodyText, type Logger } from './http.js';
import { callJuspay, JuspayError, type JuspayConnection } from './juspay-connection.js';
import { toNodeHandler, type NodeHandler } from './node-adapter.js';
import { verifyOrder, type VerificationReason } from './verification.js';

/**
 * The Order Status API version this package reads: the one Juspay's API reference and its published
 * request sample send, and whose answer shapes our tests use. Juspay's Node kit defaults to
 * `2024-06-24`; pass `version` to choose it.
 */
export const ORDER_STATUS_API_VERSION = '2023-06-30';

export interface OrderStatusOptions extends JuspayConnection {
  /** The order's customer: `x-routing-id` must match the session's, which is the order id for a guest. */
  customerId?: string;
  /** The `version` header; default ORDER_STATUS_API_VERSION. */
  version?: string;
}

export interface OrderStatus {
  orderId: string;
  /** Juspay's own id, `ordeh_…`. */
  id?: string;
  /** `CHARGED`, `PENDING_VBV`, `AUTHORIZATION_FAILED`, … */
  status: string;
  statusId?: number;
  amount: number;
  /** What was charged after offers; Juspay's `effective_amount`. */
  effectiveAmount?: number;
  currency?: string;
}

const toNumber = (value: unknown) =>
  typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;

/** Asks Juspay what happened to an order: `GET /orders/{order_id}`. Throws a JuspayError on failure. */
export async function getOrderStatus(orderId: string, options: OrderStatusOptions): Promise<OrderStatus> {
  const json = (await callJuspay(options, {
    method: 'GET',
    path: `/orders/${encodeURIComponent(orderId)}`,
    routingId: options.customerId || orderId,
    headers: { version: options.version ?? ORDER_STATUS_API_VERSION },
  })) as Record<string, unknown> | null;
  const amount = toNumber(json?.amount);
  const effectiveAmount = toNumber(json?.effective_amount);
  if (typeof json?.status !== 'string' || json.order_id !== orderId || !Number.isFinite(amount)) {
    throw new JuspayError(502, 'upstream_invalid_response', 'Juspay answered without the order status.');
  }
  return {
    orderId,
    status: json.status,
    amount,
    ...(Number.isFinite(effectiveAmount) ? { effectiveAmount } : {}),
    ...(typeof json.id === 'string' ? { id: json.id } : {}),
    ...(typeof json.status_id === 'number' ? { statusId: json.status_id } : {}),
    ...(typeof json.currency === 'string' ? { currency: json.currency } : {}),
  };
}

/** The order as the merchant created it in `resolveOrder`. */
export interface ExpectedOrder {
  amount: string | number;
  /** The currency the order was created in; Juspay's default, INR, when left out. */
  currency?: string;
  customer_id?: string;
}

export interface StatusHandlerOptions extends JuspayConnection {
  /**
   * Looks the order up in the merchant's own records. Return undefined for an order this
   * request may not see (404), or throw a Response to refuse it.
   */
  expectedOrder: (orderId: string, request: Request) => ExpectedOrder | undefined | Promise<ExpectedOrder | undefined>;
  version?: string;
  logger?: Logger;
}

export interface StatusAnswer {
  orderId: string;
  status: string;
  amount: number;
  /** Charged, and for the amount the merchant expected: the only state in which to ship the goods. */
  verified: boolean;
  /** Why it is not verified. */
  reason?: VerificationReason;
}

export type StatusHandler = ((request: Request) => Promise<Response>) & { node: NodeHandler };

async function orderIdOf(request: Request): Promise<unknown> {
  if (request.method === 'GET') return new URL(request.url).searchParams.get('order_id');
  const text = await readBodyText(request);
  try {
    return (JSON.parse(text) as { order_id?: unknown } | null)?.order_id;
  } catch {
    return undefined;
  }
}

/**
 * The widget's `status-endpoint`: `GET ?order_id=…` or `POST {"order_id": …}` answers
 * `{orderId, status, amount, verified}` from the Order Status API, never from what the browser says.
 */
export function createStatusHandler(options: StatusHandlerOptions): StatusHandler {
  const logger = options.logger ?? console;
  const handler = async (request: Request): Promise<Response> => {
    try {
      if (request.method !== 'GET' && request.method !== 'POST') {
        return errorResponse(405, 'method_not_allowed', 'Use GET or POST to ask for an order status.');
      }
      const orderId = await orderIdOf(request);
      if (typeof orderId !== 'string' || orderId === '') return errorResponse(400, 'invalid_request', 'order_id is required.');
      const expected = await options.expectedOrder(orderId, request);
      if (!expected) return errorResponse(404, 'order_not_found', 'There is no such order.');
      const order = await getOrderStatus(orderId, {
        ...options,
        ...(expected.customer_id ? { customerId: expected.customer_id } : {}),
      });
      const answer: StatusAnswer = { orderId, status: order.status, amount: order.amount, ...verifyOrder(order, expected) };
      return jsonResponse(200, answer);
    } catch (error) {
      return failureResponse(error, logger);
    }
  };
  return Object.assign(handler, { node: toNodeHandler(handler) });
}
