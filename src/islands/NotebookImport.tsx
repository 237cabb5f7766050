import { Component } from 'preact';
import { fill } from '../lib/notebook/fill';
import { addImported, planImport, type Clash } from '../lib/notebook/import';
import type { CaseRecord, Problem } from '../lib/notebook/schema';
import { loadNotebook, updateNotebook, type Written } from '../lib/notebook/store';
import type { UI } from '../i18n';

interface Props {
  strings: UI['notebook'];
  describe: (p: Problem) => string;
  /** What was written, and what to tell the reader. */
  onWritten: (written: Written, status: string) => void;
}

interface State {
  issues: string[];
  clashes: Clash[];
  status: string;
}

/** Larger than any notebook this site writes (5000 full records): refused before it is read. */
const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Import, by file or by pasting the JSON (in-app browsers cannot pick or save files). Loaded
 * when the reader asks for it. Records go into what is stored when they are added, not into
 * the list this page showed when the import began, so an edit made meanwhile is kept.
 */
export default class NotebookImport extends Component<Props, State> {
  override state: State = { issues: [], clashes: [], status: '' };

  importText(text: string) {
    const { strings: s, describe, onWritten } = this.props;
    const plan = planImport(loadNotebook().records, text);
    if (!plan.ok) return this.setState({ issues: [], status: s.importFailed + s.errors[plan.error] });
    const written = updateNotebook((now) => addImported(now, plan.added));
    const status = written.ok ? [fill(s.imported, plan.added.length), ...plan.same.map((r) => fill(s.same, r.name))].join(' ') : s.saveFailed;
    this.setState({ issues: plan.problems.map(describe), clashes: plan.clashes, status });
    onWritten(written, status);
  }

  async importFile(file: File) {
    if (file.size > MAX_BYTES) return this.setState({ status: this.props.strings.tooBig });
    this.importText(await file.text());
  }

  // Nothing is overwritten without asking: one clash at a time, replace or keep ours.
  resolve(replace: boolean) {
    const [c, ...rest] = this.state.clashes;
    this.setState({ clashes: rest });
    if (!c || !replace) return;
    const put = (r: CaseRecord) => (r.id === c.incoming.id ? c.incoming : r);
    const status = fill(this.props.strings.imported, 1);
    this.props.onWritten(
      updateNotebook((now) => now.map(put)),
      status,
    );
    this.setState({ status });
  }

  override render({ strings: s }: Props, { issues, clashes, status }: State) {
    const c = clashes[0];
    return (
      <div>
        <p class="fields">
          <label for="import-file">{s.importLabel}</label>{' '}
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) void this.importFile(f);
              e.currentTarget.value = '';
            }}
          />
        </p>
        <form
          class="fields"
          onSubmit={(e) => {
            e.preventDefault();
            const t = e.currentTarget.elements.namedItem('paste') as HTMLTextAreaElement;
            this.importText(t.value);
            t.value = '';
          }}
        >
          <p>
            <label for="import-paste">{s.pasteLabel}</label>
            <textarea id="import-paste" name="paste" rows={4} />
          </p>
          <p>
            <button type="submit" class="secondary">
              {s.pasteImport}
            </button>
          </p>
        </form>
        {issues.length > 0 && (
          <div class="box danger">
            <p>{s.importProblems}</p>
            <ul>
              {issues.map((p) => (
                <li>{p}</li>
              ))}
            </ul>
          </div>
        )}
        {c && (
          <div class="box" role="alert">
            <p>{fill(fill(s.conflict, c.incoming.name), c.replaces.name)}</p>
            <button type="button" onClick={() => this.resolve(true)}>
              {s.replace}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => this.resolve(false)}>
              {s.cancel}
            </button>
          </div>
        )}
        <p role="status">{status}</p>
      </div>
    );
  }
}
