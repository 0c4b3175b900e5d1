// server.js: your backend. It creates the Juspay session with your API key and verifies the outcome.
import express from 'express';
import { createSessionHandler, createStatusHandler } from 'juspay-session-checkout/server';

const juspay = {
  apiKey: process.env.JUSPAY_API_KEY, // stays on the server: the browser never sees it
  merchantId: process.env.JUSPAY_MERCHANT_ID,
  baseUrl: process.env.JUSPAY_BASE_URL, // unset: Juspay's sandbox
};
const orders = new Map(); // your database: what each order must be paid

export const app = express();
app.use(express.json());
app.use(express.static('public')); // index.html and checkout.js
app.use('/juspay', express.static('node_modules/juspay-session-checkout/dist')); // the drop-in and its files

app.post('/api/session', createSessionHandler({
  ...juspay,
  clientId: process.env.JUSPAY_CLIENT_ID,
  resolveOrder: () => { // your cart decides what is charged, never the browser
    const order = { order_id: `ord_${crypto.randomUUID().slice(0, 16)}`, amount: '499.00', customer_id: 'cust_42', return_url: 'https://shop.example.com/paid' };
    orders.set(order.order_id, order);
    return order;
  },
}).node);
// Asks Juspay's Order Status API: `verified` only when the order is CHARGED at the amount you expect.
app.get('/api/status', createStatusHandler({ ...juspay, expectedOrder: (orderId) => orders.get(orderId) }).node);

const server = app.listen(process.env.PORT ?? 3000, () => console.log(`Shop at http://localhost:${server.address().port}/`));
