import { describe, expect, it } from 'vitest';
import { SCAM_SIGNAL } from '../../src/lib/tree/types';
import { allPaths, replay } from '../../src/lib/tree/walk';
import { parseFragment } from '../../src/lib/tree/fragment';
import { realTree } from '../helpers/tree';

const tree = realTree();

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
  ['redflags=none&situation=digital&who-paid=adult&asked-merchant=refused&asked-platform=failed&tried=nothing&payment-method=credit-card', 'payment-dispute'],
  ['redflags=none&situation=platform&asked-merchant=refused&asked-platform=no-platform&tried=nothing&payment-method=transfer', 'complaint-12315'],
  ['redflags=none&situation=other&asked-merchant=refused&asked-platform=failed&tried=payment', 'complaint-12315'],
  ['redflags=none&situation=platform&asked-merchant=refused&asked-platform=failed&tried=complained', 'mediation'],
  ['redflags=none&situation=platform&asked-merchant=refused&asked-platform=failed&tried=mediated', 'lawsuit'],
  // A child's payment: the guardian's route (issue 13).
  ['redflags=none&situation=digital&who-paid=child&minor-asked=not-yet', 'minor-refund'],
  ['redflags=none&situation=digital&who-paid=child&minor-asked=refused', 'complaint-12315'],
  ['redflags=none&situation=digital&who-paid=child&minor-asked=complained', 'lawsuit'],
  ['redflags=none&situation=digital&who-paid=stolen', 'payment-dispute'],
  // Second-hand and person-to-person deals: a vanished seller is the fraud branch.
  ['redflags=none&situation=secondhand&secondhand=vanished&fraud-paid=just-now', 'fraud-urgent'],
  ['redflags=none&situation=secondhand&secondhand=vanished&fraud-paid=earlier', 'fraud-report'],
  ['redflags=none&situation=secondhand&secondhand=not-shipped', 'secondhand-demand'],
  ['redflags=none&situation=secondhand&secondhand=not-as-described', 'secondhand-demand'],
  ['redflags=none&situation=secondhand&secondhand=business&asked-merchant=refused&asked-platform=not-yet', 'platform-intervene'],
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
});
