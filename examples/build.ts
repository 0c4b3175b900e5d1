/**
 * Builds each embedding example into examples/<name>/dist/ with Vite's JS API.
 * The package is imported from src/ through an alias, so no publish or prior build is needed.
 * Run it with `npm run examples:build`; test/examples/ builds and drives them in Chromium.
 */
import { execFileSync } from 'node:child_process';
import { copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig, type Plugin } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));

export const exampleNames = ['script-tag', 'esm', 'react', 'vue', 'svelte', 'angular'] as const;
export type ExampleName = (typeof exampleNames)[number];

export const exampleDir = (name: ExampleName) => `${repo}examples/${name}`;
export const exampleDist = (name: ExampleName) => `${exampleDir(name)}/dist`;

const quiet: InlineConfig = { logLevel: 'warn', clearScreen: false };

/**
 * package.json's `sideEffects` names the dist/ files that register the element; their src/
 * twins, reached through the alias, would otherwise be tree-shaken out of `import 'juspay-session-checkout'`.
 */
const registeringSources = [`${repo}src/index.ts`, `${repo}src/element/define.ts`];
const keepRegistration: Plugin = {
  name: 'keep-element-registration',
  transform(code, id) {
    return registeringSources.includes(id) ? { code, moduleSideEffects: true } : undefined;
  },
};

/** The script-tag example gets the IIFE bundle from the repo's own vite.config.ts, as `npm run build:script` makes it. */
async function buildScriptTag(): Promise<void> {
  await build({
    ...quiet,
    root: repo,
    configFile: `${repo}vite.config.ts`,
    build: { outDir: exampleDist('script-tag'), emptyOutDir: true, sourcemap: false },
  });
  for (const file of ['index.html', 'checkout.js']) await copyFile(`${exampleDir('script-tag')}/${file}`, `${exampleDist('script-tag')}/${file}`);
}

/** A Vite app: its own vite.config.ts when it has one (Vue's isCustomElement, Svelte's plugin, Angular's AOT output and linker), plus the alias to src/. */
async function buildApp(name: ExampleName): Promise<void> {
  const root = exampleDir(name);
  await build({
    ...quiet,
    root,
    configFile: existsSync(`${root}/vite.config.ts`) ? `${root}/vite.config.ts` : false,
    base: './',
    plugins: [keepRegistration],
    resolve: { alias: [{ find: /^juspay-session-checkout$/, replacement: `${repo}src/index.ts` }] },
    build: { outDir: 'dist', emptyOutDir: true },
  });
}

/** Angular's compiler first: it compiles the app ahead of time into .aot/, which the Vite build bundles. */
function compileAngular(): void {
  execFileSync(`${repo}node_modules/.bin/ngc`, ['-p', `${exampleDir('angular')}/tsconfig.json`], { stdio: 'inherit' });
}

export async function buildExample(name: ExampleName): Promise<void> {
  if (name === 'angular') compileAngular();
  await (name === 'script-tag' ? buildScriptTag() : buildApp(name));
}

export async function buildExamples(names: readonly ExampleName[] = exampleNames): Promise<void> {
  for (const name of names) await buildExample(name);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildExamples();
