import { useEffect, useRef, useState } from 'preact/hooks';
import type { UI } from '../i18n';
import type { SearchType } from '../lib/search/type';
import { caseListUrl, guideIndexUrl, quizStartUrl, searchUrl } from '../lib/core';
export type { SearchData } from './search-logic';

type Logic = typeof import('./search-logic');
let logic: Promise<Logic> | undefined;
// The logic is its own chunk, fetched with Pagefind on the first search (see search-logic.ts).
const loadLogic = () => (logic ??= import('./search-logic'));

/** The page passes ui.search, its filler words left out (they travel in the data block). */
export type SearchStrings = Omit<UI['search'], 'filler'>;

interface Hit {
  url: string;
  title: string;
  type: SearchType | undefined;
  summary: string;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface PagefindApi {
  options: (o: object) => Promise<void>;
  search: (q: string, o?: object) => Promise<{ results: PagefindResult[] }>;
  destroy: () => Promise<void>;
}

// The first five results, then ten more at a time: each result's text is a download of its
// own (about 2 KB with the body text indexed), and the first query must stay within budget.
const FIRST = 5;
const PAGE = 10;
// Kept in variables so the bundler leaves them alone: the index is made after the build.
const BUNDLE = '/pagefind/';
const PAGEFIND_URL = '/pagefind/pagefind.js';

type Status = 'nojs' | 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Search over the Pagefind index. The query and type filter live in the URL
 * (/search/?q=…&type=…) so a search can be shared and the back button works.
 * Without JavaScript the page says so and links to the guide and case lists.
 */
export default function Search({ strings }: { strings: SearchStrings }) {
  const [status, setStatus] = useState<Status>('nojs');
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  // What the reader typed or pasted for this search: the best answer reads all of it.
  const [asked, setAsked] = useState('');
  // Counts finished searches, so a test (or a reader's tool) can tell this search from the last.
  const [done, setDone] = useState(0);
  const [type, setType] = useState<SearchType | ''>('');
  const types = Object.keys(strings.types) as SearchType[];
  const [hits, setHits] = useState<Hit[]>([]);
  const [found, setFound] = useState<PagefindResult[]>([]);
  const [lib, setLib] = useState<Logic | null>(null);
  const api = useRef<Promise<PagefindApi> | null>(null);
  const run = useRef(0);
  // Pagefind skips an index file that fails to download and reports "no results";
  // watching its downloads lets the page say that search failed instead.
  const broken = useRef(false);

  const load = () => {
    if (!api.current)
      api.current = import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: PagefindApi) => {
        await pf.options({ noWorker: true });
        return pf;
      });
    return api.current;
  };

  const fail = (id: number) => {
    const pf = api.current;
    api.current = null;
    void pf?.then((p) => p.destroy()).catch(() => {});
    if (id === run.current) {
      setStatus('failed');
      setDone(id);
    }
  };

  const details = async (results: PagefindResult[]): Promise<Hit[]> => {
    const data = await Promise.all(results.map((r) => r.data()));
    if (broken.current) throw new Error('search index download failed');
    return data.map((d) => ({ url: d.url, title: d.meta.title || d.url, type: d.filters.type?.[0] as SearchType | undefined, summary: d.meta.summary || '' }));
  };

  const search = async (q: string, t: SearchType | '', raw = q) => {
    const id = ++run.current;
    setSearched(q);
    setAsked(raw);
    if (!q) {
      setStatus('idle');
      setDone(id);
      return;
    }
    setStatus('loading');
    try {
      const [pf, L] = await Promise.all([load(), loadLogic()]);
      setLib(L);
      broken.current = false;
      const options = t ? { filters: { type: t } } : {};
      const ranked = await L.rank(q, async (w) => (await pf.search(w, options)).results.map((r) => ({ id: r.id, score: r.score, item: r })), strings.stopWords);
      const results = ranked.map((r) => r.item);
      // Each result's text is a separate download: fetch only the ones shown.
      const first = await details(results.slice(0, FIRST));
      if (id !== run.current) return;
      setFound(results);
      setHits(first);
      setStatus('ready');
      setDone(id);
    } catch {
      fail(id);
    }
  };

  const more = async () => {
    const id = run.current;
    try {
      const next = await details(found.slice(hits.length, hits.length + PAGE));
      if (id === run.current) setHits([...hits, ...next]);
    } catch {
      fail(id);
    }
  };

  const fromUrl = async () => {
    const params = new URLSearchParams(location.search);
    const raw = params.get('q') ?? '';
    const t = types.find((x) => x === params.get('type')) ?? '';
    setQuery(raw);
    setStatus(raw ? 'loading' : 'idle');
    let q = '';
    try {
      q = raw && (await loadLogic()).toSearch(raw, strings.stopWords);
    } catch {
      return fail(run.current);
    }
    // A pasted text sent by the header's form (no JavaScript there): the address keeps what is searched.
    if (q !== raw.trim().toLowerCase()) {
      history.replaceState(history.state, '', searchUrl(q, t));
    }
    setQuery(raw);
    setType(t);
    void search(q, t, raw);
  };

  useEffect(() => {
    const fetch0 = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      const ours = String(input instanceof Request ? input.url : input).includes(BUNDLE);
      try {
        const response = await fetch0(input, init);
        if (ours && !response.ok) broken.current = true;
        return response;
      } catch (e) {
        if (ours) broken.current = true;
        throw e;
      }
    };
    // Pagefind starts loading in a promise nobody awaits: a corrupt file rejects it unhandled.
    const rejected = (e: PromiseRejectionEvent) => {
      if (/pagefind/i.test(`${e.reason && (e.reason as Error).stack} ${String(e.reason)}`)) {
        e.preventDefault();
        fail(run.current);
      }
    };
    addEventListener('unhandledrejection', rejected);
    const popstate = () => void fromUrl();
    addEventListener('popstate', popstate);
    void fromUrl();
    return () => {
      globalThis.fetch = fetch0;
      removeEventListener('unhandledrejection', rejected);
      removeEventListener('popstate', popstate);
    };
  }, []);

  const go = async (raw: string, t: SearchType | '') => {
    let q = '';
    try {
      // The address holds what is searched (a pasted text's key words), not the text itself.
      q = raw && (await loadLogic()).toSearch(raw, strings.stopWords);
    } catch {
      return fail(++run.current);
    }
    const url = searchUrl(q, t);
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    setQuery(raw);
    setType(t);
    void search(q, t, raw);
  };

  const fallbackLinks = (
    <ul>
      <li>
        <a href={guideIndexUrl()}>{strings.guideIndex}</a>
      </li>
      <li>
        <a href={caseListUrl()}>{strings.caseIndex}</a>
      </li>
    </ul>
  );
  const answer = lib && status !== 'nojs' && searched ? lib.answer(asked) : null;
  const pasted = lib && searched && lib.isReduced(asked, searched);

  return (
    <div class="search" data-state={status} data-query={searched} data-done={done}>
      <form
        role="search"
        aria-label={strings.formLabel}
        action={searchUrl()}
        method="get"
        class="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          go(query.trim(), type);
        }}
      >
        <label class="sr-only" for="search-q">
          {strings.label}
        </label>
        <input id="search-q" type="search" name="q" value={query} placeholder={strings.placeholder} onInput={(e) => setQuery(e.currentTarget.value)} />
        <button type="submit">{strings.submit}</button>
      </form>
      {/* "Needs JavaScript" only where it will not run: while the island loads, say nothing. */}
      {status === 'nojs' && (
        <noscript>
          <div class="box warn">
            <p>{strings.noScript}</p>
            {fallbackLinks}
          </div>
        </noscript>
      )}
      {status !== 'nojs' && (
        <fieldset class="type-filter">
          <legend>{strings.filterLabel}</legend>
          {(['', ...types] as const).map((t) => (
            <label key={t}>
              <input type="radio" name="type" value={t} checked={type === t} onChange={() => go(query.trim(), t)} /> {t ? strings.types[t] : strings.filterAll}
            </label>
          ))}
        </fieldset>
      )}
      {answer && (
        <section class={answer.fraud ? 'box danger answer' : 'box answer'} aria-labelledby="answer-title">
          <p class="meta">{strings.answer}</p>
          <h2 id="answer-title">
            <a href={answer.url}>{answer.title}</a>
          </h2>
          <p>{answer.line}</p>
          {answer.call.length > 0 && (
            <p class="call">
              <strong>{strings.callNow}</strong>{' '}
              {answer.call.map((c) => (
                <a key={c.phone} class="button" href={`tel:${c.phone}`} aria-label={c.name}>
                  {strings.call} {c.phone}
                </a>
              ))}
            </p>
          )}
          <p>
            <a href={quizStartUrl()}>{strings.answerQuiz}</a>
          </p>
        </section>
      )}
      {pasted && status !== 'nojs' && (
        <p class="muted searched">
          {strings.searchedFor}
          {searched}
        </p>
      )}
      <div aria-live="polite">
        {status === 'loading' && <p class="muted">{strings.loading}</p>}
        {status === 'failed' && (
          <div class="box warn" role="alert">
            <p>{strings.loadFailed}</p>
            {fallbackLinks}
          </div>
        )}
        {status === 'ready' && found.length > 0 && (
          <p class="muted">
            {found.length} {strings.resultsFor}
          </p>
        )}
      </div>
      {status === 'ready' && hits.length > 0 && (
        <ol class="results">
          {hits.map((h) => (
            <li key={h.url}>
              <a href={h.url}>{h.title}</a> {h.type && strings.types[h.type] && <span class="tag">{strings.types[h.type]}</span>}
              <p>
                {(lib ? lib.marks(h.summary, searched, strings.stopWords) : [[h.summary, false] as [string, boolean]]).map(([text, hit]) =>
                  hit ? <mark>{text}</mark> : text,
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      {status === 'ready' && found.length > hits.length && (
        <button type="button" class="secondary" onClick={() => void more()}>
          {strings.more}
        </button>
      )}
      {(status === 'idle' || (status === 'ready' && hits.length === 0)) && (
        <section>
          {status === 'ready' && <p>{strings.empty}</p>}
          <h2>{strings.common}</h2>
          <ul>
            {strings.commonQueries.map((q) => (
              <li key={q}>
                <a
                  href={searchUrl(q)}
                  onClick={(e) => {
                    e.preventDefault();
                    go(q, type);
                  }}
                >
                  {q}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
