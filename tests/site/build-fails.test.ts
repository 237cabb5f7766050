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

  it('fails on an option naming a situation that has no file, naming the question, option and field', { timeout: 150_000 }, () => {
    let question = '';
    let option = '';
    const { status, output } = buildWith('content/tree/questions.yaml', (t) =>
      t.replace(/^- id: (\S+)\n(?:(?!- id:).*\n)*? {4}- id: (\S+)\n(?: {6}(?!situation:).*\n)*? {6}situation: \S+$/m, (block, q: string, o: string) => {
        [question, option] = [q, o];
        return block.replace(/situation: \S+$/, 'situation: no-such-situation');
      }),
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      `content/tree/questions.yaml: question "${question}", option "${option}", field "situation": unknown situation id "no-such-situation"`,
    );
  });

  it('fails on a synonym in two groups, naming the file, the group and its line', { timeout: 150_000 }, () => {
    const { status, output } = buildWith('content/search/synonyms.yaml', (t) => `${t.trimEnd()}\n- [跑路, 卷款]\n`);
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/search\/synonyms\.yaml: group \d+ \(line \d+\): "跑路" is also in group 1/);
  });

  it('fails on a letter that uses a field it does not ask for, naming the file and the line of the template', { timeout: 150_000 }, () => {
    const { status, output } = buildWith('content/letters/demand.yaml', (t) => t.replace('  - 致：{merchant}\n', '  - 致：{merchant}（{shopName}）\n'));
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/letters/demand.yaml: field "lines.0": {shopName} is not one of its fields (name, merchant, platform, orderNo, amount, paidOn, requestedOn)',
    );
  });

  it('fails on a figure that no registry or content/figures.yaml states, naming the file and the line', { timeout: 150_000 }, () => {
    const file = 'content/guide/deadlines.mdx';
    const text = readFileSync(join(ROOT, file), 'utf8');
    const old = '超过 15 日，属于故意拖延或者无理拒绝';
    const line = text.slice(0, text.indexOf(old)).split('\n').length;
    const { status, output } = buildWith(file, (t) => t.replace(old, '超过 30 日，属于故意拖延或者无理拒绝'));
    expect(status).not.toBe(0);
    expect(output).toContain(`content/guide/deadlines.mdx: line ${line}: figure "30 日" (30日) is in no registry`);
  });
});
