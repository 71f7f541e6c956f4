import { configDefaults, defineConfig } from 'vitest/config';

/** The bounded load test measures throughput and memory: it runs last, alone, once every other file is done. */
const LOAD_TEST = 'test/hardening/load.test.ts';

export default defineConfig({
  test: {
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and listener tests start real servers: keep parallelism modest on a 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'tlstest', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, LOAD_TEST], sequence: { groupOrder: 0 } },
      },
      { extends: true, test: { name: 'load', include: [LOAD_TEST], sequence: { groupOrder: 1 } } },
    ],
  },
});
