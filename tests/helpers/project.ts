import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** What a build needs; node_modules is linked, not copied. */
const PARTS = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public'];

/** A throw-away copy of the project, to build with changed content. Nothing in it is committed. */
export function copyProject(root: string, prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of PARTS) cpSync(join(root, name), join(dir, name), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Replaces a project copy's cases with `count` generated ones, cycling through the real case
 * files. Titles get a number; a public case's source gets a fragment, since two cases may not
 * share a report.
 */
export function writeGeneratedCases(dir: string, count: number): void {
  const casesDir = join(dir, 'content/cases');
  const names = readdirSync(casesDir).sort();
  const templates = names.map((f) => readFileSync(join(casesDir, f), 'utf8'));
  // A case's own allowed figures (content/figures.yaml) follow it to its generated copies.
  const allowPath = join(dir, 'content/figures.yaml');
  const allow = parseYaml(readFileSync(allowPath, 'utf8')) as { file?: string; figures: string[]; reason: string }[];
  const own = names.map((f) => allow.filter((a) => a.file === `content/cases/${f}`));
  const copies: typeof allow = [];
  for (const f of readdirSync(casesDir)) rmSync(join(casesDir, f));
  for (let i = 0; i < count; i++) {
    const text = templates[i % templates.length]!.replace(/^title: (.*)$/m, `title: $1（示例 ${i + 1}）`).replace(
      /^source: (https:\S+)$/m,
      `source: $1#example-${i + 1}`,
    );
    // The first copy of each case keeps its file name: situations and guide pages link cases by slug.
    const name = i < names.length ? names[i]! : `generated-${String(i).padStart(5, '0')}.mdx`;
    writeFileSync(join(casesDir, name), text);
    for (const a of own[i % templates.length]!) copies.push({ ...a, file: `content/cases/${name}` });
  }
  writeFileSync(allowPath, stringifyYaml([...allow.filter((a) => !a.file?.startsWith('content/cases/')), ...copies]));
}

/** Runs `astro build` in a project copy with the root's tools; the output is for failure messages. */
export function buildCopy(root: string, dir: string, timeout = 280_000): { status: number | null; output: string } {
  const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}` },
    timeout,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
