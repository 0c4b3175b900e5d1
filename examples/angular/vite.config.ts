/**
 * Bundles the Angular app the way Angular's own builder does, in two plugins:
 * - the app's .ts files are replaced by what Angular's compiler (`ngc -p examples/angular`, run first by
 *   examples/build.ts) made of them ahead of time, in .aot/;
 * - Angular's packages ship partially compiled (`ɵɵngDeclare…`); the Angular linker, a Babel plugin, finishes
 *   them (@babel/core is pinned to the version @angular/compiler-cli depends on, so there is one copy).
 */
import { transformAsync } from '@babel/core';
import angularLinker from '@angular/compiler-cli/linker/babel';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const app = fileURLToPath(new URL('.', import.meta.url));
const compiled = fileURLToPath(new URL('.aot/examples/angular/', import.meta.url));

const aheadOfTime: Plugin = {
  name: 'angular-aot-output',
  enforce: 'pre',
  load(id) {
    if (!id.startsWith(app) || !id.endsWith('.ts') || id.includes('/.aot/')) return undefined;
    return readFile(`${compiled}${id.slice(app.length).replace(/\.ts$/, '.js')}`, 'utf8');
  },
};

const linker: Plugin = {
  name: 'angular-linker',
  async transform(code, id) {
    if (!/[\\/]node_modules[\\/]@angular[\\/]/.test(id) || !code.includes('ɵɵngDeclare')) return undefined;
    const result = await transformAsync(code, {
      filename: id,
      plugins: [[angularLinker, { linkerJitMode: false }]],
      compact: false,
      sourceMaps: true,
      configFile: false,
      babelrc: false,
    });
    return result?.code ? { code: result.code, map: result.map } : undefined;
  },
};

export default defineConfig({
  plugins: [aheadOfTime, linker],
  // What Angular's builder sets for a production build: no dev-mode checks, no JIT compiler.
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
});
