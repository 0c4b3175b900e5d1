// The script-tag bundle: one IIFE file with Lit and zod inside. The npm ESM build is tsc's (see package.json).
import { cpSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    {
      // A classic script has no import.meta: the bundle finds locales/ through document.currentScript.
      // Removed before Vite's asset plugin, which would otherwise inline every catalogue.
      name: 'no-import-meta',
      enforce: 'pre',
      transform: (code) => (code.includes('import.meta.url') ? { code: code.replaceAll('import.meta.url', 'undefined'), map: null } : null),
    },
    {
      // Lit's html`` and css`` literals keep their source indentation; the JS minifier leaves strings alone.
      name: 'minify-literals',
      transform: (code, id) => (/\/src\/.*\.ts$/.test(id) ? minifyHTMLLiterals(code, { fileName: id }) : null),
    },
    {
      name: 'copy-locales',
      // The bundle fetches non-English strings from locales/ beside itself.
      closeBundle: () => cpSync('src/i18n/locales', 'dist/locales', { recursive: true }),
    },
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      name: 'JuspaySessionCheckout',
      formats: ['iife'],
      fileName: () => 'juspay-session-checkout.iife.js',
    },
  },
});
