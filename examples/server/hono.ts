import { Hono } from 'hono';
import { createSessionHandler, createStatusHandler } from '../../src/server/index.js';

export function createApp(env = process.env) {
  const juspay = {
    apiKey: env.JUSPAY_API_KEY!,
    merchantId: env.JUSPAY_MERCHANT_ID!,
    environment: 'sandbox' as const,
    baseUrl: env.JUSPAY_BASE_URL, // unset: Juspay's sandbox; tests point it at the double
  };
  const orders = new Map<string, { amount: string; customer_id: string }>(); // your database

  const session = createSessionHandler({
    ...juspay,
    clientId: env.JUSPAY_CLIENT_ID!,
    vertical: 'general',
    // Your cart decides what is charged, never the browser.
    resolveOrder: () => {
      const order = { order_id: `ord_${crypto.randomUUID().slice(0, 16)}`, amount: '499.00', customer_id: 'cust_42' };
      orders.set(order.order_id, order);
      return order;
    },
  });
  const status = createStatusHandler({ ...juspay, expectedOrder: (orderId) => orders.get(orderId) });

  // The handlers take and return web Requests and Responses, as Hono, Next.js route handlers, Bun and Deno do.
  const app = new Hono();
  app.post('/api/session', (c) => session(c.req.raw));
  app.get('/api/status', (c) => status(c.req.raw));
  return app;
}
