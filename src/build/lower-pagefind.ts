// Runs after Pagefind (npm run build). Pagefind's runtime, which the search island imports,
// uses optional chaining and ?? (Chrome 80, Safari 13.1): below that the import is a syntax
// error and search cannot work. esbuild rewrites it for the site's browser floor (README,
// Choices: Chrome 79, iOS Safari 13) and minifies it, which also makes it smaller.
// (esbuild's target is chrome79 alone: it refuses safari13 over a destructuring bug it
// guards against; tests/site/browser-floor.test.ts checks the result for both floors.)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

const file = join(process.argv[2] ?? 'dist', 'pagefind', 'pagefind.js');
const before = readFileSync(file, 'utf8');
const { code } = transformSync(before, { target: 'chrome79', format: 'esm', minify: true });
writeFileSync(file, code);
console.log(`pagefind: pagefind.js lowered to Chrome 79 (${before.length} → ${code.length} bytes)`);
