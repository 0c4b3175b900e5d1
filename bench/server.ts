/**
 * A small static server on 127.0.0.1 for the benchmark:
 * - `/dist/*`: the built package (the script-tag bundle is `/dist/juspay-session-checkout.iife.js`);
 * - `/sdk/HyperServices.js`: the HyperServices double (any query string, so a run can force a fresh load);
 * - `/axe.min.js`: axe-core;
 * - `/bench.html`, `/csp.html` and their scripts, bundled from `bench/pages/*.ts` with esbuild;
 * - `/drop-in.html?vertical=…`: what a merchant's page is, the script tag and one element, nothing else
 *   (`&harness` adds the harness after it; no `vertical`, no element); pages the run sets with `setPage`;
 * - `POST /api/session`: a merchant endpoint that answers at once with a seed-shaped session;
 * - `POST /api/fail`: a merchant endpoint that answers 500 with a Juspay-style error body.
 *
 * Every response is same-origin and cross-origin isolated (COOP/COEP), which gives the pages
 * `performance.now()` at 5 µs rather than 100 µs. `/csp.html` also carries the strict policy.
 * Text is sent gzip-encoded (level 9) to browsers that ask, as a merchant's CDN would, so the
 * throttled phone profile downloads what a real page downloads.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const root = resolve(import.meta.dirname, '..');
const types: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/** A seed-shaped Session API answer (seed 000's sample response), new ids per call. */
function sessionResponse(n: number): unknown {
  const orderId = `bench_order_${n}`;
  return {
    status: 'NEW',
    id: `ordeh_bench${n}`,
    order_id: orderId,
    payment_links: { web: `https://sandbox.juspay.in/orders/ordeh_bench${n}/payment-page`, expiry: '2099-01-01T00:00:00Z' },
    sdk_payload: {
      requestId: `bench-request-${n}`,
      service: 'in.juspay.hyperpay',
      payload: {
        clientId: 'benchclient',
        amount: '30500.0',
        merchantId: 'benchmerchant',
        clientAuthToken: `tkn_bench${n}`,
        clientAuthTokenExpiry: '2099-01-01T00:15:00Z',
        environment: 'sandbox',
        lastName: 'Doe',
        action: 'paymentPage',
        customerId: 'CUST57SDFG',
        returnUrl: 'https://shop.example.com/return',
        currency: 'INR',
        firstName: 'John',
        customerPhone: '8667056789',
        customerEmail: 'testeml.123@gmail.com',
        orderId,
        description: 'Complete your payment',
      },
    },
  };
}

const page = (title: string, scripts: string[], body: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
${scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
</head>
<body>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`;

export interface BenchServer {
  origin: string;
  /** Serves `html` at `path` (a page the run generates, e.g. a static form) until the server closes. */
  setPage: (path: string, html: string) => void;
  /** Requests to `/api/session`, for a sanity check that the flow used the network endpoint. */
  sessionPosts: () => number;
  close: () => Promise<void>;
}

/** A page script from bench/pages, bundled for the browser as one classic script. */
export async function bundlePage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'bench/pages', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export async function startServer(): Promise<BenchServer> {
  const scripts: Record<string, string> = {
    '/harness.js': await bundlePage('harness.ts'),
    '/csp-page.js': await bundlePage('csp-page.ts'),
  };
  const pages: Record<string, string> = {
    '/bench.html': page(
      'Checkout benchmark',
      ['/dist/juspay-session-checkout.iife.js', '/axe.min.js', '/harness.js'],
      '<div id="stage"></div>',
    ),
    // No inline script or style anywhere: the policy below would block them.
    '/csp.html': page(
      'Checkout under a strict CSP',
      ['/csp-page.js', '/dist/juspay-session-checkout.iife.js'],
      `<juspay-session-checkout id="checkout-general" endpoint="/api/session" vertical="general" amount="30500" currency="INR"
  sdk-url="/sdk/HyperServices.js" merchant-id="benchmerchant" client-id="benchclient" environment="sandbox"></juspay-session-checkout>
<div id="stage"></div>`,
    ),
  };
  let posts = 0;
  const dropIn = (vertical: string | null, harness: boolean) =>
    page(
      'Checkout',
      ['/dist/juspay-session-checkout.iife.js', ...(harness ? ['/harness.js'] : [])],
      vertical
        ? `<juspay-session-checkout endpoint="/api/session" vertical="${vertical.replace(/\W/g, '')}" amount="30500" currency="INR" sdk-url="/sdk/HyperServices.js"></juspay-session-checkout>`
        : '<div id="stage"></div>',
    );
  // dist/ does not change during a run: each file is read and compressed once.
  const files = new Map<string, Buffer>();
  const gzipped = new Map<string | Buffer, Buffer>();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname;
    const headers: Record<string, string> = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cache-Control': 'no-store',
    };
    const send = (status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}): void => {
      if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|json/.test(type)) {
        let encoded = gzipped.get(body);
        if (!encoded) gzipped.set(body, (encoded = gzipSync(body, { level: 9 })));
        res.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', ...extra });
        res.end(encoded);
        return;
      }
      res.writeHead(status, { ...headers, 'Content-Type': type, ...extra });
      res.end(body);
    };
    if (req.method === 'POST') {
      for await (const _chunk of req) {
        // drain the body: the endpoints answer the same whatever was sent
      }
      if (path === '/api/session') return send(200, types['.json']!, JSON.stringify(sessionResponse(++posts)));
      if (path === '/api/fail') {
        return send(
          500,
          types['.json']!,
          JSON.stringify({ status: 'error', error_code: 'Internal server Error', error_message: 'Simulated outage.' }),
        );
      }
      return send(404, 'text/plain', 'not found');
    }
    if (path === '/drop-in.html') return send(200, types['.html']!, dropIn(url.searchParams.get('vertical'), url.searchParams.has('harness')));
    if (pages[path]) return send(200, types['.html']!, pages[path], path === '/csp.html' ? { 'Content-Security-Policy': STRICT_CSP } : {});
    if (scripts[path]) return send(200, types['.js']!, scripts[path]);
    let file: string | undefined;
    if (path === '/sdk/HyperServices.js') file = join(root, 'src/testing/hyper-services-double.js');
    else if (path === '/axe.min.js') file = join(root, 'node_modules/axe-core/axe.min.js');
    else if (path.startsWith('/dist/')) {
      const candidate = normalize(join(root, path));
      if (candidate.startsWith(join(root, 'dist'))) file = candidate;
    }
    if (!file) return send(404, 'text/plain', 'not found');
    try {
      let data = files.get(file);
      if (!data) files.set(file, (data = await readFile(file)));
      send(200, types[extname(file)] ?? 'application/octet-stream', data);
    } catch {
      send(404, 'text/plain', 'not found');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (path, html) => {
      pages[path] = html;
    },
    sessionPosts: () => posts,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
