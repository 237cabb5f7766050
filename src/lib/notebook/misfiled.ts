import { loadTree } from '../tree/load';
import type { Tree } from '../tree/types';
import type { CaseRecord } from './schema';
import { saveTarget } from './target';

/**
 * Records whose answers lead to another outcome than the one they were saved under (saved
 * before the save button followed the answers, or from an edited file): record id → the
 * outcome the answers lead to. The notebook shows that outcome's advice, so a record whose
 * answers are a scam's always gets the fraud advice.
 */
export function misfiled(tree: Tree, records: readonly CaseRecord[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of records) {
    if (r.answers.length === 0) continue;
    const t = saveTarget(tree, r.answers, r.outcome);
    if (t.moved) out[r.id] = t.outcome;
  }
  return out;
}

/** The same, with the quiz's tree fetched (once a page); nothing when it cannot be had. */
export async function findMisfiled(records: readonly CaseRecord[]): Promise<Record<string, string>> {
  const tree = await loadTree();
  return tree ? misfiled(tree, records) : {};
}
