/**
 * `npm run screenshots`: starts the demo (as `npm start` does, on a free port) and screenshots every
 * vertical in every state a customer meets (empty, errors, busy, success, pending, cancelled,
 * failed) at 375 and 1280 px, into screenshots/ (git-ignored): the element, at 320 px too, and
 * at 375 px what the customer sees without scrolling (`-viewport.png`). Each state is also checked with
 * axe-core, best practices included, on the demo page, which has its own <h1>; the script lists
 * what axe finds (a colour contrast it cannot decide included), what overflows at 320 px, an outcome
 * out of view at 375 px, every tap target under 44 × 44 px, and exits 1 if there is any.
 * Usage: npm run screenshots [-- <outdir> [<vertical>,…]]
 */
import { mkdir, readFile } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';
import { verticals } from '../src/contract/verticals.js';
import { chromiumArgs, findChromium } from '../test/support/chromium.js';

const outdir = process.argv[2] ?? 'screenshots';
/** Optionally only some verticals, e.g. `npm run screenshots -- screenshots general,travel`. */
const only = process.argv[3]?.split(',');
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
  await checkout(page).locator(messageOf(state)).waitFor();
}

interface AxeResult {
  id: string;
  nodes: { target: unknown[]; any: { message: string }[] }[];
}

async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: unknown, options: unknown) => Promise<Record<'violations' | 'incomplete' | 'passes', AxeResult[]>>; utils: { shadowSelect: (target: unknown[]) => Element } };
    };
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    // A contrast axe cannot decide is not a pass. Text a scrolling box clips (the event log's older entries) is
    // checked again in view; a mark of symbols only (✓, !) is in its box's text colour, which axe checks.
    const undecided: AxeResult['nodes'] = [];
    for (const node of result.incomplete.find((rule) => rule.id === 'color-contrast')?.nodes ?? []) {
      if (/non-text characters/.test(node.any[0]?.message ?? '')) continue;
      const element = axe.utils.shadowSelect(node.target);
      element.scrollIntoView({ block: 'nearest' });
      if (!(await axe.run(element, { runOnly: ['color-contrast'] })).passes.length) undecided.push(node);
    }
    const violations = undecided.length ? [...result.violations, { id: 'color-contrast undecided', nodes: undecided }] : result.violations;
    return violations.map(
      (rule) => `${rule.id}: ${rule.nodes.map((node) => `${JSON.stringify(node.target)} (${node.any[0]?.message ?? ''})`).join(', ')}`,
    );
  });
}

/**
 * Controls a finger can miss, on the page and in every shadow root: any under 44 × 44 px, except a checkbox or
 * radio whose 44 px square from its left edge, hit-tested, is all the box or its label (a tap on the label ticks it).
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const roots: (Document | ShadowRoot)[] = [document];
    for (const root of roots) {
      for (const node of root.querySelectorAll<HTMLElement>('*')) {
        if (node.shadowRoot) roots.push(node.shadowRoot);
        if (!node.matches('a[href], button, input, select, textarea, summary')) continue;
        let box = node.getBoundingClientRect();
        if (!box.width || !box.height || (box.width >= 44 && box.height >= 44)) continue;
        if (node instanceof HTMLInputElement && /^(checkbox|radio)$/.test(node.type)) {
          node.scrollIntoView({ block: 'center' });
          box = node.getBoundingClientRect();
          // The square from the box's left edge, centred on it: the row the box starts.
          const [x, y] = [box.left, box.top + box.height / 2 - 22];
          const hits = [1, 22, 43].flatMap((dx) => [1, 22, 43].map((dy) => root.elementFromPoint(x + dx, y + dy)));
          if (hits.every((hit) => hit === node || [...(node.labels ?? [])].some((label) => label.contains(hit)))) continue;
        }
        const name = node.getAttribute('name') ?? node.id;
        small.push(`${node.localName}${name ? ` ${name}` : ''} "${(node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return small;
  });
}

/** Where the state's message is: the outcome screen, or the notice above the button. */
const messageOf = (state: State) => (state === 'success' || state === 'pending' ? '[part=outcome]' : '[part=notice]');

try {
  for (const width of [375, 1280]) {
    // One context per width: its pages share the HTTP cache, so each load is quick.
    const context = await browser.newContext({ viewport: { width, height: width === 375 ? 812 : 900 }, reducedMotion: 'reduce' });
    for (const vertical of verticals.filter((name) => !only || only.includes(name))) {
      for (const state of states) {
        const page = await context.newPage();
        await page.goto(url);
        await page.selectOption('#vertical', vertical);
        await reach(page, state);
        await page.waitForTimeout(150);
        const name = `${outdir}/${vertical}-${state}-${width}`;
        const report = (problem: string) => problems.push(`${vertical} ${state} ${width}: ${problem}`);
        if (width === 375 && choices[state]) {
          // The outcome, or what went wrong, must be on screen without scrolling once the payment window closes.
          const box = await checkout(page).locator(messageOf(state)).evaluate((node) => node.getBoundingClientRect().toJSON() as DOMRect);
          if (box.top < 0 || box.bottom > 812) report(`${state} message not in view (${Math.round(box.top)}–${Math.round(box.bottom)} px)`);
          await page.screenshot({ path: `${name}-viewport.png` });
        }
        await checkout(page).screenshot({ path: `${name}.png` });
        if (state === 'empty') await page.screenshot({ path: `${outdir}/${vertical}-page-${width}.png`, fullPage: true });
        for (const violation of await axe(page)) report(`axe ${violation}`);
        for (const target of await smallTargets(page)) report(`tap target ${target}`);
        if (width === 375) {
          await page.setViewportSize({ width: 320, height: 812 });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          if (overflow > 0) problems.push(`${vertical} ${state} 320: ${overflow} px of horizontal scroll`);
          await checkout(page).screenshot({ path: `${outdir}/${vertical}-${state}-320.png` });
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
