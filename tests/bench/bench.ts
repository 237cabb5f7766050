// npm run bench: builds the site and prints what it costs a reader and how the build grows.
// Figures are printed, never asserted (timings vary by machine; byte budgets are tests).
//   --no-build         measure the existing dist/
//   --skip-lighthouse  --skip-scale   leave out the slow parts
//   --search-only      only the search index and first-query bytes
//   --scale=100,1000,5000             case counts for the build-time series
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { weigh } from './weigh.ts';
import { BENCH_QUERIES, firstQueryBytes, indexSize, median } from './search.ts';
import { lighthouseScores } from './lighthouse.ts';
import { timeBuildWithCases } from './scale.ts';
import { precacheBytes } from './precache.ts';
import { firstVisitBytes } from './first-visit.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const searchOnly = process.argv.includes('--search-only');
const flag = (name: string) => process.argv.includes(name) || (searchOnly && ['--skip-lighthouse', '--skip-scale', '--skip-pages'].includes(name));
const scaleArg = process.argv.find((a) => a.startsWith('--scale='));
const scale = (scaleArg ? scaleArg.slice('--scale='.length) : '100,1000,5000').split(',').map(Number);
const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);

if (!flag('--no-build')) {
  const started = performance.now();
  execSync('npm run build', { cwd: root, stdio: 'ignore' });
  console.log(`build (astro + pagefind): ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const first = (dir: string) => {
  try {
    const name = readdirSync(join(dist, dir), { withFileTypes: true }).find(
      (d) => d.isDirectory() && !['kind', 'situation', 'payment', 'result', 'page'].includes(d.name),
    )?.name;
    return name ? `/${dir}/${name}/` : null;
  } catch {
    return null;
  }
};

const pages: [string, string | null][] = [
  ['home', '/'],
  ['guide index', '/guide/'],
  ['guide chapter', '/guide/scam-or-delay/'],
  ['case index', '/cases/'],
  ['case index, page 2', '/cases/page/2/'],
  ['case', first('cases')],
  ['case filter', '/cases/situation/platform/'],
  ['quiz start', '/check/'],
  ['quiz question', '/check/q/redflags/'],
  ['quiz outcome', '/check/result/merchant-demand/'],
  ['quiz map', '/check/map/'],
  ['notebook', '/my/'],
  ['search', '/search/'],
];

if (!flag('--skip-pages')) console.log('\nPage weight, gzip KB        HTML    CSS  JS(load) JS(lazy)  HTML+CSS  page');
for (const [label, path] of flag('--skip-pages') ? [] : pages) {
  if (!path) continue;
  const w = weigh(dist, path);
  console.log(`${label.padEnd(24)} ${kb(w.html)} ${kb(w.css)}   ${kb(w.js)}   ${kb(w.lazyJs)}    ${kb(w.html + w.css)}  ${path}`);
}

if (!flag('--skip-pages')) {
  console.log('\nFirst visit (fresh Chromium, page read to the end without a tap; every response, gzip; outcome budget 60 KB):');
  const visits: [string, string][] = [
    ['home', '/'],
    ['quiz question', '/check/q/redflags/'],
    ['quiz outcome', '/check/result/merchant-demand/'],
    ['guide chapter', '/guide/scam-or-delay/'],
    ['notebook', '/my/'],
  ];
  const measured = await firstVisitBytes(
    visits.map(([, path]) => path),
    dist,
  );
  for (const [i, v] of measured.entries())
    console.log(`  ${visits[i]![0].padEnd(22)} ${kb(v.bytes)} KB in ${String(v.requests).padStart(2)} requests  ${v.path}`);
}

const pre = precacheBytes(dist, true);
console.log(
  `\nOffline (离线也能用, or saving a record): service worker ${kb(pre.worker)} KB; then ${pre.paths.length} files, ${kb(pre.gzip)} KB gzip (${kb(pre.brotli)} KB brotli, ${kb(pre.raw)} KB stored)`,
);

const index = indexSize(dist);
console.log(`\nPagefind index: ${index.files} files, ${kb(index.bytes)} KB (already compressed)`);
console.log('First query downloads (a cold visit to /search/, page included, then one query; budget 150 KB):');
const measured = await firstQueryBytes(dist, BENCH_QUERIES);
for (const q of measured) {
  const shown = [...q.query].length > 24 ? `${[...q.query].slice(0, 24).join('')}… (${[...q.query].length} characters)` : q.query;
  console.log(
    `  ${kb(q.bytes)} KB in ${String(q.requests).padStart(2)} requests (index ${kb(q.index)} KB)  “${shown}”${q.bytes > 150 * 1024 ? '  OVER BUDGET' : ''}`,
  );
}
const mid = median(measured.map((q) => q.bytes));
console.log(
  `  median ${kb(mid).trim()} KB, largest ${kb(Math.max(...measured.map((q) => q.bytes))).trim()} KB${mid > 120 * 1024 ? '  MEDIAN OVER 120 KB' : ''}`,
);

if (!flag('--skip-lighthouse')) {
  console.log('\nLighthouse (mobile)          perf  a11y  best  seo');
  const paths = ['/', '/guide/scam-or-delay/', '/check/', '/check/result/merchant-demand/', first('cases') ?? '/cases/', '/search/'];
  for (const { path, scores } of await lighthouseScores(paths)) {
    const s = (k: string) => String(scores[k] ?? '-').padStart(5);
    console.log(`  ${path.padEnd(27)}${s('performance')} ${s('accessibility')} ${s('best-practices')} ${s('seo')}`);
  }
}

if (!flag('--skip-scale')) {
  console.log('\nBuild time with generated case pages (astro build, temporary copy)');
  const times: Record<number, number> = {};
  for (const n of scale) {
    const { seconds, pages: built, largestList } = timeBuildWithCases(root, n);
    times[n] = seconds;
    console.log(`  ${String(n).padStart(5)} cases: ${seconds.toFixed(1).padStart(6)} s, ${built} pages, ${((seconds / built) * 1000).toFixed(1)} ms per page`);
    console.log(`               largest case list page: ${kb(largestList.bytes)} KB HTML+CSS gzip  ${largestList.path}`);
  }
  if (times[1000] && times[5000]) console.log(`  5000/1000 time ratio: ${(times[5000] / times[1000]).toFixed(2)} (5.00 would be linear)`);
}
