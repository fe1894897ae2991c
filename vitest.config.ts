import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // End-to-end files build and ingest in beforeAll; on a busy two-core machine that takes a while.
    hookTimeout: 120_000,
  },
});
