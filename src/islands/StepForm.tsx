import type { Ladder } from '../lib/ladder';
import { LIMITS, newId, recordDate, STEP_EVENTS, type Step, type StepEvent } from '../lib/notebook/schema';
import type { UI } from '../i18n';
import { YEAR_MAX, YEAR_MIN } from '../lib/deadlines/dates';

export interface StepFormProps {
  id: string;
  rungs: Ladder;
  /** Rungs of the record's branch, in ladder order, and the one it is on. */
  choices: string[];
  current: string;
  today: string;
  strings: UI['notebook'];
  onStep: (step: Step) => void;
  /** A problem with what was typed, said beside the record. */
  onProblem: (text: string) => void;
}

/** 记下一步: loaded when the reader first opens it (the notebook page's JavaScript budget). */
export default function StepForm({ id, rungs, choices, current, today, strings: s, onStep, onProblem }: StepFormProps) {
  const pre = `${id}-`;
  const addStep = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const f = new FormData(form);
    const v = (k: string) => String(f.get(k) ?? '').trim();
    // The record's own date rule: a date field typed "05 01 26" gives 0026-05-01.
    if (!recordDate(v('date'))) return onProblem(v('date') ? s.badDate : s.needDate);
    onStep({
      id: newId('s'),
      date: v('date'),
      rung: v('rung'),
      event: v('event') as StepEvent,
      ref: v('ref').slice(0, LIMITS.ref),
      note: v('note').slice(0, LIMITS.note),
    });
    form.reset();
  };
  return (
    // noValidate: the record's own date rule is told beside the record, the same in every browser.
    <form class="fields no-print" onSubmit={addStep} aria-label={s.addStep} noValidate>
      <p>
        <label for={`${pre}date`}>{s.stepDate}</label>
        <input id={`${pre}date`} name="date" type="date" min={`${YEAR_MIN}-01-01`} max={`${YEAR_MAX}-12-31`} required defaultValue={today} />
      </p>
      <p>
        <label for={`${pre}rung`}>{s.stepRung}</label>
        <select id={`${pre}rung`} name="rung">
          {choices.map((c) => (
            <option value={c} selected={c === current}>
              {rungs[c]!.name} · {rungs[c]!.title}
            </option>
          ))}
        </select>
      </p>
      <p>
        <label for={`${pre}event`}>{s.stepEvent}</label>
        <select id={`${pre}event`} name="event">
          {STEP_EVENTS.map((ev) => (
            <option value={ev}>{s.events[ev]}</option>
          ))}
        </select>
      </p>
      <p>
        <label for={`${pre}ref`}>{s.stepRef}</label>
        <input id={`${pre}ref`} name="ref" maxLength={LIMITS.ref} />
      </p>
      <p>
        <label for={`${pre}note`}>{s.stepNote}</label>
        <textarea id={`${pre}note`} name="note" rows={2} maxLength={LIMITS.note} />
      </p>
      <p>
        <button type="submit">{s.saveStep}</button>
      </p>
    </form>
  );
}
