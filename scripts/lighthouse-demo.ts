/**
 * Lighthouse (accessibility, best practices) on the demo's production build, in the system Chromium.
 * Usage: npm run lighthouse. Builds the demo, serves it with `vite preview`, prints the scores.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build, preview } from 'vite';
import { chromiumArgs, findChromium } from '../test/support/chromium.js';

const config = 'demo/vite.config.ts';
await build({ configFile: config, logLevel: 'warn' });
const server = await preview({ configFile: config, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', ...chromiumArgs],
});
try {
  const result = await lighthouse(url, {
    port: chrome.port,
    onlyCategories: ['accessibility', 'best-practices'],
    logLevel: 'error',
  });
  const categories = result?.lhr.categories ?? {};
  for (const category of Object.values(categories)) console.log(`${category.title}: ${Math.round((category.score ?? 0) * 100)}`);
  for (const audit of Object.values(result?.lhr.audits ?? {})) {
    if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log(`  failing: ${audit.id} — ${audit.title}`);
  }
} finally {
  await chrome.kill();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
// Lighthouse leaves handles open once the scores are printed.
process.exit(0);
