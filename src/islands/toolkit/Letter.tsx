import { fieldLabel, fileName, type Field, type Fields, type LetterTemplate } from '../../lib/letters/render';
import { useState } from 'preact/hooks';
import { copyText } from '../copy';
import { saveFile } from '../download';
import type { ToolkitStrings } from './Toolkit';

interface Props {
  template: LetterTemplate;
  fields: Fields;
  onFields: (fields: Fields) => void;
  /** The reader's situation's own fields (a 定金 amount, the auto-debit agreement…), and their values. */
  extraFields: readonly { id: string; label: string; hint?: string | undefined }[];
  extra: Record<string, string>;
  onExtra: (extra: Record<string, string>) => void;
  /** The letter as rendered from the fields, the validated answers and the laws. */
  letter: string;
  today: string;
  hydrated: boolean;
  strings: ToolkitStrings;
  /** In an app's built-in browser (src/lib/inapp.ts): no print, no download; say so instead. */
  inApp: boolean;
}

const DATE_FIELDS: Field[] = ['paidOn', 'requestedOn'];

/** The letter for this rung: fields the reader fills in, the text, copy, print and download. */
export function Letter({ template, fields, onFields, extraFields, extra, onExtra, letter, today, hydrated, strings, inApp }: Props) {
  // Told right beside the button, not at the end of the toolkit.
  const [note, setNote] = useState('');
  const copy = async () => setNote((await copyText(letter, 'letter-text')) ? strings.copied : strings.copyFailed);

  // Printing from this button prints only the letter (see the print-letter styles).
  const printLetter = () => {
    document.body.classList.add('print-letter');
    addEventListener('afterprint', () => document.body.classList.remove('print-letter'), { once: true });
    window.print();
  };

  return (
    <section aria-labelledby="letter-heading" class="letter-section">
      <h2 id="letter-heading">{strings.letterHeading}</h2>
      {/* "Needs JavaScript" only where it will not run: while the island loads, say nothing. */}
      {hydrated ? (
        <p class="no-print">{strings.letterLede}</p>
      ) : (
        <noscript>
          <p class="no-print">{strings.noScript}</p>
        </noscript>
      )}
      {/* Folded: the letter and its copy button come first on a phone; the fields are a tap away. */}
      <details class="fill no-print">
        <summary>{strings.fillIn}</summary>
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
                onInput={(e) => onFields({ ...fields, [f]: e.currentTarget.value })}
              />
            </p>
          ))}
          {extraFields.map((f) => (
            <p key={`situation-${f.id}`}>
              <label for={`field-situation-${f.id}`}>{f.label}</label>
              <input
                id={`field-situation-${f.id}`}
                type="text"
                value={extra[f.id] ?? ''}
                aria-describedby={f.hint ? `hint-situation-${f.id}` : undefined}
                disabled={!hydrated}
                onInput={(e) => onExtra({ ...extra, [f.id]: e.currentTarget.value })}
              />
              {f.hint && (
                <span class="muted" id={`hint-situation-${f.id}`}>
                  {' '}
                  {f.hint}
                </span>
              )}
            </p>
          ))}
        </div>
      </details>
      {/* The buttons sit right above the text they act on, so copy is within reach on a phone. */}
      <p class="actions no-print">
        <button type="button" onClick={copy} disabled={!hydrated}>
          {strings.copy}
        </button>{' '}
        {!inApp && (
          <>
            <button type="button" class="secondary" onClick={printLetter} disabled={!hydrated}>
              {strings.print}
            </button>{' '}
            <button
              type="button"
              class="secondary"
              disabled={!hydrated}
              onClick={() => saveFile(fileName(template.title, today), 'text/plain;charset=utf-8', letter)}
            >
              {strings.download}
            </button>
          </>
        )}
      </p>
      <p class="note no-print" aria-live="polite">
        {note}
      </p>
      {inApp && <p class="box warn no-print">{strings.inAppLetter}</p>}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the letter takes focus so a keyboard reader can select and copy it */}
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label names it when focused; role="region" would fail html-validate (prefer <section>) */}
      <pre class="letter" id="letter-text" tabIndex={0} aria-label={template.title}>
        {letter}
      </pre>
    </section>
  );
}
