// `npm start`: the demo page, with a dev-server session endpoint that runs the real server
// companion against the local Juspay double (or Juspay's sandbox when JUSPAY_* variables are set).
import { defineConfig, type Plugin, type PreviewServer, type ViteDevServer } from 'vite';
import { demoBackend } from './backend.js';

function backend(): Plugin {
  const mount = async (server: ViteDevServer | PreviewServer) => {
    const { middleware, close } = await demoBackend(() => server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/');
    server.middlewares.use(middleware);
    server.httpServer?.once('close', () => void close());
  };
  return { name: 'juspay-demo-backend', configureServer: mount, configurePreviewServer: mount };
}

/**
 * The demo runs src/ itself, and Vite's dev server answers a JSON import with JavaScript, which a
 * browser refuses for `import(…, { with: { type: 'json' } })` (vitejs/vite#19095): here the language
 * catalogues' imports lose the attribute. An app that installs the package is pre-bundled instead.
 */
const jsonImportsInDev: Plugin = {
  name: 'json-imports-in-dev',
  apply: 'serve',
  enforce: 'pre',
  transform: (code, id) =>
    id.endsWith('/src/i18n/localize.ts') ? { code: code.replace(/,\s*\{\s*with:\s*\{\s*type:\s*'json'\s*\}\s*\}/g, ''), map: null } : null,
};

export default defineConfig({
  root: 'demo',
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { outDir: '../dist-demo', emptyOutDir: true },
  plugins: [backend(), jsonImportsInDev],
});
