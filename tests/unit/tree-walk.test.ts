import { describe, expect, it } from 'vitest';
import { position } from '../../src/lib/tree/position';
import { buildTree, pageTree } from '../../src/lib/tree/types';
import { realTree } from '../helpers/tree';
import { allPaths, replay } from '../../src/lib/tree/walk';
import { nodeFromPath, nodeHref } from '../../src/lib/tree/urls';
import { mapOrder } from '../../src/lib/tree/map';

const tree = buildTree(
  [
    {
      id: 'start',
      question: 'S?',
      options: [
        { id: 'a', label: 'A', next: 'mid', flags: [] },
        { id: 'b', label: 'B', next: 'end-b', flags: [] },
      ],
    },
    {
      id: 'mid',
      question: 'M?',
      options: [
        { id: 'x', label: 'X', next: 'end-x', flags: [] },
        { id: 'y', label: 'Y', next: 'end-b', flags: [] },
      ],
    },
  ],
  [
    { id: 'end-b', title: 'B end', branch: 'consumer' },
    { id: 'end-x', title: 'X end', branch: 'fraud' },
  ],
);
const ans = (...pairs: [string, string][]) => pairs.map(([question, option]) => ({ question, option }));

describe('replay', () => {
  it('follows answers to the node they lead to', () => {
    const r = replay(tree, ans(['start', 'a'], ['mid', 'x']));
    expect(r).toMatchObject({ ok: true, at: 'end-x' });
  });
  it('rejects answers out of order, unknown ids and answers past an outcome', () => {
    expect(replay(tree, ans(['mid', 'x']))).toEqual({ ok: false, reason: 'wrong-order', index: 0 });
    expect(replay(tree, ans(['nope', 'x']))).toEqual({ ok: false, reason: 'unknown-question', index: 0 });
    expect(replay(tree, ans(['start', 'z']))).toEqual({ ok: false, reason: 'unknown-option', index: 0 });
    expect(replay(tree, ans(['start', 'b'], ['mid', 'x']))).toEqual({ ok: false, reason: 'past-outcome', index: 1 });
  });
  it('is not fooled by inherited property names', () => {
    expect(replay(tree, ans(['constructor', 'a'])).ok).toBe(false);
    expect(position(tree, ans(['start', 'a']), 'toString')).toEqual({ ok: false });
  });
});

describe('position', () => {
  it('shows earlier answers and this question’s chosen answer when coming back', () => {
    const p = position(tree, ans(['start', 'a'], ['mid', 'y']), 'mid');
    expect(p.ok && p.before.map((s) => s.option.id)).toEqual(['a']);
    expect(p.ok && p.selected).toBe('y');
  });
  it('accepts a page reached without answers', () => {
    expect(position(tree, [], 'mid')).toEqual({ ok: true, before: [], selected: undefined });
  });
  it('calls answers that do not pass through the page garbled', () => {
    expect(position(tree, ans(['start', 'b']), 'mid')).toEqual({ ok: false });
  });
});

describe('paths, urls and map order', () => {
  it('lists every path to an outcome', () => {
    expect(allPaths(tree).map((p) => `${p.answers.map((a) => a.option).join('')}→${p.outcome}`)).toEqual(['ax→end-x', 'ay→end-b', 'b→end-b']);
  });
  it('builds and reads node URLs', () => {
    expect(nodeHref(tree, 'mid', ans(['start', 'a']))).toBe('/check/q/mid/#start=a');
    expect(nodeHref(tree, 'end-b', ans(['start', 'b']))).toBe('/check/result/end-b/#start=b');
    expect(nodeFromPath('/check/q/mid/')).toBe('mid');
    expect(nodeFromPath('/check/result/end-b/')).toBe('end-b');
    expect(nodeFromPath('/guide/')).toBeNull();
  });
  it('orders questions breadth-first from the start', () => {
    expect(mapOrder(tree)).toEqual(['start', 'mid']);
  });
});

describe('pageTree', () => {
  it("holds a page's own question and the addresses its options link to, and none of the other questions' words", () => {
    const real = realTree();
    for (const q of Object.values(real.questions)) {
      const part = pageTree(real, q.id);
      expect(part.questions[q.id]).toEqual({ ...q, options: q.options.map((o) => ({ id: o.id, label: o.label, next: o.next, flags: [] })) });
      expect(JSON.stringify(part), 'no letter facts').not.toContain('"fact"');
      for (const o of q.options) expect(nodeHref(part, o.next, []), `${q.id}=${o.id}`).toBe(nodeHref(real, o.next, []));
      for (const other of Object.values(real.questions)) if (other.id !== q.id) expect(JSON.stringify(part)).not.toContain(other.question);
    }
  });

  it('on an outcome page holds only that outcome', () => {
    const part = pageTree(tree, 'end-x');
    expect(part.questions).toEqual({});
    expect(Object.keys(part.outcomes)).toEqual(['end-x']);
  });
});
