import type { ToolkitStrings } from './Toolkit';

interface Props {
  evidence: string[];
  ticks: boolean[];
  onTick: (index: number, on: boolean) => void;
  hydrated: boolean;
  strings: ToolkitStrings;
  /** The last tick was not stored: said beside the list, not at the page's end. */
  failed?: boolean;
}

/** The evidence checklist of this outcome; the ticks are kept on the device. */
export function Checklist({ evidence, ticks, onTick, hydrated, strings, failed }: Props) {
  return (
    <section aria-labelledby="checklist-heading" class="no-print">
      <h2 id="checklist-heading">{strings.checklistHeading}</h2>
      <ul class="checklist">
        {evidence.map((item, i) => (
          <li key={item}>
            <label>
              <input type="checkbox" checked={ticks[i]} disabled={!hydrated} onChange={(e) => onTick(i, e.currentTarget.checked)} /> {item}
            </label>
          </li>
        ))}
      </ul>
      {failed && (
        <p class="warn" role="alert">
          {strings.ticksFailed}
        </p>
      )}
      <p class="muted">{strings.checklistNote}</p>
    </section>
  );
}
