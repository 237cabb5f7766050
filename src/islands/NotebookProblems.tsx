import { safeFileName } from '../lib/file-name';
import { forgetUnreadable, type Loaded } from '../lib/notebook/store';
import { saveFile } from './download';
import type { UI } from '../i18n';

interface Props {
  loaded: Loaded;
  strings: UI['notebook'];
  describe: (p: Loaded['problems'][number]) => string;
  today: string;
  onForget: () => void;
}

/**
 * What could not be read, kept aside or upgraded: loaded only when there is something to
 * say (the notebook page's JavaScript budget). The data is kept until the reader says otherwise.
 */
export default function NotebookProblems({ loaded, strings: s, describe, today, onForget }: Props) {
  return (
    <>
      {(loaded.error || loaded.problems.length > 0) && (
        <div class="box danger" role="alert">
          <p>{loaded.error ? s.loadFailed + s.errors[loaded.error] : s.loadProblems}</p>
          {loaded.problems.length > 0 && (
            <ul>
              {loaded.problems.map((p) => (
                <li>{describe(p)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {loaded.unreadable !== null && (
        <p class="box no-print">
          {s.unreadableKept}{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => saveFile(safeFileName('refundpath-unreadable', today, 'json'), 'text/plain;charset=utf-8', loaded.unreadable!)}
          >
            {s.downloadUnreadable}
          </button>{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              forgetUnreadable();
              onForget();
            }}
          >
            {s.forgetUnreadable}
          </button>
        </p>
      )}
      {loaded.migratedFrom !== undefined && <p class="muted">{s.migrated}</p>}
    </>
  );
}
