import { parseNotebook, type CaseRecord, type FileError, type Problem } from './schema';

export type ImportPlan =
  | { ok: false; error: FileError }
  | {
      ok: true;
      /** New records: added at once. */
      added: CaseRecord[];
      /** Records already here, unchanged: nothing to do. */
      same: CaseRecord[];
      /** Records already here with other content: the reader chooses. */
      clashes: CaseRecord[];
      /** Records in the file that could not be read. */
      problems: Problem[];
    };

/** What importing a file would do to the records on this device; it changes nothing itself. */
export function planImport(mine: readonly CaseRecord[], text: string): ImportPlan {
  const parsed = parseNotebook(text);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const plan = { ok: true as const, added: [] as CaseRecord[], same: [] as CaseRecord[], clashes: [] as CaseRecord[], problems: parsed.problems };
  for (const r of parsed.notebook.records) {
    const here = mine.find((m) => m.id === r.id);
    (here === undefined ? plan.added : JSON.stringify(here) === JSON.stringify(r) ? plan.same : plan.clashes).push(r);
  }
  return plan;
}
