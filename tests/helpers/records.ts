import { zhCN } from '../../src/i18n/zh-cn';
import type { ExportWords } from '../../src/lib/notebook/export';
import type { CaseRecord } from '../../src/lib/notebook/schema';

/** A valid notebook record with nothing in it yet, for the notebook's unit and browser tests. */
export const emptyRecord = (id: string, extra: Partial<CaseRecord> = {}): CaseRecord => ({
  id,
  name: `记录 ${id}`,
  created: '2026-11-01',
  outcome: 'merchant-demand',
  answers: [],
  letter: {},
  evidence: [],
  steps: [],
  resolved: false,
  ...extra,
});

/** The words the notebook's exports take, put together as src/islands/Notebook.tsx does. */
export const exportWords: ExportWords = {
  ...zhCN.notebook.export,
  events: zhCN.notebook.events,
  results: zhCN.toolkit.results,
  fields: zhCN.toolkit.fields,
  estimated: zhCN.toolkit.estimated,
};
