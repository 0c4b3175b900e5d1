/**
 * The demo's merchant backend. Without credentials it talks to the in-process Juspay double;
 * with JUSPAY_API_KEY, JUSPAY_MERCHANT_ID and JUSPAY_CLIENT_ID it talks to Juspay's sandbox.
 * Routes:
 * - POST /api/session/:vertical: creates a session through the server companion;
 * - GET /api/status?order_id=…: the widget's status-endpoint, checked with Juspay's Order Status API;
 * - POST /api/juspay/webhook: Juspay's webhooks (from the double when there are no credentials);
 * - GET /api/settlement?order_id=…: how the order was settled (`onOrderSettled`'s argument: its source), or null;
 * - POST /api/fault/slow | /api/fault/500: an endpoint that is slow or fails, to show recovery;
 * - POST /api/simulate-payment: the simulated HyperCheckout reports the customer's choice to the double;
 * - GET /api/last-exchange: the last request the widget sent and the answer it got;
 * - GET /sdk/HyperServices.js: the HyperServices double.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import {
  createSessionHandler,
  createStatusHandler,
  createWebhookHandler,
  verticals,
  type SessionHandler,
  type SettledOrder,
  type Vertical,
} from '../src/server/index.js';
import { hyperServicesDoublePath, startJuspayDouble } from '../src/testing/index.js';
import { mandateMaxAmount, planAmount, sampleFor } from './samples.js';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

interface Exchange {
  request: { path: string; headers: Record<string, unknown>; body: unknown };
  response: { status: number; body: unknown };
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

const day = 86_400;
const now = () => Math.floor(Date.now() / 1000);

/** What only the server decides, per vertical, beyond the order itself: the sample merchant's terms. */
export const serverParameters = (vertical: Vertical): Record<string, unknown> => {
  const mandate = {
    'options.create_mandate': 'REQUIRED',
    'mandate.max_amount': vertical === 'billing' ? String(planAmount) : mandateMaxAmount,
    'mandate.amount_rule': 'VARIABLE',
    'mandate.start_date': String(now()),
    'mandate.end_date': String(now() + 365 * day),
    'mandate.revokable_by_customer': true,
  };
  if (vertical === 'tpv') return { order_type: 'TPV_PAYMENT' };
  if (vertical === 'mandate') return mandate;
  if (vertical === 'billing') {
    return {
      ...mandate,
      'metadata.auto_refund_post_success': 'true',
      gateway_id: '100',
      payment_rules: { payment_flows: { billing_creation: { status: 'REQUIRED', info: { plan_id: 'demo_monthly_plan', plan_amount: planAmount } } } },
    };
  }
  return {};
};

/** The demo's own webhook credentials, as set in a dashboard; obviously fake. */
const WEBHOOK = { username: 'demo_webhook', password: 'demo_fake_webhook_password' };

/** Each visitor gets a cookie: the demo's stand-in for a merchant's session, so the status endpoint answers only its owner. */
const VISITOR_COOKIE = 'demo_visitor';
const visitorIn = (cookie: string | null | undefined) => /(?:^|;\s*)demo_visitor=([\w-]+)/.exec(cookie ?? '')?.[1];

/** HyperCheckout `process_result` statuses, as the double's payment page outcomes. */
const simulatedOutcomes: Record<string, 'charged' | 'pending' | 'failed' | 'back'> = {
  charged: 'charged',
  pending_vbv: 'pending',
  authorization_failed: 'failed',
  backpressed: 'back',
};

/** `publicUrl` is where the demo is served: the double's payment page returns there, whatever the order's return_url. */
export async function demoBackend(publicUrl: () => string): Promise<{ middleware: Middleware; close: () => Promise<void> }> {
  const { JUSPAY_API_KEY, JUSPAY_MERCHANT_ID, JUSPAY_CLIENT_ID, JUSPAY_RETURN_URL } = process.env;
  const sandbox = Boolean(JUSPAY_API_KEY && JUSPAY_MERCHANT_ID && JUSPAY_CLIENT_ID);
  if (sandbox && !JUSPAY_RETURN_URL) {
    throw new Error('Set JUSPAY_RETURN_URL as well: the public https URL Juspay returns the customer to (a tunnel to this demo, say).');
  }
  // A local page cannot be a return_url (Juspay wants public https): the double returns to the demo instead.
  const returnUrl = JUSPAY_RETURN_URL ?? 'https://shop.example.com/payment/return';
  const double = sandbox ? undefined : await startJuspayDouble({ returnTo: publicUrl });
  const connection = sandbox
    ? { apiKey: JUSPAY_API_KEY!, merchantId: JUSPAY_MERCHANT_ID!, clientId: JUSPAY_CLIENT_ID!, environment: 'sandbox' as const }
    : { apiKey: double!.apiKey, merchantId: double!.merchantId, clientId: double!.clientId, baseUrl: double!.url };
  let orders = 0;
  const settlements = new Map<string, SettledOrder>();
  const shared = {
    caller: (request: Request) => {
      const visitor = visitorIn(request.headers.get('cookie'));
      if (!visitor) throw new Response('{"error_code":"no_visitor"}', { status: 401 });
      return visitor;
    },
    // The one place to ship goods: exactly once per order, from the webhook, the status check or a signed return.
    onOrderSettled: (order: SettledOrder) => void settlements.set(order.orderId, order),
  };
  const handlers = new Map<string, SessionHandler>(
    verticals.map((vertical) => [
      vertical,
      createSessionHandler({
        ...connection,
        caller: shared.caller,
        vertical,
        // The server decides what is charged; the browser's amount is only a hint.
        resolveOrder: () => ({
          order_id: `demo_${Date.now().toString(36)}_${++orders}`,
          amount: sampleFor(vertical).amount,
          customer_id: 'demo_customer_1',
          return_url: returnUrl,
          ...serverParameters(vertical),
        }),
      }),
    ]),
  );
  const status = createStatusHandler({ ...connection, ...shared, responseKey: double?.responseKey ?? process.env.JUSPAY_RESPONSE_KEY });
  const webhook = createWebhookHandler({ ...connection, ...shared, ...WEBHOOK });
  const toRequest = (req: IncomingMessage, body?: string) =>
    new Request(`http://localhost${req.url}`, {
      method: req.method,
      headers: { cookie: req.headers.cookie ?? '', authorization: req.headers.authorization ?? '', 'content-type': String(req.headers['content-type'] ?? '') },
      ...(body === undefined ? {} : { body }),
    });
  let lastExchange: Exchange | undefined;

  const send = (res: ServerResponse, status: number, type: string, body: string) => {
    res.statusCode = status;
    res.setHeader('Content-Type', type);
    res.end(body);
  };

  const middleware: Middleware = (req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    void (async () => {
      if (path === '/sdk/HyperServices.js') {
        send(res, 200, 'text/javascript', await readFile(hyperServicesDoublePath, 'utf8'));
      } else if (path === '/api/status') {
        const response = await status(toRequest(req));
        send(res, response.status, 'application/json', await response.text());
      } else if (path === '/api/settlement') {
        const orderId = new URL(`http://localhost${req.url}`).searchParams.get('order_id') ?? '';
        send(res, 200, 'application/json', JSON.stringify(settlements.get(orderId) ?? null));
      } else if (req.method === 'POST' && path === '/api/juspay/webhook') {
        const response = await webhook(toRequest(req, await readText(req)));
        send(res, response.status, 'application/json', await response.text());
      } else if (path === '/api/last-exchange') {
        send(res, 200, 'application/json', JSON.stringify(lastExchange ?? null));
      } else if (req.method === 'POST' && path.startsWith('/api/')) {
        const text = await readText(req);
        const { 'content-type': contentType, 'idempotency-key': idempotencyKey } = req.headers;
        const request = { path, headers: { 'content-type': contentType, 'idempotency-key': idempotencyKey }, body: parse(text) };
        let status: number;
        let body: string;
        if (path === '/api/simulate-payment') {
          const { orderId, status: choice } = parse(text) as { orderId?: string; status?: string };
          const outcome = choice ? simulatedOutcomes[choice] : undefined;
          if (double && orderId && outcome && double.orders.has(orderId)) {
            double.webhook = { url: new URL('/api/juspay/webhook', publicUrl()).href, ...WEBHOOK };
            double.complete(orderId, outcome);
            // As Juspay's webhook usually does, it arrives before the browser's status check.
            await double.webhooksDelivered();
          }
          send(res, 204, 'text/plain', '');
          return;
        }
        const session = /^\/api\/session\/(\w+)$/.exec(path);
        const handler = session ? handlers.get(session[1]!) : undefined;
        if (handler) {
          const visitor = visitorIn(req.headers.cookie) ?? randomUUID();
          if (!visitorIn(req.headers.cookie)) res.setHeader('Set-Cookie', `${VISITOR_COOKIE}=${visitor}; Path=/; HttpOnly; SameSite=Lax`);
          const response = await handler(
            new Request(`http://localhost${path}`, {
              method: 'POST',
              headers: {
                'Content-Type': 'application/json',
                cookie: `${VISITOR_COOKIE}=${visitor}`,
                ...(idempotencyKey ? { 'Idempotency-Key': String(idempotencyKey) } : {}),
              },
              body: text,
            }),
          );
          status = response.status;
          body = await response.text();
        } else if (path === '/api/fault/500') {
          status = 500;
          body = JSON.stringify({ status: 'error', error_code: 'Internal server Error', error_message: 'Simulated failure' });
        } else if (path === '/api/fault/slow') {
          await new Promise((resolve) => setTimeout(resolve, 30000));
          status = 504;
          body = JSON.stringify({ status: 'error', error_code: 'timeout' });
        } else {
          return next();
        }
        lastExchange = { request, response: { status, body: parse(body) } };
        send(res, status, 'application/json', body);
      } else {
        next();
      }
    })().catch((error: unknown) => send(res, 500, 'text/plain', String(error)));
  };
  return { middleware, close: async () => double?.close() };
}
