import { callerOf, DEFAULT_RECORD_TTL_MS, isOrderRecord, orderKey, sharedStore, type SharedOptions } from './fleet.js';
import { errorReply, jsonReply, parseJsonBody, type Answer, type Logger } from './http.js';
import { isJsonContentType, notJsonReply, type Inbound } from './inbound.js';
import { callJuspay, JuspayError, type JuspayConnection } from './juspay-connection.js';
import { exposeHandler, type NodeHandler } from './node-adapter.js';
import { settledOrderOf, settleOnce, type SettlementOptions } from './settlement.js';
import { verifyReturnUrlSignature } from './signature.js';
import type { IdempotencyStore } from './store.js';
import { toAmount, verifyOrder, type VerificationReason } from './verification.js';

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
  /** After offers, when Juspay reports it. */
  effectiveAmount?: number;
  currency?: string;
}

/** Asks Juspay what happened to an order: `GET /orders/{order_id}`. Throws a JuspayError on failure. */
export async function getOrderStatus(orderId: string, options: OrderStatusOptions): Promise<OrderStatus> {
  const json = (await callJuspay(options, {
    method: 'GET',
    path: `/orders/${encodeURIComponent(orderId)}`,
    routingId: options.customerId || orderId,
    headers: { version: options.version ?? ORDER_STATUS_API_VERSION },
  })) as Record<string, unknown> | null;
  const amount = toAmount(json?.amount);
  if (typeof json?.status !== 'string' || json.order_id !== orderId || !Number.isFinite(amount)) {
    throw new JuspayError(502, 'upstream_invalid_response', 'Juspay answered without the order status.');
  }
  return {
    orderId,
    status: json.status,
    amount,
    ...(typeof json.id === 'string' ? { id: json.id } : {}),
    ...(typeof json.status_id === 'number' ? { statusId: json.status_id } : {}),
    ...(typeof json.currency === 'string' ? { currency: json.currency } : {}),
    ...(Number.isFinite(toAmount(json.effective_amount)) ? { effectiveAmount: toAmount(json.effective_amount) } : {}),
  };
}

/** The order as the merchant created it in `resolveOrder`. */
export interface ExpectedOrder {
  amount: string | number;
  /** The currency the order was created in; Juspay's default, INR, when left out. */
  currency?: string;
  customer_id?: string;
}

export interface StatusHandlerOptions extends JuspayConnection, SharedOptions, SettlementOptions {
  /**
   * Looks the order up in the merchant's own records. Return undefined for an order this
   * request may not see (404), or throw a Response to refuse it. Default: the order the session
   * handler recorded in the shared store.
   */
  expectedOrder?: (orderId: string, request: Request) => ExpectedOrder | undefined | Promise<ExpectedOrder | undefined>;
  /** The dashboard's Response Key: a request forwarding a validly signed return URL may see that order. */
  responseKey?: string;
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

/** The order the session handler recorded: what to expect, and whose it is. */
export async function recordedOrder(store: IdempotencyStore, orderId: string) {
  const record = await store.get(orderKey(orderId));
  return isOrderRecord(record) ? record : undefined;
}

/** The query (GET) or JSON body (POST): the order id, and after a redirect Juspay's signed return parameters. */
async function paramsOf(inbound: Inbound): Promise<Record<string, unknown> | undefined> {
  if (inbound.method === 'GET') return Object.fromEntries(new URL(inbound.url).searchParams);
  const parsed = parseJsonBody(await inbound.text());
  return 'value' in parsed && typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as Record<string, unknown>) : undefined;
}

/**
 * The widget's `status-endpoint`: `GET ?order_id=…` or `POST {"order_id": …}` answers
 * `{orderId, status, amount, verified}` from the Order Status API, never from what the browser says.
 * It answers only the order's caller, or a request forwarding a validly signed return URL for that
 * order; anyone else gets 404. A final status settles the order (`onOrderSettled`, exactly once).
 */
export function createStatusHandler(options: StatusHandlerOptions): StatusHandler {
  const logger = options.logger ?? console;
  const store = sharedStore(options.store);
  const notFound = () => errorReply(404, 'order_not_found', 'There is no such order.');

  async function answer(inbound: Inbound): Promise<Answer> {
    if (inbound.method !== 'GET' && inbound.method !== 'POST') {
      return errorReply(405, 'method_not_allowed', 'Use GET or POST to ask for an order status.');
    }
    // A cross-site form can POST text/plain without a preflight: only JSON is read, as by the session handler.
    if (inbound.method === 'POST' && !isJsonContentType(inbound)) return notJsonReply();
    const params = await paramsOf(inbound);
    const orderId = params?.order_id;
    if (typeof orderId !== 'string' || orderId === '') return errorReply(400, 'invalid_request', 'order_id is required.');
    const signed = params!.signature !== undefined;
    // Forwarded return parameters are believed only with a valid signature: a forged one is refused, never a success.
    if (signed && !(options.responseKey && verifyReturnUrlSignature(params!, options.responseKey))) {
      return errorReply(403, 'invalid_signature', 'The return parameters are not signed by Juspay.');
    }
    const record = await recordedOrder(store, orderId);
    if (!signed) {
      // An order the session handler recorded is its caller's alone; any other order is expectedOrder's to vouch for.
      const mine = record
        ? options.caller !== undefined && record.caller === (await callerOf(options.caller, inbound.request))
        : options.expectedOrder !== undefined;
      if (!mine) return notFound();
    }
    const expected = options.expectedOrder ? await options.expectedOrder(orderId, inbound.request) : record;
    if (!expected) return notFound();
    // The session's routing id: the customer's, from expectedOrder or else the session handler's record.
    const customerId = expected.customer_id || record?.customer_id;
    const order = await getOrderStatus(orderId, { ...options, ...(customerId ? { customerId } : {}) });
    const verification = verifyOrder(order, expected);
    const settled = settledOrderOf(orderId, order, verification.verified, signed ? 'return' : 'status');
    // The customer's answer does not wait on fulfilment failing: the webhook or a later check settles it then.
    await settleOnce(store, settled, { ...options, recordTtlMs: options.recordTtlMs ?? DEFAULT_RECORD_TTL_MS }).catch((error: unknown) =>
      logger.warn(`juspay-session-checkout: onOrderSettled failed for ${orderId}, left for a retry: ${error instanceof Error ? error.message : String(error)}`),
    );
    const answer: StatusAnswer = { orderId, status: order.status, amount: order.amount, ...verification };
    return jsonReply(200, answer);
  }

  return exposeHandler(answer, logger);
}
