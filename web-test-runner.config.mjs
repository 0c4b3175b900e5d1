// Runs the browser tests in the system Chromium. Started with `--import tsx` (see package.json)
// so the test endpoints below use the real server companion and Juspay double from src/.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, findChromium } from './test/support/chromium.ts';
import { blockableFiles } from './test/support/blockable-files.ts';
import { testEndpoints } from './test/support/test-endpoints.ts';

const executablePath = findChromium();

const endpoints = await testEndpoints();

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [endpoints.middleware, blockableFiles()],
  plugins: [esbuildPlugin({ ts: true, target: 'esnext' }), { name: 'juspay-double', serverStop: endpoints.close }],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
};
