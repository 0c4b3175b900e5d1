/**
 * Endpoints for the browser tests, served by web-test-runner on loopback:
 * - `POST /api/session/:vertical`: the real server companion, talking to the Juspay double;
 * - `POST /api/session-without-return-url`: the same, for a `resolveOrder` that forgot `return_url`;
 * - `POST /api/fault/:kind`: a merchant endpoint that fails in one specific way;
 * - `GET /api/requests`: every request the endpoints received, to assert what the widget posted;
 * - `GET /api/status`: a merchant status endpoint answering `CHARGED` (or `?answer=`, after `?delay=` ms); orders whose id
 *   starts with `mismatch` fail verification;
 * - `GET /api/status/juspay`: the real status handler, asking the Juspay double (what the HyperServices double told it);
 * - `POST /api/landing`: where an authentication POST lands;
 * - `GET /sdk/HyperServices.js`: the HyperServices double; anything else under /sdk/ is a 404.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { createSessionHandler, createStatusHandler, type ServerOrder, type SessionHandler } from '../../src/server/index.js';
import { hyperServicesDoublePath, startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';
import { isVertical, verticals } from '../../src/contract/verticals.js';
import { serverParameters } from '../../demo/backend.js';

interface KoaContext {
  method: string;
  path: string;
  req: IncomingMessage;
  status: number;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
}
type Next = () => Promise<void>;

export interface RecordedCall {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Bodies for `/api/fault/:kind`: [status, content type, body, delay ms]. */
const faults: Record<string, [number, string, string, number?]> = {
  'juspay-400': [400, 'application/json', JSON.stringify({ status: 'Bad Request', error_code: 'Mandatory fields are missing', error_message: 'Mandatory fields are missing: customer_phone' })],
  'juspay-401': [401, 'application/json', JSON.stringify({ status: 'error', error_code: 'access_denied' })],
  'juspay-404': [404, 'application/json', JSON.stringify({ status: 'error', error_code: 'Internal server Error' })],
  'juspay-500': [500, 'application/json', JSON.stringify({ status: 'error', error_code: 'Internal server Error' })],
  'html-502': [502, 'text/html', '<!doctype html><html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>'],
  'invalid-json': [200, 'application/json', '{"status": "NEW", "id": '],
  'no-sdk-payload': [200, 'application/json', JSON.stringify({ status: 'NEW', id: 'ordeh_1', order_id: 'ord_1' })],
  slow: [200, 'application/json', JSON.stringify({ status: 'NEW' }), 3000],
};

/** Starts the Juspay double; returns the Koa middleware and a way to stop the double. */
export async function testEndpoints(): Promise<{
  middleware: (ctx: KoaContext, next: Next) => Promise<void>;
  close: () => Promise<void>;
}> {
  const double: JuspayDouble = await startJuspayDouble();
  const handlers = new Map<string, SessionHandler>();
  const calls: RecordedCall[] = [];
  let orderCount = 0;
  // One visitor: the status handler answers an order only to the caller that created it.
  const caller = () => 'browser-tests';
  for (const vertical of verticals) {
        handlers.set(
          vertical,
          createSessionHandler({
            apiKey: double.apiKey,
            merchantId: double.merchantId,
            clientId: double.clientId,
            baseUrl: double.url,
            vertical,
            caller,
            resolveOrder: () => ({
              order_id: `test_${Date.now().toString(36)}_${++orderCount}`,
              amount: '30500.00',
              customer_id: 'cust_test_1',
              return_url: 'https://shop.example.com/return',
              ...serverParameters(vertical),
            }),
          }),
        );
      }
  const connection = { apiKey: double.apiKey, merchantId: double.merchantId, baseUrl: double.url };
  // A merchant's mistake the handler must refuse: an order without return_url.
  const withoutReturnUrl = createSessionHandler({
    ...connection,
    clientId: double.clientId,
    caller,
    logger: { warn: () => {} },
    resolveOrder: () => ({ order_id: `test_${Date.now().toString(36)}_${++orderCount}`, amount: '30500.00' }) as ServerOrder,
  });
  const juspayStatus = createStatusHandler({ ...connection, caller });
  return {
    close: () => double.close(),
    middleware: async (ctx, next) => {
        if (ctx.path === '/sdk/HyperServices.js') {
          ctx.type = 'application/javascript';
          ctx.body = await readFile(hyperServicesDoublePath, 'utf8');
          return;
        }
        if (ctx.path.startsWith('/sdk/')) {
          ctx.status = 404;
          ctx.body = 'not found';
          return;
        }
        if (ctx.path === '/api/requests') {
          if (ctx.method === 'DELETE') calls.length = 0;
          ctx.type = 'application/json';
          ctx.body = JSON.stringify(calls);
          return;
        }
        if (ctx.path === '/api/status/juspay') {
          const response = await juspayStatus(new Request(`http://localhost${ctx.req.url}`));
          ctx.status = response.status;
          ctx.type = 'application/json';
          ctx.body = await response.text();
          return;
        }
        if (ctx.path === '/api/status') {
          const query = new URL(ctx.req.url ?? '', 'http://localhost').searchParams;
          calls.push({ path: ctx.path, headers: ctx.req.headers, body: Object.fromEntries(query) });
          const orderId = query.get('order_id') ?? '';
          ctx.type = 'application/json';
          const status = query.get('answer') ?? 'CHARGED';
          await sleep(Number(query.get('delay') ?? 0));
          const verified = status === 'CHARGED' && !orderId.startsWith('mismatch');
          ctx.body = JSON.stringify({ orderId, status, amount: '30500.00', verified });
          return;
        }
        if (ctx.method !== 'POST' || !ctx.path.startsWith('/api/')) return next();
        const text = await readText(ctx.req);
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // recorded as text
        }
        calls.push({ path: ctx.path, headers: ctx.req.headers, body });
        const session = /^\/api\/session\/(\w+)$/.exec(ctx.path)?.[1];
        const handler = ctx.path === '/api/session-without-return-url' ? withoutReturnUrl : isVertical(session) ? handlers.get(session) : undefined;
        if (handler) {
          const response = await handler(
            new Request(`http://localhost${ctx.path}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', 'Idempotency-Key': String(ctx.req.headers['idempotency-key'] ?? '') },
              body: text,
            }),
          );
          ctx.status = response.status;
          ctx.type = response.headers.get('content-type') ?? 'application/json';
          ctx.body = await response.text();
          return;
        }
        if (ctx.path === '/api/landing') {
          ctx.type = 'text/html';
          ctx.body = '<!doctype html><title>landed</title><p>Landed.</p>';
          return;
        }
        const fault = faults[ctx.path.replace('/api/fault/', '')];
        if (fault) {
          const [status, type, faultBody, delay] = fault;
          if (delay) await sleep(delay);
          ctx.status = status;
          ctx.type = type;
          ctx.body = faultBody;
          return;
        }
        return next();
    },
  };
}
