import { describe, expect, it } from 'vitest';
import { computeDeadlines, deadlineName, DEADLINE_LAWS } from '../../src/lib/deadlines/compute';
import { deadlineCalendar } from '../../src/lib/deadlines/calendar';
import { addDays, addWorkingDays, addYears, daysBetween, isIsoDate, todayInChina, YEAR_MAX, YEAR_MIN } from '../../src/lib/deadlines/dates';
import { dateProblem } from '../../src/lib/deadlines/range';
import { zhCN } from '../../src/i18n/zh-cn';
import { toIcs } from '../../src/lib/deadlines/ics';
import { loadContent } from '../../src/lib/content/load';
import { ROOT } from '../helpers/tree';

describe('calendar arithmetic', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-01-31', 7)).toBe('2026-02-07');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-25', 7)).toBe('2028-03-03'); // 2028 is a leap year: 29 February counts
    expect(addDays('2027-02-25', 7)).toBe('2027-03-04');
  });

  it('counts working days Monday to Friday, skipping weekends, from the next day', () => {
    expect(addWorkingDays('2026-11-20', 7)).toBe('2026-12-01'); // Friday → Tuesday after next
    expect(addWorkingDays('2026-11-21', 7)).toBe('2026-12-01'); // Saturday: counting starts Monday
    expect(addWorkingDays('2026-11-23', 7)).toBe('2026-12-02'); // Monday
    expect(addWorkingDays('2026-12-29', 7)).toBe('2027-01-07'); // across the year end
  });

  it('adds years, ending on the last day of February when 29 February does not exist', () => {
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2025-02-28', 3)).toBe('2028-02-28');
    expect(addYears('2026-11-25', 3)).toBe('2029-11-25');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('26-1-1')).toBe(false);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it("takes today's date in China, whatever the device's time zone", () => {
    // 2026-11-25 17:30 UTC is already 26 November in Beijing (UTC+8).
    expect(todayInChina(new Date('2026-11-25T17:30:00Z'))).toBe('2026-11-26');
    expect(todayInChina(new Date('2026-11-25T15:59:59Z'))).toBe('2026-11-25');
    expect(todayInChina(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });

  it('measures whole days between dates', () => {
    expect(daysBetween('2026-11-25', '2026-12-10')).toBe(15);
    expect(daysBetween('2026-12-10', '2026-11-25')).toBe(-15);
  });
});

describe('computeDeadlines', () => {
  it('derives every date from the inputs given, in date order, each with its legal basis', () => {
    const result = computeDeadlines({ received: '2026-11-02', requested: '2026-11-05', returned: '2026-11-09', complained: '2026-11-27' });
    expect(result.map((d) => [d.id, d.date])).toEqual([
      ['return-window', '2026-11-09'],
      ['refund-after-return', '2026-11-16'],
      ['delay-after-request', '2026-11-20'],
      ['delay-after-return', '2026-11-24'],
      ['complaint-decision', '2026-12-08'],
      ['mediation-end', '2027-02-06'],
      ['limitation', '2029-11-05'],
    ]);
    expect(result.find((d) => d.id === 'mediation-end')!.estimated).toBe(true);
    for (const d of result) expect(d.laws.length).toBeGreaterThan(0);
  });

  it('counts mediation from the acceptance date when it is known', () => {
    const mediation = computeDeadlines({ complained: '2026-11-27', accepted: '2026-12-01' }).find((d) => d.id === 'mediation-end')!;
    expect(mediation.date).toBe('2027-01-30');
    expect(mediation.estimated).toBe(false);
  });

  it('rests every deadline on a law listed in DEADLINE_LAWS', () => {
    const all = computeDeadlines({ received: '2026-11-02', requested: '2026-11-05', returned: '2026-11-09', complained: '2026-11-27', accepted: '2026-12-01' });
    expect(all).toHaveLength(7);
    for (const d of all) for (const law of d.laws) expect(DEADLINE_LAWS, `${d.id} cites ${law}`).toContain(law);
  });

  it('cites only laws that exist in the registry', () => {
    const ids = loadContent(ROOT)
      .entries.filter((e) => e.kind === 'laws')
      .map((e) => (e.data as { id: string }).id);
    for (const law of DEADLINE_LAWS) expect(ids).toContain(law);
  });

  it('ignores empty and impossible dates', () => {
    expect(computeDeadlines({})).toEqual([]);
    expect(computeDeadlines({ received: '', requested: '2026-02-30' })).toEqual([]);
  });
});

describe('toIcs', () => {
  it('writes all-day events with CRLF lines, escaped text and folded long lines', () => {
    const ics = toIcs(
      [
        {
          uid: 'limitation-2029-11-05@refundpath',
          date: '2029-11-05',
          summary: '诉讼时效大约到这天，三年；书面催告会让时效重新计算',
          description: '《中华人民共和国民法典》第一百八十八条；《中华人民共和国民法典》第一百九十五条',
        },
      ],
      new Date('2026-11-25T08:00:00Z'),
    );
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20291105\r\n');
    expect(ics).toContain('DTSTAMP:20261125T080000Z\r\n');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    // Unfolding restores the original text.
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:诉讼时效大约到这天，三年；书面催告会让时效重新计算');
  });

  it('escapes commas, semicolons and new lines in ASCII text', () => {
    const ics = toIcs([{ uid: 'x', date: '2026-01-01', summary: 'a,b;c', description: 'line1\nline2' }], new Date(0));
    expect(ics).toContain('SUMMARY:a\\,b\\;c');
    expect(ics).toContain('DESCRIPTION:line1\\nline2');
  });
});

describe('dates stay in range', () => {
  it('accepts real dates from 2000 to 2100 only, saying why it refuses the others', () => {
    for (const ok of ['2000-01-01', '2026-11-26', '2028-02-29', '2100-12-31']) expect(dateProblem(ok), ok).toBeNull();
    for (const range of ['1999-12-31', '2101-01-01', '0001-01-01', '9999-12-31', '20261-11-02', '275760-09-13', '+010000-01-01'])
      expect(dateProblem(range), range).toBe('range');
    for (const invalid of ['2026-02-30', '2026-13-01', '', '2026-1-1', 'abc', '2026-11-26T00:00']) expect(dateProblem(invalid), invalid).toBe('invalid');
  });

  it('the message names the same years', () => {
    expect(zhCN.toolkit.dateRange).toContain(String(YEAR_MIN));
    expect(zhCN.toolkit.dateRange).toContain(String(YEAR_MAX));
  });

  it('computes nothing from a year out of range', () => {
    expect(computeDeadlines({ requested: '9999-12-31', received: '1999-01-01', complained: '2101-01-01' })).toEqual([]);
    expect(computeDeadlines({ requested: '2100-12-31' }).map((d) => d.date)).toEqual(['2101-01-15', '2103-12-31']);
  });

  it('writes no expanded year into a calendar file, and refuses one', () => {
    const latest = computeDeadlines({ received: '2100-12-31', requested: '2100-12-31', returned: '2100-12-31', complained: '2100-12-31' });
    const ics = toIcs(
      latest.map((d) => ({ uid: d.id, date: d.date, summary: d.id, description: '' })),
      new Date('2026-11-26T00:00:00Z'),
    );
    for (const line of ics.split('\r\n').filter((l) => l.startsWith('DTSTART'))) expect(line).toMatch(/^DTSTART;VALUE=DATE:\d{8}$/);
    expect(() => toIcs([{ uid: 'x', date: '+010002-12-31', summary: 's', description: '' }], new Date(0))).toThrow(RangeError);
  });
});

describe('deadlineName and deadlineCalendar', () => {
  it('keep the estimate marker, for the table and the calendar file alike', () => {
    const w = { results: zhCN.toolkit.results, estimated: zhCN.toolkit.estimated };
    const mediation = computeDeadlines({ complained: '2026-11-27' }).find((d) => d.id === 'mediation-end')!;
    expect(deadlineName(mediation, w)).toBe(`${zhCN.toolkit.results['mediation-end']}（${zhCN.toolkit.estimated}）`);
    expect(deadlineName({ ...mediation, estimated: false }, w)).toBe(zhCN.toolkit.results['mediation-end']);
    const ics = deadlineCalendar([mediation], w, new Date(0), 'r1', '耳机').replace(/\r\n /g, '');
    expect(ics).toContain(`SUMMARY:耳机：${zhCN.toolkit.results['mediation-end']}（${zhCN.toolkit.estimated}）`);
    expect(ics).toContain(`UID:r1-mediation-end-${mediation.date}@refundpath`);
  });
});
