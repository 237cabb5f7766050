import { describe, expect, it } from 'vitest';
import { due, currentRung, deadlineInputs } from '../../src/lib/notebook/due';
import { nextRung, type Ladder } from '../../src/lib/ladder';
import { parseNotebook, serialize, checkRecord, type CaseRecord, type Step } from '../../src/lib/notebook/schema';
import { toCalendar, toJson, toText, exportName } from '../../src/lib/notebook/export';
import { createRecord, updateRecord } from '../../src/lib/notebook/save';
import { notebookToday } from '../../src/lib/notebook/today';
import { zhCN } from '../../src/i18n/zh-cn';
import { exportWords } from '../helpers/records';

const rung = (id: string, branch: 'consumer' | 'fraud', next?: string) => ({
  id,
  title: `标题 ${id}`,
  branch,
  name: id.toUpperCase(),
  next,
  evidence: [`${id} 证据一`, `${id} 证据二`],
});
const RUNGS: Ladder = Object.fromEntries(
  [
    rung('merchant-demand', 'consumer', 'platform-intervene'),
    rung('platform-intervene', 'consumer', 'complaint-12315'),
    rung('complaint-12315', 'consumer', 'lawsuit'),
    rung('mediation', 'consumer', 'lawsuit'),
    rung('lawsuit', 'consumer'),
    rung('fraud-stop', 'fraud', 'fraud-report'),
    rung('fraud-report', 'fraud', 'recovery-scam'),
    rung('recovery-scam', 'fraud'),
    // Content that wrongly points a scam outcome at a consumer rung.
    rung('gambling', 'fraud', 'lawsuit'),
  ].map((r) => [r.id, r]),
);

let n = 0;
const step = (date: string, rung: string, event: Step['event'], ref = ''): Step => ({ id: `s${++n}`, date, rung, event, ref, note: '' });
const record = (outcome: string, steps: Step[], extra: Partial<CaseRecord> = {}): CaseRecord => ({
  id: 'r1',
  name: '耳机退款',
  created: '2026-11-01',
  outcome,
  answers: [{ question: 'redflags', option: 'none' }],
  letter: {},
  evidence: [],
  steps,
  resolved: false,
  ...extra,
});

describe('next rung', () => {
  it('follows the outcome’s next within its branch', () => {
    expect(nextRung(RUNGS, 'merchant-demand')?.id).toBe('platform-intervene');
    expect(nextRung(RUNGS, 'fraud-stop')?.id).toBe('fraud-report');
  });
  it('after 12315 or 消协 goes to court', () => {
    expect(nextRung(RUNGS, 'complaint-12315')?.id).toBe('lawsuit');
    expect(nextRung(RUNGS, 'mediation')?.id).toBe('lawsuit');
  });
  it('never gives a scam outcome a consumer rung, and knows when there is none', () => {
    expect(nextRung(RUNGS, 'gambling')).toBeNull();
    expect(nextRung(RUNGS, 'lawsuit')).toBeNull();
    expect(nextRung(RUNGS, 'unknown')).toBeNull();
  });
});

describe('what is due', () => {
  const steps = [step('2026-11-05', 'merchant-demand', 'requested', '订单 123')];
  it('lists deadlines from the steps and no advice before they pass', () => {
    const d = due(record('merchant-demand', steps), RUNGS, '2026-11-10');
    expect(deadlineInputs(steps)).toEqual({ requested: '2026-11-05' });
    expect(d.upcoming.map((x) => [x.id, x.date, x.daysLeft])).toEqual([
      ['delay-after-request', '2026-11-20', 10],
      ['limitation', '2029-11-05', 1091],
    ]);
    expect(d.climb).toBeNull();
  });
  it('advises the next rung once a deadline has passed with nothing recorded since', () => {
    const d = due(record('merchant-demand', steps), RUNGS, '2026-11-21');
    expect(d.climb?.because.id).toBe('delay-after-request');
    expect(d.climb?.to.id).toBe('platform-intervene');
    expect(d.passed.map((x) => x.id)).toEqual(['delay-after-request']);
  });
  it('stops advising once the reader records a later step or marks the dispute resolved', () => {
    const later = [...steps, step('2026-11-22', 'platform-intervene', 'other')];
    expect(due(record('merchant-demand', later), RUNGS, '2026-11-25').climb).toBeNull();
    expect(currentRung(record('merchant-demand', later), RUNGS)).toBe('platform-intervene');
    expect(due(record('merchant-demand', steps, { resolved: true }), RUNGS, '2026-11-25').climb).toBeNull();
  });
  it('a complaint 12315 did not accept in 7 working days leads to court', () => {
    const complaint = [step('2026-11-02', 'complaint-12315', 'complained', '1234567890')];
    const d = due(record('complaint-12315', complaint), RUNGS, '2026-11-12');
    expect(d.climb).toMatchObject({ because: { id: 'complaint-decision', date: '2026-11-11' }, to: { id: 'lawsuit' } });
    // Accepted: wait for mediation (60 days), then court.
    const accepted = [...complaint, step('2026-11-06', 'complaint-12315', 'accepted')];
    expect(due(record('complaint-12315', accepted), RUNGS, '2026-11-12').climb).toBeNull();
    expect(due(record('complaint-12315', accepted), RUNGS, '2027-01-06').climb).toMatchObject({ because: { id: 'mediation-end' }, to: { id: 'lawsuit' } });
  });
  it('a scam record has no consumer deadlines or rungs, only the fraud branch’s next step', () => {
    const scam = record('fraud-stop', [step('2026-11-05', 'fraud-stop', 'requested')]);
    const d = due(scam, RUNGS, '2027-06-01');
    expect(d).toMatchObject({ branch: 'fraud', upcoming: [], climb: null, fraudNext: { id: 'fraud-report' } });
    expect(due(record('gambling', []), RUNGS, '2027-06-01').fraudNext).toBeNull();
    // A consumer step inside a scam record (an edited file) does not lead to a consumer rung.
    expect(due(record('fraud-stop', [step('2026-11-05', 'merchant-demand', 'requested')]), RUNGS, '2027-06-01')).toMatchObject({
      climb: null,
      fraudNext: { id: 'fraud-report' },
    });
  });
});

describe('stored format', () => {
  const r = record('merchant-demand', [step('2026-11-05', 'merchant-demand', 'requested', 'T-1')], {
    letter: { merchant: '某店', amount: '299' },
    evidence: ['merchant-demand 证据一'],
  });
  it('round-trips through its JSON', () => {
    const parsed = parseNotebook(serialize([r]));
    expect(parsed).toEqual({ ok: true, notebook: { format: 'refundpath-notebook', version: 2, records: [r] }, problems: [], kept: [] });
  });
  it('upgrades version 1 data', () => {
    const v1 = JSON.stringify({
      format: 'refundpath-notebook',
      version: 1,
      records: [{ id: 'old', name: '旧记录', outcome: 'merchant-demand', steps: [{ date: '2026-10-01', rung: 'merchant-demand' }] }],
    });
    const parsed = parseNotebook(v1);
    expect(parsed.ok && parsed.migratedFrom).toBe(1);
    expect(parsed.ok && parsed.notebook.records[0]).toEqual({
      id: 'old',
      name: '旧记录',
      created: '2026-10-01',
      outcome: 'merchant-demand',
      answers: [],
      letter: {},
      evidence: [],
      resolved: false,
      steps: [{ id: 's1', date: '2026-10-01', rung: 'merchant-demand', event: 'other', ref: '', note: '' }],
    });
  });
  it('keeps the valid records and names the field of each bad one', () => {
    const bad = { ...r, id: 'r2', steps: [{ ...r.steps[0], date: '2026-02-30' }] };
    const parsed = parseNotebook(JSON.stringify({ format: 'refundpath-notebook', version: 2, records: [r, bad, 'x'] }));
    expect(parsed.ok && parsed.notebook.records).toEqual([r]);
    expect(parsed.ok && parsed.problems).toEqual([
      { path: 'records.1.steps.0.date', error: 'date' },
      { path: 'records.2', error: 'object' },
    ]);
  });
  it('refuses files that are not a notebook, with the reason', () => {
    expect(parseNotebook('{oops')).toEqual({ ok: false, error: 'json' });
    expect(parseNotebook('{"records":[]}')).toEqual({ ok: false, error: 'format' });
    expect(parseNotebook('{"format":"refundpath-notebook","records":[]}')).toEqual({ ok: false, error: 'version' });
    expect(parseNotebook('{"format":"refundpath-notebook","version":9,"records":[]}')).toEqual({ ok: false, error: 'newer', version: 9 });
    expect(checkRecord({ ...r, steps: [{ ...r.steps[0], event: 'bribe' }] })).toEqual({ ok: false, problem: { path: 'record.steps.0.event', error: 'event' } });
  });
});

describe('exports', () => {
  const w = exportWords;
  const r = record('merchant-demand', [step('2026-11-05', 'merchant-demand', 'requested', 'T-1'), step('2026-11-01', 'merchant-demand', 'received')], {
    letter: { merchant: '某店' },
    evidence: ['merchant-demand 证据二'],
  });
  it('text: timeline in date order, evidence ticks, upcoming deadlines', () => {
    const text = toText(r, RUNGS, w, '2026-11-10');
    expect(text).toContain('耳机退款');
    expect(text.indexOf('2026-11-01')).toBeLessThan(text.indexOf('2026-11-05'));
    expect(text).toContain('T-1');
    expect(text).toContain('某店');
    expect(text).toMatch(/☐ merchant-demand 证据一\n {2}☑ merchant-demand 证据二/);
    expect(text).toContain('2026-11-20');
    expect(text).not.toContain('2026-11-08'); // the return window has passed
  });
  it('.ics: one event per upcoming deadline', () => {
    const ics = toCalendar(r, RUNGS, w, '2026-11-10', new Date('2026-11-10T00:00:00Z'));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261120');
  });
  it('marks an estimated deadline as the toolkit does, in the text and the calendar', () => {
    // Complained, acceptance not known: the end of mediation is counted from the latest acceptance day.
    const complained = record('complaint-12315', [step('2026-11-05', 'complaint-12315', 'complained')]);
    const marked = `${zhCN.toolkit.results['mediation-end']}（${zhCN.toolkit.estimated}）`;
    expect(toText(complained, RUNGS, w, '2026-11-10')).toContain(marked);
    expect(toCalendar(complained, RUNGS, w, '2026-11-10', new Date(0)).replace(/\r\n /g, '')).toContain(marked);
  });
  it('JSON: imports back to the same record', () => {
    const parsed = parseNotebook(toJson(r));
    expect(parsed.ok && parsed.notebook.records).toEqual([r]);
    expect(exportName({ ...r, name: '耳机 / 退款?' }, '2026-11-10', 'json')).toBe('耳机-退款-2026-11-10.json');
  });
});

describe('saving from an outcome', () => {
  const input = {
    outcome: 'merchant-demand',
    answers: [{ question: 'redflags', option: 'none' }],
    letter: { merchant: '某店' },
    name: ' 耳机 ',
    today: '2026-11-10',
  };
  it('creates a valid record and moves it up the ladder keeping its steps', () => {
    const created = createRecord(input, () => 0.5);
    expect(checkRecord(created).ok).toBe(true);
    expect(created).toMatchObject({ name: '耳机', created: '2026-11-10', outcome: 'merchant-demand', steps: [] });
    const withStep = { ...created, steps: [step('2026-11-10', 'merchant-demand', 'requested')] };
    const moved = updateRecord(withStep, { ...input, outcome: 'platform-intervene', letter: { merchant: '', orderNo: 'A1' } });
    expect(moved).toMatchObject({ id: created.id, outcome: 'platform-intervene', letter: { merchant: '某店', orderNo: 'A1' } });
    expect(moved.steps.map((x) => [x.date, x.rung, x.event])).toEqual([
      ['2026-11-10', 'merchant-demand', 'requested'],
      ['2026-11-10', 'platform-intervene', 'other'],
    ]);
    expect(currentRung(moved, RUNGS)).toBe('platform-intervene');
    // Saving again on the same rung adds no step.
    expect(updateRecord(moved, { ...input, outcome: 'platform-intervene' }).steps).toHaveLength(2);
  });
  it('reads an injected today only when it is a real date', () => {
    const now = new Date('2026-11-10T20:00:00Z'); // already the 11th in China
    expect(notebookToday('?today=2027-01-05', now)).toEqual({ today: '2027-01-05', injected: true });
    expect(notebookToday('?today=2027-02-30', now)).toEqual({ today: '2026-11-11', injected: false });
    expect(notebookToday('', now)).toEqual({ today: '2026-11-11', injected: false });
  });
});

describe('the top of the ladder', () => {
  it('says a deadline failed even when there is no rung left to climb', () => {
    const r = record('lawsuit', [step('2026-11-05', 'lawsuit', 'requested')]);
    expect(due(r, RUNGS, '2026-12-01')).toMatchObject({ current: 'lawsuit', failed: { id: 'delay-after-request' }, climb: null });
  });
});

describe('import', () => {
  const r = record('merchant-demand', [step('2026-11-05', 'merchant-demand', 'requested')]);
  it('adds new records, skips identical ones and holds back changed ones for the reader', async () => {
    const { planImport } = await import('../../src/lib/notebook/import');
    const other = { ...r, id: 'r2' };
    const changed = { ...r, name: '改过的名字' };
    expect(planImport([r], serialize([other, r]))).toMatchObject({ ok: true, added: [other], same: [r], clashes: [], problems: [] });
    expect(planImport([r], serialize([changed]))).toMatchObject({ ok: true, added: [], same: [], clashes: [{ incoming: changed, replaces: r }] });
    expect(planImport([r], 'not json')).toEqual({ ok: false, error: 'json' });
  });
});
