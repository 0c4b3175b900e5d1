/**
 * The demo's merchant backend. Without credentials it talks to the in-process Juspay double;
 * with JUSPAY_API_KEY, JUSPAY_MERCHANT_ID and JUSPAY_CLIENT_ID it talks to Juspay's sandbox.
 * Routes:
 * - POST /api/session/:vertical: creates a session through the server companion;
 * - POST /api/fault/slow | /api/fault/500: an endpoint that is slow or fails, to show recovery;
 * - GET /api/last-exchange: the last request the widget sent and the answer it got;
 * - GET /sdk/HyperServices.js: the HyperServices double.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSessionHandler, verticals, type SessionHandler } from '../src/server/index.js';
import { hyperServicesDoublePath, startJuspayDouble } from '../src/testing/index.js';

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

export async function demoBackend(): Promise<{ middleware: Middleware; close: () => Promise<void> }> {
  const { JUSPAY_API_KEY, JUSPAY_MERCHANT_ID, JUSPAY_CLIENT_ID } = process.env;
  const sandbox = Boolean(JUSPAY_API_KEY && JUSPAY_MERCHANT_ID && JUSPAY_CLIENT_ID);
  const double = sandbox ? undefined : await startJuspayDouble();
  const connection = sandbox
    ? { apiKey: JUSPAY_API_KEY!, merchantId: JUSPAY_MERCHANT_ID!, clientId: JUSPAY_CLIENT_ID!, environment: 'sandbox' as const }
    : { apiKey: double!.apiKey, merchantId: double!.merchantId, clientId: double!.clientId, baseUrl: double!.url };
  let orders = 0;
  const handlers = new Map<string, SessionHandler>(
    verticals.map((vertical) => [
      vertical,
      createSessionHandler({
        ...connection,
        vertical,
        // The server decides what is charged; the browser's amount is only a hint.
        resolveOrder: () => ({
          order_id: `demo_${Date.now().toString(36)}_${++orders}`,
          amount: '30500.00',
          customer_id: 'demo_customer_1',
          return_url: 'https://shop.example.com/payment/return',
        }),
      }),
    ]),
  );
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
      } else if (path === '/api/last-exchange') {
        send(res, 200, 'application/json', JSON.stringify(lastExchange ?? null));
      } else if (req.method === 'POST' && path.startsWith('/api/')) {
        const text = await readText(req);
        const { 'content-type': contentType, 'idempotency-key': idempotencyKey } = req.headers;
        const request = { path, headers: { 'content-type': contentType, 'idempotency-key': idempotencyKey }, body: parse(text) };
        let status: number;
        let body: string;
        const session = /^\/api\/session\/(\w+)$/.exec(path);
        const handler = session ? handlers.get(session[1]!) : undefined;
        if (handler) {
          const response = await handler(
            new Request(`http://localhost${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text }),
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
