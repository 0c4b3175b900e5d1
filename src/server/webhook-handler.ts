import { createHash, timingSafeEqual } from 'node:crypto';
import { isRecord } from '../contract/paths.js';
import { DEFAULT_RECORD_TTL_MS, sharedStore, type SharedOptions } from './fleet.js';
import { errorReply, jsonReply, parseJsonBody, type Answer, type Logger, type Reply } from './http.js';
import type { Inbound } from './inbound.js';
import { DEFAULT_TIMEOUT_MS, type JuspayConnection } from './juspay-connection.js';
import { exposeHandler, type NodeHandler } from './node-adapter.js';
import { getOrderStatus, recordedOrder, type ExpectedOrder } from './order-status.js';
import { settledOrderOf, settleOnce, type SettlementOptions } from './settlement.js';
import { verifyOrder } from './verification.js';

/** A webhook event, as `onOrderEvent` receives it: at least once, perhaps more. */
export interface OrderEvent {
  /** Juspay's event id, `evt_…`. */
  id: string;
  /** `ORDER_SUCCEEDED`, `ORDER_REFUNDED`, `REFUND_INITIATED`, `TXN_CHARGED`, `MANDATE_ACTIVATED`, … */
  name: string;
  dateCreated?: string;
  orderId?: string;
  /** `content.order` as Juspay sent it: the Order Status API's fields. Not confirmed: settle on `onOrderSettled`. */
  order?: Record<string, unknown>;
  content: Record<string, unknown>;
}

export interface WebhookHandlerOptions extends JuspayConnection, SharedOptions, SettlementOptions {
  /** The webhook username and password set in Juspay's dashboard. */
  username: string;
  password: string;
  /** Custom headers set in the dashboard, each required with exactly this value. */
  headers?: Record<string, string>;
  /** Every event Juspay names, after settlement: refunds, transactions, mandates. At least once. */
  onOrderEvent?: (event: OrderEvent) => unknown;
  /** Default: the order the session handler recorded in the shared store. */
  expectedOrder?: (orderId: string, request: Request) => ExpectedOrder | undefined | Promise<ExpectedOrder | undefined>;
  /** The Order Status API's `version` header. */
  version?: string;
  logger?: Logger;
}

export type WebhookHandler = ((request: Request) => Promise<Response>) & { node: NodeHandler };

/** The event families Juspay documents; any other name is acknowledged and ignored. */
const knownEvent = /^(ORDER|AUTO_REFUND|REFUND|TXN|MANDATE|NOTIFICATION)_[A-Z_]+$/;

/** Compares digests, so neither the length nor the content of the secret shows in the time taken. */
function sameSecret(received: string, expected: string): boolean {
  const hash = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(hash(received), hash(expected));
}

function eventOf(body: unknown): OrderEvent | undefined {
  if (!isRecord(body) || typeof body.id !== 'string' || body.id === '' || typeof body.event_name !== 'string') return undefined;
  if (!isRecord(body.content)) return undefined;
  const order = body.content.order;
  if (order !== undefined && !(isRecord(order) && typeof order.order_id === 'string' && order.order_id !== '')) return undefined;
  return {
    id: body.id,
    name: body.event_name,
    ...(typeof body.date_created === 'string' ? { dateCreated: body.date_created } : {}),
    ...(order ? { orderId: order.order_id as string, order } : {}),
    content: body.content,
  };
}

const acknowledged = (status: string) => jsonReply(200, { status });

/**
 * Receives Juspay's webhooks: HTTP Basic auth (and custom headers) compared in constant time,
 * de-duplicated by event id in the shared store, each order's status confirmed through the Order
 * Status API before it settles. An event is marked seen only after its work succeeded; a failure
 * answers 5xx, so Juspay delivers it again.
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  // An unset variable would make the credentials the guessable "undefined:undefined".
  if (!options.username || !options.password) {
    throw new TypeError("createWebhookHandler needs the webhook username and password set in Juspay's dashboard.");
  }
  const logger = options.logger ?? console;
  const store = sharedStore(options.store);
  const recordTtlMs = options.recordTtlMs ?? DEFAULT_RECORD_TTL_MS;
  const expectedAuth = `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`;
  // Held while one delivery does the work, so a second delivery at the same moment does not do it twice.
  const workLeaseMs = (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) + (options.settlementLeaseMs ?? 60_000);

  const authorized = (inbound: Inbound) =>
    [sameSecret(inbound.header('authorization') ?? '', expectedAuth), ...Object.entries(options.headers ?? {}).map(([name, value]) => sameSecret(inbound.header(name) ?? '', value))].every(Boolean);

  async function settle(event: OrderEvent & { orderId: string }, request: Request): Promise<Reply | undefined> {
    const record = await recordedOrder(store, event.orderId);
    const expected = options.expectedOrder ? await options.expectedOrder(event.orderId, request) : record;
    const customerId = expected?.customer_id ?? (typeof event.order?.customer_id === 'string' ? event.order.customer_id : '');
    // The body's status is a claim: the Order Status API says what is true.
    const order = await getOrderStatus(event.orderId, { ...options, ...(customerId ? { customerId } : {}) });
    const verified = expected ? verifyOrder(order, expected).verified : false;
    const result = await settleOnce(store, settledOrderOf(event.orderId, order, verified, 'webhook'), { ...options, recordTtlMs });
    if (result === 'in-progress') {
      return jsonReply(503, { status: 'error', error_code: 'settlement_in_progress', error_message: 'Being settled; deliver again later.' }, { 'Retry-After': '5' });
    }
    return undefined;
  }

  async function answer(inbound: Inbound): Promise<Answer> {
    if (inbound.method !== 'POST') return errorReply(405, 'method_not_allowed', 'Juspay delivers webhooks with POST.');
    if (!authorized(inbound)) {
      return jsonReply(401, { status: 'error', error_code: 'unauthorized', error_message: 'Wrong webhook credentials.' }, { 'WWW-Authenticate': 'Basic realm="webhooks"' });
    }
    const parsed = parseJsonBody(await inbound.text());
    if ('refusal' in parsed) return parsed.refusal;
    const event = eventOf(parsed.value);
    if (!event) return errorReply(400, 'invalid_webhook', 'The body is not a Juspay webhook: {id, event_name, date_created, content: {order}}.');
    if (!knownEvent.test(event.name)) return acknowledged('ignored');
    const seen = `webhook:${event.id}`;
    if (await store.get(seen)) return acknowledged('duplicate');
    const lease = `lease:${seen}`;
    const token = await store.reserve(lease, workLeaseMs);
    if (!token) return jsonReply(503, { status: 'error', error_code: 'delivery_in_progress', error_message: 'This event is being handled; deliver again later.' }, { 'Retry-After': '5' });
    try {
      if (await store.get(seen)) return acknowledged('duplicate');
      if (event.orderId) {
        const refusal = await settle(event as OrderEvent & { orderId: string }, inbound.request);
        if (refusal) return refusal;
      }
      await options.onOrderEvent?.(event);
      await store.put(seen, 1, recordTtlMs);
      return acknowledged('ok');
    } finally {
      await store.release(lease, token).catch(() => undefined);
    }
  }

  return exposeHandler(answer, logger);
}
