import express from 'express';
import { createSessionHandler, createStatusHandler, verifyReturnUrlSignature } from '../../src/server/index.js';

export function createApp(env = process.env) {
  const juspay = {
    apiKey: env.JUSPAY_API_KEY!,
    merchantId: env.JUSPAY_MERCHANT_ID!,
    environment: 'sandbox' as const,
    baseUrl: env.JUSPAY_BASE_URL, // unset: Juspay's sandbox; tests point it at the double
  };
  const orders = new Map<string, { amount: string; customer_id: string }>(); // your database

  const app = express();
  app.use(express.json());

  // <juspay-session-checkout endpoint="/api/session" status-endpoint="/api/status">
  const session = createSessionHandler({
    ...juspay,
    clientId: env.JUSPAY_CLIENT_ID!,
    vertical: 'general',
    // Your cart decides what is charged, never the browser.
    resolveOrder: () => {
      const order = {
        order_id: `ord_${crypto.randomUUID().slice(0, 16)}`,
        amount: '499.00',
        customer_id: 'cust_42',
        return_url: 'https://shop.example.com/payment/return',
      };
      orders.set(order.order_id, order);
      return order;
    },
  });
  app.post('/api/session', session.node);
  app.get('/api/status', createStatusHandler({ ...juspay, expectedOrder: (orderId) => orders.get(orderId) }).node);

  // Where Juspay sends the customer back. The status in the URL is a hint: ship only on /api/status's `verified`.
  app.get('/payment/return', (req, res) => {
    if (!verifyReturnUrlSignature(req.query, env.JUSPAY_RESPONSE_KEY!)) return res.status(400).send('Invalid signature');
    res.redirect(303, `/orders/${encodeURIComponent(String(req.query.order_id))}`);
  });
  return app;
}
