// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { crmkitContent } from './src/site/content-integration.ts';

export default defineConfig({
  integrations: [crmkitContent(), svelte()],
  // Pages are static files that open from any web server or folder.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // No inline script or eval anywhere; Astro adds hashes for what it emits itself.
  security: { csp: true },
  // No Markdown code blocks: Shiki's inline styles would clash with the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
