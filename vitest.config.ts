import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Compiles the runes of the islands' *.svelte.ts state modules, so they run in the unit tests
  // (a test file chooses a browser-like environment with `// @vitest-environment happy-dom`).
  plugins: [svelte({ configFile: false })],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Property-based tests run many cases; keep the default timeout honest but roomy.
    testTimeout: 30_000,
  },
});
