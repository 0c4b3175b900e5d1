import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumArgs, findChromium } from '../test/support/chromium.js';
const server = await createServer({ configFile: 'demo/vite.config.ts', server: { port: 0 }, logLevel: 'warn' });
await server.listen();
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
await page.goto(server.resolvedUrls!.local[0]!);
await page.selectOption('#vertical', 'mandate');
await page.waitForTimeout(500);
console.log(await page.evaluate(() => {
  const root = document.querySelector('juspay-session-checkout')!.shadowRoot!;
  const node = root.querySelector<HTMLInputElement>('input[name=consent]')!;
  node.scrollIntoView({ block: 'center' });
  const box = node.getBoundingClientRect();
  const label = node.labels![0]!;
  const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
  const row = node.parentElement!.getBoundingClientRect();
  return { box: box.toJSON(), row: row.toJSON(), label: label.getBoundingClientRect().toJSON(), before: getComputedStyle(label, '::before').height,
    hits: [-21, 0, 21].flatMap((dx) => [-21, 0, 21].map((dy) => { const h = root.elementFromPoint(x + dx, y + dy); return `${dx},${dy}:${h?.localName}.${h?.className}`; })) };
}));
await browser.close(); await server.close();
