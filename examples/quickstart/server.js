// server.js: your backend. It creates the Juspay session with your API key and ships each paid order once.
import express from 'express';
import { createSessionHandler, createStatusHandler, createWebhookHandler } from 'juspay-session-checkout/server';

const juspay = {
  apiKey: process.env.JUSPAY_API_KEY, // stays on the server: the browser never sees it
  merchantId: process.env.JUSPAY_MERCHANT_ID,
  baseUrl: process.env.JUSPAY_BASE_URL, // unset: Juspay's sandbox
  caller(request) { // who is asking (your own session): an order's status is told only to its customer
    const sid = /(?:^|; )sid=([\w-]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
    if (!sid) throw new Response(null, { status: 401 });
    return sid;
  },
};
// The one place to ship goods: once per paid order, whether the status check or Juspay's webhook saw it first.
const onOrderSettled = (order) => order.verified && console.log(`Ship order ${order.orderId}`);

export const app = express();
app.use((req, res, next) => (/(?:^|; )sid=/.test(req.headers.cookie ?? '') || res.cookie('sid', crypto.randomUUID(), { httpOnly: true }), next()));
app.use(express.static('public')); // index.html and checkout.js
app.use('/juspay', express.static('node_modules/juspay-session-checkout/dist')); // the drop-in and its files

app.post('/api/session', createSessionHandler({
  ...juspay,
  clientId: process.env.JUSPAY_CLIENT_ID,
  resolveOrder: () => ({ // your cart decides what is charged, never the browser
    order_id: `ord_${crypto.randomUUID().slice(0, 16)}`, amount: '499.00', customer_id: 'cust_42', return_url: 'https://shop.example.com/paid',
  }),
}).node);
// Asks Juspay's Order Status API: `verified` only when the order is CHARGED at the amount the session was made for.
app.get('/api/status', createStatusHandler({ ...juspay, onOrderSettled }).node);
// Set this URL, username and password in Juspay's dashboard (docs/webhooks.md).
app.post('/api/juspay/webhook', createWebhookHandler({
  ...juspay, username: process.env.JUSPAY_WEBHOOK_USERNAME, password: process.env.JUSPAY_WEBHOOK_PASSWORD, onOrderSettled,
}).node);

export const server = app.listen(process.env.PORT ?? 3000, () => console.log(`Shop at http://localhost:${server.address().port}/`));
