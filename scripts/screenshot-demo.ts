/**
 * `npm run screenshots`: starts the demo (as `npm start` does, on a free port) and screenshots every
 * vertical in every state a customer meets (empty, errors, busy, success, pending, cancelled,
 * failed) at 375 and 1280 px, into screenshots/ (git-ignored). Each state is also checked with
 * axe-core, best practices included, on the demo page, which has its own <h1>; the script lists
 * what axe finds, what overflows at 320 px, and exits 1 if there is any.
 * Usage: npm run screenshots [-- <outdir>]
 */
import { mkdir, readFile } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';
import { verticals } from '../src/contract/verticals.js';
import { chromiumArgs, findChromium } from '../test/support/chromium.js';

const outdir = process.argv[2] ?? 'screenshots';
const states = ['empty', 'errors', 'busy', 'success', 'pending', 'cancelled', 'failed'] as const;
type State = (typeof states)[number];
/** The simulated HyperCheckout's button for each outcome. */
const choices: Partial<Record<State, string>> = {
  success: 'charged',
  pending: 'pending_vbv',
  cancelled: 'backpressed',
  failed: 'authorization_failed',
};

const axeSource = await readFile(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const server = await createServer({ configFile: 'demo/vite.config.ts', server: { port: 0 }, logLevel: 'warn' });
await server.listen();
const url = server.resolvedUrls!.local[0]!;
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const problems: string[] = [];
await mkdir(outdir, { recursive: true });

const checkout = (page: Page) => page.locator('juspay-session-checkout');

async function reach(page: Page, state: State): Promise<void> {
  if (state === 'empty') return;
  if (state === 'errors') return checkout(page).locator('button[type=submit]').click();
  await page.click('#fill');
  const consent = checkout(page).locator('input[name=consent]');
  if (await consent.count()) await consent.check();
  if (state === 'busy') {
    await page.selectOption('#fault', 'slow');
    await checkout(page).locator('button[type=submit]').click();
    await checkout(page).locator('button[aria-busy=true]').waitFor();
    return;
  }
  await checkout(page).locator('button[type=submit]').click();
  await checkout(page).locator(`button[data-status=${choices[state]}]`).click();
  await checkout(page).locator(state === 'success' || state === 'pending' ? '[part=outcome]' : '[part=notice]').waitFor();
}

async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
  });
}

try {
  for (const width of [375, 1280]) {
    // One context per width: its pages share the HTTP cache, so each load is quick.
    const context = await browser.newContext({ viewport: { width, height: width === 375 ? 812 : 900 }, reducedMotion: 'reduce' });
    for (const vertical of verticals) {
      for (const state of states) {
        const page = await context.newPage();
        await page.goto(url);
        await page.selectOption('#vertical', vertical);
        await reach(page, state);
        await page.waitForTimeout(150);
        const name = `${outdir}/${vertical}-${state}-${width}.png`;
        if (width === 375 && (state === 'success' || state === 'pending')) {
          // The outcome must be on screen without scrolling once the payment window closes.
          const box = await checkout(page).locator('[part=outcome]').boundingBox();
          const top = await page.evaluate(() => window.scrollY);
          if (!box || box.y + box.height > top + 812 || box.y < top) problems.push(`${vertical} ${state} ${width}: outcome not in view`);
        }
        await checkout(page).screenshot({ path: name });
        if (state === 'empty') await page.screenshot({ path: `${outdir}/${vertical}-page-${width}.png`, fullPage: true });
        for (const violation of await axe(page)) problems.push(`${vertical} ${state} ${width}: axe ${violation}`);
        if (width === 375) {
          await page.setViewportSize({ width: 320, height: 812 });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`${vertical} ${state} 320: ${overflow} px of horizontal scroll`);
        }
        await page.close();
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots in ${outdir}/`);
if (problems.length) {
  console.log(problems.join('\n'));
  process.exitCode = 1;
}
