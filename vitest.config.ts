import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property-based tests run thousands of cases; on a busy 2-core machine that can pass 5 s.
    testTimeout: 20_000,
  },
});
