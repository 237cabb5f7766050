// Runs after Pagefind indexes dist/ (npm run build). The search island talks to
// pagefind.js on the main thread, so Pagefind's own UIs, its highlight script and its web
// worker are never loaded: removing them keeps dead weight out of the deploy (see README,
// "Search"). Readers never downloaded them, so first-query bytes do not change.
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

const dir = join(process.argv[2] ?? 'dist', 'pagefind');
let bytes = 0;
for (const name of UNUSED) {
  const path = join(dir, name);
  if (!existsSync(path)) continue;
  bytes += statSync(path).size;
  rmSync(path);
}
console.log(`pagefind: removed unused UI and worker files (${(bytes / 1024).toFixed(1)} KB) from ${dir}`);
