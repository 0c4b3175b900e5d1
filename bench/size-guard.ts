/**
 * `npm run size:guard`, CI's size regression guard (issue 19), against `bench/size-guard.json`:
 * - each vertical's critical path, measured as `npm run bench` measures it: the drop-in page in
 *   Chromium, every JS and JSON file fetched before the form is interactive, each gzipped;
 * - the total: the entry and every chunk, each gzipped.
 * Needs `dist/` built and a Chromium; exits 1 over a limit. About ten seconds.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../test/support/chromium.js';
import { verticals } from '../src/contract/verticals.js';
import { criticalPath } from './drop-in.js';
import { startServer } from './server.js';
import { scriptTagFiles } from './size.js';

interface Guard {
  criticalPath: { limit: number; why: string };
  total: { limit: number; why: string };
}

const guard = JSON.parse(await readFile(join(import.meta.dirname, 'size-guard.json'), 'utf8')) as Guard;
const server = await startServer();
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
let failed = 0;
const report = (name: string, bytes: number, limit: number, detail = '') => {
  const over = bytes > limit;
  if (over) failed++;
  console.log(`${over ? '✖' : '✔'} ${name}: ${bytes} B gzip, limit ${limit} B${over ? `, over by ${bytes - limit} B` : ''}${detail}`);
};
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/bench.html`);
  await page.waitForFunction(() => Boolean(window.bench) && Boolean(customElements.get('juspay-session-checkout')));
  for (const vertical of verticals) {
    const controls = (await page.evaluate((v) => window.bench.controls(v), vertical)).length;
    const path = await criticalPath(browser, server, vertical, controls);
    report(`critical path, ${vertical}`, path.bytes, guard.criticalPath.limit, ` (${path.files.map((file) => file.path).join(', ')})`);
  }
  const total = await scriptTagFiles();
  report('total the drop-in can load', total.bytes, guard.total.limit, ` (${total.code.length} files)`);
} finally {
  await browser.close();
  await server.close();
}
console.log(failed ? `\n${failed} over the guard in bench/size-guard.json.` : '\nWithin bench/size-guard.json.');
process.exit(failed ? 1 : 0);
