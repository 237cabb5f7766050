import { describe, expect, it } from 'vitest';
import { COMPLAINT_ACCEPTED, SCAM_SIGNAL } from '../../src/lib/tree/types';
import { loadContent } from '../../src/lib/content/load';
import { allPaths, replay } from '../../src/lib/tree/walk';
import { parseFragment } from '../../src/lib/tree/fragment';
import { ROOT, realTree } from '../helpers/tree';

const tree = realTree();

/** Outcomes that send the reader to a 消费者协会 (their `channels` name it). */
function associationOutcomes(): Set<string> {
  const ids = loadContent(ROOT)
    .entries.filter((e) => e.kind === 'outcomes' && ((e.data as { channels?: unknown[] }).channels ?? []).includes('xiaoxie'))
    .map((e) => e.fileId!);
  return new Set(ids);
}

/** Reader journeys through the real tree, written as fragments, with the outcome each must reach. */
const PATHS: [string, string][] = [
  ['redflags=pay-first&fraud-paid=not-yet', 'fraud-stop'],
  ['redflags=high-return&fraud-paid=just-now', 'fraud-urgent'],
  ['redflags=fake-service&fraud-paid=earlier', 'fraud-report'],
  ['redflags=gambling', 'gambling'],
  ['redflags=recovery', 'recovery-scam'],
  ['redflags=unsure', 'scam-check'],
  ['redflags=none&situation=withdraw&fraud-paid=just-now', 'fraud-urgent'],
  ['redflags=none&situation=flight', 'flight'],
  ['redflags=none&situation=telecom', 'telecom'],
  ['redflags=none&situation=prepaid', 'prepaid'],
  ['redflags=none&situation=deposit', 'deposit'],
  ['redflags=none&situation=platform&asked-merchant=not-yet', 'merchant-demand'],
  ['redflags=none&situation=merchant&asked-merchant=gone', 'merchant-gone'],
  ['redflags=none&situation=local&asked-merchant=stalled&stuck-time=under-15', 'merchant-demand'],
  ['redflags=none&situation=travel&asked-merchant=stalled&stuck-time=over-15&asked-platform=not-yet', 'platform-intervene'],
  ['redflags=none&situation=digital&asked-merchant=refused&asked-platform=failed&tried=nothing&payment-method=credit-card', 'payment-dispute'],
  ['redflags=none&situation=platform&asked-merchant=refused&asked-platform=no-platform&tried=nothing&payment-method=transfer&complain-where=regulator', 'complaint-12315'],
  ['redflags=none&situation=other&asked-merchant=refused&asked-platform=failed&tried=payment&complain-where=regulator', 'complaint-12315'],
  ['redflags=none&situation=platform&asked-merchant=refused&asked-platform=failed&tried=complained', 'lawsuit'],
  ['redflags=none&situation=platform&asked-merchant=refused&asked-platform=failed&tried=mediated', 'lawsuit'],
  ['redflags=none&situation=travel&asked-merchant=refused&asked-platform=failed&tried=payment&complain-where=association', 'mediation'],
  ['redflags=none&situation=merchant&asked-merchant=refused&asked-platform=no-platform&tried=nothing&payment-method=checkout&complain-where=association', 'mediation'],
];

describe('reader journeys through the real tree', () => {
  it.each(PATHS)('#%s → %s', (fragment, expected) => {
    const parsed = parseFragment(`#${fragment}`);
    if (!parsed.ok) throw new Error(`bad fragment in the test list: ${fragment}`);
    const result = replay(tree, parsed.answers);
    expect(result.ok && result.at).toBe(expected);
  });

  it('visits every question and every outcome at least once', () => {
    const visited = new Set<string>();
    for (const [fragment] of PATHS) {
      const parsed = parseFragment(`#${fragment}`);
      const result = parsed.ok ? replay(tree, parsed.answers) : null;
      if (result?.ok) {
        result.steps.forEach((s) => visited.add(s.question.id));
        visited.add(result.at);
      }
    }
    const missing = [...Object.keys(tree.questions), ...Object.keys(tree.outcomes)].filter((id) => !visited.has(id));
    expect(missing, 'nodes no listed path visits: add a path for each').toEqual([]);
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
