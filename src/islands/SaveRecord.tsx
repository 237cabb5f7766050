import { useEffect, useState } from 'preact/hooks';
import { readLetterFields } from '../lib/notebook/handoff';
import { createRecord, updateRecord } from '../lib/notebook/save';
import type { CaseRecord } from '../lib/notebook/schema';
import { loadNotebook, saveNotebook } from '../lib/notebook/store';
import { notebookToday } from '../lib/notebook/today';
import { parseFragment } from '../lib/tree/fragment';
import { saveUi as s } from '../i18n';

interface Props {
  outcome: string;
  title: string;
}

/**
 * "记到我的维权记录" on an outcome page: saves the answers in the URL fragment, this
 * outcome and the letter fields typed in the toolkit (handed over through
 * sessionStorage) as a new record, or moves an existing record to this rung. Its words are
 * imported (the same on every outcome page), not passed as props.
 */
export default function SaveRecord({ outcome, title }: Props) {
  const [records, setRecords] = useState<CaseRecord[] | null>(null);
  const [broken, setBroken] = useState(false);
  const [target, setTarget] = useState('');
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<{ id: string } | { failed: true } | null>(null);

  useEffect(() => {
    const loaded = loadNotebook();
    setRecords(loaded.records);
    setBroken(Boolean(loaded.error) || loaded.problems.length > 0);
  }, []);

  const save = (e: Event) => {
    e.preventDefault();
    if (!records) return;
    const parsed = parseFragment(location.hash);
    const today = notebookToday(location.search).today;
    const input = { outcome, answers: parsed.ok ? parsed.answers : [], letter: readLetterFields(outcome), name: name.trim() || `${title}（${today}）`, today };
    const existing = records.find((r) => r.id === target);
    const record = existing ? updateRecord(existing, input) : createRecord(input);
    const next = existing ? records.map((r) => (r.id === record.id ? record : r)) : [...records, record];
    if (saveNotebook(next)) {
      setRecords(next);
      setTarget(record.id);
      setSaved({ id: record.id });
    } else setSaved({ failed: true });
  };

  return (
    <>
      {/* "Needs JavaScript" only where it will not run: while the island loads, say nothing. */}
      {!records && <noscript><p>{s.noScript}</p></noscript>}
      {broken && <p class="box danger">{s.unreadable} <a href="/my/">{s.open}</a></p>}
      <form class="fields" onSubmit={save}>
        <p>
          <label for="save-target">{s.target}</label>
          <select id="save-target" value={target} disabled={!records} onChange={(e) => setTarget(e.currentTarget.value)}>
            <option value="">{s.newRecord}</option>
            {records?.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
          </select>
        </p>
        {target === '' && (
          <p>
            <label for="save-name">{s.name}</label>
            <input id="save-name" type="text" value={name} maxLength={100} placeholder={s.namePlaceholder} disabled={!records} onInput={(e) => setName(e.currentTarget.value)} />
          </p>
        )}
        <p><button type="submit" disabled={!records}>{s.save}</button></p>
      </form>
      <p role="status">
        {saved && ('failed' in saved ? s.failed : <>{s.saved} <a href={`/my/#${saved.id}`}>{s.open}</a></>)}
      </p>
    </>
  );
}
