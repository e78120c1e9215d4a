// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';
import { crmkitContent } from './src/site/content-integration.ts';

export default defineConfig({
  integrations: [crmkitContent(), svelte()],
  // Pages are static files that open from any web server or folder.
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // No inline script or eval anywhere; Astro adds hashes for what it emits itself. Everything
  // else comes from the site itself: the content JSON by fetch, drawings turned into PNG
  // through blob: and data: images; no plugins, no <base> or form posts elsewhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  // No Markdown code blocks: Shiki's inline styles would clash with the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
