// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'src/schemas/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Islands run in the browser.
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { globals: { ...globals.browser }, parserOptions: { parser: tseslint.parser } },
  },
  {
    // The engine runs in the browser, at build time and in the CLI: no file system,
    // no DOM, no framework. Pages, islands and the CLI are the shells around it.
    files: ['src/core/**/*.ts', 'src/render/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'child_process'],
              message: 'src/core and src/render are pure: read and write files in src/node or src/cli.',
            },
            {
              group: ['astro', 'astro:*', 'svelte', 'svelte/*', 'chart.js', 'chart.js/*', 'mermaid'],
              message: 'src/core and src/render run without a framework or a browser library.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process', 'fetch'],
    },
  },
);
