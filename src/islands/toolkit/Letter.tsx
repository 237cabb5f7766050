import { fieldLabel, fileName, type Field, type Fields, type LetterTemplate } from '../../lib/letters/render';
import { saveFile } from '../download';
import type { ToolkitStrings } from './Toolkit';

interface Props {
  template: LetterTemplate;
  fields: Fields;
  onFields: (fields: Fields) => void;
  /** The letter as rendered from the fields, the validated answers and the laws. */
  letter: string;
  today: string;
  hydrated: boolean;
  strings: ToolkitStrings;
  onStatus: (status: string) => void;
}

const DATE_FIELDS: Field[] = ['paidOn', 'requestedOn'];

/** The letter for this rung: fields the reader fills in, the text, copy, print and download. */
export function Letter({ template, fields, onFields, letter, today, hydrated, strings, onStatus }: Props) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(letter);
      onStatus(strings.copied);
    } catch {
      onStatus(strings.copyFailed);
    }
  };

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
      {hydrated ? <p class="no-print">{strings.letterLede}</p> : <noscript><p class="no-print">{strings.noScript}</p></noscript>}
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
  );
}
