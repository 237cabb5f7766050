import type { Deadline } from '../deadlines/compute';
import { deadlineCalendar } from '../deadlines/calendar';
import { deadlineName } from '../deadlines/compute';
import { safeFileName } from '../file-name';
import { FIELDS } from '../letters/fields';
import { due, timeline } from './due';
import { rungOf, type Ladder } from '../ladder';
import { serialize, type CaseRecord } from './schema';
import type { UI } from '../../i18n';

/** The words an export needs, typed by the dictionary itself (src/i18n: notebook.export, the step events, the toolkit's labels). */
export type ExportWords = UI['notebook']['export'] & Pick<UI['notebook'], 'events'> & Pick<UI['toolkit'], 'results' | 'fields' | 'estimated'>;

/** Any line break (CR LF, a bare CR, LF) in text that must stay on its line. */
const BREAK = /\r\n|\r|\n/g;
const oneLine = (text: string) => text.replace(BREAK, ' ');
/** Text that may span lines, each line indented as the first is. */
const indented = (text: string, indent: string) => text.trim().replace(BREAK, `\n${indent}`);

const deadlineLine = (d: Deadline, w: ExportWords) => `${d.date}  ${deadlineName(d, w)}`;

/** A plain-text summary a reader can print or attach to a complaint. */
export function toText(record: CaseRecord, rungs: Ladder, w: ExportWords, today: string): string {
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
    lines.push(`  ${i + 1}. ${s.date}  ${rungOf(rungs, s.rung)?.name ?? s.rung} · ${w.events[s.event]}${s.ref ? `  ${w.ref}：${oneLine(s.ref)}` : ''}`);
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
export function toCalendar(record: CaseRecord, rungs: Ladder, w: ExportWords, today: string, now: Date): string {
  return deadlineCalendar(due(record, rungs, today).upcoming, w, now, record.id, oneLine(record.name));
}

/** The file another device imports: the stored format, with this one record. */
export function toJson(record: CaseRecord): string {
  return serialize([record]);
}

/** A file name the reader will recognise: the record's name. */
export function exportName(record: CaseRecord, today: string, ext: string): string {
  return safeFileName(record.name, today, ext);
}
