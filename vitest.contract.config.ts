import { defineConfig } from 'vitest/config';

/** `npm run contract`: one suite per provider against the emulator (default), the mock server or a real target. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['contract/**/*.contract.test.ts'],
    globalSetup: ['contract/global-setup.ts'],
    testTimeout: 20000,
    // One shared mock server: a suite that flips a global switch (strict auth, time scale) must run alone.
    fileParallelism: false,
  },
});
