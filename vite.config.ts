// The script-tag drop-in. Vite's IIFE build cannot code-split (rolldown inlines a dynamic import()),
// so it is built in two parts: the element as ES chunks in juspay-session-checkout/ (this build), and
// a small classic entry, juspay-session-checkout.iife.js, that imports them from beside itself
// (src/loader/script-entry.ts, built as an IIFE when this build closes). The npm ESM build is tsc's.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify as terser } from 'terser';
import { build, defineConfig, type Plugin } from 'vite';

/** The folder beside the entry that holds the chunks and locales/. */
const CHUNKS = 'juspay-session-checkout';
const target = 'es2022';

/** Terser's extra passes after rolldown's minifier, about 1 % fewer gzip bytes per chunk (and the entry). */
const terserPasses: Plugin = {
  // On the written files, source maps composed: a chunk's map as Vite hands it over does not match its code.
  name: 'terser-passes',
  apply: 'build',
  async writeBundle(options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const path = join(options.dir ?? 'dist', chunk.fileName);
      const map = chunk.map ? readFileSync(`${path}.map`, 'utf8') : undefined;
      const result = await terser(readFileSync(path, 'utf8'), {
        // The entry is a classic script: not strict, and its top level is the page's.
        module: options.format === 'es',
        ecma: 2020,
        compress: { passes: 3, unsafe_arrows: true },
        format: { comments: false },
        sourceMap: map ? { content: map, url: `${chunk.fileName.split('/').pop()}.map` } : false,
      });
      writeFileSync(path, result.code!);
      if (map && typeof result.map === 'string') writeFileSync(`${path}.map`, result.map);
    }
  },
};

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
    terserPasses,
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
            plugins: [terserPasses],
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
      // Terser's passes take seconds by design: no timing warning for them.
      checks: { bundlerTimings: false },
      output: { chunkFileNames: `${CHUNKS}/[name]-[hash].js`, minify: true, comments: false },
    },
  },
});
