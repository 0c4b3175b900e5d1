/**
 * Installs the packed tarball (`npm pack` of the built dist/) into a scratch app outside the repo,
 * as a merchant's `npm install` would, and uses every entry point from there: Node imports,
 * the server half under Node 20, the type declarations, and the browser entries in Chromium.
 * Run `npm run build` first; `npm run test:package` runs this file.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import express from 'express';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { packTarball, repo } from '../../scripts/pack.js';
import { launchChromium } from '../examples/harness.js';

/** What the scratch app installs beside the tarball: the repo's own versions, so npm's cache has them. */
const companions = ['typescript', '@types/node', '@types/react', 'vue', 'svelte', 'express'];
const version = (name: string) => (JSON.parse(readFileSync(`${repo}node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

let app: string;

function write(file: string, text: string): void {
  writeFileSync(join(app, file), text);
}

function runNode(node: string, source: string): string {
  const result = spawnSync(node, ['--input-type=module', '-e', source], { cwd: app, encoding: 'utf8' });
  assert.equal(result.status, 0, `${node} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Node 20, which `engines` promises the server half: NODE20, the running Node, or the system's /usr/bin/node. */
function findNode20(): string | undefined {
  const candidates = [process.env.NODE20, process.execPath, '/usr/bin/node'].filter((path): path is string => Boolean(path));
  return candidates.find((path) => spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout?.startsWith('v20.'));
}

before(() => {
  const tarball = packTarball();
  app = mkdtempSync(join(tmpdir(), 'juspay-scratch-app-'));
  write('package.json', JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  execFileSync(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...companions.map((name) => `${name}@${version(name)}`)],
    { cwd: app, stdio: ['ignore', 'ignore', 'inherit'] },
  );
});

after(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

const strictCsp = "default-src 'self'; require-trusted-types-for 'script'; trusted-types juspay-session-checkout lit-html";

/** Creates a session through the installed server half against the installed Juspay double. */
const serverSmoke = `
  import { verticals, validateSessionRequest } from 'juspay-session-checkout/contract';
  import { createSessionHandler, verifyReturnUrlSignature, encodeSessionRequest } from 'juspay-session-checkout/server';
  import { startJuspayDouble, hyperServicesDoublePath } from 'juspay-session-checkout/testing';
  import { existsSync } from 'node:fs';
  if (!verticals.includes('tpv') || typeof encodeSessionRequest !== 'function') throw new Error('contract exports');
  if (validateSessionRequest({ customer_email: 'nope' }, 'general').success) throw new Error('validation');
  if (!existsSync(hyperServicesDoublePath)) throw new Error('HyperServices double missing');
  const double = await startJuspayDouble();
  const handler = createSessionHandler({
    ...double, baseUrl: double.url,
    resolveOrder: () => ({ order_id: 'scratch_1', amount: '10.00', customer_id: 'cust_1', return_url: 'https://shop.example.com/return' }),
  });
  const response = await handler(new Request('http://127.0.0.1/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({ customer_email: 'asha@example.com', customer_phone: '9876543210' }),
  }));
  const session = await response.json();
  const signed = new URL(double.complete('scratch_1', 'charged'));
  await double.close();
  console.log(JSON.stringify({ status: response.status, orderId: session.order_id, sdk: Boolean(session.sdk_payload),
    signed: verifyReturnUrlSignature(signed.searchParams, double.responseKey) }));
`;

describe('the packed tarball, installed into a scratch app', () => {
  it('ships the README, the LICENSE and no source maps', () => {
    const root = join(app, 'node_modules/juspay-session-checkout');
    assert.match(readFileSync(join(root, 'README.md'), 'utf8'), /juspay-session-checkout/);
    assert.match(readFileSync(join(root, 'LICENSE'), 'utf8'), /^MIT License/);
    const files = execFileSync('find', ['.', '-name', '*.map'], { cwd: root, encoding: 'utf8' });
    assert.equal(files.trim(), '');
  });

  it('imports /contract, /server and /testing in Node and creates a session', () => {
    const result = JSON.parse(runNode(process.execPath, serverSmoke));
    assert.deepEqual(result, { status: 200, orderId: 'scratch_1', sdk: true, signed: true });
  });

  it('runs the server half on Node 20, as `engines` promises', (t) => {
    const node20 = findNode20();
    if (!node20) {
      // CI records the machine's Node 20 in NODE20 before it moves to Node 22, so there this never skips.
      assert.ok(!process.env.CI, 'CI must provide a Node 20 (NODE20)');
      t.skip('no Node 20 on this machine');
      return;
    }
    const result = JSON.parse(runNode(node20, serverSmoke));
    assert.deepEqual(result, { status: 200, orderId: 'scratch_1', sdk: true, signed: true });
  });

  it('type-checks every typed entry: ., /react, /vue, /svelte, /script, /contract, /server, /testing', () => {
    write(
      'tsconfig.json',
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          types: ['node'], strict: true, noEmit: true, jsx: 'preserve', skipLibCheck: false,
        },
        files: ['check.ts'],
      }),
    );
    write('check.ts', readFileSync(`${repo}test/package/entry-types.fixture.ts`, 'utf8'));
    const tsc = spawnSync(join(app, 'node_modules/.bin/tsc'), ['-p', '.'], { cwd: app, encoding: 'utf8' });
    assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  });

  describe('in Chromium', () => {
    let server: Server;
    let url: string;
    let browser: Browser;
    before(async () => {
      write('index.html', '<!doctype html><html lang="en"><head><script type="module" src="./main.js"></script></head><body></body></html>');
      write(
        'main.js',
        "import 'juspay-session-checkout';\n" +
          "document.body.append(Object.assign(document.createElement('juspay-session-checkout'), { endpoint: '/api/session' }));\n",
      );
      await build({ root: app, configFile: false, logLevel: 'warn', base: './', build: { outDir: 'dist', emptyOutDir: true } });
      const script = createRequire(join(app, 'package.json')).resolve('juspay-session-checkout/script');
      write(
        'dist/script.html',
        '<!doctype html><html lang="en"><head><script src="./drop-in/juspay-session-checkout.iife.js"></script></head>' +
          '<body><juspay-session-checkout endpoint="/api/session"></juspay-session-checkout></body></html>',
      );
      cpSync(join(script, '..'), join(app, 'dist/drop-in'), { recursive: true });
      server = express().use(express.static(join(app, 'dist'))).listen(0, '127.0.0.1');
      await new Promise((listening) => server.once('listening', listening));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
      server?.closeAllConnections();
      await new Promise((closed) => server?.close(closed));
    });

    it("pays through the README's quickstart (examples/quickstart) under a strict CSP and sees a verified payment", async () => {
      cpSync(`${repo}examples/quickstart`, app, { recursive: true });
      const shop = spawn(process.execPath, ['try-it.js'], { cwd: app, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'inherit'] });
      const tab = await browser.newPage();
      try {
        const shopUrl = await new Promise<string>((found, failed) => {
          shop.stdout.on('data', (chunk: Buffer) => {
            const match = /Shop at (\S+)/.exec(chunk.toString());
            if (match) found(match[1]!);
          });
          shop.once('exit', (code) => failed(new Error(`try-it.js exited with ${code}`)));
        });
        const errors: string[] = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        tab.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        // The strict policy docs/csp.md promises works: a violation is a console error.
        await tab.route(shopUrl, async (route) => {
          const response = await route.fetch();
          await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': strictCsp } });
        });
        tab.setDefaultTimeout(10_000);
        await tab.goto(shopUrl);
        const checkout = tab.locator('juspay-session-checkout');
        assert.equal(await checkout.locator('[name="customer_email"]').inputValue(), 'asha@example.com');
        await checkout.locator('[name="customer_phone"]').fill('9876543210');
        await checkout.locator('button[type="submit"]').click();
        await tab.getByRole('button', { name: 'Pay', exact: true }).click();
        await tab.locator('#outcome').filter({ hasText: /^Paid and verified: ord_/ }).waitFor();
        assert.deepEqual(errors, []);
      } finally {
        await tab.close();
        shop.kill();
      }
    });

    for (const [entry, page] of [['.', 'index.html'], ['/script', 'script.html']] as const) {
      it(`loads ${entry} and renders the form`, async () => {
        const tab = await browser.newPage();
        const errors: string[] = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        try {
          await tab.goto(`${url}/${page}`);
          await tab.locator('juspay-session-checkout [name="customer_email"]').waitFor({ timeout: 10_000 });
          assert.ok(await tab.evaluate(() => customElements.get('juspay-session-checkout') !== undefined));
          assert.deepEqual(errors, []);
        } finally {
          await tab.close();
        }
      });
    }
  });
});
