import { Component } from 'preact';
import type { Field } from '../lib/letters/fields';
import { due, timeline } from '../lib/notebook/due';
import type { ExportWords } from '../lib/notebook/export';
import { fill } from '../lib/notebook/fill';
import type { Rungs } from '../lib/notebook/ladder';
import { newId, STEP_EVENTS, type CaseRecord, type Problem, type StepEvent } from '../lib/notebook/schema';
import { forgetUnreadable, loadNotebook, saveNotebook, type Loaded } from '../lib/notebook/store';
import { notebookToday } from '../lib/notebook/today';
import { clearSiteData } from '../lib/storage';
import type { UI } from '../i18n';

type Words = UI['notebook'];

export interface Props {
  rungs: Rungs;
  /** Outcome ids in the ladder's order, for the step form. */
  order: string[];
  strings: Words;
  results: Record<string, string>;
  fields: Record<Field, string>;
}

const TEXT = 'text/plain;charset=utf-8';

/**
 * 我的维权记录: the reader's disputes, kept in this browser only. The logic lives in
 * src/lib/notebook/; this island renders it and writes changes back to localStorage.
 */
interface State {
  loaded: Loaded;
  records: CaseRecord[];
  status: string;
  importIssues: string[];
  conflicts: CaseRecord[];
}

// A class, not hooks: the hooks module would cost 1.2 KB of the page's 12 KB budget.
export default class Notebook extends Component<Props, State> {
  declare today: ReturnType<typeof notebookToday>;

  // Rendered in the browser only (src/islands/mount-notebook.ts), so storage is read at once.
  // Set here rather than as class fields, which the browser floor (Safari 13) lacks: lowered,
  // they cost a 0.3 KB helper of the page's 12 KB.
  constructor(props: Props) {
    super(props);
    this.today = notebookToday(location.search);
    const loaded = loadNotebook();
    this.state = { loaded, records: loaded.records, status: '', importIssues: [], conflicts: [] };
  }

  override render({ rungs, order, strings: s, results, fields }: Props, { loaded, records, status, importIssues, conflicts }: State) {
  const today = this.today;
  const set = (patch: Partial<State>) => this.setState(patch);

  const t = today.today;
  const words: ExportWords = { ...s.export, events: s.events, results, fields };
  const describe = (p: Problem) => `${p.path}：${s.fieldErrors[p.error]}`;

  const commit = (next: CaseRecord[], message = '') => {
    set({ records: next, status: saveNotebook(next) ? message : s.saveFailed });
  };
  const change = (id: string, patch: (r: CaseRecord) => CaseRecord, message?: string) => commit(records.map((r) => (r.id === id ? patch(r) : r)), message);

  // Import and export load when first used, which keeps the page's JavaScript within budget.
  const importFile = async (file: File) => {
    const plan = (await import('../lib/notebook/import')).planImport(records, await file.text());
    if (!plan.ok) {
      return set({ importIssues: [], status: s.importFailed + s.errors[plan.error] });
    }
    set({ importIssues: plan.problems.map(describe), conflicts: plan.clashes });
    commit([...records, ...plan.added], [fill(s.imported, plan.added.length), ...plan.same.map((r) => fill(s.same, r.name))].join(' '));
  };

  // Nothing is overwritten without asking: one clash at a time, replace or keep ours.
  const resolveConflict = (replace: boolean) => {
    const [r, ...rest] = conflicts;
    set({ conflicts: rest });
    if (r && replace) change(r.id, () => r, fill(s.imported, 1));
  };

  // Files are handed over only on request: the download helper loads with the exports.
  const saveFile = async (name: string, type: string, text: string) => (await import('./download')).saveFile(name, type, text);

  const exportAs = async (r: CaseRecord, kind: 'txt' | 'ics' | 'json') => {
    const x = await import('../lib/notebook/export');
    const name = x.exportName(r, t, kind);
    if (kind === 'txt') saveFile(name, TEXT, x.toText(r, rungs, words, t));
    else if (kind === 'ics') saveFile(name, 'text/calendar;charset=utf-8', x.toCalendar(r, rungs, words, t, new Date()));
    else saveFile(name, 'application/json', x.toJson(r));
  };

  // Prints only this record (see the print styles for .printing).
  const printRecord = (e: Event) => {
    const el = (e.currentTarget as HTMLElement).closest('.record')!;
    el.classList.add('printing');
    addEventListener('afterprint', () => el.classList.remove('printing'), { once: true });
    print();
  };

  const clear = () => {
    if (!confirm(s.clearConfirm)) return;
    clearSiteData();
    set({ records: [], loaded: { records: [], problems: [], unreadable: null }, status: s.cleared });
  };

  const conflict = conflicts[0];

  return (
    <div class="notebook">
      {today.injected && <p class="muted">{fill(s.todayIs, t)}</p>}
      {(loaded.error || loaded.problems.length > 0) && (
        <div class="box danger" role="alert">
          <p>{loaded.error ? s.loadFailed + s.errors[loaded.error] : s.loadProblems}</p>
          {loaded.problems.length > 0 && <ul>{loaded.problems.map((p) => <li>{describe(p)}</li>)}</ul>}
        </div>
      )}
      {loaded.unreadable !== null && (
        <p class="box no-print">
          {s.unreadableKept}{' '}
          <button type="button" class="secondary" onClick={() => saveFile(`refundpath-unreadable-${t}.json`, TEXT, loaded.unreadable!)}>{s.downloadUnreadable}</button>{' '}
          <button type="button" class="secondary" onClick={() => { forgetUnreadable(); set({ loaded: { ...loaded, unreadable: null } }); }}>{s.forgetUnreadable}</button>
        </p>
      )}
      {loaded.migratedFrom !== undefined && <p class="muted">{s.migrated}</p>}

      {records.length === 0 ? (
        <p>{s.empty} <a href="/check/">{s.startQuiz}</a></p>
      ) : (
        records.map(renderRecord)
      )}

      <section class="no-print" aria-labelledby="import-heading">
        <h2 id="import-heading">{s.importHeading}</h2>
        <p>{s.importLede}</p>
        <p>
          <label for="import-file">{s.importLabel}</label>{' '}
          <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => { const f = e.currentTarget.files && e.currentTarget.files[0]; if (f) void importFile(f); e.currentTarget.value = ''; }} />
        </p>
        {importIssues.length > 0 && (
          <div class="box danger"><p>{s.importProblems}</p><ul>{importIssues.map((p) => <li>{p}</li>)}</ul></div>
        )}
        {conflict && (
          <div class="box" role="alert">
            <p>{fill(s.conflict, conflict.name)}</p>
            <button type="button" onClick={() => resolveConflict(true)}>{s.replace}</button>{' '}
            <button type="button" class="secondary" onClick={() => resolveConflict(false)}>{s.cancel}</button>
          </div>
        )}
      </section>

      <section class="no-print" aria-labelledby="clear-heading">
        <h2 id="clear-heading">{s.clearHeading}</h2>
        <p>{s.clearText}</p>
        <button type="button" class="secondary" onClick={clear}>{s.clear}</button>
      </section>
      <p role="status" class="muted no-print">{status}</p>
    </div>
  );

  // A plain function, not a component: a component defined in here would remount on every render.
  function renderRecord(r: CaseRecord) {
    const outcome = rungs[r.outcome];
    const d = due(r, rungs, t);
    const steps = timeline(r.steps);
    const choices = order.filter((id) => rungs[id] && rungs[id]!.branch === d.branch);
    const link = (id: string, title: string) => <a href={`/check/result/${id}/`}>{title}</a>;
    const addStep = (e: Event) => {
      e.preventDefault();
      const form = e.currentTarget as HTMLFormElement;
      const f = new FormData(form);
      const v = (k: string) => String(f.get(k) || '').trim();
      if (!v('date')) return set({ status: s.needDate });
      const step = { id: newId('s'), date: v('date'), rung: v('rung'), event: v('event') as StepEvent, ref: v('ref').slice(0, 200), note: v('note').slice(0, 2000) };
      change(r.id, (x) => ({ ...x, steps: [...x.steps, step] }), s.stepAdded);
      form.reset();
    };
    const pre = `${r.id}-`;
    return (
      <article key={r.id} class="record" id={r.id} aria-labelledby={`${pre}name`}>
        <h2 id={`${pre}name`}>{r.name}</h2>
        <p class="meta">
          {s.created} {r.created} · {s.outcome}：{outcome ? link(outcome.id, outcome.title) : r.outcome}
        </p>
        <h3>{s.whatNext}</h3>
        {d.branch === 'fraud' ? (
          <div class="box danger">
            <p>{s.fraudNote}</p>
            {d.fraudNext && <p>{s.fraudNext}{link(d.fraudNext.id, d.fraudNext.title)}</p>}
          </div>
        ) : r.resolved ? (
          <p class="box">{s.resolvedNote}</p>
        ) : d.climb ? (
          <div class="box next-rung">
            <p><strong>{fill(s.climb, results[d.climb.because.id] || d.climb.because.id)}</strong></p>
            <p>{s.climbTo}{link(d.climb.to.id, d.climb.to.title)}</p>
            <p class="muted">{s.climbLetter}</p>
          </div>
        ) : (
          <p class="box">{d.failed ? s.top : s.waiting}</p>
        )}

        <h3>{s.timeline}</h3>
        {steps.length === 0 ? <p class="muted">{s.noSteps}</p> : (
          <ol class="timeline">
            {steps.map((st) => (
              <li key={st.id}>
                <time dateTime={st.date}>{st.date}</time> · {rungs[st.rung] ? rungs[st.rung]!.rung : st.rung} · {s.events[st.event]}
                {st.ref && <> · <span class="ref">{st.ref}</span></>}
                {st.note && <p>{st.note}</p>}{' '}
                <button type="button" class="link no-print" onClick={() => change(r.id, (x) => ({ ...x, steps: x.steps.filter((y) => y.id !== st.id) }))}>{s.removeStep}</button>
              </li>
            ))}
          </ol>
        )}
        <form class="fields no-print" onSubmit={addStep} aria-label={s.addStep}>
          <p><label for={`${pre}date`}>{s.stepDate}</label><input id={`${pre}date`} name="date" type="date" required defaultValue={t} /></p>
          <p>
            <label for={`${pre}rung`}>{s.stepRung}</label>
            <select id={`${pre}rung`} name="rung">
              {choices.map((id) => <option value={id} selected={id === d.current}>{rungs[id]!.rung} · {rungs[id]!.title}</option>)}
            </select>
          </p>
          <p>
            <label for={`${pre}event`}>{s.stepEvent}</label>
            <select id={`${pre}event`} name="event">{STEP_EVENTS.map((ev) => <option value={ev}>{s.events[ev]}</option>)}</select>
          </p>
          <p><label for={`${pre}ref`}>{s.stepRef}</label><input id={`${pre}ref`} name="ref" maxLength={200} /></p>
          <p><label for={`${pre}note`}>{s.stepNote}</label><textarea id={`${pre}note`} name="note" rows={2} maxLength={2000} /></p>
          <p><button type="submit">{s.saveStep}</button></p>
        </form>

        {d.branch === 'consumer' && (
          <>
            <h3>{s.deadlines}</h3>
            {d.upcoming.length === 0 ? <p class="muted">{s.noDeadlines}</p> : (
              <ul class="deadlines-list">
                {d.upcoming.map((x) => <li key={x.id}><time dateTime={x.date}>{x.date}</time>（{x.daysLeft === 0 ? s.dueToday : fill(s.daysLeft, x.daysLeft)}）{results[x.id]}</li>)}
              </ul>
            )}
          </>
        )}

        <h3>{s.evidence}</h3>
        <ul class="checklist">
          {(outcome ? outcome.evidence : []).map((item) => (
            <li key={item}>
              <label>
                <input type="checkbox" checked={r.evidence.includes(item)} onChange={(e) => {
                  const on = e.currentTarget.checked;
                  change(r.id, (x) => ({ ...x, evidence: on ? [...x.evidence, item] : x.evidence.filter((y) => y !== item) }));
                }} /> {item}
              </label>
            </li>
          ))}
        </ul>
        <p class="no-print">
          <label><input type="checkbox" checked={r.resolved} onChange={(e) => { const on = e.currentTarget.checked; change(r.id, (x) => ({ ...x, resolved: on })); }} /> {s.resolved}</label>
        </p>

        <h3 class="no-print">{s.exportHeading}</h3>
        <p class="actions no-print">
          <button type="button" class="secondary" onClick={printRecord}>{s.print}</button>{' '}
          <button type="button" class="secondary" onClick={() => exportAs(r, 'txt')}>{s.exportText}</button>{' '}
          {d.branch === 'consumer' && <><button type="button" class="secondary" onClick={() => exportAs(r, 'ics')}>{s.exportIcs}</button>{' '}</>}
          <button type="button" class="secondary" onClick={() => exportAs(r, 'json')}>{s.exportJson}</button>{' '}
          <button type="button" class="secondary" onClick={() => confirm(s.removeConfirm) && commit(records.filter((x) => x.id !== r.id))}>{s.remove}</button>
        </p>
      </article>
    );
  }
}
}
