import { Hono } from 'hono';
import { createSessionHandler, createStatusHandler, createWebhookHandler } from '../../src/server/index.js';

export function createApp(env = process.env, ship: (orderId: string) => void = () => {}) {
  const juspay = {
    apiKey: env.JUSPAY_API_KEY!,
    merchantId: env.JUSPAY_MERCHANT_ID!,
    environment: 'sandbox' as const,
    baseUrl: env.JUSPAY_BASE_URL, // unset: Juspay's sandbox; tests point it at the double
  };
  // Who is asking: your own session cookie or signed-in user. An order's status is answered only to its caller.
  const shared = {
    caller: (request: Request) => {
      const sid = /(?:^|;\s*)sid=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
      if (!sid) throw new Response('{"error_code":"login_required"}', { status: 401 });
      return sid;
    },
  };

  const session = createSessionHandler({
    ...juspay,
    ...shared,
    clientId: env.JUSPAY_CLIENT_ID!,
    vertical: 'general',
    // Your cart decides what is charged, never the browser.
    resolveOrder: () => ({ order_id: `ord_${crypto.randomUUID().slice(0, 16)}`, amount: '499.00', customer_id: 'cust_42', return_url: 'https://shop.example.com/payment/return' }),
  });
  // The one place to ship the goods: exactly once per order, whichever path sees it paid first.
  const onOrderSettled = (order: { orderId: string; verified: boolean }) => {
    if (order.verified) ship(order.orderId);
  };
  const status = createStatusHandler({ ...juspay, ...shared, responseKey: env.JUSPAY_RESPONSE_KEY, onOrderSettled });
  const webhook = createWebhookHandler({ ...juspay, username: env.JUSPAY_WEBHOOK_USERNAME!, password: env.JUSPAY_WEBHOOK_PASSWORD!, onOrderSettled });

  // The handlers take and return web Requests and Responses, as Hono, Next.js route handlers, Bun and Deno do.
  const app = new Hono();
  app.post('/api/session', (c) => session(c.req.raw));
  app.get('/api/status', (c) => status(c.req.raw));
  app.post('/api/juspay/webhook', (c) => webhook(c.req.raw));
  return app;
}
