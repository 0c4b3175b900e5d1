/**
 * Builds every embedding example (examples/build.ts) and pays through each in Chromium: the
 * page's own code must hand prefill, params and headers to the element and must see
 * juspay-payment-success through its framework's event binding.
 */
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { buildExamples, exampleDist, exampleNames } from '../../examples/build.js';
import { launchChromium, startExampleServer, type ExampleServer } from './harness.js';

/** What every example sets on the element, with its own name in udf1 and the CSRF header. */
const expected = {
  'script-tag': { udf1: 'script tag example', csrf: 'csrf-script-tag' },
  esm: { udf1: 'esm example', csrf: 'csrf-esm' },
  react: { udf1: 'react example', csrf: 'csrf-react' },
  vue: { udf1: 'vue example', csrf: 'csrf-vue' },
  svelte: { udf1: 'svelte example', csrf: 'csrf-svelte' },
  angular: { udf1: 'angular example', csrf: 'csrf-angular' },
};

let server: ExampleServer;
let browser: Browser;

before(async () => {
  [server, browser] = await Promise.all([
    buildExamples().then(startExampleServer),
    launchChromium(),
  ]);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

for (const name of exampleNames) {
  test(`${name}: properties reach the element and the page sees juspay-payment-success`, async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(10_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    const calls = server.sessionCalls.length;
    try {
      await page.goto(`${server.url}/${name}/`);
      const checkout = page.locator('juspay-session-checkout');
      // The prefill property shows up in the form.
      await page.waitForFunction(
        () =>
          document.querySelector('juspay-session-checkout')?.shadowRoot?.querySelector<HTMLInputElement>('[name="customer_email"]')
            ?.value === 'asha@example.com',
      );
      assert.equal(await checkout.locator('[name="customer_first_name"]').inputValue(), 'Asha');

      await checkout.locator('[name="customer_phone"]').fill('9876543210');
      await checkout.locator('button[type="submit"]').click();
      // The simulated HyperCheckout renders into the element's light-DOM div.
      await page.getByRole('button', { name: 'Pay', exact: true }).click();

      const outcome = page.locator('#outcome');
      await outcome.filter({ hasText: /^Payment charged for order example_\d+\.$/ }).waitFor();

      assert.equal(server.sessionCalls.length, calls + 1, 'one POST /api/session');
      const call = server.sessionCalls.at(-1)!;
      assert.equal(call.headers['x-csrf-token'], expected[name].csrf, 'headers property');
      assert.equal(call.body.udf1, expected[name].udf1, 'params property');
      assert.equal(call.body.customer_email, 'asha@example.com', 'prefill property');
      assert.equal(call.body.customer_phone, '9876543210', 'typed value');
      assert.deepEqual(problems, [], 'no page errors or console warnings');
    } finally {
      await page.close();
    }
  });
}

for (const name of ['svelte', 'angular'] as const) {
  test(`${name}: the app's lang reaches the element, which loads that language's catalogue`, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/${name}/?lang=hi`);
      const checkout = page.locator('juspay-session-checkout');
      await checkout.locator('label[for]', { hasText: 'ईमेल' }).waitFor({ timeout: 10_000 });
      assert.match(await checkout.locator('button[type="submit"]').innerText(), /भुगतान करें/);
    } finally {
      await page.close();
    }
  });
}

test('bundled apps ship the language catalogues beside their code', async () => {
  for (const name of ['esm', 'react', 'vue', 'svelte', 'angular'] as const) {
    const assets = await readdir(`${exampleDist(name)}/assets`);
    for (const language of ['hi', 'th', 'vi', 'id', 'ko']) {
      assert.ok(
        assets.some((file) => file.startsWith(`${language}-`) && file.endsWith('.json')),
        `${name} has ${language}.json`,
      );
    }
  }
});
