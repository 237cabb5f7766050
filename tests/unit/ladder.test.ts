import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentDir } from '../../src/lib/content/check';
import { loadContent } from '../../src/lib/content/load';
import { ALTERNATIVES, ladderOf, ladderOrder, nextRung, rungOf, type Ladder, type Rung, type RungSource } from '../../src/lib/ladder';
import { schemas } from '../../src/schemas';
import { fixtureCopy } from '../helpers/fixture';
import { realTree, ROOT } from '../helpers/tree';

const nextProblems = (root: string) =>
  checkContentDir(root, schemas)
    .filter((p) => p.message.startsWith('field "next"'))
    .map((p) => `${p.file}: ${p.message}`);

describe('the content check refuses a next that breaks the ladder', () => {
  let fx: ReturnType<typeof fixtureCopy>;
  afterEach(() => fx?.cleanup());

  it('refuses a next that crosses between the fraud and consumer branches, naming file and field', () => {
    fx = fixtureCopy();
    fx.edit('content/tree/outcomes/police.mdx', (t) => t.replace('branch: fraud\n', 'branch: fraud\nnext: demand\n'));
    expect(nextProblems(fx.root)).toEqual([
      'content/tree/outcomes/police.mdx: field "next": "demand" is on the consumer branch; the next rung of a fraud outcome stays on the fraud branch',
    ]);
    fx.edit('content/tree/outcomes/demand.mdx', (t) => t.replace('branch: consumer\n', 'branch: consumer\nnext: police\n'));
    expect(nextProblems(fx.root)).toContain(
      'content/tree/outcomes/demand.mdx: field "next": "police" is on the fraud branch; the next rung of a consumer outcome stays on the consumer branch',
    );
  });

  it('refuses a next that names an alternative (12315 → 消协): they are one rung, pick one', () => {
    fx = fixtureCopy();
    const demand = readFileSync(join(fx.root, 'content/tree/outcomes/demand.mdx'), 'utf8');
    const [a, b] = ALTERNATIVES[0]!;
    fx.write(`content/tree/outcomes/${a}.mdx`, demand.replace('branch: consumer\n', `branch: consumer\nnext: ${b}\n`));
    fx.write(`content/tree/outcomes/${b}.mdx`, demand.replace('branch: consumer\n', 'branch: consumer\nnext: demand\n'));
    expect(nextProblems(fx.root)).toEqual([
      `content/tree/outcomes/${a}.mdx: field "next": "${b}" is an alternative to "${a}" (pick one), not the rung after it`,
    ]);
  });

  it('refuses a next that leads back down the ladder', () => {
    fx = fixtureCopy();
    const demand = readFileSync(join(fx.root, 'content/tree/outcomes/demand.mdx'), 'utf8');
    fx.write('content/tree/outcomes/court.mdx', demand.replace('branch: consumer\n', 'branch: consumer\nnext: demand\n'));
    fx.edit('content/tree/outcomes/demand.mdx', (t) => t.replace('branch: consumer\n', 'branch: consumer\nnext: court\n'));
    expect(nextProblems(fx.root)).toEqual([
      'content/tree/outcomes/court.mdx: field "next": "demand" leads back to "court": the ladder must go up',
      'content/tree/outcomes/demand.mdx: field "next": "court" leads back to "demand": the ladder must go up',
    ]);
  });
});

describe('the real ladder', () => {
  const outcomes: RungSource[] = loadContent(ROOT, ['outcomes']).entries.map((e) => ({ id: e.fileId!, data: e.data as RungSource['data'] }));
  const ladder = ladderOf(outcomes);
  const tree = realTree();

  // The two computations there were before src/lib/ladder.ts, kept here to show they agree.
  // The outcome page's 如果这一步没有用: the outcome's next, as the tree knows it.
  const formerPageNext = (id: string) => {
    const next = outcomes.find((o) => o.id === id)!.data.next;
    return next ? tree.outcomes[next]?.id : undefined;
  };
  // The notebook's advice: next, skipping an alternative of the current rung, same branch only.
  const formerNotebookNext = (rungs: Ladder, current: string): Rung | null => {
    const here = rungOf(rungs, current);
    if (!here) return null;
    const alternatives = (a: string, b: string) => ALTERNATIVES.some((set) => set.includes(a) && set.includes(b));
    const seen = new Set([current]);
    let id = here.next;
    while (id && alternatives(current, id) && !seen.has(id)) {
      seen.add(id);
      id = rungOf(rungs, id)?.next;
    }
    const next = id ? rungOf(rungs, id) : undefined;
    return next && next.branch === here.branch && next.id !== here.id ? next : null;
  };

  it.each(outcomes.map((o) => o.id))('%s: the page, the notebook and the ladder name the same next rung', (id) => {
    const page = formerPageNext(id);
    expect(formerNotebookNext(ladder, id)?.id).toBe(page);
    expect(nextRung(ladder, id)?.id).toBe(page);
  });

  it('orders the rungs up the ladder, consumer first, fraud after', () => {
    const order = ladderOrder(ladder);
    const at = (id: string) => order.indexOf(id);
    expect(order).toHaveLength(outcomes.length);
    for (const [low, high] of [
      ['merchant-demand', 'platform-intervene'],
      ['platform-intervene', 'payment-dispute'],
      ['payment-dispute', 'complaint-12315'],
      ['complaint-12315', 'lawsuit'],
      ['fraud-stop', 'fraud-report'],
      ['fraud-report', 'recovery-scam'],
    ])
      expect(at(low!), `${low} before ${high}`).toBeLessThan(at(high!));
    const firstFraud = order.findIndex((id) => ladder[id]!.branch === 'fraud');
    expect(order.slice(firstFraud).every((id) => ladder[id]!.branch === 'fraud')).toBe(true);
  });
});
