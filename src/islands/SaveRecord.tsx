import { useEffect, useState } from 'preact/hooks';
import { readHandoff } from '../lib/notebook/handoff';
import { fill } from '../lib/notebook/fill';
import { clipLetter, createRecord, updateRecord } from '../lib/notebook/save';
import { LIMITS, type CaseRecord } from '../lib/notebook/schema';
import { loadNotebook, NOTEBOOK_KEY, updateNotebook } from '../lib/notebook/store';
import { saveTarget } from '../lib/notebook/target';
import { notebookToday } from '../lib/notebook/today';
import { parseFragment } from '../lib/tree/fragment';
import { loadTree } from '../lib/tree/load';
import { requestOffline } from '../lib/offline/request';
import { notebookUrl } from '../lib/core';
import { saveUi as s, toolkitUi } from '../i18n';

interface Props {
  outcome: string;
  title: string;
}

type Saved = { id: string; moved: string; cut: string } | { failed: true };

/**
 * "记到我的维权记录" on an outcome page: saves the answers in the URL fragment, the
 * outcome they lead to, and what the reader typed and ticked in the toolkit (handed over
 * through sessionStorage: letter fields, calculator dates, evidence ticks) as a new
 * record, or moves an existing record to this rung. Every save merges into what is stored
 * now (another tab may have saved meanwhile). Its words are imported, not passed as props.
 */
export default function SaveRecord({ outcome, title }: Props) {
  const [records, setRecords] = useState<CaseRecord[] | null>(null);
  const [broken, setBroken] = useState(false);
  const [target, setTarget] = useState('');
  const [name, setName] = useState('');
  const [saved, setSaved] = useState<Saved | null>(null);

  useEffect(() => {
    const load = () => {
      const loaded = loadNotebook();
      setRecords(loaded.records);
      setBroken(Boolean(loaded.error) || loaded.problems.length > 0);
    };
    load();
    // Another tab saved, edited or cleared: the list of records follows.
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key === NOTEBOOK_KEY) load();
    };
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, []);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!records) return;
    const parsed = parseFragment(location.hash);
    const answers = parsed.ok ? parsed.answers : [];
    // The tree the quiz uses (one shared fetch). Without it (offline before any visit) the
    // answers cannot be checked: the page's outcome, with the answers as they are.
    const tree = await loadTree();
    const where = tree ? saveTarget(tree, answers, outcome) : { outcome, answers, moved: false };
    const today = notebookToday(location.search).today;
    const handoff = readHandoff(outcome);
    const movedTitle = where.moved ? (tree?.outcomes[where.outcome]?.title ?? where.outcome) : '';
    const input = {
      outcome: where.outcome,
      answers: where.answers,
      letter: handoff.fields,
      dates: handoff.dates,
      // Ticks belong to this page's checklist; saved under another outcome they would mean nothing.
      evidence: where.moved ? [] : handoff.evidence,
      name: name.trim() || `${where.moved ? movedTitle : title}（${today}）`,
      today,
    };
    const cut = clipLetter(handoff.fields)
      .cut.map((f) => toolkitUi.fields[f] ?? f)
      .join('、');
    let id = '';
    const written = updateNotebook((now) => {
      const existing = now.find((r) => r.id === target);
      const record = existing ? updateRecord(existing, input) : createRecord(input);
      id = record.id;
      return existing ? now.map((r) => (r.id === record.id ? record : r)) : [...now, record];
    });
    setRecords(written.records);
    if (written.ok) {
      setTarget(id);
      setSaved({ id, moved: movedTitle, cut });
      // A saved record is worth having offline: the page's 离线也能用 control saves the site.
      requestOffline();
    } else setSaved({ failed: true });
  };

  return (
    <>
      {/* "Needs JavaScript" only where it will not run: while the island loads, say nothing. */}
      {!records && (
        <noscript>
          <p>{s.noScript}</p>
        </noscript>
      )}
      {broken && (
        <p class="box danger">
          {s.unreadable} <a href={notebookUrl()}>{s.open}</a>
        </p>
      )}
      <form class="fields" onSubmit={(e) => void save(e)}>
        <p>
          <label for="save-target">{s.target}</label>
          <select id="save-target" value={target} disabled={!records} onChange={(e) => setTarget(e.currentTarget.value)}>
            <option value="">{s.newRecord}</option>
            {records?.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </p>
        {target === '' && (
          <p>
            <label for="save-name">{s.name}</label>
            <input
              id="save-name"
              type="text"
              value={name}
              maxLength={LIMITS.name}
              placeholder={s.namePlaceholder}
              disabled={!records}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </p>
        )}
        <p>
          <button type="submit" disabled={!records}>
            {s.save}
          </button>
        </p>
      </form>
      <p role="status">
        {saved &&
          ('failed' in saved ? (
            s.failed
          ) : (
            <>
              {s.saved} <a href={notebookUrl(saved.id)}>{s.open}</a>
              {saved.moved && (
                <>
                  <br />
                  {fill(s.moved, saved.moved)}
                </>
              )}
              {saved.cut && (
                <>
                  <br />
                  {fill(s.cut, saved.cut)}
                </>
              )}
            </>
          ))}
      </p>
    </>
  );
}
