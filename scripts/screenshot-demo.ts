/**
 * Screenshots the running demo (`npm start`) at a phone and a desktop width, completing a
 * simulated payment first. Usage: npx tsx scripts/screenshot-demo.ts [url] [outdir] [vertical]
 */
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../test/support/chromium.js';

const [url = 'http://127.0.0.1:5173/', outdir = '/tmp', vertical = 'general'] = process.argv.slice(2);

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: chromiumArgs,
});
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url);
    await page.selectOption('#vertical', vertical);
    await page.click('#fill');
    const consent = page.locator('juspay-session-checkout input[name=consent]');
    if (await consent.count()) await consent.check();
    await page.screenshot({ path: `${outdir}/demo-${vertical}-${width}-form.png`, fullPage: true });
    await page.locator('juspay-session-checkout button[type=submit]').click();
    await page.locator('juspay-session-checkout button[data-status=charged]').waitFor();
    await page.screenshot({ path: `${outdir}/demo-${vertical}-${width}-hypercheckout.png`, fullPage: true });
    await page.locator('juspay-session-checkout button[data-status=charged]').click();
    await page.locator('#event-log li[data-event=juspay-payment-success]').waitFor();
    await page.screenshot({ path: `${outdir}/demo-${vertical}-${width}-success.png`, fullPage: true });
    const events = await page.locator('#event-log li strong').allTextContents();
    console.log(width, events.reverse().join(' → '));
    await page.close();
  }
} finally {
  await browser.close();
}
