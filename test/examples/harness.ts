/**
 * What the example tests run against, all on 127.0.0.1:
 * - `GET /<example>/…`: that example's built files, from examples/<example>/dist/;
 * - `POST /api/session`: the real server companion, talking to the Juspay double; each request is recorded;
 * - `GET /sdk/HyperServices.js`: the HyperServices double;
 * and a headless Chromium to load them in.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { exampleDist, exampleNames, type ExampleName } from '../../examples/build.js';
import { createSessionHandler } from '../../src/server/index.js';
import { hyperServicesDoublePath, startJuspayDouble } from '../../src/testing/index.js';
import { chromiumArgs, findChromium } from '../support/chromium.js';

export interface SessionCall {
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface ExampleServer {
  url: string;
  /** Every POST /api/session, in order. */
  sessionCalls: SessionCall[];
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, ...headers });
  res.end(body);
}

/**
 * Every example page runs under the strict policy docs/csp.md gives (a violation is a console error):
 * no inline script or style, no eval, and Trusted Types with the element's and Lit's policies, plus
 * Vue's own. Svelte 5 writes its templates through innerHTML, which Trusted Types blocks, so its page
 * goes without them. `juspay` stands for Juspay's hosts in `connect-src`: the HyperServices double
 * tells the Juspay double what the customer chose there, as HyperCheckout tells Juspay.
 */
function contentSecurityPolicy(name: ExampleName, juspay: string): string {
  const base = `default-src 'self'; connect-src 'self' ${juspay}`;
  if (name === 'svelte') return base;
  const policies = ['juspay-session-checkout', 'lit-html', ...(name === 'vue' ? ['vue'] : [])];
  return `${base}; require-trusted-types-for 'script'; trusted-types ${policies.join(' ')}`;
}

/** Maps `/<example>/<file>` to a file inside that example's dist/, or undefined. */
function staticFile(pathname: string): string | undefined {
  const [, name, ...rest] = pathname.split('/');
  if (!exampleNames.includes(name as ExampleName)) return undefined;
  const root = resolve(exampleDist(name as ExampleName));
  const file = resolve(root, rest.join('/') || 'index.html');
  return file.startsWith(root + sep) ? file : undefined;
}

export async function startExampleServer(): Promise<ExampleServer> {
  const double = await startJuspayDouble();
  let orders = 0;
  const session = createSessionHandler({
    apiKey: double.apiKey,
    merchantId: double.merchantId,
    clientId: double.clientId,
    baseUrl: double.url,
    resolveOrder: () => ({
      order_id: `example_${++orders}`,
      amount: '30500.00',
      customer_id: 'cust_example',
      return_url: 'https://shop.example.com/return',
    }),
  });
  const sessionCalls: SessionCall[] = [];

  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      if (req.method === 'POST' && pathname === '/api/session') {
        const text = await readBody(req);
        sessionCalls.push({ headers: req.headers, body: JSON.parse(text) as Record<string, unknown> });
        const headers = new Headers();
        for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
        const response = await session(new Request(`http://127.0.0.1${pathname}`, { method: 'POST', headers, body: text }));
        send(res, response.status, response.headers.get('content-type') ?? 'application/json', await response.text());
        return;
      }
      if (pathname === '/sdk/HyperServices.js') {
        send(res, 200, contentTypes['.js']!, await readFile(hyperServicesDoublePath));
        return;
      }
      // Chromium asks every origin for one; a 404 would show up as a console error.
      if (pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      const file = staticFile(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
      if (!file) return send(res, 404, 'text/plain', 'not found');
      const name = pathname.split('/')[1] as ExampleName;
      const csp = extname(file) === '.html' ? { 'Content-Security-Policy': contentSecurityPolicy(name, double.url) } : undefined;
      send(res, 200, contentTypes[extname(file)] ?? 'application/octet-stream', await readFile(file), csp);
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      send(res, missing ? 404 : 500, 'text/plain', missing ? 'not found' : String(error));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sessionCalls,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await double.close();
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs,
  });
}
