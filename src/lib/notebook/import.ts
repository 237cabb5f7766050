import { parseNotebook, type CaseRecord, type FileError, type Problem } from './schema';

/** A record in the file whose id is already here with other content: the reader chooses. */
export interface Clash {
  incoming: CaseRecord;
  /** The record here it would replace (the prompt names this one). */
  replaces: CaseRecord;
}

export type ImportPlan =
  | { ok: false; error: FileError }
  | {
      ok: true;
      /** New records: added at once. */
      added: CaseRecord[];
      /** Records already here, unchanged: nothing to do. */
      same: CaseRecord[];
      clashes: Clash[];
      /** Records in the file that could not be read. */
      problems: Problem[];
    };

/**
 * What importing a file would do to the records on this device; it changes nothing itself.
 * Records sharing an id inside the file were already given ids of their own (uniqueIds).
 */
export function planImport(mine: readonly CaseRecord[], text: string): ImportPlan {
  const parsed = parseNotebook(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const plan = { ok: true as const, added: [] as CaseRecord[], same: [] as CaseRecord[], clashes: [] as Clash[], problems: parsed.problems };
  const byId = new Map(mine.map((m) => [m.id, m]));
  for (const r of parsed.notebook.records) {
    const here = byId.get(r.id);
    if (here === undefined) plan.added.push(r);
    else if (JSON.stringify(here) === JSON.stringify(r)) plan.same.push(r);
    else plan.clashes.push({ incoming: r, replaces: here });
  }
  return plan;
}

/** Adds imported records to those stored now, skipping any id another tab added meanwhile. */
export function addImported(now: readonly CaseRecord[], added: readonly CaseRecord[]): CaseRecord[] {
  const ids = new Set(now.map((r) => r.id));
  return [...now, ...added.filter((r) => !ids.has(r.id))];
}
