import { describe, expect, it } from 'vitest';
import { COMPLAINT_ACCEPTED, SCAM_SIGNAL } from '../../src/lib/tree/types';
import { loadContent } from '../../src/lib/content/load';
import { allPaths, replay } from '../../src/lib/tree/walk';
import { journeys } from '../helpers/journeys';
import { realTree, ROOT } from '../helpers/tree';

const tree = realTree();

const JOURNEYS = journeys(ROOT);

/** Outcomes that send the reader to a 消费者协会 (their `channels` name it). */
function associationOutcomes(): Set<string> {
  const ids = loadContent(ROOT, ['outcomes'])
    .entries.filter((e) => e.kind === 'outcomes' && ((e.data as { channels?: unknown[] }).channels ?? []).includes('xiaoxie'))
    .map((e) => e.fileId!);
  return new Set(ids);
}

describe('reader journeys through the real tree', () => {
  it.each(JOURNEYS.map((j) => [j.text, j.outcome, j] as const))('#%s → %s', (_text, expected, journey) => {
    const result = replay(tree, journey.answers);
    expect(result.ok && result.at).toBe(expected);
  });

  it('chooses every option of every question in at least one journey (content/tree/journeys.yaml)', () => {
    const chosen = new Set(JOURNEYS.flatMap((j) => j.answers.map((a) => `${a.question}=${a.option}`)));
    const uncovered = Object.values(tree.questions)
      .flatMap((q) => q.options.map((o) => `${q.id}=${o.id}`))
      .filter((key) => !chosen.has(key));
    expect(uncovered, 'answers no journey chooses: add a journey for each to content/tree/journeys.yaml').toEqual([]);
  });

  it('visits every outcome at least once', () => {
    const reached = new Set(JOURNEYS.map((j) => j.outcome));
    expect(Object.keys(tree.outcomes).filter((id) => !reached.has(id))).toEqual([]);
  });

  it('has at least 12 outcomes', () => {
    expect(Object.keys(tree.outcomes).length).toBeGreaterThanOrEqual(12);
  });

  it('routes every journey with a scam signal to the fraud branch', () => {
    const paths = allPaths(tree);
    let flagged = 0;
    for (const path of paths) {
      const result = replay(tree, path.answers);
      if (!result.ok) throw new Error('allPaths produced a path replay rejects');
      if (result.steps.some((s) => s.option.flags.includes(SCAM_SIGNAL))) {
        flagged++;
        expect(tree.outcomes[path.outcome]!.branch, path.answers.map((a) => `${a.question}=${a.option}`).join('&')).toBe('fraud');
      }
    }
    expect(flagged).toBeGreaterThan(0);
  });

  it('keeps every journey short enough for a phone: at most 8 questions', () => {
    expect(Math.max(...allPaths(tree).map((p) => p.answers.length))).toBeLessThanOrEqual(8);
  });

  it('never sends a complaint that 12315 accepted and handled on to 消协 mediation', () => {
    const association = associationOutcomes();
    expect(association.has('mediation'), 'the 消协 mediation outcome names the xiaoxie channel').toBe(true);
    let accepted = 0;
    const wrong: string[] = [];
    for (const path of allPaths(tree)) {
      const result = replay(tree, path.answers);
      if (!result.ok) throw new Error('allPaths produced a path replay rejects');
      if (!result.steps.some((s) => s.option.flags.includes(COMPLAINT_ACCEPTED))) continue;
      accepted++;
      if (association.has(path.outcome)) wrong.push(`${path.answers.map((a) => `${a.question}=${a.option}`).join('&')} → ${path.outcome}`);
    }
    expect(accepted, `no answer is flagged ${COMPLAINT_ACCEPTED}: mark the answers meaning a 12315 complaint was accepted`).toBeGreaterThan(0);
    expect(wrong, 'journeys that reach 消协 after 12315 accepted the complaint').toEqual([]);
  });
});
