// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import offline from './src/integrations/offline.ts';

// The browser floor (README, Choices): Android WebView / Chrome 79 and iOS Safari 13. Astro
// sets the client build's target to esnext after the user's Vite config is merged, so a
// plugin sets it per environment; Vite then lowers newer syntax (?. ?? and the like).
const BROWSER_FLOOR = ['chrome79', 'safari13'];
// The client core (src/lib/core.ts and the URLs it re-exports) is one shared chunk: every
// island imports it, so it is loaded once per page and precached once. Left to itself the
// bundler splits it between chunks that happen to have the same importers. The browser-floor
// stand-ins (compat.ts) and the plain preload call (below) go with it: each alone was a chunk
// of a few bytes that cost /my/ about 110 B gzip in chunk overhead and import lines.
const CLIENT_CORE = { groups: [{ name: 'core', test: /([\\/]src[\\/]lib[\\/](core|urls|compat)\.ts|vite[\\/]preload-helper\.js)$/ }] };
/** @type {import('vite').Plugin} */
const browserFloor = {
  name: 'refundpath:browser-floor',
  configEnvironment(name) {
    if (name === 'client') return { build: { target: BROWSER_FLOOR, modulePreload: false, rolldownOptions: { output: { codeSplitting: CLIENT_CORE } } } };
  },
};

// Vite wraps every dynamic import in its preload helper (0.9 KB gzip), which preloads a chunk's
// dependencies. With modulePreload off and all CSS inline in the page there is nothing for it
// to preload, so the helper just calls the import: this plugin supplies that, which keeps /my/,
// /search/ and outcome pages within their 12 KB. A client chunk that imports CSS of its own
// would need the real helper: the build stops then.
/** @type {import('vite').Plugin} */
const plainDynamicImports = {
  name: 'refundpath:plain-dynamic-imports',
  enforce: 'pre',
  applyToEnvironment: (env) => env.name === 'client',
  load(id) {
    if (id === '\0vite/preload-helper.js') return 'export const __vitePreload = (load) => load();';
  },
  generateBundle(_, bundle) {
    for (const c of Object.values(bundle)) {
      const css = c.type === 'chunk' ? [...(c.viteMetadata?.importedCss ?? [])] : [];
      if (css.length > 0) this.error(`${c.fileName} imports CSS (${css.join(', ')}): the preload helper is needed again (astro.config.mjs)`);
    }
  },
};

export default defineConfig({
  // The public address, for the sitemap and feed; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://refundpath.example',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), preact(), sitemap(), offline()],
  security: {
    csp: {
      // Pagefind compiles its WebAssembly search at run time; nothing else is allowed.
      // The service worker (/sw.js) and the manifest come from this origin only.
      directives: [
        "default-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // No code blocks on this site; Shiki's inline styles would need 'unsafe-inline' under CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: { plugins: [browserFloor, plainDynamicImports] },
});
