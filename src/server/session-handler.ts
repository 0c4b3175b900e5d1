import { serverOnlyNames } from '../contract/catalogue.js';
import { validateSessionRequest, type SessionRequestBody } from '../contract/request.js';
import type { Vertical } from '../contract/verticals.js';
import { juspayHeaders, resolveBaseUrl, type JuspayConnection } from './juspay-connection.js';
import { toNodeHandler, type NodeHandler } from './node-adapter.js';

export interface SessionHandlerOptions extends JuspayConnection {
  clientId: string;
  vertical: Vertical;
  /** Decides the server-side parameters: `order_id`, `amount`, `customer_id`, `return_url`, … */
  resolveOrder: (body: SessionRequestBody, request: Request) => SessionRequestBody | Promise<SessionRequestBody>;
  timeoutMs?: number;
}

export type SessionHandler = ((request: Request) => Promise<Response>) & { node: NodeHandler };

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A fetch-style endpoint that creates a Juspay session for the widget's form. */
export function createSessionHandler(options: SessionHandlerOptions): SessionHandler {
  const baseUrl = resolveBaseUrl(options);
  const handler = async (request: Request): Promise<Response> => {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return json(400, { status: 'error', error_code: 'invalid_json', error_message: 'The body is not JSON.' });
    }
    const checked = validateSessionRequest(body, options.vertical);
    if (!checked.success) {
      return json(400, {
        status: 'error',
        error_code: 'invalid_request',
        error_message: checked.issues.map((issue) => `${issue.path}: ${issue.message}`).join(' '),
        issues: checked.issues,
      });
    }
    const fromBrowser = Object.fromEntries(
      Object.entries(checked.data).filter(([name]) => !serverOnlyNames.includes(name)),
    );
    const order = await options.resolveOrder(fromBrowser, request);
    const session: SessionRequestBody = {
      ...fromBrowser,
      payment_page_client_id: options.clientId,
      action: 'paymentPage',
      ...order,
    };
    const upstream = await fetch(`${baseUrl}/session`, {
      method: 'POST',
      headers: juspayHeaders(options, String(session.customer_id || session.order_id || '')),
      body: JSON.stringify(session),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15000),
    });
    return json(upstream.status, await upstream.json());
  };
  return Object.assign(handler, { node: toNodeHandler(handler) });
}
