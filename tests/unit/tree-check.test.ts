import { describe, expect, it } from 'vitest';
import { checkTree, type CheckOutcome, type CheckQuestion } from '../../src/lib/tree/check';

const Q = 'content/tree/questions.yaml';
const out = (id: string, branch: 'consumer' | 'fraud' = 'consumer', laws = ['law-1'], channels = ['ch-1']): CheckOutcome => ({
  id,
  file: `content/tree/outcomes/${id}.mdx`,
  branch,
  laws,
  channels,
});
const q = (id: string, ...options: [string, string, string[]?][]): CheckQuestion => ({
  id,
  file: Q,
  options: options.map(([oid, next, flags]) => ({ id: oid, next, flags: flags ?? [] })),
});
const check = (questions: CheckQuestion[], outcomes: CheckOutcome[]) =>
  checkTree({ questions, outcomes, lawIds: new Set(['law-1']), channelIds: new Set(['ch-1']) }).map((p) => `${p.file}: ${p.message}`);

describe('checkTree', () => {
  const good = () => [q('start', ['a', 'second'], ['scam', 'police', ['scam-signal']]), q('second', ['x', 'demand'], ['y', 'court'])];
  const ends = () => [out('demand'), out('court'), out('police', 'fraud')];

  it('accepts a sound tree', () => {
    expect(check(good(), ends())).toEqual([]);
  });

  it('names the question and option of a dangling reference', () => {
    const qs = good();
    qs[1]!.options[1]!.next = 'courts';
    expect(check(qs, ends())).toEqual([
      `${Q}: question "second", option "y": next "courts" is neither a question nor an outcome`,
      'content/tree/outcomes/court.mdx: outcome "court" cannot be reached from the start question "start"',
    ]);
  });

  it('names duplicate question, option and outcome ids', () => {
    const qs = [...good(), q('second', ['x', 'demand'], ['x', 'court'])];
    expect(check(qs, [...ends(), out('court')])).toEqual([
      `${Q}: duplicate question id "second"`,
      `${Q}: question "second": duplicate option id "x"`,
      'content/tree/outcomes/court.mdx: duplicate outcome id "court"',
    ]);
  });

  it('finds unreachable questions and outcomes', () => {
    expect(check([...good(), q('orphan', ['a', 'demand'], ['b', 'court'])], [...ends(), out('lonely')])).toEqual([
      `${Q}: question "orphan" cannot be reached from the start question "start"`,
      'content/tree/outcomes/lonely.mdx: outcome "lonely" cannot be reached from the start question "start"',
    ]);
  });

  it('finds a cycle and the dead ends it makes', () => {
    const qs = [q('start', ['a', 'loop1'], ['b', 'demand']), q('loop1', ['a', 'loop2'], ['b', 'loop2']), q('loop2', ['a', 'loop1'], ['b', 'loop1'])];
    expect(check(qs, [out('demand')])).toEqual([
      `${Q}: question "loop1" leads back to itself (loop1 → loop2 → loop1)`,
      `${Q}: question "loop1" is a dead end: no answer leads to an outcome`,
      `${Q}: question "loop2" is a dead end: no answer leads to an outcome`,
    ]);
  });

  it('requires every outcome to cite a known law and channel', () => {
    expect(check(good(), [out('demand', 'consumer', [], ['nope']), out('court'), out('police', 'fraud', ['law-9'])])).toEqual([
      'content/tree/outcomes/demand.mdx: outcome "demand", field "channels": unknown channel id "nope"',
      'content/tree/outcomes/demand.mdx: outcome "demand" cites no law',
      'content/tree/outcomes/police.mdx: outcome "police", field "laws": unknown law id "law-9"',
    ]);
  });

  it('refuses a scam-signal answer that can reach a consumer outcome', () => {
    const qs = good();
    qs[0]!.options[1]!.next = 'second';
    expect(check(qs, [...ends().slice(0, 2), out('police', 'fraud')])).toEqual([
      'content/tree/outcomes/police.mdx: outcome "police" cannot be reached from the start question "start"',
      `${Q}: question "start", option "scam" is a scam signal but can lead to the consumer outcome "court"`,
      `${Q}: question "start", option "scam" is a scam signal but can lead to the consumer outcome "demand"`,
    ]);
  });

  it('refuses ids the quiz URL parser would reject, naming the question', () => {
    const long = `q${'x'.repeat(64)}`;
    const qs = [q('start', ['a', long], ['B', 'police', ['scam-signal']]), q(long, ['x', 'demand'], ['y', 'demand'])];
    expect(check(qs, [out('demand'), out('police', 'fraud')])).toEqual([
      `${Q}: question "start": id "B" must be lower-case letters, digits and dashes (at most 64 characters)`,
      `${Q}: question "${long}": id "${long}" must be lower-case letters, digits and dashes (at most 64 characters)`,
    ]);
  });

  it('refuses a tree whose longest answer chain does not fit in a quiz URL', () => {
    // 51 questions in a row: one answer more than the fragment parser reads.
    const chain = Array.from({ length: 51 }, (_, i) => q(`q${i}`, ['a', i === 50 ? 'demand' : `q${i + 1}`], ['b', 'demand']));
    const problems = check(chain, [out('demand')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/tree\/questions\.yaml: the answers #q0=a&q1=a.*are too many or too long for a quiz URL$/);
    // 50 fit.
    expect(check(chain.slice(1), [out('demand')])).toEqual([]);
  });
});
