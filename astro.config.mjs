// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
  // The public address, for the sitemap and feed; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://refundpath.example',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), preact(), sitemap()],
  security: {
    csp: {
      // Pagefind compiles its WebAssembly search at run time; nothing else is allowed.
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // No code blocks on this site; Shiki's inline styles would need 'unsafe-inline' under CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
