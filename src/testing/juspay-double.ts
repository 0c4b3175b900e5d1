import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signReturnUrlParams } from '../server/signature.js';

export interface JuspayDoubleOptions {
  apiKey?: string;
  merchantId?: string;
  clientId?: string;
  /** Signs return URLs; give it to `verifyReturnUrlSignature`. */
  responseKey?: string;
  port?: number;
  /**
   * Where the payment page sends the customer back, with the signed status, in place of the order's `return_url`:
   * a local page such as `http://127.0.0.1:5173/`, which Juspay's rules (public https) refuse as a `return_url`.
   */
  returnTo?: string | (() => string);
  /** Milliseconds every API call (`/session`, `/orders`) waits before answering, as a slow Juspay would. Default 0. */
  latencyMs?: number;
  /** Like the dashboard's webhook settings: where completed orders are announced. */
  webhook?: WebhookTarget;
  /**
   * Refuse what Juspay itself lets through, so a test shows what a HyperCheckout SEA integration would miss:
   * `x-routing-id` missing on `/session` is a 400 naming it (seed 002 requires it), and `Authorization` must be
   * `Basic base64(apiKey:)`, with the colon. Without it the double accepts what Juspay's own server SDKs send:
   * `Basic base64(apiKey)` with or without the colon, and no `x-routing-id`.
   */
  strict?: boolean;
}

/** Where and how the double delivers webhooks, as set in Juspay's dashboard. */
export interface WebhookTarget {
  url: string;
  username: string;
  password: string;
  /** Deliver every event twice, as Juspay warns it may: for testing de-duplication. */
  deliverTwice?: boolean;
}

export interface WebhookDelivery {
  id: string;
  eventName: string;
  orderId: string;
  /** The merchant's HTTP answer; 0 when it could not be reached. */
  status: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface DoubleOrder {
  /** Juspay's id, `ordeh_…`. */
  id: string;
  orderId: string;
  amount: string;
  /** What Juspay reports as charged after offers; the amount when unset. */
  effectiveAmount?: string;
  currency: string;
  status: string;
  statusId: number;
  customerId: string;
  returnUrl: string;
  /** The Session API body that created the order. */
  session: Record<string, unknown>;
}

/** What the customer does on the simulated payment page. */
export type SimulatedOutcome = 'charged' | 'pending' | 'failed' | 'back';

export interface JuspayDouble {
  /** Base URL to pass as the server companion's `baseUrl`. */
  url: string;
  apiKey: string;
  merchantId: string;
  clientId: string;
  responseKey: string;
  /** Every request the double received, in order. */
  requests: RecordedRequest[];
  /** Orders by the merchant's `order_id`. */
  orders: Map<string, DoubleOrder>;
  /** Added to every API call's answer; change it at any time. */
  latencyMs: number;
  /** Where completed orders are announced; set or change it at any time. */
  webhook: WebhookTarget | undefined;
  /** Every webhook delivery made so far, answered. */
  webhookDeliveries: WebhookDelivery[];
  /** Resolves once every webhook sent so far has been answered. */
  webhooksDelivered(): Promise<void>;
  /** The next API call (`/session` or `/orders`) answers this status, 500 by default, in the seeds' error shape. */
  failNext(status?: number, body?: unknown): void;
  /** The next API call never answers, until `close()`. */
  hangNext(): void;
  /** Does what the payment page's buttons do; returns the signed return URL, or '' without a `return_url`. */
  complete(orderId: string, outcome: SimulatedOutcome): string;
  close(): Promise<void>;
}

/** Obviously fake credentials: nothing here reaches Juspay. */
export const DOUBLE_API_KEY = 'test_fake_api_key_0000';
export const DOUBLE_MERCHANT_ID = 'test_merchant';
export const DOUBLE_CLIENT_ID = 'test_client';
export const DOUBLE_RESPONSE_KEY = 'test_fake_response_key_0000';

const outcomes: Record<SimulatedOutcome, { status: string; statusId: number } | undefined> = {
  charged: { status: 'CHARGED', statusId: 21 },
  pending: { status: 'PENDING_VBV', statusId: 23 },
  failed: { status: 'AUTHORIZATION_FAILED', statusId: 27 },
  // The customer left before any transaction: nothing happened to the order.
  back: undefined,
};

const isOutcome = (value: unknown): value is SimulatedOutcome => typeof value === 'string' && value in outcomes;

/** `customer_first_name` → `customerFirstName`, `metadata.webhook_url` → `metadata.webhookUrl`, as the seed samples show. */
const camel = (name: string) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d+Z$/, 'Z');

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseBody(req: IncomingMessage, text: string): unknown {
  if (!text) return undefined;
  if (req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  return JSON.parse(text);
}

/** Mandatory parameters, as seeds 000, 002 and 003 list them. An empty `customer_id` is a guest. */
function missingFields(req: IncomingMessage, input: Record<string, unknown>, strict: boolean): string[] {
  const missing: string[] = [];
  if (!req.headers['content-type']?.startsWith('application/json')) missing.push('Content-Type');
  if (strict && !req.headers['x-routing-id']) missing.push('x-routing-id');
  for (const name of ['order_id', 'amount', 'payment_page_client_id', 'action']) {
    if (input[name] === undefined || input[name] === null || input[name] === '') missing.push(name);
  }
  if (typeof input.customer_id !== 'string') missing.push('customer_id');
  if (input.order_type === 'TPV_PAYMENT' && !input['metadata.bank_account_details']) missing.push('metadata.bank_account_details');
  return missing;
}

/** The payment page's only styles, allowed by their hash: the page carries no script and loads nothing. */
const pageStyles = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1f36;background:#f4f6fb}
main{max-width:28rem;margin:2rem auto;padding:1.5rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px rgb(16 24 40/12%)}
h1{font-size:1.25rem;margin:0 0 .5rem}p{margin:0 0 1rem;color:#4a5068}.amount{font-size:1.5rem;font-weight:700;color:#1a1f36;margin:0}
form{display:grid;gap:.5rem;margin-top:1.5rem}button{font:inherit;font-weight:600;min-height:2.75rem;border-radius:6px;border:1px solid #0b57d0;background:#fff;color:#0b57d0;cursor:pointer}
button[value=charged]{background:#0b57d0;color:#fff}button:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}`;
const pageStylesHash = createHash('sha256').update(pageStyles).digest('base64');

function paymentPage(order: DoubleOrder): string {
  const orderId = escapeHtml(order.orderId);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pay order ${orderId} (Juspay double)</title><style>${pageStyles}</style></head>
<body>
<main>
<h1>Simulated payment page</h1>
<p>This page stands in for Juspay HyperCheckout on this machine. No money moves.</p>
<p>Order ${orderId}</p>
<p class="amount">${escapeHtml(order.currency)} ${escapeHtml(order.amount)}</p>
<form method="post" action="/payment-page/order/${encodeURIComponent(order.id)}">
<button name="outcome" value="charged">Pay</button>
<button name="outcome" value="pending">Pending</button>
<button name="outcome" value="failed">Fail</button>
<button name="outcome" value="back">Back</button>
</form>
</main>
</body>
</html>`;
}

function sendHtml(res: ServerResponse, status: number, html: string) {
  // No script anywhere on the page: forms and links only, and the page's own styles.
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${pageStylesHash}'`,
  });
  res.end(html);
}

/**
 * An in-process HTTP double of Juspay: `POST /session`, `GET /orders/{order_id}` and a simulated
 * payment page that redirects to the order's `return_url` with a signed status, as Juspay does.
 */
export async function startJuspayDouble(options: JuspayDoubleOptions = {}): Promise<JuspayDouble> {
  const apiKey = options.apiKey ?? DOUBLE_API_KEY;
  const merchantId = options.merchantId ?? DOUBLE_MERCHANT_ID;
  const clientId = options.clientId ?? DOUBLE_CLIENT_ID;
  const responseKey = options.responseKey ?? DOUBLE_RESPONSE_KEY;
  const requests: RecordedRequest[] = [];
  const orders = new Map<string, DoubleOrder>();
  const faults: ({ status: number; body: unknown } | 'hang')[] = [];
  const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`;
  const acceptedAuth = options.strict ? [basic(`${apiKey}:`)] : [basic(`${apiKey}:`), basic(apiKey)];
  let url = '';

  const orderByJuspayId = (id: string) => [...orders.values()].find((order) => order.id === id);

  const deliveries: Promise<void>[] = [];
  const double: JuspayDouble = {
    url: '',
    apiKey,
    merchantId,
    clientId,
    responseKey,
    requests,
    orders,
    latencyMs: options.latencyMs ?? 0,
    webhook: options.webhook,
    webhookDeliveries: [],
    webhooksDelivered: async () => {
      while (deliveries.length) await Promise.all(deliveries.splice(0));
    },
    failNext: (status = 500, body = { status: 'error', error_code: 'Internal server Error' }) => {
      faults.push({ status, body });
    },
    hangNext: () => {
      faults.push('hang');
    },
    complete: (orderId, outcome) => complete(orderId, outcome),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  /** Announces a completed order as Juspay does: the samples' shape, Basic auth, perhaps twice. */
  function announce(order: DoubleOrder, outcome: SimulatedOutcome) {
    const target = double.webhook;
    const eventName = outcome === 'charged' ? 'ORDER_SUCCEEDED' : outcome === 'failed' ? 'ORDER_FAILED' : undefined;
    if (!target || !eventName) return;
    const event = { id: `evt_V2_${randomUUID().replace(/-/g, '')}`, event_name: eventName, date_created: isoSeconds(new Date()), content: { order: orderStatus(order) } };
    const deliver = async () => {
      let status = 0;
      try {
        const response = await fetch(target.url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${target.username}:${target.password}`).toString('base64')}` },
          body: JSON.stringify(event),
        });
        status = response.status;
        await response.arrayBuffer();
      } catch {
        // unreachable: recorded as status 0, as Juspay's dashboard would show a failed delivery
      }
      double.webhookDeliveries.push({ id: event.id, eventName, orderId: order.orderId, status });
    };
    // The second delivery follows the first, as a redelivery does.
    deliveries.push((async () => {
      await deliver();
      if (target.deliverTwice) await deliver();
    })());
  }

  function complete(orderId: string, outcome: SimulatedOutcome): string {
    const order = orders.get(orderId);
    if (!order) throw new Error(`The double has no order ${orderId}.`);
    Object.assign(order, outcomes[outcome]);
    announce(order, outcome);
    const returnUrl = (typeof options.returnTo === 'function' ? options.returnTo() : options.returnTo) || order.returnUrl;
    if (!returnUrl) return '';
    const params = { status_id: String(order.statusId), status: order.status, order_id: order.orderId };
    const target = new URL(returnUrl);
    for (const [key, value] of Object.entries(params)) target.searchParams.set(key, value);
    target.searchParams.set('signature', signReturnUrlParams(params, responseKey));
    target.searchParams.set('signature_algorithm', 'HMAC-SHA256');
    return target.href;
  }

  /**
   * What Juspay answers a second `POST /session` with an order_id it already has is not in its
   * documentation we could find (seeds 000-004 and Juspay's public docs say only that order_id is
   * unique per merchant). The double assumes the uniqueness holds: the existing order is answered,
   * with a new session for it, and no second order is made.
   */
  function createSession(input: Record<string, unknown>) {
    const orderId = String(input.order_id);
    const existing = orders.get(orderId);
    const order: DoubleOrder = existing ?? {
      id: `ordeh_${randomUUID().replace(/-/g, '')}`,
      orderId,
      amount: String(input.amount),
      currency: String(input.currency ?? 'INR'),
      status: 'NEW',
      statusId: 10,
      customerId: String(input.customer_id),
      returnUrl: String(input.return_url ?? ''),
      session: input,
    };
    orders.set(orderId, order);
    const expiry = isoSeconds(new Date(Date.now() + 15 * 60_000));
    const payload: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(input)) {
      if (name !== 'payment_page_client_id') payload[camel(name)] = value;
    }
    Object.assign(payload, {
      clientId: input.payment_page_client_id,
      merchantId,
      environment: 'sandbox',
      service: 'in.juspay.hyperpay',
      clientAuthToken: `tkn_${randomUUID().replace(/-/g, '')}`,
      clientAuthTokenExpiry: expiry,
      collectAvsInfo: false,
    });
    return {
      status: order.status,
      id: order.id,
      order_id: orderId,
      payment_links: { web: `${url}/payment-page/order/${order.id}`, expiry },
      sdk_payload: { requestId: randomUUID().replace(/-/g, ''), service: 'in.juspay.hyperpay', payload, expiry },
      order_expiry: expiry,
    };
  }

  function orderStatus(order: DoubleOrder) {
    return {
      id: order.id,
      order_id: order.orderId,
      merchant_id: merchantId,
      customer_id: order.customerId,
      customer_email: order.session.customer_email ?? null,
      customer_phone: order.session.customer_phone ?? null,
      status: order.status,
      status_id: order.statusId,
      amount: Number(order.amount),
      effective_amount: Number(order.effectiveAmount ?? order.amount),
      currency: order.currency,
      refunded: false,
      amount_refunded: 0,
      return_url: order.returnUrl,
      payment_links: { web: `${url}/payment-page/order/${order.id}` },
    };
  }

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    let body: unknown;
    try {
      body = parseBody(req, await readText(req));
    } catch {
      send(res, 400, { status: 'Bad Request', error_code: 'invalid_request', error_message: 'The body is not valid JSON.' });
      return;
    }
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
    if (double.latencyMs > 0 && (path === '/session' || path.startsWith('/orders/'))) {
      await new Promise((resolve) => setTimeout(resolve, double.latencyMs));
    }

    const page = /^\/payment-page\/order\/([^/]+)$/.exec(path);
    if (page) {
      const order = orderByJuspayId(decodeURIComponent(page[1]!));
      if (!order) return sendHtml(res, 404, '<!doctype html><title>Order not found</title><p>There is no such order.</p>');
      if (req.method === 'GET') return sendHtml(res, 200, paymentPage(order));
      const outcome = (body as { outcome?: unknown } | undefined)?.outcome;
      if (req.method !== 'POST' || !isOutcome(outcome)) return sendHtml(res, 400, '<!doctype html><title>Bad request</title><p>Choose an outcome.</p>');
      // The HyperServices double posts the customer's choice here from the merchant's page (docs/testing.md).
      res.setHeader('Access-Control-Allow-Origin', '*');
      const target = complete(order.orderId, outcome);
      if (!target) return sendHtml(res, 200, `<!doctype html><title>Done</title><p>The order is ${escapeHtml(order.status)}. There is no return_url to go back to.</p>`);
      res.writeHead(303, { Location: target });
      res.end();
      return;
    }

    if (path !== '/session' && !path.startsWith('/orders/')) {
      return send(res, 404, { status: 'error', error_code: 'Internal server Error', error_message: 'Not found' });
    }
    const fault = faults.shift();
    if (fault === 'hang') return; // answered never; close() drops the connection
    if (fault) return send(res, fault.status, fault.body);
    if (!acceptedAuth.includes(req.headers.authorization ?? '') || req.headers['x-merchantid'] !== merchantId) {
      return send(res, 401, { status: 'error', error_code: 'access_denied' });
    }
    if (req.method === 'POST' && path === '/session') {
      const input = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      const missing = missingFields(req, input, options.strict === true);
      if (missing.length) {
        return send(res, 400, {
          status: 'Bad Request',
          error_code: 'Mandatory fields are missing',
          error_message: `Mandatory fields are missing: ${missing.join(', ')}`,
        });
      }
      return send(res, 200, createSession(input));
    }
    const status = /^\/orders\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && status) {
      const order = orders.get(decodeURIComponent(status[1]!));
      if (!order) return send(res, 404, { status: 'error', error_code: 'Internal server Error', error_message: 'Order not found' });
      return send(res, 200, orderStatus(order));
    }
    send(res, 405, { status: 'error', error_code: 'Internal server Error', error_message: 'Method not allowed' });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  double.url = url;
  return double;
}
