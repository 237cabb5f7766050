import { useEffect, useRef, useState } from 'preact/hooks';
import { computeDeadlines, deadlineLabel, type DeadlineInputs } from '../lib/deadlines/compute';
import { todayInChina, YEAR_MAX, YEAR_MIN } from '../lib/deadlines/dates';
import { dateProblem } from '../lib/deadlines/range';
import { toIcs } from '../lib/deadlines/ics';
import { fieldLabel, fileName, renderLetter, type Field, type Fields, type Labels, type LetterTemplate } from '../lib/letters/render';
import { CLEARED_EVENT, entryAnswers } from '../lib/tree/entry';
import { forgetAnswers } from '../lib/tree/forget';
import { position } from '../lib/tree/position';
import type { Tree } from '../lib/tree/types';
import type { Answer } from '../lib/tree/walk';
import { loadTicks, saveTicks, clearSiteData } from '../lib/storage';
import { shareLetterFields } from '../lib/notebook/handoff';
import { saveFile } from './download';

export interface ToolkitStrings {
  letterHeading: string;
  letterLede: string;
  fields: Labels;
  copy: string;
  copied: string;
  copyFailed: string;
  print: string;
  download: string;
  noScript: string;
  checklistHeading: string;
  checklistNote: string;
  deadlinesHeading: string;
  deadlinesLede: string;
  deadlinesNote: string;
  inputs: Record<keyof DeadlineInputs, string>;
  results: Record<string, string>;
  estimated: string;
  dateInvalid: string;
  dateRange: string;
  basis: string;
  date: string;
  what: string;
  noDates: string;
  exportIcs: string;
  clearHeading: string;
  clearText: string;
  clear: string;
  clearConfirm: string;
  cleared: string;
}

interface Props {
  /** The decision tree: the letter uses only answers that lead to this outcome. */
  tree: Tree;
  outcome: string;
  template: LetterTemplate | null;
  /** Legal basis lines, from the laws registry. */
  laws: string[];
  /** Short law labels by id, for the deadline table. */
  lawLabels: Record<string, string>;
  evidence: string[];
  /** Letter facts by "question=option". */
  facts: Record<string, string>;
  deadlines: boolean;
  /** The date the page was built: the letter's date until the browser knows today's. */
  builtOn: string;
  strings: ToolkitStrings;
}

const DATE_FIELDS: Field[] = ['paidOn', 'requestedOn'];
const DEADLINE_INPUTS: (keyof DeadlineInputs)[] = ['received', 'requested', 'returned', 'complained', 'accepted'];

/**
 * What a reader needs to act on an outcome: the letter for this rung, the evidence
 * checklist and the deadline calculator. Nothing leaves the device; only checklist
 * ticks are stored (localStorage), and 清除我的数据 removes them and the answers.
 */
export default function Toolkit({ tree, outcome, template, laws, lawLabels, evidence, facts, deadlines, builtOn, strings }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [fields, setFields] = useState<Fields>({});
  const [answers, setAnswers] = useState<Answer[]>([]);
  const shown = useRef(answers);
  shown.current = answers;
  const [ticks, setTicks] = useState<boolean[]>(evidence.map(() => false));
  const [dates, setDates] = useState<DeadlineInputs>({});
  const [today, setToday] = useState(builtOn);
  const [status, setStatus] = useState('');

  useEffect(() => {
    setHydrated(true);
    setToday(todayInChina());
    setTicks(loadTicks(outcome, evidence.length));
    // The same answers the quiz shows: read with the same functions, again when the fragment changes.
    const read = () => {
      const entry = entryAnswers(shown.current);
      if (entry.kind === 'unchanged') return;
      const pos = entry.kind === 'answers' ? position(tree, entry.answers, outcome) : null;
      setAnswers(pos?.ok ? pos.before.map((s) => ({ question: s.question.id, option: s.option.id })) : []);
    };
    read();
    const events = ['hashchange', 'popstate', CLEARED_EVENT];
    for (const type of events) addEventListener(type, read);
    return () => {
      for (const type of events) removeEventListener(type, read);
    };
  }, []);

  const answerFacts = answers.map((a) => facts[`${a.question}=${a.option}`]).filter((f): f is string => Boolean(f));

  // The save-to-notebook island reads the fields from here (src/lib/notebook/handoff.ts).
  useEffect(() => shareLetterFields(outcome, fields), [fields]);

  const letter = template ? renderLetter(template, fields, { facts: answerFacts, laws, evidence }, strings.fields, today) : '';
  const results = computeDeadlines(dates);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(letter);
      setStatus(strings.copied);
    } catch {
      setStatus(strings.copyFailed);
    }
  };

  // Printing from this button prints only the letter (see the print-letter styles).
  const printLetter = () => {
    document.body.classList.add('print-letter');
    addEventListener('afterprint', () => document.body.classList.remove('print-letter'), { once: true });
    window.print();
  };

  const tick = (i: number, on: boolean) => {
    const next = ticks.map((t, j) => (j === i ? on : t));
    setTicks(next);
    saveTicks(outcome, next);
  };

  const clear = async () => {
    if (!confirm(strings.clearConfirm)) return;
    clearSiteData();
    setTicks(evidence.map(() => false));
    setFields({});
    setDates({});
    await forgetAnswers();
    setStatus(strings.cleared);
  };

  const exportIcs = () => {
    const events = results.map((r) => ({
      uid: `${r.id}-${r.date}@refundpath`,
      date: r.date,
      summary: deadlineLabel(strings.results[r.id] ?? r.id, r.estimated, strings.estimated),
      description: r.laws.map((id) => lawLabels[id] ?? id).join('；'),
    }));
    saveFile(`refundpath-deadlines-${today}.ics`, 'text/calendar;charset=utf-8', toIcs(events, new Date()));
  };

  return (
    <div class="toolkit" data-pagefind-ignore>
      {template && (
        <section aria-labelledby="letter-heading" class="letter-section">
          <h2 id="letter-heading">{strings.letterHeading}</h2>
          <p class="no-print">{hydrated ? strings.letterLede : strings.noScript}</p>
          <div class="fields no-print">
            {template.fields.map((f) => (
              <p key={f}>
                <label for={`field-${f}`}>{fieldLabel(template, f, strings.fields)}</label>
                <input
                  id={`field-${f}`}
                  type={DATE_FIELDS.includes(f) ? 'date' : 'text'}
                  inputMode={f === 'amount' ? 'decimal' : undefined}
                  value={fields[f] ?? ''}
                  disabled={!hydrated}
                  onInput={(e) => setFields({ ...fields, [f]: e.currentTarget.value })}
                />
              </p>
            ))}
          </div>
          <pre class="letter" id="letter-text" tabIndex={0} aria-label={template.title}>{letter}</pre>
          <p class="actions no-print">
            <button type="button" onClick={copy} disabled={!hydrated}>{strings.copy}</button>{' '}
            <button type="button" class="secondary" onClick={printLetter} disabled={!hydrated}>{strings.print}</button>{' '}
            <button type="button" class="secondary" disabled={!hydrated} onClick={() => saveFile(fileName(template.title, today), 'text/plain;charset=utf-8', letter)}>
              {strings.download}
            </button>
          </p>
        </section>
      )}
      <section aria-labelledby="checklist-heading" class="no-print">
        <h2 id="checklist-heading">{strings.checklistHeading}</h2>
        <ul class="checklist">
          {evidence.map((item, i) => (
            <li key={item}>
              <label>
                <input type="checkbox" checked={ticks[i]} disabled={!hydrated} onChange={(e) => tick(i, e.currentTarget.checked)} /> {item}
              </label>
            </li>
          ))}
        </ul>
        <p class="muted">{strings.checklistNote}</p>
      </section>
      {deadlines && (
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
                    onInput={(e) => setDates({ ...dates, [k]: e.currentTarget.value })}
                  />
                  {problem && <span id={`date-${k}-problem`} class="warn">{problem === 'range' ? strings.dateRange : strings.dateInvalid}</span>}
                </p>
              );
            })}
          </div>
          {results.length === 0 ? (
            <p class="muted">{strings.noDates}</p>
          ) : (
            <>
              <table class="deadlines">
                <thead>
                  <tr><th scope="col">{strings.date}</th><th scope="col">{strings.what}</th><th scope="col">{strings.basis}</th></tr>
                </thead>
                <tbody>
                  {results.map((r) => (
                    <tr key={r.id}>
                      <td><time dateTime={r.date}>{r.date}</time></td>
                      <td>{deadlineLabel(strings.results[r.id] ?? r.id, r.estimated, strings.estimated)}</td>
                      <td>{r.laws.map((id) => lawLabels[id] ?? id).join('；')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p><button type="button" class="secondary" onClick={exportIcs}>{strings.exportIcs}</button></p>
            </>
          )}
          <p class="muted">{strings.deadlinesNote}</p>
        </section>
      )}
      <section aria-labelledby="clear-heading" class="no-print">
        <h2 id="clear-heading">{strings.clearHeading}</h2>
        <p>{strings.clearText}</p>
        <button type="button" class="secondary" onClick={clear} disabled={!hydrated}>{strings.clear}</button>
      </section>
      <p role="status" class="muted no-print">{status}</p>
    </div>
  );
}
