import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCopy, copyProject } from '../helpers/project';
import { ROOT } from '../helpers/tree';

/** Runs `astro build` on a copy of the project with one content file changed. */
function buildWith(file: string, change: (text: string) => string): { status: number | null; output: string } {
  const { dir, remove } = copyProject(ROOT, 'refundpath-broken-');
  try {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`the change did nothing to ${file}`);
    writeFileSync(path, after);
    return buildCopy(ROOT, dir, 120_000);
  } finally {
    remove();
  }
}

describe('npm run build refuses broken content', () => {
  it('fails on an unknown <Law id> in a chapter, naming the file and the id', { timeout: 150_000 }, () => {
    const { status, output } = buildWith('content/guide/demand-letter.mdx', (t) => t.replace(/<Law id="[^"]+"\/>/, '<Law id="xiaofa-999"/>'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/guide\/demand-letter\.mdx: line \d+: unknown law id "xiaofa-999" in <Law id="xiaofa-999"\/>/);
  });

  it('fails on a dangling tree reference, naming the file and the node', { timeout: 150_000 }, () => {
    const { status, output } = buildWith('content/tree/questions.yaml', (t) => t.replace('next: telecom', 'next: telecoms'));
    expect(status).not.toBe(0);
    expect(output).toContain('content/tree/questions.yaml: question "digital-kind", option "telecom": next "telecoms" is neither a question nor an outcome');
  });

  it('fails on a synonym in two groups, naming the file, the group and its line', { timeout: 150_000 }, () => {
    const { status, output } = buildWith('content/search/synonyms.yaml', (t) => `${t.trimEnd()}\n- [跑路, 卷款]\n`);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/search\/synonyms\.yaml: group \d+ \(line \d+\): "跑路" is also in group 1/);
  });
});
