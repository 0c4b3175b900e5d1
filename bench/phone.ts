/**
 * A phone, through Chrome DevTools Protocol: 4× CPU slowdown, 1.6 Mbps down, 750 kbps up and
 * 150 ms round trips (Lighthouse's mobile profile), cache off, a fresh context per load.
 * - Cold loads, paired per vertical: the drop-in page against a page of the same static form
 *   (same markup and stylesheet, in a declarative shadow root), navigation to interactive form.
 * - Long tasks during the drop-in's load and a customer's key-by-key fill on that profile.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { verticals } from '../src/contract/verticals.js';
import { bundlePage, type BenchServer } from './server.js';
import { fillAsCustomer } from './customer.js';
import { median, ms, results, rows } from './report.js';
import type { ControlInfo } from './pages/values.js';

export const PHONE = { cpuSlowdown: 4, latencyMs: 150, downloadKbps: 1.6 * 1024, uploadKbps: 750 };
const PAIRS = 3;
const BUDGET = { longTasks: 0 };

interface Load {
  /** ms from navigation start. */
  interactive: number;
  html: number;
  fcp: number;
  /** Each JS file's request start and response end, in order of request. */
  scripts: { path: string; start: number; end: number }[];
  defined?: number;
  longTasks: { start: number; duration: number }[];
}

const probeScript = bundlePage('load-probe.ts');

async function phonePage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, deviceScaleFactor: 1, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: (PHONE.downloadKbps * 1024) / 8,
    uploadThroughput: (PHONE.uploadKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  await page.addInitScript({ content: await probeScript });
  return { context, page };
}

async function load(page: Page, url: string): Promise<Load> {
  await page.goto(url);
  await page.waitForFunction(() => window.loadProbe.interactiveAt !== undefined, undefined, { timeout: 60_000 });
  await page.waitForTimeout(200); // let a paint entry land
  return page.evaluate(() => {
    const probe = window.loadProbe;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname))
      .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime, end: entry.responseEnd }));
    return {
      interactive: probe.interactiveAt!,
      html: navigation.responseEnd,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      scripts,
      ...(probe.definedAt === undefined ? {} : { defined: probe.definedAt }),
      longTasks: probe.longTasks,
    };
  });
}

/** The static form of one vertical, served as a page of its own: no script but the one noting when it is there. */
async function staticFormPage(bench: Page, server: BenchServer, vertical: string): Promise<string> {
  const { css, markup } = await bench.evaluate((v) => window.bench.staticPage(v), vertical);
  const path = `/static-form-${vertical}.html`;
  server.setPage(
    path,
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checkout</title>
</head>
<body>
<main>
<h1>Checkout</h1>
<div id="static-form"><template shadowrootmode="open"><style>${css}</style>${markup}</template></div>
<script>document.getElementById('static-form').shadowRoot.querySelector('form').getBoundingClientRect(); window.loadProbe.interactiveAt = performance.now();</script>
</main>
</body>
</html>
`,
  );
  return `${server.origin}${path}`;
}

const over50 = (tasks: Load['longTasks']) => tasks.filter((task) => task.duration > 50);

export async function measurePhone(browser: Browser, server: BenchServer, bench: Page, fields: Record<string, ControlInfo[]>): Promise<void> {
  const perVertical: Record<string, unknown> = {};
  const longTasks: Record<string, { load: Load['longTasks']; fill: Load['longTasks'] }> = {};
  /** The same load and fill on the static form page: what the profile and the machine cost with no script at all. */
  const staticLongTasks: Record<string, { load: Load['longTasks']; fill: Load['longTasks'] }> = {};
  for (const vertical of verticals) {
    const controls = fields[vertical]!;
    const widgetUrl = `${server.origin}/drop-in.html?vertical=${vertical}&controls=${controls.length}`;
    const staticUrl = await staticFormPage(bench, server, vertical);
    const widget: Load[] = [];
    const statics: Load[] = [];
    for (let pair = 0; pair < PAIRS; pair++) {
      for (const which of pair % 2 ? ['static', 'widget'] : ['widget', 'static']) {
        const { context, page } = await phonePage(browser);
        const measured = await load(page, which === 'widget' ? widgetUrl : staticUrl);
        (which === 'widget' ? widget : statics).push(measured);
        if (pair === 0) {
          // The customer, on the same throttled page: every control, key by key.
          const from = measured.interactive;
          await fillAsCustomer(page.locator(which === 'widget' ? 'juspay-session-checkout' : '#static-form'), controls, { keyByKey: true });
          await page.keyboard.press('Tab');
          await page.waitForTimeout(300);
          const all = await page.evaluate(() => window.loadProbe.longTasks);
          (which === 'widget' ? longTasks : staticLongTasks)[vertical] = { load: all.filter((task) => task.start < from), fill: all.filter((task) => task.start >= from) };
        }
        await context.close();
      }
    }
    const m = (loads: Load[], pick: (load: Load) => number | undefined) => median(loads.map(pick).filter((v): v is number => v !== undefined));
    const entry = (load: Load) => load.scripts.find((script) => script.path.endsWith('.iife.js'))?.end;
    const lastScript = (load: Load) => Math.max(...load.scripts.filter((script) => script.start <= load.interactive).map((script) => script.end));
    const breakdown = {
      widget: { html: m(widget, (l) => l.html), entry: m(widget, entry), scripts: m(widget, lastScript), defined: m(widget, (l) => l.defined), interactive: m(widget, (l) => l.interactive), fcp: m(widget, (l) => l.fcp) },
      static: { html: m(statics, (l) => l.html), interactive: m(statics, (l) => l.interactive), fcp: m(statics, (l) => l.fcp) },
    };
    perVertical[vertical] = { breakdown, widget, static: statics };
    rows.push({
      figure: `phone: ${vertical}, navigation → interactive form, drop-in vs static page`,
      value: `${ms(breakdown.widget.interactive)} vs ${ms(breakdown.static.interactive)} (+${ms(breakdown.widget.interactive - breakdown.static.interactive)}); FCP ${ms(breakdown.widget.fcp)} vs ${ms(breakdown.static.fcp)}`,
      budget: '—',
    });
    rows.push({
      figure: '  drop-in: HTML / entry script / last script / element defined / form (medians)',
      value: [breakdown.widget.html, breakdown.widget.entry, breakdown.widget.scripts, breakdown.widget.defined, breakdown.widget.interactive].map(ms).join(' / '),
      budget: '—',
    });
  }
  const count = (tasks: typeof longTasks) => {
    const counted = Object.entries(tasks).map(([vertical, { load, fill }]) => ({ vertical, load: over50(load), fill: over50(fill) }));
    const total = counted.reduce((sum, entry) => sum + entry.load.length + entry.fill.length, 0);
    const list = counted.map((entry) => `${entry.vertical} ${entry.load.length}+${entry.fill.length}${[...entry.load, ...entry.fill].length ? ` [${[...entry.load, ...entry.fill].map((task) => Math.round(task.duration)).join(', ')} ms]` : ''}`);
    return { total, value: `${total} (${list.join(', ')})` };
  };
  const widgetTasks = count(longTasks);
  results.phone = { profile: PHONE, pairs: PAIRS, perVertical, longTasks, staticLongTasks };
  rows.push({
    figure: 'phone: long tasks > 50 ms during load and a key-by-key fill',
    value: widgetTasks.value,
    budget: `${BUDGET.longTasks}`,
    pass: widgetTasks.total <= BUDGET.longTasks,
  });
  rows.push({ figure: '  the same load and fill of the static form page (no script)', value: count(staticLongTasks).value, budget: '—' });
}
