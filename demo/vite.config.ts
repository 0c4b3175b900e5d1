// `npm start`: the demo page, with a dev-server session endpoint that runs the real server
// companion against the local Juspay double (or Juspay's sandbox when JUSPAY_* variables are set).
import { defineConfig, type Plugin } from 'vite';
import { demoBackend } from './backend.js';

function backend(): Plugin {
  return {
    name: 'juspay-demo-backend',
    async configureServer(server) {
      const { middleware, close } = await demoBackend();
      server.middlewares.use(middleware);
      server.httpServer?.once('close', () => void close());
    },
    async configurePreviewServer(server) {
      const { middleware, close } = await demoBackend();
      server.middlewares.use(middleware);
      server.httpServer?.once('close', () => void close());
    },
  };
}

export default defineConfig({
  root: 'demo',
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { outDir: '../dist-demo', emptyOutDir: true },
  plugins: [backend()],
});
