import { Component, type ComponentType } from 'preact';
import { deadlineName } from '../lib/deadlines/compute';
import { due, timeline } from '../lib/notebook/due';
import type { ExportWords } from '../lib/notebook/export';
import type { ComponentProps } from 'preact';
import type RecordTools from './RecordTools';
import type NotebookProblems from './NotebookProblems';
import type { StepFormProps } from './StepForm';
import { fill } from '../lib/notebook/fill';
import { rungOf, type Ladder } from '../lib/ladder';
import type { CaseRecord, Problem } from '../lib/notebook/schema';
import { loadNotebook, NOTEBOOK_KEY, updateNotebook, type Loaded, type Written } from '../lib/notebook/store';
import { notebookToday } from '../lib/notebook/today';
import type { UI } from '../i18n';
import { outcomeUrl, quizStartUrl } from '../lib/core';

type Words = UI['notebook'];

export interface Props {
  rungs: Ladder;
  /** Outcome ids in the ladder's order, for the step form. */
  order: string[];
  strings: Words;
  results: UI['toolkit']['results'];
  fields: UI['toolkit']['fields'];
  /** How an estimated deadline is marked, as in the toolkit. */
  estimated: UI['toolkit']['estimated'];
}

type ToolsProps = ComponentProps<typeof RecordTools>;
/** Records shown at once: 2,000 records rendered together froze the page. */
const PAGE_SIZE = 20;
const extras = () => import('./notebook-extras');

/** A message beside one record (a tick that failed, a step removed with its undo). */
interface Note {
  text: string;
  undo?: (records: CaseRecord[]) => CaseRecord[];
}

/**
 * 我的维权记录: the reader's disputes, kept in this browser only. The logic lives in
 * src/lib/notebook/; this island renders it and writes each change into what is stored
 * now (src/lib/notebook/store.ts), and follows other tabs through `storage` events.
 */
interface State {
  loaded: Loaded;
  records: CaseRecord[];
  status: string;
  notes: Record<string, Note>;
  /** The record whose exports are open, and their component once loaded. */
  tools: { id: string; C: ComponentType<ToolsProps> } | null;
  /** The record whose step form is open, and the form once loaded. */
  form: { id: string; C: ComponentType<StepFormProps> } | null;
  query: string;
  page: number;
  /** Record id → the outcome its answers lead to, when that is not the saved one. */
  misfiled: Record<string, string>;
  Problems: ComponentType<ComponentProps<typeof NotebookProblems>> | null;
  Import: ComponentType<{ strings: Words; describe: (p: Problem) => string; onWritten: (w: Written, status: string) => void }> | null;
}

// A class, not hooks: the hooks module would cost 1.2 KB of the page's 12 KB budget.
export default class Notebook extends Component<Props, State> {
  declare today: ReturnType<typeof notebookToday>;
  declare onStorage: (e: StorageEvent) => void;
  declare check: () => void;

  // Set here rather than as class fields, which the browser floor (Safari 13) lacks: lowered,
  // they cost a helper of the page's 12 KB. Rendered in the browser only
  // (src/islands/mount-notebook.ts), so storage is read at once.
  constructor(props: Props) {
    super(props);
    this.today = notebookToday(location.search);
    const loaded = loadNotebook();
    // A link to one record (/my/#id, from the save button) opens the page it is on.
    const at = loaded.records.findIndex((r) => `#${r.id}` === location.hash);
    this.state = {
      loaded,
      records: loaded.records,
      status: '',
      notes: {},
      tools: null,
      form: null,
      query: '',
      page: at > 0 ? Math.floor(at / PAGE_SIZE) : 0,
      Import: null,
      Problems: null,
      misfiled: {},
    };
    // Another tab saved, edited or cleared: show what is stored now.
    this.onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key === NOTEBOOK_KEY) {
        const loaded = loadNotebook();
        this.setState({ loaded, records: loaded.records }, this.check);
      }
    };
    // On demand, once there is something to check: notices about data that could not be read,
    // and answers that lead elsewhere than the saved outcome (their advice is shown instead).
    this.check = () => {
      const l = this.state.loaded;
      if (l.records.length || l.problems.length || l.error || l.unreadable !== null)
        void extras().then(async (m) => this.setState({ Problems: m.NotebookProblems, misfiled: await m.findMisfiled(this.state.records) }));
    };
  }
  override componentDidMount() {
    addEventListener('storage', this.onStorage);
    this.check();
  }
  override render(
    { rungs, order, strings: s, results, fields, estimated }: Props,
    { loaded, records, status, notes, tools, form, query, page, Import, Problems, misfiled }: State,
  ) {
    const today = this.today;
    const set = (patch: Partial<State>) => this.setState(patch);

    const t = today.today;
    const words: ExportWords = { ...s.export, events: s.events, results, fields, estimated };
    const describe = (p: Problem) => `${p.path}：${s.fieldErrors[p.error]}`;
    const note = (id: string, n: Note | null) => set({ notes: n ? { ...this.state.notes, [id]: n } : {} });

    /** One change to the record `id`, applied to what is stored now; said beside the record. */
    const change = (id: string, patch: (r: CaseRecord) => CaseRecord, message = '', undo?: Note['undo']) => {
      const w = updateNotebook((now) => now.map((r) => (r.id === id ? patch(r) : r)));
      set({ records: w.records });
      note(id, { text: !w.records.some((r) => r.id === id) ? s.gone : w.ok ? message : s.saveFailed, undo: w.ok ? undo : undefined });
    };

    const loadImport = async () => set({ Import: (await extras()).NotebookImport });

    // A record's exports (files, and the same as text to copy) load when first asked for.
    const openForm = async (id: string) => set({ form: { id, C: (await extras()).StepForm } });
    const openTools = async (id: string) => set({ tools: { id, C: (await extras()).RecordTools } });

    const clear = async () => {
      if (!confirm(s.clearConfirm)) return;
      (await extras()).clearSiteData();
      set({ records: [], loaded: loadNotebook(), status: s.cleared, notes: {} });
    };

    const q = query.trim();
    const found = q ? records.filter((r) => r.name.includes(q)) : records;
    const pages = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
    const p = Math.min(page, pages - 1);
    // A message about a record no longer shown (deleted here, or elsewhere) is shown at the top.
    const removed = Object.keys(notes).find((id) => !records.some((r) => r.id === id));

    return (
      <div class="notebook">
        {today.injected && <p class="muted">{fill(s.todayIs, t)}</p>}
        {Problems && <Problems loaded={loaded} strings={s} describe={describe} today={t} onForget={() => set({ loaded: { ...loaded, unreadable: null } })} />}
        {removed && undoLine(removed)}

        {records.length === 0 ? (
          <p>
            {s.empty} <a href={quizStartUrl()}>{s.startQuiz}</a>
          </p>
        ) : (
          <>
            {(pages > 1 || q) && (
              <nav class="fields no-print" aria-label={s.records}>
                <p>
                  <label for="nb-search">{s.search}</label>
                  <input id="nb-search" type="search" value={query} onInput={(e) => set({ query: e.currentTarget.value, page: 0 })} />
                </p>
                <button type="button" class="secondary" disabled={p === 0} onClick={() => set({ page: p - 1 })}>
                  {s.prev}
                </button>{' '}
                {fill(fill(s.page, `${p + 1}/${pages}`), found.length)}{' '}
                <button type="button" class="secondary" disabled={p >= pages - 1} onClick={() => set({ page: p + 1 })}>
                  {s.next}
                </button>
              </nav>
            )}
            {found.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE).map(renderRecord)}
          </>
        )}

        <section class="no-print" aria-labelledby="import-heading">
          <h2 id="import-heading">{s.importHeading}</h2>
          <p>{s.importLede}</p>
          {Import ? (
            <Import strings={s} describe={describe} onWritten={(w) => set({ records: w.records })} />
          ) : (
            <p>
              <button type="button" class="secondary" onClick={loadImport}>
                {s.importHeading}
              </button>
            </p>
          )}
        </section>

        <section class="no-print" aria-labelledby="clear-heading">
          <h2 id="clear-heading">{s.clearHeading}</h2>
          <p>{s.clearText}</p>
          <button type="button" class="secondary" onClick={clear}>
            {s.clear}
          </button>
        </section>
        <p role="status" class="muted no-print">
          {status}
        </p>
      </div>
    );

    function undoLine(id: string) {
      const n = notes[id]!;
      return (
        <p role="status" class="no-print">
          {n.text}{' '}
          {n.undo && (
            <button
              type="button"
              class="link"
              onClick={() => {
                const w = updateNotebook(n.undo!);
                set({ records: w.records, notes: {} });
              }}
            >
              {s.undo}
            </button>
          )}
        </p>
      );
    }

    // A plain function, not a component: a component defined in here would remount on every render.
    function renderRecord(saved: CaseRecord) {
      const moved = Object.prototype.hasOwnProperty.call(misfiled, saved.id) ? rungOf(rungs, misfiled[saved.id]!) : undefined;
      const r = moved ? { ...saved, outcome: moved.id } : saved;
      const outcome = rungOf(rungs, r.outcome);
      const d = due(r, rungs, t);
      const steps = timeline(r.steps);
      const link = (id: string, title: string) => <a href={outcomeUrl(id)}>{title}</a>;
      const pre = `${r.id}-`;
      return (
        <article key={r.id} class="record" id={r.id} aria-labelledby={`${pre}name`}>
          <h2 id={`${pre}name`}>{r.name}</h2>
          <p class="meta">
            {s.created} {r.created} · {s.outcome}：{outcome ? link(outcome.id, outcome.title) : r.outcome}
          </p>
          <h3>{s.whatNext}</h3>
          {moved && <p>{fill(s.misfiled, moved.title)}</p>}
          {!d.known ? (
            <p class="box danger">
              {fill(s.unknownOutcome, r.outcome)} <a href={quizStartUrl()}>{s.startQuiz}</a>
            </p>
          ) : d.branch === 'fraud' ? (
            <div class="box danger">
              <p>{s.fraudNote}</p>
              {d.fraudNext && (
                <p>
                  {s.fraudNext}
                  {link(d.fraudNext.id, d.fraudNext.title)}
                </p>
              )}
            </div>
          ) : r.resolved ? (
            <p class="box">{s.resolvedNote}</p>
          ) : d.climb ? (
            <div class="box next-rung">
              <p>
                <strong>{fill(s.climb, deadlineName(d.climb.because, words))}</strong>
              </p>
              <p>
                {s.climbTo}
                {link(d.climb.to.id, d.climb.to.title)}
              </p>
              <p class="muted">{s.climbLetter}</p>
            </div>
          ) : (
            <p class="box">{d.failed ? s.top : s.waiting}</p>
          )}

          <h3>{s.timeline}</h3>
          {steps.length === 0 ? (
            <p class="muted">{s.noSteps}</p>
          ) : (
            <ol class="timeline">
              {steps.map((st) => (
                <li key={st.id}>
                  <time dateTime={st.date}>{st.date}</time> · {rungOf(rungs, st.rung)?.name ?? st.rung} · {s.events[st.event]}
                  {st.ref && (
                    <>
                      {' '}
                      · <span class="ref">{st.ref}</span>
                    </>
                  )}
                  {st.note && <p>{st.note}</p>} {/* Removed at once, with 撤销 beside the record: the step goes back where it was. */}
                  <button
                    type="button"
                    class="link no-print"
                    onClick={() =>
                      change(
                        r.id,
                        (x) => ({ ...x, steps: x.steps.filter((y) => y.id !== st.id) }),
                        s.stepRemoved,
                        (now) => now.map((x) => (x.id === r.id && !x.steps.some((y) => y.id === st.id) ? { ...x, steps: [...x.steps, st] } : x)),
                      )
                    }
                  >
                    {s.removeStep}
                  </button>
                </li>
              ))}
            </ol>
          )}
          {notes[r.id] && undoLine(r.id)}
          {form?.id === r.id ? (
            <form.C
              id={r.id}
              rungs={rungs}
              choices={order.filter((id) => rungs[id]?.branch === d.branch)}
              current={d.current}
              today={t}
              strings={s}
              onStep={(step) => change(r.id, (x) => ({ ...x, steps: [...x.steps, step] }), s.stepAdded)}
              onProblem={(text) => note(r.id, { text })}
            />
          ) : (
            <p class="no-print">
              <button type="button" onClick={() => openForm(r.id)}>
                {s.addStep}
              </button>
            </p>
          )}

          {d.branch === 'consumer' && d.known && (
            <>
              <h3>{s.deadlines}</h3>
              {d.upcoming.length === 0 ? (
                <p class="muted">{s.noDeadlines}</p>
              ) : (
                <ul class="deadlines-list">
                  {d.upcoming.map((x) => (
                    <li key={x.id}>
                      <time dateTime={x.date}>{x.date}</time>（{x.daysLeft === 0 ? s.dueToday : fill(s.daysLeft, x.daysLeft)}）{deadlineName(x, words)}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}

          <h3>{s.evidence}</h3>
          <ul class="checklist">
            {(outcome?.evidence ?? []).map((item) => (
              <li key={item}>
                <label>
                  <input
                    type="checkbox"
                    checked={r.evidence.includes(item)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      change(r.id, (x) => ({ ...x, evidence: on ? [...x.evidence, item] : x.evidence.filter((y) => y !== item) }));
                    }}
                  />{' '}
                  {item}
                </label>
              </li>
            ))}
          </ul>
          <p class="no-print">
            <label>
              <input
                type="checkbox"
                checked={r.resolved}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  change(r.id, (x) => ({ ...x, resolved: on }));
                }}
              />{' '}
              {s.resolved}
            </label>
          </p>

          <h3 class="no-print">{s.exportHeading}</h3>
          {tools?.id === r.id ? (
            <tools.C record={r} rungs={rungs} words={words} strings={s} today={t} calendar={d.branch === 'consumer'} />
          ) : (
            <p class="no-print">
              <button type="button" class="secondary" onClick={() => openTools(r.id)}>
                {s.openExports}
              </button>
            </p>
          )}
          <p class="no-print">
            <button
              type="button"
              class="secondary"
              onClick={() => {
                if (!confirm(s.removeConfirm)) return;
                const w = updateNotebook((now) => now.filter((x) => x.id !== r.id));
                set({
                  records: w.records,
                  notes: { [r.id]: { text: fill(s.removed, r.name), undo: (now) => (now.some((x) => x.id === r.id) ? now : [...now, r]) } },
                });
              }}
            >
              {s.remove}
            </button>
          </p>
        </article>
      );
    }
  }
}
