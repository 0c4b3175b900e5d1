// try-it.js: server.js against the local Juspay double, with no account; nothing leaves your machine.
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';
import express from 'express';
import { hyperServicesDoublePath, startJuspayDouble } from 'juspay-session-checkout/testing';

const double = await startJuspayDouble();
Object.assign(process.env, {
  JUSPAY_BASE_URL: double.url, JUSPAY_API_KEY: double.apiKey, JUSPAY_MERCHANT_ID: double.merchantId, JUSPAY_CLIENT_ID: double.clientId,
  JUSPAY_WEBHOOK_USERNAME: 'test_webhook_user', JUSPAY_WEBHOOK_PASSWORD: 'test_fake_webhook_password',
});
const { app, server } = await import('./server.js');

// The page's sdk-url loads a simulated HyperCheckout. Like the real one tells Juspay, it tells the double what the
// customer chose: through this page's own origin, which the strict CSP allows (docs/testing.md).
const choices = { charged: 'charged', pending_vbv: 'pending', authorization_failed: 'failed', backpressed: 'back' };
const report = `window.HyperServicesDouble = { onResult: (status, sdk) => fetch('/try-it/paid', { method: 'POST',
  headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ orderId: sdk.payload.orderId, status }) }) };\n`;
const simulated = report + (await readFile(hyperServicesDoublePath, 'utf8'));
app.get('/sdk/HyperServices.js', (req, res) => res.type('js').send(simulated));
app.post('/try-it/paid', express.json(), (req, res) => {
  double.complete(req.body.orderId, choices[req.body.status]);
  res.sendStatus(204);
});
// Like Juspay's dashboard: the double sends its webhooks to server.js.
if (!server.listening) await once(server, 'listening');
double.webhook = {
  url: `http://127.0.0.1:${server.address().port}/api/juspay/webhook`,
  username: process.env.JUSPAY_WEBHOOK_USERNAME, password: process.env.JUSPAY_WEBHOOK_PASSWORD,
};
