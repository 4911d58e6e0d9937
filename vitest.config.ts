import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['vitest.setup.ts'],
    // Integration tests spawn dist/index.js and an emulator per test; two cores only.
    testTimeout: 30_000,
  },
})
