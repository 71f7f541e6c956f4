import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and listener tests start real servers: keep parallelism modest on a 2-core machine.
    maxWorkers: 2,
  },
});
