/**
 * `npm run bench`: size, speed, accessibility, CSP and memory budgets in one run (issues 8, 19).
 * Drives the system Chromium with playwright-core against a loopback server; prints a table,
 * writes bench/results.json and exits 1 when any budget fails. Speed budgets are ratios taken
 * in the same run, because the machines are noisy.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../test/support/chromium.js';
import { verticals } from '../src/contract/verticals.js';
import { startServer, STRICT_CSP, type BenchServer } from './server.js';
import { attribute, esmEntrySizes, iifeSizes, type Attribution } from './size.js';
import type { ControlInfo } from './pages/values.js';
import type { AxeViolation, FormState } from './pages/harness-api.js';
import { fillAsCustomer } from './customer.js';
import { measureColdPay, measureCriticalPaths } from './drop-in.js';
import { measurePhone } from './phone.js';
import { elapsedS, kb, log, median, ms, printDetails, printTable, quantile, results, rows } from './report.js';

const BUDGET = {
  firstRenderRatio: 1.5,
  submitRatio: 2,
  inputP95Ms: 1000 / 60,
  heapGrowthBytes: 1_000_000,
  cspViolations: 0,
  axeViolations: 0,
};
const RUNS = { firstRender: 200, firstRenderWarmup: 10, submit: 30, typingRounds: 3, cycles: 500 };
const CHROMIUM_ARGS = [...chromiumArgs, '--js-flags=--expose-gc'];

/** The shared lookup, with the bench's exit code 2 for "cannot run". */
function chromiumOrExit(): string {
  try {
    return findChromium();
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    process.exit(2);
  }
}

async function openBench(browser: Browser, server: BenchServer): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  await page.goto(`${server.origin}/bench.html`);
  await page.waitForFunction(() => Boolean(window.bench) && Boolean(customElements.get('juspay-session-checkout')));
  return page;
}

// ---- size ---------------------------------------------------------------------------------------

async function measureSize(): Promise<Attribution> {
  const iife = await iifeSizes();
  const esm = await esmEntrySizes();
  const attribution = await attribute();
  results.size = { iife, esm, attribution };
  rows.push({ figure: 'size: script-tag entry, gzip', value: kb(iife.gzip), budget: '—' });
  rows.push({ figure: 'size: script-tag entry, brotli', value: kb(iife.brotli), budget: '—' });
  rows.push({ figure: 'size: script-tag entry, minified', value: kb(iife.raw), budget: '—' });
  rows.push({
    figure: 'size: ESM entry + Lit + zod (esbuild, minified), gzip',
    value: `${kb(esm.gzip)}; brotli ${esm.brotli} B; all verticals (no per-vertical entry exists)`,
    budget: '—',
  });
  return attribution;
}

// ---- speed --------------------------------------------------------------------------------------

/**
 * Each run renders the element and the static form back to back (alternating which goes first);
 * the figure is the median of the runs' own ratios, so a slow moment of the machine slows both
 * halves of one pair instead of skewing one side's median.
 */
async function measureFirstRender(page: Page, fields: Record<string, ControlInfo[]>): Promise<void> {
  const perVertical: Record<string, unknown> = {};
  for (const vertical of verticals) {
    const samples = await page.evaluate(
      ([v, runs, warmup]) => window.bench.firstRender(v, runs, warmup),
      [vertical, RUNS.firstRender, RUNS.firstRenderWarmup] as const,
    );
    const ratios = samples.element.map((element, i) => element / samples.static[i]!);
    const ratio = median(ratios);
    const spread = { p10: quantile(ratios, 0.1), p25: quantile(ratios, 0.25), p75: quantile(ratios, 0.75), p90: quantile(ratios, 0.9) };
    perVertical[vertical] = { ratio, spread, medianElementMs: median(samples.element), medianStaticMs: median(samples.static), fields: samples.fields, samples };
    rows.push({
      figure: `first render: ${vertical} (${fields[vertical]!.length} fields)`,
      value:
        `${ratio.toFixed(2)}× (IQR ${spread.p25.toFixed(2)}–${spread.p75.toFixed(2)}, p10–p90 ${spread.p10.toFixed(2)}–${spread.p90.toFixed(2)}); ` +
        `${ms(median(samples.element))} vs static ${ms(median(samples.static))}`,
      budget: `≤ ${BUDGET.firstRenderRatio}×`,
      pass: ratio <= BUDGET.firstRenderRatio,
    });
  }
  results.firstRender = { runs: RUNS.firstRender, method: 'median of paired ratios', perVertical };
}

/** Returns the preloaded first Pay click's median, which the cold click is compared with. */
async function measureSubmit(page: Page): Promise<number> {
  const samples = await page.evaluate((runs) => window.bench.submitToProcess(runs), RUNS.submit);
  const fetchMs = median(samples.fetch);
  const preloaded = median(samples.preloaded);
  const cold = median(samples.cold);
  results.submitToProcess = { medianFetchMs: fetchMs, medianPreloadedMs: preloaded, medianColdMs: cold, samples };
  const complete = samples.preloaded.length === RUNS.submit && samples.failures.length === 0;
  rows.push({ figure: 'bare fetch() round trip to the endpoint', value: ms(fetchMs), budget: '—' });
  rows.push({
    figure: 'first Pay click after idle preload: submit → process(), SDK preloaded',
    value: `${ms(preloaded)} = ${(preloaded / fetchMs).toFixed(2)}× fetch${complete ? '' : ` (${samples.failures.length} runs failed)`}`,
    budget: `≤ ${BUDGET.submitRatio}× fetch`,
    pass: complete && preloaded / fetchMs <= BUDGET.submitRatio,
  });
  const part = (key: 'beforeRequest' | 'request' | 'afterResponse') => median(samples.breakdown.map((b) => b[key]));
  rows.push({
    figure: '  of which: before the request / request / after the response',
    value: `${ms(part('beforeRequest'))} / ${ms(part('request'))} / ${ms(part('afterResponse'))} (medians)`,
    budget: '—',
  });
  rows.push({
    figure: 'submit → process(), code warm, SDK not preloaded',
    value: `${ms(cold)} = ${(cold / fetchMs).toFixed(2)}× fetch`,
    budget: '—',
  });
  for (const failure of samples.failures.slice(0, 5)) log(`submit run failed: ${failure}`);
  return preloaded;
}

async function measureTyping(page: Page): Promise<void> {
  const all: number[] = [];
  const perVertical: Record<string, { p95Ms: number; samples: number }> = {};
  for (const vertical of verticals) {
    const { samples } = await page.evaluate(([v, rounds]) => window.bench.typing(v, rounds), [vertical, RUNS.typingRounds] as const);
    all.push(...samples);
    perVertical[vertical] = { p95Ms: quantile(samples, 0.95), samples: samples.length };
  }
  const p95 = quantile(all, 0.95);
  results.typing = { p95Ms: p95, maxMs: Math.max(...all), samples: all.length, perVertical };
  rows.push({
    figure: 'input event → updated error state, p95',
    value: `${ms(p95)} (${all.length} inputs, max ${ms(Math.max(...all))})`,
    budget: `< ${ms(BUDGET.inputP95Ms)}`,
    pass: p95 < BUDGET.inputP95Ms,
  });
}

// ---- memory -------------------------------------------------------------------------------------

async function measureMemory(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => (window as unknown as { gc(): void }).gc());
      await cdp.send('HeapProfiler.collectGarbage');
    }
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return { used: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
  };
  await page.evaluate((v) => window.bench.cycles(v, 50), [...verticals]);
  const before = await settle();
  await page.evaluate(([v, n]) => window.bench.cycles(v, n), [[...verticals] as string[], RUNS.cycles] as [string[], number]);
  const after = await settle();
  const growth = after.used - before.used;
  results.memory = { cycles: RUNS.cycles, before, after, growthBytes: growth };
  rows.push({
    figure: `heap growth after ${RUNS.cycles} mount/unmount cycles + GC`,
    value: `${growth} B (${(growth / 1024).toFixed(1)} KiB); DOM nodes ${before.nodes} → ${after.nodes}, listeners ${before.listeners} → ${after.listeners}`,
    budget: `< ${BUDGET.heapGrowthBytes} B (1 MB)`,
    pass: growth < BUDGET.heapGrowthBytes,
  });
}

// ---- accessibility ------------------------------------------------------------------------------

async function measureAxe(page: Page): Promise<void> {
  const states: FormState[] = ['empty', 'errors', 'submitting', 'failed'];
  const perVertical: Record<string, Record<string, { reached: boolean; note: string; violations: AxeViolation[] }>> = {};
  for (const vertical of verticals) {
    perVertical[vertical] = {};
    for (const state of states) {
      const prepared = await page.evaluate(([v, s]) => window.bench.prepareState(v, s), [vertical, state] as const);
      const violations = await page.evaluate(() => window.bench.axe());
      perVertical[vertical]![state] = { ...prepared, violations };
    }
    await page.evaluate(() => window.bench.clear());
    const byState = perVertical[vertical]!;
    const total = states.reduce((sum, state) => sum + byState[state]!.violations.length, 0);
    const unreached = states.filter((state) => !byState[state]!.reached);
    rows.push({
      figure: `axe-core: ${vertical} (empty, errors, submitting, failed)`,
      value:
        `${total} (${states.map((state) => byState[state]!.violations.length).join(', ')})` +
        (unreached.length ? `; state not reached: ${unreached.join(', ')}` : ''),
      budget: `${BUDGET.axeViolations}, every state reached`,
      pass: total <= BUDGET.axeViolations && unreached.length === 0,
    });
  }
  results.axe = perVertical;
}

// ---- CSP ----------------------------------------------------------------------------------------

async function measureCsp(browser: Browser, server: BenchServer): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const consoleCsp: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type|TrustedScript|TrustedHTML/i.test(message.text())) consoleCsp.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const response = await page.goto(`${server.origin}/csp.html`);
  const header = response?.headers()['content-security-policy'] ?? '';
  await page.waitForFunction(() => Boolean(window.cspBench) && Boolean(document.getElementById('checkout-general')?.shadowRoot?.querySelector('form')));
  const invalidCounts: Record<string, number> = {};
  for (const vertical of verticals) {
    if (vertical === 'general') continue;
    invalidCounts[vertical] = await page.evaluate((v) => window.cspBench.mountAndSubmitEmpty(v), vertical);
  }
  // The whole flow on the markup-declared element, typed by Playwright: fill, pay, HyperCheckout, success.
  const controls = await page.evaluate(() => window.cspBench.controls('checkout-general'));
  const element = page.locator('#checkout-general');
  await fillAsCustomer(element, controls, { keyByKey: false });
  await element.locator('button[type="submit"]').click();
  let success = true;
  try {
    await page.waitForFunction(
      () => window.cspBench.events.some((event) => event.target === 'checkout-general' && /success|failed|cancelled|pending/.test(event.name) && event.name !== 'juspay-ready'),
      undefined,
      { timeout: 15000 },
    );
  } catch {
    success = false;
  }
  await page.waitForTimeout(100);
  const { violations, events } = await page.evaluate(() => ({ violations: window.cspBench.violations, events: window.cspBench.events }));
  const outcome = events.filter((event) => event.target === 'checkout-general' && event.name !== 'juspay-ready');
  success = success && outcome.some((event) => event.name === 'juspay-payment-success');
  // Only now, after the figure's violations were read: check that a violation would have been seen.
  const consoleBeforeCanary = consoleCsp.length;
  const canaryCaught = await page.evaluate(() => window.cspBench.canary());
  consoleCsp.length = consoleBeforeCanary;
  const canary = (await page.evaluate(() => window.cspBench.violations)).slice(violations.length);
  await page.close();
  results.csp = { policy: header, canaryCaught, canary, violations, consoleCsp, pageErrors, events: outcome, invalidCounts };
  rows.push({
    figure: 'CSP: violations (strict policy, whole flow)',
    value:
      `${violations.length}` +
      (violations.length
        ? ` (${[...new Set(violations.map((v) => `${v.effectiveDirective} blocked ${v.blockedURI || '(inline)'}${v.sample ? ` "${v.sample.slice(0, 40)}"` : ''}`))].join('; ')})`
        : ''),
    budget: `${BUDGET.cspViolations}`,
    pass: violations.length <= BUDGET.cspViolations && header === STRICT_CSP && canaryCaught,
  });
  rows.push({
    figure: 'CSP: detector self-check (a deliberate new Function is reported)',
    value: canaryCaught ? `caught (${canary.map((v) => `${v.effectiveDirective} ${v.blockedURI}`).join(', ')})` : 'NOT caught: the violation count above cannot be trusted',
    budget: 'caught',
    pass: canaryCaught,
  });
  rows.push({
    figure: 'CSP: flow reaches juspay-payment-success',
    value: success ? 'yes' : `no (${outcome.map((event) => `${event.name} ${JSON.stringify(event.detail)}`).join('; ') || 'no event'})`,
    budget: 'yes',
    pass: success,
  });
}

async function main(): Promise<void> {
  const executablePath = chromiumOrExit();
  // The run must fit in 10 minutes; a hung step is a failure to report, not a wait.
  setTimeout(() => {
    process.stderr.write('bench: still running after 10 minutes; a step hung (see the last [bench] line).\n');
    process.exit(2);
  }, 600_000).unref();
  if (!existsSync(resolve(import.meta.dirname, '../dist/juspay-session-checkout.iife.js'))) {
    process.stderr.write('bench: dist/ is missing; run `npm run build` first (npm run bench does).\n');
    process.exit(2);
  }
  log('size');
  const attribution = await measureSize();
  const server = await startServer();
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    results.browser = browser.version();
    let page = await openBench(browser, server);
    const fields: Record<string, ControlInfo[]> = {};
    for (const vertical of verticals) fields[vertical] = await page.evaluate((v) => window.bench.controls(v), vertical);
    results.fields = Object.fromEntries(Object.entries(fields).map(([v, list]) => [v, list.map((c) => c.name)]));
    log('first render');
    await measureFirstRender(page, fields);
    log('typing');
    await measureTyping(page);
    log('submit → process()');
    const preloaded = await measureSubmit(page);
    log('critical path');
    await measureCriticalPaths(browser, server, fields);
    log('first Pay click, cold');
    await measureColdPay(browser, server, preloaded);
    log('phone profile');
    await measurePhone(browser, server, page, fields);
    await page.close();
    log('memory');
    page = await openBench(browser, server);
    await measureMemory(page);
    await page.close();
    log('axe-core');
    page = await openBench(browser, server);
    await measureAxe(page);
    await page.close();
    log('CSP');
    await measureCsp(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
  const os = await import('node:os');
  results.machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium: executablePath,
  };
  results.durationS = +elapsedS().toFixed(1);
  results.rows = rows;
  results.date = new Date().toISOString();
  await writeFile(join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  printTable();
  printDetails(attribution);
  const failed = rows.filter((row) => row.pass === false);
  console.log(
    `\n${rows.length} figures, ${failed.length} over budget; ${results.browser as string} on ${(results.machine as { cpus: number }).cpus} CPUs; ` +
      `${results.durationS as number} s; bench/results.json written.`,
  );
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
