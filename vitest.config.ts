import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['__tests__/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['vitest.setup.ts'],
    // Most of the suite's time is real-time waiting (the end-to-end files spawn dist/index.js
    // against an emulator whose jobs take real milliseconds), not CPU: on 2 cores, Vitest's default
    // of one worker per core less one ran the files one at a time (about 160 s). Four files at
    // once keep both cores busy (about 50 s).
    maxWorkers: Math.max(4, availableParallelism()),
    // A hang guard, not a bound on speed: generous so that a loaded machine does not fail a test.
    testTimeout: 60_000,
  },
})
