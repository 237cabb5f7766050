import { describe, expect, it } from 'vitest';
import { SCAM_SIGNAL } from '../../src/lib/tree/types';
import { allPaths, replay } from '../../src/lib/tree/walk';
import { journeys } from '../helpers/journeys';
import { realTree, ROOT } from '../helpers/tree';

const tree = realTree();

const JOURNEYS = journeys(ROOT);

describe('reader journeys through the real tree', () => {
  it.each(JOURNEYS.map((j) => [j.text, j.outcome, j] as const))('#%s → %s', (_text, expected, journey) => {
    const result = replay(tree, journey.answers);
    expect(result.ok && result.at).toBe(expected);
  });

  it('chooses every option of every question in at least one journey (content/tree/journeys.yaml)', () => {
    const chosen = new Set(JOURNEYS.flatMap((j) => j.answers.map((a) => `${a.question}=${a.option}`)));
    const uncovered = Object.values(tree.questions).flatMap((q) => q.options.map((o) => `${q.id}=${o.id}`)).filter((key) => !chosen.has(key));
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
});
