import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildVersion, precachePaths, renderServiceWorker } from '../lib/offline/precache';
import { ui } from '../i18n';
import { offlineUrl, quizStartUrl } from '../lib/urls';

/**
 * Writes the web app manifest and the service worker into the build. The worker's
 * precache list and cache version come from the built files, so a new deploy always
 * gets a new cache and the old one is deleted when the new worker takes over. The
 * worker saves them only for readers who asked for offline use (src/offline/sw.js).
 */
export default function offline(): AstroIntegration {
  let root: URL;
  return {
    name: 'refundpath:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const manifest = {
          name: ui.siteName,
          short_name: ui.siteName,
          description: ui.siteTagline,
          lang: ui.lang,
          start_url: quizStartUrl(),
          scope: '/',
          display: 'standalone',
          background_color: '#ffffff',
          theme_color: '#0b57d0',
          icons: [
            { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
            { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          ],
        };
        writeFileSync(`${dist}/manifest.webmanifest`, JSON.stringify(manifest));
        const paths = precachePaths(dist);
        const version = buildVersion(dist);
        const template = readFileSync(new URL('src/offline/sw.js', root), 'utf8');
        writeFileSync(
          `${dist}/sw.js`,
          renderServiceWorker(template, version, paths, {
            fallback: offlineUrl(),
            words: { copy: ui.offline.copy, missing: ui.offline.missing, lang: ui.lang },
          }),
        );
        logger.info(`service worker ${version}: ${paths.length} files to precache`);
      },
    },
  };
}
