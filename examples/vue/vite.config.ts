import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    vue({
      // Without this Vue tries to resolve <juspay-session-checkout> as a Vue component and warns.
      template: { compilerOptions: { isCustomElement: (tag) => tag === 'juspay-session-checkout' } },
    }),
  ],
});
