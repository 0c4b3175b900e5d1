/**
 * The script-tag drop-in as `npm run build:script` makes it: a classic entry that loads ES chunks
 * from beside itself. Built here into a temporary folder with the repo's own vite.config.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { build } from 'vite';
import { languages } from '../../src/i18n/localize.js';

const repo = join(import.meta.dirname, '../..');

test('the script-tag build emits a classic entry and more than one file beside it, all linked', async (t) => {
  const outDir = await mkdtemp(join(tmpdir(), 'script-build-'));
  t.after(() => rm(outDir, { recursive: true, force: true }));
  await build({ root: repo, configFile: join(repo, 'vite.config.ts'), logLevel: 'warn', build: { outDir } });
  const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.js')).sort();
  assert.ok(files.includes('juspay-session-checkout.iife.js'), files.join(', '));
  assert.ok(files.length > 1, `more than one file: ${files.join(', ')}`);

  const entry = await readFile(join(outDir, 'juspay-session-checkout.iife.js'), 'utf8');
  // A classic script: parses as a script (a static import or export would not), with no import.meta.
  assert.doesNotThrow(() => new Script(entry));
  assert.doesNotMatch(entry, /import\.meta/);
  assert.match(entry, /document\.currentScript/);
  assert.match(entry, /\.\/juspay-session-checkout\/element\.js/);

  // Every chunk the others import, statically or with import(), is there under the name asked for.
  for (const file of files.filter((name) => name !== 'juspay-session-checkout.iife.js')) {
    const code = await readFile(join(outDir, file), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:from|import\()\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
      assert.ok(existsSync(join(outDir, dirname(file), specifier!)), `${file} imports ${specifier}, which is missing`);
    }
    assert.doesNotMatch(code, /\bassets\//, `${file} inlines no asset map`);
  }
  // Each language beside the chunk that fetches it: `new URL('./locales/…', import.meta.url)`.
  for (const language of languages.filter((code) => code !== 'en')) {
    assert.ok(existsSync(join(outDir, 'juspay-session-checkout/locales', `${language}.json`)), `locales/${language}.json`);
  }
});
