/**
 * The script-tag drop-in as a merchant's page loads it, each measurement on a fresh browser context:
 * - the critical path: every JS and JSON file the page fetched before the form was interactive
 *   (from Chromium's network log), each gzipped, per vertical;
 * - the total: every file the drop-in can ever load (the entry and all its chunks), each gzipped;
 * - the first Pay click with nothing preloaded: `submit()` at once on a fresh page.
 */
import type { Browser, Response } from 'playwright-core';
import { verticals } from '../src/contract/verticals.js';
import { bundlePage, type BenchServer } from './server.js';
import { kb, median, ms, results, rows } from './report.js';
import { gzip, scriptTagFiles } from './size.js';
import type { ControlInfo } from './pages/values.js';

export const BUDGET = {
  criticalPathGzipBytes: 15_000,
  totalGzipBytes: 30_000,
};
const COLD_PAY_RUNS = 10;

export interface CriticalPath {
  bytes: number;
  files: { path: string; gzip: number }[];
  interactiveMs: number;
}

const probeScript = bundlePage('load-probe.ts');

/** Loads `url` in a fresh context with the load probe; resolves once the form is interactive. */
async function coldPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: await probeScript });
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url);
  await page.waitForFunction(() => window.loadProbe.interactiveAt !== undefined, undefined, { timeout: 30_000 });
  return { context, page, responses };
}

const isCode = (response: Response) => /javascript|json/.test(response.headers()['content-type'] ?? '');

/** What one vertical's page fetched, JS and JSON, before every control and the Pay button were rendered. */
export async function criticalPath(browser: Browser, server: BenchServer, vertical: string, controls: number): Promise<CriticalPath> {
  const { context, page, responses } = await coldPage(browser, `${server.origin}/drop-in.html?vertical=${vertical}&controls=${controls}`);
  try {
    const { interactiveAt, requested } = await page.evaluate(() => ({
      interactiveAt: window.loadProbe.interactiveAt!,
      requested: performance.getEntriesByType('resource').map((entry) => ({ name: entry.name, start: entry.startTime })),
    }));
    const early = new Set(requested.filter((entry) => entry.start <= interactiveAt).map((entry) => entry.name));
    const files = [];
    for (const response of responses) {
      if (!early.has(response.url()) || !isCode(response)) continue;
      files.push({ path: new URL(response.url()).pathname, gzip: gzip(await response.body()) });
    }
    return { bytes: files.reduce((sum, file) => sum + file.gzip, 0), files, interactiveMs: interactiveAt };
  } finally {
    await context.close();
  }
}

export async function measureCriticalPaths(browser: Browser, server: BenchServer, fields: Record<string, ControlInfo[]>): Promise<void> {
  const perVertical: Record<string, CriticalPath> = {};
  for (const vertical of verticals) {
    const path = (perVertical[vertical] = await criticalPath(browser, server, vertical, fields[vertical]!.length));
    rows.push({
      figure: `critical path: ${vertical}, gzip, JS + JSON before the form is interactive`,
      value: `${kb(path.bytes)} in ${path.files.length} files (${path.files.map((file) => `${file.path.replace(/^\/dist\//, '')} ${file.gzip}`).join(', ')})`,
      budget: `≤ ${BUDGET.criticalPathGzipBytes} B (15 kB)`,
      pass: path.bytes <= BUDGET.criticalPathGzipBytes,
    });
  }
  const total = await scriptTagFiles();
  const locales = total.locales.map((file) => file.gzip);
  results.dropIn = { criticalPath: perVertical, total };
  rows.push({
    figure: 'total: everything the drop-in can load (entry + every chunk, each gzip)',
    value: `${kb(total.bytes)} in ${total.code.length} files; plus one language's strings, ${Math.min(...locales)}–${Math.max(...locales)} B each`,
    budget: `≤ ${BUDGET.totalGzipBytes} B (30 kB)`,
    pass: total.bytes <= BUDGET.totalGzipBytes,
  });
}

/** The first Pay click on fresh pages, each against the preloaded click's median from the same run. */
export async function measureColdPay(browser: Browser, server: BenchServer, preloadedMs: number): Promise<void> {
  const samples: number[] = [];
  let failures = 0;
  for (let run = 0; run < COLD_PAY_RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/drop-in.html?harness`);
    await page.waitForFunction(() => Boolean(window.bench));
    const elapsed = await page.evaluate(() => window.bench.coldPay('general'));
    if (elapsed === undefined) failures++;
    else samples.push(elapsed);
    await context.close();
  }
  const cold = median(samples);
  results.coldPay = { samples, failures, medianMs: cold, preloadedMs };
  rows.push({
    figure: 'first Pay click, nothing preloaded (fresh page: chunks and SDK cold)',
    value: `${ms(cold)}, ${ms(cold - preloadedMs)} over the preloaded click${failures ? ` (${failures} runs failed)` : ''}`,
    budget: '—',
    pass: failures ? false : undefined,
  });
}
