// npm run bench: builds the site and prints what each kind of page costs a reader.
// Figures are printed, never asserted (timings vary by machine).
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { weigh } from './weigh.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');

if (!process.argv.includes('--no-build')) {
  const started = performance.now();
  execSync('npm run build', { cwd: root, stdio: 'ignore' });
  console.log(`build (astro + pagefind): ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const first = (dir: string) => {
  try {
    const name = readdirSync(join(dist, dir), { withFileTypes: true }).find((d) => d.isDirectory())?.name;
    return name ? `/${dir}/${name}/` : null;
  } catch {
    return null;
  }
};

const pages: [string, string | null][] = [
  ['home', '/'],
  ['guide index', '/guide/'],
  ['guide chapter', first('guide')],
  ['case index', '/cases/'],
  ['case', first('cases')],
  ['quiz start', '/check/'],
  ['quiz question', first('check/q')],
  ['quiz outcome', first('check/result')],
  ['quiz map', '/check/map/'],
  ['search', '/search/'],
];

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
console.log('\ngzip KB per page type          HTML    CSS     JS  lazyJS  HTML+CSS  page');
for (const [label, path] of pages) {
  if (!path) continue;
  try {
    const w = weigh(dist, path);
    console.log(`${label.padEnd(28)} ${kb(w.html)} ${kb(w.css)} ${kb(w.js)} ${kb(w.lazyJs)}    ${kb(w.html + w.css)}  ${path}`);
  } catch {
    console.log(`${label.padEnd(28)} (not built) ${path}`);
  }
}
