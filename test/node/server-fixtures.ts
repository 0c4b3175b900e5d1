/** One merchant's three handlers on one store, against the Juspay double, as the webhook, settlement and ownership tests use them. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createMemoryIdempotencyStore,
  createSessionHandler,
  createStatusHandler,
  createWebhookHandler,
  type IdempotencyStore,
  type OrderEvent,
  type SettledOrder,
} from '../../src/server/index.js';
import type { JuspayDouble } from '../../src/testing/index.js';

export const WEBHOOK_USER = 'test_webhook_user';
export const WEBHOOK_PASSWORD = 'test_fake_webhook_password';
export const webhookAuth = `Basic ${Buffer.from(`${WEBHOOK_USER}:${WEBHOOK_PASSWORD}`).toString('base64')}`;

export const browserBody = { customer_email: 'test@mail.com', customer_phone: '9876543210' };

/** The server companion's connection to the double, as a merchant's configuration gives it. */
export const connectionTo = (double: JuspayDouble) => ({
  apiKey: double.apiKey,
  merchantId: double.merchantId,
  clientId: double.clientId,
  baseUrl: double.url,
});

/** A session POST as the widget sends it: JSON, with a new Idempotency-Key unless `headers` give one. */
export const sessionPost = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('http://shop.test/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Who is asking, by a test header standing in for a session cookie. */
export const caller = (request: Request) => request.headers.get('x-user') ?? 'anonymous';

let orderCount = 0;

export interface Merchant {
  store: IdempotencyStore;
  settled: SettledOrder[];
  events: OrderEvent[];
  session: ReturnType<typeof createSessionHandler>;
  status: ReturnType<typeof createStatusHandler>;
  webhook: ReturnType<typeof createWebhookHandler>;
  /** Makes an order as `user` through the session handler; resolves its order_id. */
  order(user?: string): Promise<string>;
  /** The status endpoint, asked as `user`, with extra query parameters (a forwarded return URL). */
  askStatus(orderId: string, user?: string, query?: URLSearchParams): Promise<Response>;
  /** Serves the webhook handler on loopback: the URL to give the double. */
  listen(): Promise<string>;
  close(): Promise<void>;
}

export function merchant(
  double: JuspayDouble,
  options: {
    store?: IdempotencyStore;
    onOrderSettled?: (order: SettledOrder) => unknown;
    onOrderEvent?: (event: OrderEvent) => unknown;
    /** false: the status handler has no onOrderSettled, as docs/testing.md wires it; only the webhook ships. */
    statusSettles?: boolean;
  } = {},
): Merchant {
  const store = options.store ?? createMemoryIdempotencyStore();
  const settled: SettledOrder[] = [];
  const events: OrderEvent[] = [];
  const connection = { apiKey: double.apiKey, merchantId: double.merchantId, baseUrl: double.url, store, caller, logger: { warn: () => {} } };
  const onOrderSettled = async (order: SettledOrder) => {
    await options.onOrderSettled?.(order);
    settled.push(order);
  };
  const session = createSessionHandler({
    ...connection,
    clientId: double.clientId,
    resolveOrder: () => ({ order_id: `m_${Date.now().toString(36)}_${++orderCount}`, amount: '499.00', customer_id: 'cust_42', return_url: 'https://shop.example.com/return' }),
  });
  const status = createStatusHandler({ ...connection, responseKey: double.responseKey, ...(options.statusSettles === false ? {} : { onOrderSettled }) });
  const webhook = createWebhookHandler({
    ...connection,
    username: WEBHOOK_USER,
    password: WEBHOOK_PASSWORD,
    onOrderSettled,
    onOrderEvent: async (event) => {
      await options.onOrderEvent?.(event);
      events.push(event);
    },
  });
  let server: Server | undefined;
  return {
    store,
    settled,
    events,
    session,
    status,
    webhook,
    async order(user = 'alice') {
      const response = await session(
        new Request('http://shop.test/api/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), 'x-user': user },
          body: JSON.stringify(browserBody),
        }),
      );
      const answer = await response.json();
      if (response.status !== 200) throw new Error(`No session: ${JSON.stringify(answer)}`);
      return answer.order_id as string;
    },
    askStatus(orderId, user = 'alice', query = new URLSearchParams()) {
      const url = new URL('http://shop.test/api/status');
      url.searchParams.set('order_id', orderId);
      for (const [name, value] of query) url.searchParams.set(name, value);
      return status(new Request(url, { headers: { 'x-user': user } }));
    },
    async listen() {
      server = createServer(webhook.node);
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
    },
    close: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  };
}

/** A webhook body in the samples' shape, for an order the double holds. */
export function webhookEvent(orderId: string, eventName: string, status: string, id = `evt_V2_${crypto.randomUUID().replace(/-/g, '')}`) {
  return {
    id,
    event_name: eventName,
    date_created: '2026-12-01T07:19:10Z',
    content: { order: { order_id: orderId, status, amount: 499, currency: 'INR', customer_id: 'cust_42' } },
  };
}

export const deliver = (handler: (request: Request) => Promise<Response>, body: unknown, authorization = webhookAuth) =>
  handler(
    new Request('http://shop.test/webhook', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(authorization ? { Authorization: authorization } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
