import { describe, expect, it } from 'vitest';
import { buildTree, pageTree } from '../../src/lib/tree/types';
import { situationOf, situationsByOutcome } from '../../src/lib/tree/situations';
import { allPaths } from '../../src/lib/tree/walk';
import { realTree } from '../helpers/tree';

// start names a situation on one option only; `mid` refines it on one of its options.
const tree = buildTree(
  [
    {
      id: 'start',
      question: 'S?',
      options: [
        { id: 'a', label: 'A', next: 'mid', flags: [], situation: 'shop' },
        { id: 'b', label: 'B', next: 'end-b', flags: [], situation: 'scam' },
      ],
    },
    {
      id: 'mid',
      question: 'M?',
      options: [
        { id: 'x', label: 'X', next: 'end-x', flags: [], situation: 'live' },
        { id: 'y', label: 'Y', next: 'end-b', flags: [] },
      ],
    },
  ],
  [
    { id: 'end-b', title: 'B end', branch: 'consumer' },
    { id: 'end-x', title: 'X end', branch: 'consumer' },
  ],
);
const ans = (...pairs: [string, string][]) => pairs.map(([question, option]) => ({ question, option }));

describe('the tree carries situations', () => {
  it('buildTree copies each option’s situation, and the page tree leaves it out', () => {
    expect(tree.questions.start!.options.map((o) => o.situation)).toEqual(['shop', 'scam']);
    expect(tree.questions.mid!.options[1]).not.toHaveProperty('situation');
    expect(pageTree(tree, 'start').questions.start!.options.every((o) => o.situation === undefined)).toBe(true);
  });
});

describe('situationOf', () => {
  it('is the last situation named by the answers that lead to the page', () => {
    expect(situationOf(tree, ans(['start', 'a'], ['mid', 'x']), 'end-x')).toBe('live');
    expect(situationOf(tree, ans(['start', 'a'], ['mid', 'y']), 'end-b')).toBe('shop');
    expect(situationOf(tree, ans(['start', 'b']), 'end-b')).toBe('scam');
    // On a question page: only the answers before it count.
    expect(situationOf(tree, ans(['start', 'a'], ['mid', 'x']), 'mid')).toBe('shop');
  });

  it('is undefined when the answers do not lead to the page, or there are none', () => {
    expect(situationOf(tree, ans(['start', 'b']), 'end-x')).toBeUndefined();
    expect(situationOf(tree, ans(['mid', 'x']), 'end-x')).toBeUndefined();
    expect(situationOf(tree, [], 'end-x')).toBeUndefined();
  });
});

describe('situationsByOutcome', () => {
  it('lists, for each outcome, every situation a path to it ends with', () => {
    expect(Object.fromEntries(situationsByOutcome(tree))).toEqual({ 'end-x': ['live'], 'end-b': ['shop', 'scam'] });
  });

  it('on the real tree, agrees with situationOf on every path', () => {
    const real = realTree();
    const reaching = situationsByOutcome(real);
    const seen = new Map<string, Set<string>>();
    for (const path of allPaths(real)) {
      const situation = situationOf(real, path.answers, path.outcome);
      expect(situation, `#${path.answers.map((a) => `${a.question}=${a.option}`).join('&')}`).toBeDefined();
      expect(reaching.get(path.outcome)).toContain(situation);
      seen.set(path.outcome, (seen.get(path.outcome) ?? new Set()).add(situation!));
    }
    for (const [outcome, ids] of reaching) expect(new Set(ids), outcome).toEqual(seen.get(outcome));
  });
});
