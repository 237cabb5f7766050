import { Component, type ComponentType } from 'preact';
import { courtHook } from '../i18n/court-hook.zh-cn';
import { exportName, toCalendar, toJson, toText, type ExportWords } from '../lib/notebook/export';
import { atTopRung, type Ladder } from '../lib/ladder';
import type { CaseRecord } from '../lib/notebook/schema';
import { copyText } from './copy';
import { saveFile } from './download';
import type { UI } from '../i18n';

interface Props {
  record: CaseRecord;
  rungs: Ladder;
  words: ExportWords;
  strings: UI['notebook'];
  today: string;
  /** Consumer records have deadlines for a calendar; scam records none. */
  calendar: boolean;
}

interface State {
  /** The export shown as text to select and copy: in-app browsers cannot download. */
  shown: string;
  copy: string;
  /** The court documents (issue 24), loaded when asked for on a record at the lawsuit rung. */
  Court?: ComponentType<{ record: CaseRecord; rungs: Ladder; today: string }>;
}

const TEXT = 'text/plain;charset=utf-8';

/**
 * A record's exports: print, files, and the same text and JSON shown in a box beside the
 * buttons with 复制 (a download does nothing in WeChat's browser, and the clipboard is often
 * refused there: then the text stays selected and the reader is told, beside the button).
 * Loaded when the reader first asks for it.
 */
export default class RecordTools extends Component<Props, State> {
  override state: State = { shown: '', copy: '' };

  async copy(id: string, text: string) {
    const ok = await copyText(text, id);
    this.setState({ copy: ok ? this.props.strings.copied : this.props.strings.copyFailed });
  }

  override render({ record: r, rungs, words, strings: s, today: t, calendar }: Props, { shown, copy, Court }: State) {
    const text = () => toText(r, rungs, words, t);
    // Prints only this record (see the print styles for .printing).
    const printRecord = (e: Event) => {
      const el = (e.currentTarget as HTMLElement).closest('.record')!;
      el.classList.add('printing');
      addEventListener('afterprint', () => el.classList.remove('printing'), { once: true });
      print();
    };
    const id = `${r.id}-box`;
    const court = atTopRung(rungs, r);
    return (
      <>
        <div class="no-print">
          <p class="actions">
            <button type="button" class="secondary" onClick={printRecord}>
              {s.print}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => saveFile(exportName(r, t, 'txt'), TEXT, text())}>
              {s.exportText}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => this.setState({ shown: text(), copy: '' })}>
              {s.showText}
            </button>{' '}
            {calendar && (
              <>
                <button
                  type="button"
                  class="secondary"
                  onClick={() => saveFile(exportName(r, t, 'ics'), 'text/calendar;charset=utf-8', toCalendar(r, rungs, words, t, new Date()))}
                >
                  {s.exportIcs}
                </button>{' '}
              </>
            )}
            <button type="button" class="secondary" onClick={() => saveFile(exportName(r, t, 'json'), 'application/json', toJson(r))}>
              {s.exportJson}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => this.setState({ shown: toJson(r), copy: '' })}>
              {s.showJson}
            </button>
          </p>
          {shown && (
            <div class="fields">
              <p>
                <label for={id}>{shown.startsWith('{') ? s.jsonBox : s.textBox}</label>
                <textarea id={id} class="export-box" readOnly rows={8} value={shown} />
              </p>
              <p>
                <button type="button" onClick={() => this.copy(id, shown)}>
                  {s.copy}
                </button>{' '}
                <span role="status">{copy}</span>
              </p>
            </div>
          )}
          {court && !Court && (
            <p>
              {courtHook.lede}{' '}
              <button type="button" class="secondary" onClick={() => void import('./court/CourtDocs').then((m) => this.setState({ Court: m.RecordCourt }))}>
                {courtHook.open}
              </button>
            </p>
          )}
        </div>
        {Court && (
          <section aria-labelledby={`${r.id}-court-heading`}>
            <h3 id={`${r.id}-court-heading`}>{courtHook.heading}</h3>
            <Court record={r} rungs={rungs} today={t} />
          </section>
        )}
      </>
    );
  }
}
