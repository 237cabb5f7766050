import type { ToolkitStrings } from './Toolkit';

interface Props {
  onClear: () => void;
  hydrated: boolean;
  strings: ToolkitStrings;
}

/** 清除我的数据: the button and what it does, said first. */
export function ClearData({ onClear, hydrated, strings }: Props) {
  return (
    <section aria-labelledby="clear-heading" class="no-print">
      <h2 id="clear-heading">{strings.clearHeading}</h2>
      <p>{strings.clearText}</p>
      <button type="button" class="secondary" onClick={onClear} disabled={!hydrated}>
        {strings.clear}
      </button>
    </section>
  );
}
