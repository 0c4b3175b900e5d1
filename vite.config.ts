// The script-tag drop-in. Vite's IIFE build cannot code-split (rolldown inlines a dynamic import()),
// so it is built in two parts: the element as ES chunks in juspay-session-checkout/ (this build), and
// a small classic entry, juspay-session-checkout.iife.js, that imports them from beside itself
// (src/loader/script-entry.ts, built as an IIFE when this build closes). The npm ESM build is tsc's.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { build, defineConfig } from 'vite';

/** The folder beside the entry that holds the chunks and locales/. */
const CHUNKS = 'juspay-session-checkout';
const target = 'es2022';

export default defineConfig({
  base: './',
  plugins: [
    {
      // The npm build imports each catalogue (a chunk per language); here they are fetched from
      // locales/ beside the chunk instead, so no language counts among the chunks.
      name: 'locales-beside-the-chunk',
      enforce: 'pre',
      transform: (code, id) =>
        id.endsWith('/src/i18n/localize.ts')
          ? { code: code.replace('const loadCatalogue = importCatalogue;', 'const loadCatalogue = fetchCatalogue;'), map: null }
          : null,
    },
    {
      // Lit's html`` and css`` literals keep their source indentation; the JS minifier leaves strings alone.
      name: 'minify-literals',
      transform: (code, id) => (/\/src\/.*\.ts$/.test(id) ? minifyHTMLLiterals(code, { fileName: id }) : null),
    },
    (() => {
      let outDir = 'dist';
      let sourcemap: boolean | 'inline' | 'hidden' = true;
      return {
        name: 'script-entry',
        apply: 'build',
        configResolved(config) {
          ({ outDir, sourcemap } = config.build);
        },
        // dist/ also holds tsc's build, so it is not emptied: only the chunks of an earlier build go.
        buildStart: () => rmSync(join(outDir, CHUNKS), { recursive: true, force: true }),
        async closeBundle() {
          cpSync('src/i18n/locales', join(outDir, CHUNKS, 'locales'), { recursive: true });
          await build({
            configFile: false,
            logLevel: 'warn',
            build: {
              outDir,
              emptyOutDir: false,
              target,
              sourcemap,
              lib: { entry: 'src/loader/script-entry.ts', name: 'JuspaySessionCheckoutLoader', formats: ['iife'], fileName: () => `${CHUNKS}.iife.js` },
            },
          });
        },
      };
    })(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target,
    sourcemap: true,
    copyPublicDir: false,
    // Library mode, so no app runtime (Vite's preload helper) wraps the chunks' import() calls;
    // minified whole, which library mode leaves to the output options.
    lib: { entry: { element: 'src/element/define.ts' }, formats: ['es'], fileName: (_format, name) => `${CHUNKS}/${name}.js` },
    rolldownOptions: {
      // The entry registers the element; nothing imports its exports.
      preserveEntrySignatures: false,
      output: { chunkFileNames: `${CHUNKS}/[name]-[hash].js`, minify: true, comments: false },
    },
  },
});
