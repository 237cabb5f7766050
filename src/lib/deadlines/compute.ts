import { addDays, addWorkingDays, addYears, usableDate } from './dates';

/** The dates a reader can enter. Each is optional. */
export interface DeadlineInputs {
  received?: string;
  requested?: string;
  returned?: string;
  complained?: string;
  accepted?: string;
}

/** Every law a deadline can rest on: the page passes their labels to the calculator. */
export const DEADLINE_LAWS = [
  'xiaofa-25',
  'xiaofa-46',
  'xiaofa-56',
  'chufa-9',
  'chufa-10',
  'tousu-15',
  'tousu-23',
  'tiaoli-46',
  'minfadian-188',
  'minfadian-195',
] as const;

export type DeadlineId =
  | 'return-window'
  | 'refund-after-return'
  | 'delay-after-request'
  | 'delay-after-return'
  | 'complaint-decision'
  | 'mediation-end'
  | 'limitation';

export interface Deadline {
  id: DeadlineId;
  date: string;
  /** Which input it counts from. */
  from: keyof DeadlineInputs;
  /** The laws registry ids it rests on. */
  laws: string[];
  /** True when counted from an estimate (mediation counted from the latest acceptance date). */
  estimated?: boolean;
}

/**
 * The dates that follow from the reader's dates, by the rules in the fact sheet:
 * 7 days to send a no-reason return and 7 days to refund after the goods are back
 * (消法25); more than 15 days without handling or refunding counts as deliberate delay
 * (处罚办法9, 10); 7 working days for the regulator to decide (令121第15条, 消法46);
 * 60 days of mediation from acceptance (令121第23条); 3 years' limitation (民法典188).
 */
export function computeDeadlines(inputs: DeadlineInputs): Deadline[] {
  // Only real dates in YEAR_MIN–YEAR_MAX count; the toolkit says why it skips the others.
  const ok = (v: string | undefined): v is string => typeof v === 'string' && usableDate(v);
  const out: Deadline[] = [];
  if (ok(inputs.received)) out.push({ id: 'return-window', from: 'received', date: addDays(inputs.received, 7), laws: ['xiaofa-25'] });
  if (ok(inputs.returned)) {
    out.push({ id: 'refund-after-return', from: 'returned', date: addDays(inputs.returned, 7), laws: ['xiaofa-25'] });
    out.push({ id: 'delay-after-return', from: 'returned', date: addDays(inputs.returned, 15), laws: ['chufa-9', 'xiaofa-56'] });
  }
  if (ok(inputs.requested)) {
    out.push({ id: 'delay-after-request', from: 'requested', date: addDays(inputs.requested, 15), laws: ['chufa-9', 'chufa-10', 'xiaofa-56'] });
    out.push({ id: 'limitation', from: 'requested', date: addYears(inputs.requested, 3), laws: ['minfadian-188', 'minfadian-195'] });
  }
  if (ok(inputs.complained)) {
    const decision = addWorkingDays(inputs.complained, 7);
    out.push({ id: 'complaint-decision', from: 'complained', date: decision, laws: ['tousu-15', 'xiaofa-46'] });
    const accepted = ok(inputs.accepted) ? inputs.accepted : decision;
    out.push({
      id: 'mediation-end',
      from: ok(inputs.accepted) ? 'accepted' : 'complained',
      date: addDays(accepted, 60),
      laws: ['tousu-23', 'tiaoli-46'],
      estimated: !ok(inputs.accepted),
    });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/** The words a deadline is named with: each one's name, and the mark an estimate carries. */
export interface DeadlineWords {
  results: Record<DeadlineId, string>;
  estimated: string;
}

/**
 * How a deadline is named wherever it is shown (the toolkit's table, copied text and calendar;
 * the notebook's list, text export and calendar: calendar.ts): an estimate says so, the same way everywhere.
 */
export function deadlineName(d: Deadline, w: DeadlineWords): string {
  const name = w.results[d.id] ?? d.id;
  return d.estimated ? `${name}（${w.estimated}）` : name;
}
