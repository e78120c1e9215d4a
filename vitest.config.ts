import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Property-based tests run many cases; keep the default timeout honest but roomy.
    testTimeout: 30_000,
  },
});
