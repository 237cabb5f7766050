import type { ComponentProps } from 'preact';
import Toolkit from './toolkit/Toolkit';
import SaveRecord from './SaveRecord';
import { saveUi } from '../i18n';

export type Props = Omit<ComponentProps<typeof Toolkit>, 'children'> & { title: string };

/**
 * The outcome page's tools as one tree: the toolkit with the save section after its letter.
 * Rendered by the page at build and hydrated whole by src/islands/mount-toolkit.ts, so the save
 * button needs no island of its own (nor Astro's island runtime in the page).
 */
export default function OutcomeTools({ title, ...toolkit }: Props) {
  return (
    <Toolkit {...toolkit}>
      <section class="save-record no-print" aria-labelledby="save-heading" data-pagefind-ignore>
        <h2 id="save-heading">{saveUi.heading}</h2>
        <p>{saveUi.lede}</p>
        <SaveRecord outcome={toolkit.outcome} title={title} />
      </section>
    </Toolkit>
  );
}
