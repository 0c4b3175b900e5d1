/**
 * The npm package as an app installs it: copied into a throwaway app's node_modules, so Vite's dev
 * server pre-bundles it, then built with Vite. In both, a page in Hindi (`lang="hi_IN"`, with an
 * underscore) shows Hindi, each catalogue arrives as a file of its own, and nothing 404s.
 * Needs `npm run build` first (the package's dist/).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser } from 'playwright-core';
import { build, createServer, preview } from 'vite';
import { chromiumArgs, findChromium } from '../support/chromium.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let app: string;
let browser: Browser;

before(async () => {
  if (!existsSync(join(repo, 'dist/index.js'))) throw new Error('Run `npm run build` first: this test installs dist/.');
  app = await mkdtemp(join(tmpdir(), 'jsc-app-'));
  const installed = join(app, 'node_modules/juspay-session-checkout');
  await mkdir(installed, { recursive: true });
  await cp(join(repo, 'package.json'), join(installed, 'package.json'));
  await cp(join(repo, 'dist'), join(installed, 'dist'), { recursive: true });
  // The package's own dependencies, as npm would hoist them.
  for (const dependency of ['lit', 'lit-html', 'lit-element', '@lit', 'zod']) {
    await symlink(join(repo, 'node_modules', dependency), join(app, 'node_modules', dependency));
  }
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  await writeFile(
    join(app, 'index.html'),
    `<!doctype html><html lang="hi_IN"><head><title>app</title><link rel="icon" href="data:," /></head><body>
    <juspay-session-checkout endpoint="/api/session" amount="100" currency="INR"></juspay-session-checkout>
    <script type="module" src="./main.js"></script></body></html>`,
  );
  await writeFile(join(app, 'main.js'), "import 'juspay-session-checkout';\n");
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  if (app) await rm(app, { recursive: true, force: true });
});

/** Loads `url` and returns the pay button's text once it is Hindi, with every failed request and page error. */
async function payButtonIn(url: string) {
  const page = await browser.newPage();
  const failures: string[] = [];
  const catalogueRequests: string[] = [];
  page.on('pageerror', (error) => failures.push(error.message));
  page.on('requestfailed', (request) => failures.push(`${request.url()} failed`));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.url()} answered ${response.status()}`);
    if (/\/hi[-.][^/]*$/.test(new URL(response.url()).pathname)) catalogueRequests.push(response.url());
  });
  await page.goto(url);
  const button = page.locator('juspay-session-checkout button[type=submit]');
  await page.waitForFunction(
    () => /[\u0900-\u097F]/.test(document.querySelector('juspay-session-checkout')?.shadowRoot?.querySelector('button')?.textContent ?? ''),
    undefined,
    { timeout: 10_000 },
  );
  const text = (await button.textContent())!.trim();
  await page.close();
  return { text, failures, catalogueRequests };
}

describe('locale catalogues in an app that installs the package', () => {
  it("Vite's dev server, with the package pre-bundled: Hindi loads, once, and nothing 404s", async () => {
    const server = await createServer({ root: app, configFile: false, logLevel: 'silent', server: { port: 0 } });
    try {
      await server.listen();
      const { text, failures, catalogueRequests } = await payButtonIn(server.resolvedUrls!.local[0]!);
      assert.equal(text, '₹100.00 का भुगतान करें');
      assert.deepEqual(failures, []);
      assert.equal(catalogueRequests.length, 1, `one Hindi catalogue request: ${catalogueRequests.join(', ')}`);
      const deps = await readdir(join(app, 'node_modules/.vite/deps'));
      assert.ok(deps.includes('juspay-session-checkout.js'), 'the package was pre-bundled');
    } finally {
      await server.close();
    }
  });

  it("Vite's build: each language is a chunk of its own, loaded when the page asks for it", async () => {
    const outDir = join(app, 'dist');
    await build({ root: app, configFile: false, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const assets = await readdir(join(outDir, 'assets'));
    const entry = assets.find((name) => name.startsWith('index-') && name.endsWith('.js'))!;
    assert.doesNotMatch(await readFile(join(outDir, 'assets', entry), 'utf8'), /[\u0900-\u097F]/, 'no Hindi in the entry chunk');
    for (const code of ['hi', 'th', 'vi', 'id', 'ko']) assert.ok(assets.some((name) => name.startsWith(`${code}-`)), `${code} chunk`);
    const server = await preview({ root: app, configFile: false, logLevel: 'silent', preview: { port: 0 }, build: { outDir } });
    try {
      const { text, failures, catalogueRequests } = await payButtonIn(server.resolvedUrls!.local[0]!);
      assert.equal(text, '₹100.00 का भुगतान करें');
      assert.deepEqual(failures, []);
      assert.equal(catalogueRequests.length, 1);
    } finally {
      await server.close();
    }
  });
});
