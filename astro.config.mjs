// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import offline from './src/integrations/offline.ts';

export default defineConfig({
  // The public address, for the sitemap and feed; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://refundpath.example',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), preact(), sitemap(), offline()],
  security: {
    csp: {
      // Pagefind compiles its WebAssembly search at run time; nothing else is allowed.
      // The service worker (/sw.js) and the manifest come from this origin only.
      directives: ["default-src 'self'", "worker-src 'self'", "manifest-src 'self'", "img-src 'self' data:", "connect-src 'self'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // No code blocks on this site; Shiki's inline styles would need 'unsafe-inline' under CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
