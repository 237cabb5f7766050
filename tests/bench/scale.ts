// Build time as the number of case pages grows: a copy of the project in a temporary
// folder, with N generated cases, built with astro build. Nothing here is committed.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject } from '../helpers/project.ts';

export function timeBuildWithCases(root: string, count: number): { seconds: number; pages: number } {
  const { dir, remove } = copyProject(root, `refundpath-scale-${count}-`);
  try {
    const casesDir = join(dir, 'content/cases');
    const templates = readdirSync(casesDir).map((f) => readFileSync(join(casesDir, f), 'utf8'));
    for (const f of readdirSync(casesDir)) rmSync(join(casesDir, f));
    for (let i = 0; i < count; i++) {
      const text = templates[i % templates.length]!.replace(/^title: (.*)$/m, `title: $1（示例 ${i + 1}）`);
      writeFileSync(join(casesDir, `generated-${String(i).padStart(5, '0')}.mdx`), text);
    }
    const started = performance.now();
    execSync('astro build', { cwd: dir, stdio: 'ignore', env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` } });
    const seconds = (performance.now() - started) / 1000;
    const pages = Number(execSync(`find dist -name '*.html' | wc -l`, { cwd: dir }).toString().trim());
    return { seconds, pages };
  } finally {
    remove();
  }
}
