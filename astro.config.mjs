// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import offline from './src/integrations/offline.ts';
import noPreloadHelper from './src/build/no-preload-helper.mjs';

// The browser floor (README, Choices): Android WebView / Chrome 79 and iOS Safari 13. Astro
// sets the client build's target to esnext after the user's Vite config is merged, so a
// plugin sets it per environment; Vite then lowers newer syntax (?. ?? and the like).
const BROWSER_FLOOR = ['chrome79', 'safari13'];
/** @type {import('vite').Plugin} */
const browserFloor = {
  name: 'refundpath:browser-floor',
  configEnvironment(name) {
    if (name === 'client') return { build: { target: BROWSER_FLOOR, modulePreload: false } };
  },
};

export default defineConfig({
  // The public address, for the sitemap and feed; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://refundpath.example',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), preact(), sitemap(), offline()],
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
  vite: { plugins: [browserFloor, noPreloadHelper()] },
});
