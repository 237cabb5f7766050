import type { Deadline } from '../deadlines/compute';
import { toIcs, type IcsEvent } from '../deadlines/ics';
import { FIELDS, type Field } from '../letters/fields';
import { due, timeline } from './due';
import { rungOf, type Rungs } from './ladder';
import { serialize, type CaseRecord, type StepEvent } from './schema';

/** The words an export needs; they live in src/i18n. */
export interface ExportWords {
  heading: string;
  created: string;
  outcome: string;
  timeline: string;
  noSteps: string;
  ref: string;
  events: Record<StepEvent, string>;
  evidence: string;
  ticked: string;
  unticked: string;
  deadlines: string;
  noDeadlines: string;
  results: Record<string, string>;
  fields: Record<Field, string>;
  letter: string;
  madeOn: string;
  privacy: string;
}

/** Any line break (CR LF, a bare CR, LF) in text that must stay on its line. */
const BREAK = /\r\n|\r|\n/g;
const oneLine = (text: string) => text.replace(BREAK, ' ');
/** Text that may span lines, each line indented as the first is. */
const indented = (text: string, indent: string) => text.trim().replace(BREAK, `\n${indent}`);

const deadlineLine = (d: Deadline, w: ExportWords) => `${d.date}  ${w.results[d.id] ?? d.id}`;

/** A plain-text summary a reader can print or attach to a complaint. */
export function toText(record: CaseRecord, rungs: Rungs, w: ExportWords, today: string): string {
  const outcome = rungOf(rungs, record.outcome);
  const lines = [`${w.heading}：${oneLine(record.name)}`, `${w.created}：${record.created}`, `${w.outcome}：${outcome?.title ?? record.outcome}`, ''];
  const letter = FIELDS.filter((f) => record.letter[f]?.trim());
  if (letter.length) {
    lines.push(w.letter);
    for (const f of letter) lines.push(`  ${w.fields[f]}：${indented(record.letter[f]!, '    ')}`);
    lines.push('');
  }
  lines.push(w.timeline);
  const steps = timeline(record.steps);
  if (steps.length === 0) lines.push(`  ${w.noSteps}`);
  steps.forEach((s, i) => {
    lines.push(`  ${i + 1}. ${s.date}  ${rungOf(rungs, s.rung)?.rung ?? s.rung} · ${w.events[s.event]}${s.ref ? `  ${w.ref}：${oneLine(s.ref)}` : ''}`);
    if (s.note.trim()) lines.push(`     ${indented(s.note, '     ')}`);
  });
  lines.push('', w.evidence);
  for (const item of outcome?.evidence ?? []) lines.push(`  ${record.evidence.includes(item) ? w.ticked : w.unticked} ${item}`);
  const upcoming = due(record, rungs, today).upcoming;
  lines.push('', w.deadlines);
  if (upcoming.length === 0) lines.push(`  ${w.noDeadlines}`);
  for (const d of upcoming) lines.push(`  ${deadlineLine(d, w)}`);
  lines.push('', `${w.madeOn} ${today}。${w.privacy}`);
  return `${lines.join('\n')}\n`;
}

/** Every upcoming deadline of the record as an all-day calendar event. */
export function toCalendar(record: CaseRecord, rungs: Rungs, w: ExportWords, today: string, now: Date): string {
  const events: IcsEvent[] = due(record, rungs, today).upcoming.map((d) => ({
    uid: `${record.id}-${d.id}-${d.date}@refundpath`,
    date: d.date,
    summary: `${oneLine(record.name)}：${w.results[d.id] ?? d.id}`,
    description: w.results[d.id] ?? d.id,
  }));
  return toIcs(events, now);
}

/** The file another device imports: the stored format, with this one record. */
export function toJson(record: CaseRecord): string {
  return serialize([record]);
}

/** A file name the reader will recognise: the record's name, cleaned for any file system. */
export function exportName(record: CaseRecord, today: string, ext: string): string {
  const name = record.name.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'record';
  return `${name}-${today}.${ext}`;
}
