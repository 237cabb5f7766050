import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toIcs } from '../../src/lib/deadlines/ics';
import { toCalendar, toText } from '../../src/lib/notebook/export';
import { addImported, planImport } from '../../src/lib/notebook/import';
import { nextRung, rungOf, type Ladder } from '../../src/lib/ladder';
import { due } from '../../src/lib/notebook/due';
import { clipLetter, createRecord, updateRecord } from '../../src/lib/notebook/save';
import { checkRecord, parseNotebook, recordDate, serialize } from '../../src/lib/notebook/schema';
import { loadNotebook, NOTEBOOK_KEY, UNREADABLE_KEY, updateNotebook } from '../../src/lib/notebook/store';
import { saveTarget } from '../../src/lib/notebook/target';
import { misfiled } from '../../src/lib/notebook/misfiled';
import { saveTicks } from '../../src/lib/ticks';
import { buildTree } from '../../src/lib/tree/types';
import { emptyRecord as record, exportWords } from '../helpers/records';

// Issue 25: the notebook never loses a record, and its advice matches its answers.

const rung = (id: string, branch: 'consumer' | 'fraud', next?: string) => ({
  id,
  title: `标题 ${id}`,
  branch,
  name: id.toUpperCase(),
  next,
  evidence: [`${id} 证据一`],
});
const RUNGS: Ladder = Object.fromEntries(
  [rung('merchant-demand', 'consumer', 'lawsuit'), rung('lawsuit', 'consumer'), rung('fraud-stop', 'fraud')].map((r) => [r.id, r]),
);
const TRANSFERS = Array.from(
  { length: 12 },
  (_, i) => `2026-10-${String(i + 10).padStart(2, '0')} 14:${String(i + 10)} 向 6222 0000 0000 ${1000 + i} 转账 ${5000 + i * 100} 元`,
).join('；');

/** A localStorage of one browser: what two tabs of one origin share. */
class MemoryStorage {
  data = new Map<string, string>();
  fail = false;
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.fail) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  clear() {
    this.data.clear();
  }
}
let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('one schema, one set of limits, one date rule', () => {
  it('a fraud record with a transfer list of twelve transfers saves and reads back', () => {
    expect(TRANSFERS.length).toBeGreaterThan(270);
    const r = createRecord({ outcome: 'fraud-stop', answers: [], letter: { transfers: TRANSFERS }, name: '刷单', today: '2026-11-10' });
    expect(checkRecord(r)).toMatchObject({ ok: true });
    expect(parseNotebook(serialize([r]))).toMatchObject({ ok: true, problems: [], notebook: { records: [{ letter: { transfers: TRANSFERS } }] } });
  });
  it('cuts only what is over the limit, and says which field', () => {
    const long = 'x'.repeat(2500);
    expect(clipLetter({ transfers: long, merchant: '某店' })).toEqual({ letter: { transfers: 'x'.repeat(2000), merchant: '某店' }, cut: ['transfers'] });
  });
  it('a date typed 05 01 26 (0026-05-01) is refused everywhere, never stored', () => {
    expect(recordDate('0026-05-01')).toBe(false);
    expect(recordDate('2026-05-01')).toBe(true);
    const bad = { ...record('r1'), steps: [{ id: 's1', date: '0026-05-01', rung: 'merchant-demand', event: 'other', ref: '', note: '' }] };
    expect(checkRecord(bad)).toEqual({ ok: false, problem: { path: 'record.steps.0.date', error: 'date' } });
    // The save button turns calculator dates into steps with the same rule.
    const saved = createRecord({
      outcome: 'merchant-demand',
      answers: [],
      letter: {},
      name: 'x',
      today: '2026-11-10',
      dates: { requested: '0026-05-01', received: '2026-11-01' },
    });
    expect(saved.steps.map((s) => [s.event, s.date])).toEqual([['received', '2026-11-01']]);
  });
});

describe('storage: a write never loses what it did not read', () => {
  it('an unreadable record is written back untouched by a later change', () => {
    const broken = { ...record('r2'), letter: { transfers: 'x'.repeat(5000) } };
    storage.setItem(NOTEBOOK_KEY, JSON.stringify({ format: 'refundpath-notebook', version: 2, records: [record('r1'), broken] }));
    const loaded = loadNotebook();
    expect(loaded.records.map((r) => r.id)).toEqual(['r1']);
    expect(loaded.problems).toEqual([{ path: 'records.1.letter.transfers', error: 'long' }]);
    updateNotebook((now) => now.map((r) => ({ ...r, evidence: ['merchant-demand 证据一'] })));
    expect(JSON.parse(storage.getItem(NOTEBOOK_KEY)!).records).toEqual([{ ...record('r1'), evidence: ['merchant-demand 证据一'] }, broken]);
  });
  it('a store that cannot be read is kept aside, and a second one is added to it, not swapped', () => {
    storage.setItem(NOTEBOOK_KEY, '{"first":');
    expect(updateNotebook((now) => [...now, record('r1')]).ok).toBe(true);
    storage.setItem(NOTEBOOK_KEY, '{"second":');
    updateNotebook((now) => now);
    expect(storage.getItem(UNREADABLE_KEY)).toBe('{"first":\n{"second":');
  });
  it('two tabs: each write merges into what the other stored', () => {
    // Tab A loaded the notebook before tab B saved a record.
    const tabA = loadNotebook().records;
    updateNotebook((now) => [...now, record('from-b')]);
    updateNotebook((now) => [...now, record('from-a')]);
    expect(tabA).toEqual([]);
    expect(loadNotebook().records.map((r) => r.id)).toEqual(['from-b', 'from-a']);
    // A tick in one tab keeps a step the other tab added.
    updateNotebook((now) =>
      now.map((r) =>
        r.id === 'from-b' ? { ...r, steps: [{ id: 's1', date: '2026-11-02', rung: 'merchant-demand', event: 'other' as const, ref: '', note: '' }] } : r,
      ),
    );
    updateNotebook((now) => now.map((r) => (r.id === 'from-b' ? { ...r, evidence: ['merchant-demand 证据一'] } : r)));
    expect(loadNotebook().records[0]).toMatchObject({ id: 'from-b', steps: [{ id: 's1' }], evidence: ['merchant-demand 证据一'] });
  });
  it('clearing in one tab stays cleared after a change in another', () => {
    updateNotebook(() => [record('r1')]);
    storage.removeItem(NOTEBOOK_KEY); // 清除我的数据 in the other tab
    const w = updateNotebook((now) => now.map((r) => (r.id === 'r1' ? { ...r, resolved: true } : r)));
    expect(w.records).toEqual([]);
    expect(loadNotebook().records).toEqual([]);
  });
  it('a refused write says so', () => {
    storage.fail = true;
    expect(updateNotebook((now) => [...now, record('r1')]).ok).toBe(false);
    expect(saveTicks('merchant-demand', [true])).toBe(false);
    storage.fail = false;
    expect(saveTicks('merchant-demand', [true])).toBe(true);
  });
});

describe('import', () => {
  it('records sharing an id in a file get ids of their own', () => {
    const file = serialize([record('r1', { name: '甲' }), record('r1', { name: '乙' })]);
    const plan = planImport([], file);
    expect(plan.ok && plan.added.map((r) => [r.id, r.name])).toEqual([
      ['r1', '甲'],
      ['r1-2', '乙'],
    ]);
    // The same on every read: deleting one never deletes both.
    expect(parseNotebook(file)).toMatchObject({ ok: true, notebook: { records: [{ id: 'r1' }, { id: 'r1-2' }] } });
  });
  it('adds to what is stored now: an edit made while the import loaded is kept', () => {
    const edited = record('r1', { resolved: true });
    expect(addImported([edited], [record('r1'), record('r9')])).toEqual([edited, record('r9')]);
  });
  it('the overwrite prompt has the record it replaces', () => {
    const mine = record('r1', { name: '我的名字' });
    const plan = planImport([mine], serialize([record('r1', { name: '文件里的名字' })]));
    expect(plan.ok && plan.clashes.map((c) => [c.incoming.name, c.replaces.name])).toEqual([['文件里的名字', '我的名字']]);
  });
  it('a file with more records than a notebook holds is refused up front', () => {
    const many = JSON.stringify({ format: 'refundpath-notebook', version: 2, records: Array.from({ length: 5001 }, () => 0) });
    expect(planImport([], many)).toEqual({ ok: false, error: 'many' });
  });
});

describe('advice that matches the record', () => {
  const tree = buildTree(
    [
      {
        id: 'redflags',
        question: '?',
        options: [
          { id: 'none', label: 'n', next: 'situation', flags: [] },
          { id: 'fee', label: 'f', next: 'fraud-stop', flags: ['scam-signal'] },
        ],
      },
      { id: 'situation', question: '?', options: [{ id: 'shop', label: 's', next: 'merchant-demand', flags: [] }] },
    ],
    [
      { id: 'merchant-demand', title: '找商家', branch: 'consumer' },
      { id: 'fraud-stop', title: '止损', branch: 'fraud' },
    ],
  );
  it('saves under the outcome the answers lead to, not the page it was saved on', () => {
    const fee = [{ question: 'redflags', option: 'fee' }];
    expect(saveTarget(tree, fee, 'merchant-demand')).toEqual({ outcome: 'fraud-stop', answers: fee, moved: true });
    const shop = [
      { question: 'redflags', option: 'none' },
      { question: 'situation', option: 'shop' },
    ];
    expect(saveTarget(tree, shop, 'merchant-demand')).toEqual({ outcome: 'merchant-demand', answers: shop, moved: false });
    expect(saveTarget(tree, [{ question: 'constructor', option: 'x' }], 'merchant-demand')).toEqual({ outcome: 'merchant-demand', answers: [], moved: false });
  });
  it('a stored record whose answers lead elsewhere is found, so the notebook shows that outcome’s advice', () => {
    const records = [
      record('r1', { answers: [{ question: 'redflags', option: 'fee' }] }),
      record('r2', {
        answers: [
          { question: 'redflags', option: 'none' },
          { question: 'situation', option: 'shop' },
        ],
      }),
      record('r3'),
    ];
    expect(misfiled(tree, records)).toEqual({ r1: 'fraud-stop' });
  });
  it('an outcome id the build does not know is not a rung, not the last step, and `constructor` is no rung', () => {
    for (const id of ['renamed-outcome', 'constructor', '__proto__', 'tostring']) expect(rungOf(RUNGS, id)).toBeUndefined();
    expect(rungOf(RUNGS, 'constructor')).toBeUndefined();
    const d = due(
      record('r1', { outcome: 'constructor', steps: [{ id: 's', date: '2026-11-05', rung: 'constructor', event: 'requested', ref: '', note: '' }] }),
      RUNGS,
      '2027-01-01',
    );
    expect(d).toMatchObject({ known: false, climb: null });
    expect(nextRung(RUNGS, 'constructor')).toBeNull();
  });
  it('saving from an outcome keeps the calculator dates and the ticks', () => {
    const r = createRecord({
      outcome: 'merchant-demand',
      answers: [],
      letter: {},
      name: 'x',
      today: '2026-11-10',
      dates: { requested: '2026-11-05', returned: '2026-11-06' },
      evidence: ['merchant-demand 证据一'],
    });
    expect(r.steps.map((s) => [s.event, s.date, s.rung])).toEqual([
      ['requested', '2026-11-05', 'merchant-demand'],
      ['returned', '2026-11-06', 'merchant-demand'],
    ]);
    expect(r.evidence).toEqual(['merchant-demand 证据一']);
    expect(due(r, RUNGS, '2026-11-10').upcoming.length).toBeGreaterThan(0);
    // Saving the same dates again into the record adds nothing twice.
    expect(
      updateRecord(r, {
        outcome: 'merchant-demand',
        answers: [],
        letter: {},
        name: 'x',
        today: '2026-11-10',
        dates: { requested: '2026-11-05' },
        evidence: ['merchant-demand 证据一'],
      }),
    ).toMatchObject({ steps: r.steps, evidence: r.evidence });
  });
});

describe('exports escape line breaks', () => {
  const w = exportWords;
  const r = record('r1', {
    name: '耳机\r退款\n伪造的一行',
    letter: { merchant: '某店\r\nSUMMARY:假' },
    steps: [{ id: 's1', date: '2026-11-05', rung: 'merchant-demand', event: 'requested', ref: 'T\r1', note: '第一行\r第二行' }],
  });
  it('.txt: a CR or LF in a name or field adds no line of its own', () => {
    const text = toText(r, RUNGS, w, '2026-11-10');
    expect(text).not.toContain('\r');
    expect(text.split('\n')[0]).toBe('维权记录：耳机 退款 伪造的一行');
    expect(text).toContain('编号：T 1');
    expect(text).toMatch(/ {5}第一行\n {5}第二行/);
  });
  it('.ics: no bare CR survives; every line ends CRLF', () => {
    const ics = toCalendar(r, RUNGS, w, '2026-11-10', new Date('2026-11-10T00:00:00Z'));
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(toIcs([{ uid: 'u', date: '2026-11-20', summary: 'a\rb', description: 'c\r\nd\ne' }], new Date(0))).toContain('SUMMARY:a\\nb');
  });
});
