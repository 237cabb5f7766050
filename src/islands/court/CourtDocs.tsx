import { Component } from 'preact';
import { catalogueText, complaintText, courtDocuments, type ComplaintInput } from '../../lib/court/complaint';
import { fromOutcome, fromRecord, type OutcomeSource } from '../../lib/court/from-record';
import { inAppBrowser } from '../../lib/inapp';
import type { Ladder } from '../../lib/ladder';
import type { CaseRecord } from '../../lib/notebook/schema';
import { loadTree } from '../../lib/tree/load';
import type { Tree } from '../../lib/tree/types';
import { courtUi as u, courtWords as w, filingSteps } from '../../i18n/court.zh-cn';
import { copyText } from '../copy';

interface Props {
  input: ComplaintInput;
  /** Prefix of the element ids: the notebook may show one record's documents among others. */
  id: string;
}

interface State {
  /** The reader's own choice of goods or service, over the one their situation suggests. */
  kind?: ComplaintInput['kind'];
  notes: { complaint?: string; catalogue?: string };
}

/**
 * The 民事起诉状 and 证据目录 (src/lib/court/complaint.ts) as selectable text beside 复制 and
 * 打印, then where and how to file. Loaded only when the reader asks (a separate chunk, also
 * precached for offline use). In an app's built-in browser print does nothing: no print button,
 * a line saying so; the text stays selectable and 复制 selects it when the clipboard refuses.
 */
class CourtDocs extends Component<Props, State> {
  override state: State = { notes: {} };

  override render({ input, id }: Props, { kind, notes }: State) {
    const k = kind ?? input.kind;
    const docs = courtDocuments({ ...input, kind: k }, w);
    const complaint = complaintText(docs, w, { name: input.fields.name, today: input.today });
    const catalogue = catalogueText(docs.catalogue, w);
    const inApp = inAppBrowser(navigator.userAgent) !== null;
    const copy = async (which: 'complaint' | 'catalogue', text: string) => {
      const ok = await copyText(text, `${id}-${which}`);
      this.setState({ notes: { [which]: ok ? u.copied : u.copyFailed } });
    };
    // Printing from here prints only the two documents (see the print-court styles).
    const print = () => {
      document.body.classList.add('print-court');
      addEventListener('afterprint', () => document.body.classList.remove('print-court'), { once: true });
      window.print();
    };
    const box = (which: 'complaint' | 'catalogue', label: string, text: string, button: string) => (
      <>
        <h3 id={`${id}-${which}-label`}>{label}</h3>
        <p class="actions no-print">
          <button type="button" onClick={() => copy(which, text)}>
            {button}
          </button>{' '}
          <span class="note" role="status">
            {notes[which]}
          </span>
        </p>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the document takes focus so a keyboard reader can select and copy it */}
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label names it when focused; role="region" would fail html-validate (prefer <section>) */}
        <pre class="letter" id={`${id}-${which}`} tabIndex={0} aria-labelledby={`${id}-${which}-label`}>
          {text}
        </pre>
      </>
    );
    return (
      <div class="court-docs">
        <p class="no-print">{u.lede}</p>
        <fieldset class="checklist no-print">
          <legend>{u.kind}</legend>
          {(['goods', 'service'] as const).map((v) => (
            <label key={v}>
              <input type="radio" name={`${id}-kind`} value={v} checked={k === v} onChange={() => this.setState({ kind: v })} /> {u[v]}
            </label>
          ))}
        </fieldset>
        {!inApp && (
          <p class="no-print">
            <button type="button" class="secondary" onClick={print}>
              {u.print}
            </button>
          </p>
        )}
        {inApp && <p class="box warn no-print">{u.inApp}</p>}
        <div class="court-print">
          {box('complaint', u.complaint, complaint, u.copyComplaint)}
          {box('catalogue', u.catalogue, catalogue, u.copyCatalogue)}
        </div>
        <h3>{u.filing}</h3>
        <ol>
          {filingSteps.map((s) => (
            <li key={s.text}>{s.text}</li>
          ))}
        </ol>
      </div>
    );
  }
}

/** On the outcome page: from the toolkit's letter fields, facts and ticked evidence. */
export function OutcomeCourt({ source }: { source: OutcomeSource }) {
  return <CourtDocs id="court" input={fromOutcome(source)} />;
}

/**
 * In the notebook: from one record, with its answers' facts once the tree is here (none without it).
 * A class that fetches the tree itself rather than useTree(): sharing that hook with this chunk
 * moved it into a chunk of its own and cost the quiz and outcome pages about 100 B at load.
 */
export class RecordCourt extends Component<{ record: CaseRecord; rungs: Ladder; today: string }, { tree: Tree | null }> {
  override state = { tree: null as Tree | null };
  override componentDidMount() {
    void loadTree().then((tree) => this.setState({ tree }));
  }
  override render({ record, rungs, today }: { record: CaseRecord; rungs: Ladder; today: string }, { tree }: { tree: Tree | null }) {
    return <CourtDocs id={`${record.id}-court`} input={fromRecord(record, rungs, tree, w, today)} />;
  }
}
