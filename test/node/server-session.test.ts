import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { verticals, type Vertical } from '../../src/contract/index.js';
import { createSessionHandler, toNodeHandler, type ServerOrder, type SessionHandlerOptions } from '../../src/server/index.js';
import { startJuspayDouble, type JuspayDouble } from '../../src/testing/index.js';
import { connectionTo, sessionPost } from './server-fixtures.js';

/** Headers any HTTP client adds by itself; everything else the handler sends must be documented. */
const transportHeaders = new Set(['host', 'connection', 'content-length', 'accept', 'accept-language', 'accept-encoding', 'sec-fetch-mode', 'user-agent']);

const contact = { customer_email: 'test@mail.com', customer_phone: '9876543210' };

/** Per vertical, a minimal valid browser body (from the seeds) and what the merchant's server decides. */
const cases: Record<Vertical, { browser: Record<string, unknown>; server?: Record<string, unknown> }> = {
  general: { browser: { ...contact, customer_first_name: 'John', customer_last_name: 'Doe' } },
  insurance: {
    browser: {
      ...contact,
      customer_policy_ref_no: 'POLREF54735HFHFD',
      'metadata.customer_policy_type': 'NEW',
      'metadata.policy_renewal_year': '2',
      'metadata.customer_policy_no': 'D0082477897865',
    },
  },
  education: {
    browser: {
      ...contact,
      'metadata.student_name': 'John Doe',
      'metadata.student_admission_type': 'NEW',
      'metadata.customer_product_name': 'MBA',
      'metadata.customer_product_payment_type': '6',
    },
  },
  travel: {
    browser: {
      ...contact,
      'metadata.origin': 'Bangalore',
      'metadata.destination': 'Mangalore',
      'metadata.travel_start_date': '29-Dec-2030',
      'metadata.travel_end_date': '31-Dec-2030',
      'metadata.travel_type': 'Visa',
      'metadata.agent_email_id': 'xyz@gmail.com',
      'metadata.agent_mobile': '9888888888',
      'metadata.agent_name': 'Juspay B2C',
      'metadata.brand_name': 'Juspay B2C',
    },
  },
  tpv: {
    browser: {
      ...contact,
      'metadata.bank_account_details': JSON.stringify([{ bank_account_number: '198731890', bank_ifsc: 'ICIC0000300', bank_beneficiary_name: 'TestName' }]),
    },
    server: { order_type: 'TPV_PAYMENT' },
  },
  // Mandate terms decide what may be debited: the server's, like the amount.
  mandate: { browser: contact, server: { 'options.create_mandate': 'REQUIRED', 'mandate.max_amount': '1000.00' } },
  billing: {
    browser: {},
    server: {
      'options.create_mandate': 'REQUIRED',
      'mandate.max_amount': '100',
      payment_rules: { payment_flows: { billing_creation: { status: 'REQUIRED', info: { plan_id: 'sample_fixed_plan' } } } },
    },
  },
};

let double: JuspayDouble;
let orderCount = 0;
const newOrder = (extra: Record<string, unknown> = {}): ServerOrder => ({
  order_id: `ord_${++orderCount}`,
  amount: '499.00',
  customer_id: 'cust_42',
  return_url: 'https://shop.example.com/payment/return',
  ...extra,
});

function handlerFor(overrides: Partial<SessionHandlerOptions> = {}) {
  return createSessionHandler({
    ...connectionTo(double),
    resolveOrder: () => newOrder(),
    logger: { warn: () => {} },
    ...overrides,
  });
}

const post = sessionPost;

const sessionCalls = () => double.requests.filter((request) => request.path === '/session');

before(async () => {
  double = await startJuspayDouble();
});
after(() => double.close());
beforeEach(() => {
  double.requests.length = 0;
});

describe('createSessionHandler: what it sends Juspay', () => {
  for (const vertical of verticals) {
    it(`${vertical}: exactly the documented headers and body`, async () => {
      const { browser, server = {} } = cases[vertical];
      const order = newOrder(server);
      const handler = handlerFor({ vertical, resolveOrder: () => order });
      const response = await handler(post(browser));
      const answer = await response.json();
      assert.equal(response.status, 200, JSON.stringify(answer));

      const [call] = sessionCalls();
      assert.ok(call);
      assert.equal(call.method, 'POST');
      const sent = Object.fromEntries(Object.entries(call.headers).filter(([name]) => !transportHeaders.has(name)));
      assert.deepEqual(sent, {
        authorization: `Basic ${Buffer.from(`${double.apiKey}:`).toString('base64')}`,
        'x-merchantid': double.merchantId,
        'x-routing-id': 'cust_42',
        'content-type': 'application/json',
      });
      assert.deepEqual(call.body, { ...browser, ...order, payment_page_client_id: double.clientId, action: 'paymentPage' });
      assert.equal(answer.order_id, order.order_id);
      assert.equal(typeof answer.sdk_payload.payload.clientAuthToken, 'string');
      assert.match(answer.payment_links.web, /^http:\/\/127\.0\.0\.1:\d+\/payment-page\/order\/ordeh_/);
    });
  }

  it('a guest: empty customer_id, and the order id routes the call', async () => {
    const handler = handlerFor({ resolveOrder: () => ({ order_id: 'ord_guest_1', amount: '10', return_url: 'https://shop.example.com/payment/return' }) });
    const response = await handler(post(cases.general.browser));
    assert.equal(response.status, 200);
    const [call] = sessionCalls();
    assert.equal(call?.headers['x-routing-id'], 'ord_guest_1');
    assert.equal((call?.body as Record<string, unknown>).customer_id, '');
  });

  it("ignores a browser's amount, order_id, customer_id and other server-only parameters in favour of resolveOrder's", async () => {
    let seenByResolveOrder: Record<string, unknown> = {};
    const handler = handlerFor({
      vertical: 'tpv',
      resolveOrder: (body) => {
        seenByResolveOrder = body;
        return newOrder({ order_id: 'ord_server_1', customer_id: 'cust_server', order_type: 'TPV_PAYMENT' });
      },
    });
    const forged = {
      ...cases.tpv.browser,
      amount: '1.00',
      order_id: 'ord_forged',
      customer_id: 'someone_else',
      payment_page_client_id: 'other_client',
      action: 'paymentManagement',
      return_url: 'https://evil.example.com/',
      'metadata.webhook_url': 'https://evil.example.com/hook',
      metadata: { webhook_url: 'https://evil.example.com/hook' },
      gateway_id: '7',
      payment_rules: { payment_flows: {} },
      'payment_rules.payment_flows.billing_creation.status': 'REQUIRED',
      // What may be debited later, and in which currency, is the server's too.
      currency: 'IDR',
      'options.create_mandate': 'OPTIONAL',
      'mandate.max_amount': '1',
      'mandate.amount_rule': 'FIXED',
      'mandate.revokable_by_customer': false,
      'mandate.end_date': '1924992000',
      // Other spellings of the same, and parameters this vertical does not know, are dropped too.
      AMOUNT: '1.00',
      ' amount': '1.00',
      returnUrl: 'https://evil.example.com/',
      'Metadata.Webhook_Url': 'https://evil.example.com/hook',
      offer_code: 'FREE100',
      customer_first_name: 'Mallory',
    };
    const response = await handler(post(forged));
    assert.equal(response.status, 200);
    const sent = sessionCalls()[0]?.body as Record<string, unknown>;
    assert.deepEqual(sent, {
      ...cases.tpv.browser,
      order_id: 'ord_server_1',
      amount: '499.00',
      customer_id: 'cust_server',
      order_type: 'TPV_PAYMENT',
      return_url: 'https://shop.example.com/payment/return',
      payment_page_client_id: double.clientId,
      action: 'paymentPage',
    });
    assert.deepEqual(seenByResolveOrder, cases.tpv.browser);
    assert.equal(sessionCalls()[0]?.headers['x-routing-id'], 'cust_server');
  });
});

describe('createSessionHandler: the order resolveOrder returns', () => {
  it("in Juspay's nested form, is validated and wins over the browser's dotted values", async () => {
    const handler = handlerFor({
      vertical: 'insurance',
      resolveOrder: () => newOrder({ metadata: { customer_policy_no: 'SERVER_POLICY_1', internal_ref: 'kept as is' } }),
    });
    const response = await handler(post(cases.insurance.browser));
    assert.equal(response.status, 200);
    const sent = sessionCalls()[0]?.body as Record<string, unknown>;
    assert.equal(sent['metadata.customer_policy_no'], 'SERVER_POLICY_1');
    // One form per object: its other members go dotted too, as Juspay's flat form sends them.
    assert.equal(sent['metadata.internal_ref'], 'kept as is');
    assert.equal(sent.metadata, undefined);
  });

  it("in Juspay's flat form, an object parameter's dotted members become the object", async () => {
    const handler = handlerFor({
      vertical: 'billing',
      resolveOrder: () =>
        newOrder({
          'options.create_mandate': 'REQUIRED',
          'mandate.max_amount': '100',
          'payment_rules.payment_flows.billing_creation.status': 'REQUIRED',
          'payment_rules.payment_flows.billing_creation.info.plan_id': 'sample_fixed_plan',
          travel_note: new Date(0),
        }),
    });
    const response = await handler(post(cases.billing.browser));
    assert.equal(response.status, 200, JSON.stringify(await response.clone().json()));
    const sent = sessionCalls()[0]?.body as Record<string, unknown>;
    assert.deepEqual(sent.payment_rules, { payment_flows: { billing_creation: { status: 'REQUIRED', info: { plan_id: 'sample_fixed_plan' } } } });
    assert.equal(sent.travel_note, new Date(0).toISOString(), 'a value that is an object but not a plain one is sent as is');
  });

  it('must be complete: a tpv order without order_type is a 500 that never reaches Juspay', async () => {
    const lines: string[] = [];
    const handler = handlerFor({ vertical: 'tpv', resolveOrder: () => newOrder(), logger: { warn: (line) => lines.push(line) } });
    const response = await handler(post(cases.tpv.browser));
    assert.equal(response.status, 500);
    assert.match(lines.join('\n'), /configuration_error .*order_type: This field is required\./);
    assert.equal(double.requests.length, 0);
  });

  it('a merchant parameter missing from the page is a 400 naming it, so the widget reports a configuration error', async () => {
    const { 'metadata.customer_policy_no': _omitted, ...browser } = cases.insurance.browser;
    const response = await handlerFor({ vertical: 'insurance' })(post(browser));
    assert.equal(response.status, 400);
    assert.deepEqual(
      (await response.json()).issues.map((issue: { path: string }) => issue.path),
      ['metadata.customer_policy_no'],
    );
    assert.equal(double.requests.length, 0);
  });
});

describe('createSessionHandler: refusals', () => {
  const invalid: [string, unknown][] = [
    ['a bad e-mail', { ...cases.general.browser, customer_email: 'not-an-email' }],
    ['a missing phone', { customer_email: 'test@mail.com' }],
    ['an array', [cases.general.browser]],
    ['not JSON', '{"customer_email": '],
  ];
  for (const [name, body] of invalid) {
    it(`${name}: 400 with field issues, and Juspay is never called`, async () => {
      let resolved = false;
      const handler = handlerFor({ resolveOrder: () => ((resolved = true), newOrder()) });
      const response = await handler(post(body as Record<string, unknown>));
      assert.equal(response.status, 400);
      const answer = await response.json();
      assert.equal(answer.status, 'error');
      assert.match(answer.error_code, /^invalid_(request|json)$/);
      assert.ok(answer.error_message);
      if (answer.error_code === 'invalid_request' && name !== 'an array') {
        assert.ok(answer.issues.every((issue: { path: string }) => issue.path.startsWith('customer_')));
      }
      assert.equal(resolved, false);
      assert.equal(double.requests.length, 0);
    });
  }

  for (const [name, order, logged] of [
    ['a negative amount', { amount: '-3' }, /amount: /],
    ['an http:// return_url', { return_url: 'http://shop.example.com/done' }, /return_url: https, at most 255 characters, no query string, no IP host\./],
    ['an IP return_url', { return_url: 'https://10.0.0.1/done' }, /return_url: https, at most 255 characters, no query string, no IP host\./],
    ['no return_url', { return_url: undefined }, /return_url: This field is required\./],
  ] as const) {
    it(`an order resolveOrder cannot complete (${name}) is a configuration_error naming the parameter and its rule, no value, and never reaches Juspay`, async () => {
      const lines: string[] = [];
      const handler = handlerFor({ resolveOrder: () => newOrder(order), logger: { warn: (line) => lines.push(line) } });
      const response = await handler(post(cases.general.browser));
      assert.equal(response.status, 500);
      const answer = await response.json();
      assert.equal(answer.error_code, 'configuration_error');
      assert.match(lines.join('\n'), /configuration_error/);
      assert.match(lines.join('\n'), logged);
      for (const value of Object.values(order).filter((value) => value !== undefined)) assert.doesNotMatch(lines.join('\n') + answer.error_message, new RegExp(value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
      assert.equal(double.requests.length, 0);
    });
  }

  it('a customer_id a header cannot carry is a 500 that says so, and never reaches Juspay', async () => {
    const lines: string[] = [];
    const handler = handlerFor({ resolveOrder: () => newOrder({ customer_id: '顧客42' }), logger: { warn: (line) => lines.push(line) } });
    const response = await handler(post(cases.general.browser));
    assert.equal(response.status, 500);
    assert.match(lines.join('\n'), /x-routing-id .* printable ASCII/);
    assert.equal(double.requests.length, 0);
  });

  it('a Response thrown by resolveOrder is the answer', async () => {
    const handler = handlerFor({
      resolveOrder: () => {
        throw new Response('{"error_code":"login_required"}', { status: 401 });
      },
    });
    const response = await handler(post(cases.general.browser));
    assert.equal(response.status, 401);
    assert.equal(double.requests.length, 0);
  });

  it('a body over 64 KB: 413, without reading it all', async () => {
    const response = await handlerFor()(post({ ...cases.general.browser, udf6: 'x'.repeat(70_000) }));
    assert.equal(response.status, 413);
    assert.equal((await response.json()).error_code, 'payload_too_large');
    assert.equal(double.requests.length, 0);
  });

  it('only POST', async () => {
    const response = await handlerFor()(new Request('http://shop.test/api/session'));
    assert.equal(response.status, 405);
  });
});

describe('createSessionHandler: Juspay failures become clear errors without the key', () => {
  const logged: string[] = [];
  const originals = { log: console.log, warn: console.warn, error: console.error, info: console.info };
  beforeEach(() => {
    logged.length = 0;
    for (const name of ['log', 'warn', 'error', 'info'] as const) console[name] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
  });
  afterEach(() => Object.assign(console, originals));

  /** Uses the default logger, console, so the captured lines are what a merchant's logs would hold. */
  async function failWith(arrange: () => void, options: Partial<SessionHandlerOptions> = {}) {
    arrange();
    const handler = handlerFor({ logger: undefined, ...options });
    const response = await handler(post(cases.general.browser));
    const text = await response.text();
    const base64Key = Buffer.from(`${double.apiKey}:`).toString('base64');
    for (const output of [text, ...logged, JSON.stringify([...response.headers])]) {
      assert.ok(!output.includes(double.apiKey), `the API key leaked: ${output}`);
      assert.ok(!output.includes(base64Key), `the encoded API key leaked: ${output}`);
    }
    return { status: response.status, answer: JSON.parse(text) as { status: string; error_code: string; error_message: string } };
  }

  it("Juspay's 400 is a mapped code naming only the parameters we know", async () => {
    const { status, answer } = await failWith(() =>
      double.failNext(400, { status: 'Bad Request', error_code: 'Mandatory fields are missing', error_message: 'Mandatory fields are missing: customer_phone, <script>' }),
    );
    assert.equal(status, 400);
    assert.equal(answer.error_code, 'juspay_missing_fields');
    assert.equal(answer.error_message, 'Juspay refused the request: mandatory fields are missing (customer_phone).');
    assert.equal(logged.length, 1);
  });

  it("Juspay's own text is never reflected, to the browser or the log", async () => {
    const raw = `E${'x'.repeat(3137)}`;
    const { status, answer } = await failWith(() => double.failNext(400, { status: 'Bad Request', error_code: raw, error_message: `${raw} <img src=x>` }));
    assert.equal(status, 400);
    assert.deepEqual(answer, { status: 'error', error_code: 'juspay_invalid_request', error_message: 'Juspay refused the request as invalid.' });
    for (const line of logged) assert.ok(!line.includes('xxxx') && line.length < 300, line);
  });

  for (const unexpected of [304, 302, 409, 418]) {
    it(`an unexpected Juspay status (${unexpected}) is a clean 502`, async () => {
      const { status, answer } = await failWith(() => double.failNext(unexpected, unexpected === 304 ? null : { status: 'error' }));
      assert.equal(status, 502);
      assert.equal(answer.error_code, 'upstream_unexpected_status');
    });
  }

  it('a wrong API key: access denied, telling the merchant what to check', async () => {
    const { status, answer } = await failWith(() => {}, { apiKey: 'test_fake_wrong_key_1111' });
    assert.equal(status, 401);
    assert.equal(answer.error_code, 'juspay_access_denied');
    assert.match(answer.error_message, /API key and merchant id/);
    assert.ok(logged.every((line) => !line.includes('test_fake_wrong_key_1111')));
  });

  it("Juspay's 500 is a 502, with no upstream internals", async () => {
    const { status, answer } = await failWith(() => double.failNext(500, { status: 'error', error_code: 'Internal server Error', stack: 'at juspay.internal' }));
    assert.equal(status, 502);
    assert.deepEqual(answer, { status: 'error', error_code: 'juspay_unavailable', error_message: 'Juspay had an internal error. Try again shortly.' });
  });

  it('a hanging Juspay: 504 after the timeout', async () => {
    const started = Date.now();
    const { status, answer } = await failWith(() => double.hangNext(), { timeoutMs: 300, idempotency: { leaseMs: 1000 } });
    assert.equal(status, 504);
    assert.equal(answer.error_code, 'upstream_timeout');
    assert.ok(Date.now() - started < 5000);
  });

  it('a malformed answer: 502', async () => {
    const { status, answer } = await failWith(() => double.failNext(200, { status: 'NEW', id: 'ordeh_1' }));
    assert.equal(status, 502);
    assert.equal(answer.error_code, 'upstream_invalid_response');
  });

  it('an unreachable Juspay: 502', async () => {
    const { status, answer } = await failWith(() => {}, { baseUrl: 'http://127.0.0.1:9' });
    assert.equal(status, 502);
    assert.equal(answer.error_code, 'upstream_unreachable');
  });

  it('a success answers only what the browser needs', async () => {
    const response = await handlerFor()(post(cases.general.browser));
    const answer = await response.json();
    assert.deepEqual(Object.keys(answer).sort(), ['id', 'order_expiry', 'order_id', 'payment_links', 'sdk_payload', 'status']);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.ok(!JSON.stringify(answer).includes(double.apiKey));
  });
});

describe('createSessionHandler: Node adapter', () => {
  let server: Server;
  let url: string;
  before(async () => {
    server = createServer(handlerFor().node);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/session`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves Node http, reading the body itself', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify(cases.general.browser) });
    assert.equal(response.status, 200);
    assert.equal((await response.json()).status, 'NEW');
  });

  it("gives caller and resolveOrder a Request with the browser's method, URL and headers, that fetch can forward", async () => {
    const seen: string[] = [];
    let forwarded: Request | undefined;
    const handler = handlerFor({
      caller: (request) => request.headers.get('cookie') ?? 'nobody',
      resolveOrder: async (_body, request) => {
        assert.ok(request instanceof Request);
        seen.push(request.method, request.url, request.headers.get('cookie') ?? '', request.headers.get('x-shop') ?? '');
        forwarded = new Request(request, { headers: { 'x-forwarded': '1' } });
        return newOrder();
      },
    });
    const wrapped = createServer(handler.node);
    await new Promise<void>((resolve) => wrapped.listen(0, '127.0.0.1', resolve));
    const port = (wrapped.address() as AddressInfo).port;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/session?cart=7`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), Cookie: 'sid=abc', 'X-Shop': 'one' },
        body: JSON.stringify(cases.general.browser),
      });
      assert.equal(response.status, 200);
      assert.deepEqual(seen, ['POST', `http://127.0.0.1:${port}/api/session?cart=7`, 'sid=abc', 'one']);
      assert.equal(forwarded?.url, `http://127.0.0.1:${port}/api/session?cart=7`);
      assert.equal(forwarded?.headers.get('x-forwarded'), '1');
    } finally {
      await new Promise<void>((resolve) => wrapped.close(() => resolve()));
    }
  });

  it('a request fetch cannot express (TRACE, a malformed Host) is a 400, and the server keeps serving', async () => {
    const { port } = server.address() as AddressInfo;
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.end(request));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk));
        socket.on('end', () => resolve(answer));
        socket.on('error', reject);
      });
    assert.match(await raw('TRACE /api/session HTTP/1.1\r\nHost: shop.test\r\nConnection: close\r\n\r\n'), /^HTTP\/1\.1 400/);
    assert.match(
      await raw('POST /api/session HTTP/1.1\r\nHost: a b\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}'),
      /^HTTP\/1\.1 400/,
    );
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: JSON.stringify(cases.general.browser) });
    assert.equal(response.status, 200);
  });

  it('a wrapped handler that throws, or whose body fails, is a 500, and the server keeps serving', async () => {
    const failing = createServer(
      toNodeHandler(async (request) => {
        if (new URL(request.url).pathname === '/throws') throw new Error('merchant bug');
        const body = new ReadableStream({ pull: (controller) => controller.error(new Error('stream broke')) });
        return new Response(body, { status: 200 });
      }),
    );
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(failing.address() as AddressInfo).port}`;
    const quiet = console.error;
    console.error = () => {};
    try {
      assert.equal((await fetch(`${base}/throws`)).status, 500);
      assert.equal((await fetch(`${base}/stream`)).status, 500);
      assert.equal((await fetch(`${base}/throws`)).status, 500);
    } finally {
      console.error = quiet;
      await new Promise<void>((resolve) => failing.close(() => resolve()));
    }
  });

  it('a body over 64 KB over Node http: 413', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: 'x'.repeat(70_000) });
    assert.equal(response.status, 413);
    assert.equal(double.requests.length, 0);
  });

  it('answers 400 over Node http too', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() }, body: '{}' });
    assert.equal(response.status, 400);
    assert.equal(double.requests.length, 0);
  });
});
