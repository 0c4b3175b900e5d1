import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface JuspayDoubleOptions {
  apiKey?: string;
  merchantId?: string;
  clientId?: string;
  port?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface DoubleOrder {
  id: string;
  orderId: string;
  amount: string;
  currency: string;
  status: string;
  statusId: number;
  customerId: string;
  returnUrl: string;
}

export interface JuspayDouble {
  /** Base URL to pass as the server companion's `baseUrl`. */
  url: string;
  apiKey: string;
  merchantId: string;
  clientId: string;
  requests: RecordedRequest[];
  orders: Map<string, DoubleOrder>;
  close(): Promise<void>;
}

/** Obviously fake credentials: nothing here reaches Juspay. */
export const DOUBLE_API_KEY = 'test_fake_api_key_0000';
export const DOUBLE_MERCHANT_ID = 'test_merchant';
export const DOUBLE_CLIENT_ID = 'test_client';

const camel = (name: string) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

/** An in-process HTTP double of Juspay's Session and Order Status APIs, answering in the docs' shapes. */
export async function startJuspayDouble(options: JuspayDoubleOptions = {}): Promise<JuspayDouble> {
  const apiKey = options.apiKey ?? DOUBLE_API_KEY;
  const merchantId = options.merchantId ?? DOUBLE_MERCHANT_ID;
  const clientId = options.clientId ?? DOUBLE_CLIENT_ID;
  const requests: RecordedRequest[] = [];
  const orders = new Map<string, DoubleOrder>();
  const expectedAuth = `Basic ${Buffer.from(`${apiKey}:`).toString('base64')}`;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let body: unknown;
    try {
      body = await readBody(req);
    } catch {
      send(res, 400, { status: 'Bad Request', error_code: 'invalid_json', error_message: 'Body is not JSON' });
      return;
    }
    requests.push({ method: req.method ?? 'GET', path: url.pathname, headers: req.headers, body });
    if (req.headers.authorization !== expectedAuth || req.headers['x-merchantid'] !== merchantId) {
      send(res, 401, { status: 'error', error_code: 'access_denied', error_message: 'Access denied' });
      return;
    }
    if (req.method === 'POST' && url.pathname === '/session') {
      const input = (body ?? {}) as Record<string, unknown>;
      const missing = ['order_id', 'amount', 'customer_id', 'payment_page_client_id', 'action'].filter(
        (name) => input[name] === undefined || input[name] === '',
      );
      if (missing.length) {
        send(res, 400, { status: 'Bad Request', error_code: 'Mandatory fields are missing', error_message: `Mandatory fields are missing: ${missing.join(', ')}` });
        return;
      }
      const id = `ordeh_${randomUUID().replace(/-/g, '')}`;
      const orderId = String(input.order_id);
      const order: DoubleOrder = {
        id,
        orderId,
        amount: String(input.amount),
        currency: String(input.currency ?? 'INR'),
        status: 'NEW',
        statusId: 10,
        customerId: String(input.customer_id),
        returnUrl: String(input.return_url ?? ''),
      };
      orders.set(orderId, order);
      const expiry = new Date(Date.now() + 15 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
      const payload: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(input)) payload[camel(name)] = value;
      Object.assign(payload, {
        clientId: input.payment_page_client_id,
        merchantId,
        environment: 'sandbox',
        service: 'in.juspay.hyperpay',
        clientAuthToken: `tkn_${randomUUID().replace(/-/g, '')}`,
        clientAuthTokenExpiry: expiry,
        collectAvsInfo: false,
      });
      send(res, 200, {
        status: 'NEW',
        id,
        order_id: orderId,
        payment_links: { web: `http://${req.headers.host}/payment-page/order/${id}`, expiry },
        sdk_payload: { requestId: randomUUID().replace(/-/g, ''), service: 'in.juspay.hyperpay', payload, expiry },
        order_expiry: expiry,
      });
      return;
    }
    const orderMatch = /^\/orders\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'GET' && orderMatch) {
      const order = orders.get(decodeURIComponent(orderMatch[1]!));
      if (!order) {
        send(res, 404, { status: 'error', error_code: 'Order not found', error_message: 'Order not found' });
        return;
      }
      send(res, 200, {
        id: order.id,
        order_id: order.orderId,
        status: order.status,
        status_id: order.statusId,
        amount: Number(order.amount),
        currency: order.currency,
        customer_id: order.customerId,
        merchant_id: merchantId,
        return_url: order.returnUrl,
      });
      return;
    }
    send(res, 404, { status: 'error', error_code: 'Internal server Error', error_message: 'Not found' });
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    merchantId,
    clientId,
    requests,
    orders,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
