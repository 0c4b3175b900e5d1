/**
 * The demo as a newcomer uses it: started like `npm start`, in Chromium, a simulated payment in
 * every vertical, then the redirect and iframe modes through the Juspay double's payment page.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { verticals } from '../../src/contract/verticals.js';
import { chromiumArgs, findChromium } from '../support/chromium.js';

let server: ViteDevServer;
let browser: Browser;
let origin: string;

before(async () => {
  server = await createServer({ configFile: 'demo/vite.config.ts', server: { port: 0 }, logLevel: 'warn' });
  await server.listen();
  origin = server.resolvedUrls!.local[0]!;
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function startPayment(page: Page, vertical: string, mode = 'sdk') {
  await page.goto(origin);
  await page.selectOption('#vertical', vertical);
  await page.selectOption('#mode', mode);
  await page.click('#fill');
  const consent = page.locator('juspay-session-checkout input[name=consent]');
  if (await consent.count()) await consent.check();
  await page.locator('juspay-session-checkout button[type=submit]').click();
}

async function loggedEvents(page: Page): Promise<string[]> {
  await page.locator('#event-log li[data-event=juspay-payment-success]').waitFor({ timeout: 15000 });
  return (await page.locator('#event-log li strong').allTextContents()).reverse();
}

async function successDetail(page: Page) {
  return JSON.parse((await page.locator('#event-log li[data-event=juspay-payment-success] pre').textContent())!);
}

describe('demo', () => {
  for (const vertical of verticals) {
    it(`pays in the simulated HyperCheckout: ${vertical}`, async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      await startPayment(page, vertical);
      await page.locator('juspay-session-checkout button[data-status=charged]').click();
      assert.deepEqual(await loggedEvents(page), [
        'juspay-ready',
        'juspay-session-created',
        'juspay-checkout-opened',
        'juspay-payment-success',
      ]);
      assert.equal((await successDetail(page)).verified, true);
      await page.close();
    });
  }

  it('reads like a product: human names, the consent tick in the instructions, no gap beside the checkout at 1280 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(origin);
    const names = await page.locator('#vertical option').allTextContents();
    assert.equal(names.length, verticals.length);
    for (const name of names) assert.ok(!(verticals as readonly string[]).includes(name), `${name} is a human name, not an id`);
    assert.match((await page.locator('header').textContent())!, /tick the consent box/);
    const log = (await page.locator('.panel.events').boundingBox())!;
    const exchange = (await page.locator('.panel.exchange').boundingBox())!;
    assert.ok(exchange.y - (log.y + log.height) <= 24, `${exchange.y - (log.y + log.height)} px between the event log and the request panel`);
    await page.close();
  });

  for (const vertical of ['mandate', 'billing']) {
    it(`${vertical}: the terms the customer agrees to cover what Pay charges, and the plan reads by its name`, async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      await page.goto(origin);
      await page.selectOption('#vertical', vertical);
      const rupees = (text: string | null) => Number(/₹([\d,.]+)/.exec(text ?? '')![1]!.replace(/,/g, ''));
      const term = (label: string) => page.locator('juspay-session-checkout [part=terms] div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd').textContent();
      const pay = rupees(await page.locator('juspay-session-checkout button[type=submit]').textContent());
      assert.ok(pay <= rupees(await term('Maximum debit amount')), 'the first payment is within the maximum debit');
      if (vertical === 'billing') {
        assert.equal(await term('Plan'), 'Monthly plan');
        assert.equal(rupees(await term('Plan amount')), pay);
      }
      await page.close();
    });
  }

  it('the language picker translates the widget in the dev server too: Hindi, with no failed request or page error', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('console', (message) => message.type() === 'error' && failures.push(message.text()));
    page.on('response', (response) => response.status() >= 400 && failures.push(`${response.url()} answered ${response.status()}`));
    await page.goto(origin);
    await page.selectOption('#lang', 'hi');
    const legend = page.locator('juspay-session-checkout legend').first();
    await legend.filter({ hasText: /[\u0900-\u097F]/ }).waitFor({ timeout: 10000 });
    assert.equal(await page.locator('juspay-session-checkout .root').getAttribute('lang'), 'hi');
    assert.deepEqual(failures, []);
    await page.close();
  });

  it('redirect mode: the simulated payment page is styled, with 44 px buttons', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await startPayment(page, 'general', 'redirect');
    await page.waitForURL(/payment-page/);
    assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /system-ui/);
    for (const box of await page.getByRole('button').evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().height))) {
      assert.ok(box >= 44, `a ${box} px button`);
    }
    await page.close();
  });

  it('redirect mode: the payment page returns to the demo, which reports the verified outcome', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await startPayment(page, 'general', 'redirect');
    await page.waitForURL(/payment-page/);
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(/status=CHARGED/);
    assert.deepEqual((await successDetail(page)), { orderId: new URL(page.url()).searchParams.get('order_id'), status: 'CHARGED', verified: true });
    await page.close();
  });

  it('iframe mode: the embedded payment page returns inside the frame, and the outcome is verified', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await startPayment(page, 'general', 'iframe');
    await page.frameLocator('juspay-session-checkout iframe').getByRole('button', { name: 'Pay' }).click();
    assert.equal((await successDetail(page)).verified, true);
    assert.equal(await page.locator('juspay-session-checkout iframe').count(), 0);
    await page.close();
  });
});
