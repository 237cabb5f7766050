import { computeDeadlines, deadlineName, type DeadlineInputs } from '../../lib/deadlines/compute';
import { deadlineCalendar } from '../../lib/deadlines/calendar';
import { safeFileName } from '../../lib/file-name';
import { YEAR_MAX, YEAR_MIN } from '../../lib/deadlines/dates';
import { dateProblem } from '../../lib/deadlines/range';
import { useState } from 'preact/hooks';
import { copyText } from '../copy';
import { saveFile } from '../download';
import type { ToolkitStrings } from './Toolkit';

interface Props {
  dates: DeadlineInputs;
  onDates: (dates: DeadlineInputs) => void;
  /** Short law labels by id, for the table. */
  lawLabels: Record<string, string>;
  today: string;
  hydrated: boolean;
  strings: ToolkitStrings;
  /** In an app's built-in browser: no .ics download; the dates are copied as text instead. */
  inApp: boolean;
}

const DEADLINE_INPUTS: (keyof DeadlineInputs)[] = ['received', 'requested', 'returned', 'complained', 'accepted'];

/** The deadline calculator: dates in, the deadlines that follow out, as a table and an .ics file. */
export function Deadlines({ dates, onDates, lawLabels, today, hydrated, strings, inApp }: Props) {
  const [note, setNote] = useState('');
  const results = computeDeadlines(dates);
  const label = (r: (typeof results)[number]) => deadlineName(r, strings);
  const basis = (r: (typeof results)[number]) => r.laws.map((id) => lawLabels[id] ?? id).join('；');

  const exportIcs = () => {
    saveFile(safeFileName('refundpath-deadlines', today, 'ics'), 'text/calendar;charset=utf-8', deadlineCalendar(results, strings, new Date(), '', '', basis));
  };
  // The same dates as text, one a line, for where a calendar file cannot be saved.
  const copyDates = async () => {
    const text = results.map((r) => `${r.date}　${label(r)}（${strings.basis}：${basis(r)}）`).join('\n');
    setNote((await copyText(text, 'deadline-table')) ? strings.datesCopied : strings.copyFailed);
  };

  return (
    <section aria-labelledby="deadlines-heading" class="no-print">
      <h2 id="deadlines-heading">{strings.deadlinesHeading}</h2>
      <p>{strings.deadlinesLede}</p>
      <div class="fields">
        {DEADLINE_INPUTS.map((k) => {
          const problem = dates[k] ? dateProblem(dates[k]) : null;
          return (
            <p key={k}>
              <label for={`date-${k}`}>{strings.inputs[k]}</label>
              <input
                id={`date-${k}`}
                type="date"
                min={`${YEAR_MIN}-01-01`}
                max={`${YEAR_MAX}-12-31`}
                value={dates[k] ?? ''}
                disabled={!hydrated}
                aria-invalid={problem ? 'true' : undefined}
                aria-describedby={problem ? `date-${k}-problem` : undefined}
                onInput={(e) => onDates({ ...dates, [k]: e.currentTarget.value })}
              />
              {problem && (
                <span id={`date-${k}-problem`} class="warn">
                  {problem === 'range' ? strings.dateRange : strings.dateInvalid}
                </span>
              )}
            </p>
          );
        })}
      </div>
      {results.length === 0 ? (
        <p class="muted">{strings.noDates}</p>
      ) : (
        <>
          <table class="deadlines" id="deadline-table">
            <thead>
              <tr>
                <th scope="col">{strings.date}</th>
                <th scope="col">{strings.what}</th>
                <th scope="col">{strings.basis}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) => (
                <tr key={r.id}>
                  <td>
                    <time dateTime={r.date}>{r.date}</time>
                  </td>
                  <td>{label(r)}</td>
                  <td>{basis(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="actions">
            <button type="button" class="secondary" onClick={() => void copyDates()}>
              {strings.copyDates}
            </button>{' '}
            {!inApp && (
              <button type="button" class="secondary" onClick={exportIcs}>
                {strings.exportIcs}
              </button>
            )}
          </p>
          <p class="note" aria-live="polite">
            {note}
          </p>
          {inApp && <p class="box warn">{strings.inAppIcs}</p>}
        </>
      )}
      <p class="muted">{strings.deadlinesNote}</p>
    </section>
  );
}
