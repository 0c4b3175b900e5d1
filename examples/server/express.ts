import express from 'express';
import { createSessionHandler, createStatusHandler, createWebhookHandler, verifyReturnUrlSignature } from '../../src/server/index.js';

export function createApp(env = process.env, ship: (orderId: string) => void = () => {}) {
  const juspay = {
    apiKey: env.JUSPAY_API_KEY!,
    merchantId: env.JUSPAY_MERCHANT_ID!,
    environment: 'sandbox' as const,
    baseUrl: env.JUSPAY_BASE_URL, // unset: Juspay's sandbox; tests point it at the double
  };
  // Who is asking: your own session cookie or signed-in user. An order's status is answered only to its caller.
  // Several instances? Add `store: createRedisIdempotencyStore(redis)` here (docs/deployment.md).
  const shared = {
    caller: (request: Request) => {
      const sid = /(?:^|;\s*)sid=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
      if (!sid) throw new Response('{"error_code":"login_required"}', { status: 401 });
      return sid;
    },
  };

  const app = express();
  app.use(express.json());

  // <juspay-session-checkout endpoint="/api/session" status-endpoint="/api/status">
  const session = createSessionHandler({
    ...juspay,
    ...shared,
    clientId: env.JUSPAY_CLIENT_ID!,
    vertical: 'general',
    // Your cart decides what is charged, never the browser.
    resolveOrder: () => ({
      order_id: `ord_${crypto.randomUUID().slice(0, 16)}`,
      amount: '499.00',
      customer_id: 'cust_42',
      return_url: 'https://shop.example.com/payment/return',
    }),
  });
  // The one place to ship the goods: exactly once per order, whichever path sees it paid first.
  const onOrderSettled = (order: { orderId: string; verified: boolean }) => {
    if (order.verified) ship(order.orderId);
  };
  app.post('/api/session', session.node);
  app.get('/api/status', createStatusHandler({ ...juspay, ...shared, responseKey: env.JUSPAY_RESPONSE_KEY, onOrderSettled }).node);
  // Set this URL, username and password in Juspay's dashboard (docs/webhooks.md).
  const webhook = createWebhookHandler({ ...juspay, username: env.JUSPAY_WEBHOOK_USERNAME!, password: env.JUSPAY_WEBHOOK_PASSWORD!, onOrderSettled });
  app.post('/api/juspay/webhook', webhook.node);

  // Where Juspay sends the customer back. The status in the URL is a hint: ship only in onOrderSettled.
  app.get('/payment/return', (req, res) => {
    if (!verifyReturnUrlSignature(req.query, env.JUSPAY_RESPONSE_KEY!)) return res.status(400).send('Invalid signature');
    res.redirect(303, `/orders/${encodeURIComponent(String(req.query.order_id))}`);
  });
  return app;
}
