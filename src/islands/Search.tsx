import { useEffect, useRef, useState } from 'preact/hooks';
import { queryTerms, searchedQuery, stripStopWords } from '../lib/search/terms';
import { searchStrategy } from '../lib/search/strategy';
import { answerFor, type AnswerMap } from '../lib/search/answers';
import { highlight } from '../lib/search/highlight';
import type { SynonymIndex } from '../lib/search/synonyms';
import { applyAliases, type AliasIndex } from '../lib/search/aliases';
import { urgentSignal } from '../lib/search/urgent';

export interface SearchStrings {
  label: string;
  formLabel: string;
  placeholder: string;
  submit: string;
  noScript: string;
  loadFailed: string;
  loading: string;
  empty: string;
  resultsFor: string;
  common: string;
  commonQueries: readonly string[];
  stopWords: readonly string[];
  filterLabel: string;
  filterAll: string;
  types: readonly string[];
  more: string;
  guideIndex: string;
  caseIndex: string;
  answer: string;
  answerQuiz: string;
  /** Before the buttons of the urgent answer: 现在就打电话. */
  callNow: string;
  /** 拨打 before a number on a call button. */
  call: string;
  /** Before the key words a pasted text was searched by. */
  searchedFor: string;
  filler: readonly string[];
}

interface Hit {
  url: string;
  title: string;
  type: string;
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
/** What the page ships beside the island as JSON (#search-data): made at build from content. */
export interface SearchData {
  answers: AnswerMap;
  synonyms: SynonymIndex;
  aliases: AliasIndex;
  /** How many pages the index holds. */
  pages: number;
}
let data: (SearchData & { vocabulary: string }) | undefined;
// Read from the page, not passed as props: Astro's prop encoding would double its size.
const pageData = () => {
  if (data) return data;
  const d: SearchData = JSON.parse(document.getElementById('search-data')?.textContent || '{"answers":{"pages":[],"phrases":[]},"synonyms":[],"aliases":[],"pages":100}');
  // The site's words, for picking the key words of a pasted text: askedAs phrases, synonyms, the words aliases stand for.
  const vocabulary = [...d.answers.phrases.map(([p]) => p), ...d.synonyms.flat(), ...d.aliases.map(([, w]) => w)].join('|');
  return (data = { ...d, vocabulary });
};

/**
 * What is searched for what the reader typed, aliases rewritten (pdd → 拼多多): a short query
 * as typed, a pasted text as its key words, with the words that made it urgent kept so that
 * the address (?q=) brings back the same answer.
 */
const toSearch = (raw: string, strings: SearchStrings): string => {
  const d = pageData();
  const text = applyAliases(raw.trim().toLowerCase(), d.aliases);
  const searched = searchedQuery(text, { stopWords: strings.stopWords, filler: strings.filler, vocabulary: d.vocabulary });
  const signal = d.answers.urgent && urgentSignal(text, d.answers.urgent.signals);
  return signal && !urgentSignal(searched, d.answers.urgent!.signals) ? `${signal} ${searched}` : searched;
};

export default function Search({ strings }: { strings: SearchStrings }) {
  const [status, setStatus] = useState<Status>('nojs');
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  // What the reader typed or pasted for this search: the best answer reads all of it.
  const [asked, setAsked] = useState('');
  // Counts finished searches, so a test (or a reader's tool) can tell this search from the last.
  const [done, setDone] = useState(0);
  const [type, setType] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [found, setFound] = useState<PagefindResult[]>([]);
  const api = useRef<Promise<PagefindApi> | null>(null);
  const run = useRef(0);
  // Pagefind skips an index file that fails to download and reports "no results";
  // watching its downloads lets the page say that search failed instead.
  const broken = useRef(false);

  const load = () =>
    (api.current ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: PagefindApi) => {
      await pf.options({ noWorker: true });
      return pf;
    }));

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
    return data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, type: d.filters.type?.[0] ?? '', summary: d.meta.summary ?? '' }));
  };

  const search = async (q: string, t: string, raw = q) => {
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
      const pf = await load();
      broken.current = false;
      const options = t ? { filters: { type: t } } : {};
      const ranked = await searchStrategy(q, async (w) => (await pf.search(w, options)).results.map((r) => ({ id: r.id, score: r.score, item: r })), { stopWords: strings.stopWords, synonyms: pageData().synonyms, pages: pageData().pages });
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

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    const raw = params.get('q') ?? '';
    const t = strings.types.includes(params.get('type') ?? '') ? params.get('type')! : '';
    const q = toSearch(raw, strings);
    // A pasted text sent by the header's form (no JavaScript there): the address keeps what is searched.
    if (q !== raw.trim().toLowerCase()) {
      params.set('q', q);
      history.replaceState(history.state, '', `/search/?${params}`);
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
      if (/pagefind/i.test(`${(e.reason as Error)?.stack ?? ''} ${String(e.reason)}`)) {
        e.preventDefault();
        fail(run.current);
      }
    };
    addEventListener('unhandledrejection', rejected);
    addEventListener('popstate', fromUrl);
    fromUrl();
    return () => {
      globalThis.fetch = fetch0;
      removeEventListener('unhandledrejection', rejected);
      removeEventListener('popstate', fromUrl);
    };
  }, []);

  const go = (raw: string, t: string) => {
    // The address holds what is searched (a pasted text's key words), not the text itself.
    const q = toSearch(raw, strings);
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (t) params.set('type', t);
    const url = `/search/${params.size ? `?${params}` : ''}`;
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    setQuery(raw);
    setType(t);
    void search(q, t, raw);
  };

  const fallbackLinks = (
    <ul>
      <li><a href="/guide/">{strings.guideIndex}</a></li>
      <li><a href="/cases/">{strings.caseIndex}</a></li>
    </ul>
  );
  const answer = status !== 'nojs' && searched ? answerFor(applyAliases(asked.toLowerCase(), pageData().aliases), pageData().answers) : null;
  const pasted = searched && applyAliases(asked.trim().toLowerCase(), pageData().aliases) !== searched;
  const words = [stripStopWords(searched, strings.stopWords), ...queryTerms(searched, strings.stopWords)];

  return (
    <div class="search" data-state={status} data-query={searched} data-done={done}>
      <form
        role="search"
        aria-label={strings.formLabel}
        action="/search/"
        method="get"
        class="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          go(query.trim(), type);
        }}
      >
        <label class="sr-only" for="search-q">{strings.label}</label>
        <input id="search-q" type="search" name="q" value={query} placeholder={strings.placeholder} onInput={(e) => setQuery(e.currentTarget.value)} />
        <button type="submit">{strings.submit}</button>
      </form>
      {status === 'nojs' && (
        <div class="box warn">
          <p>{strings.noScript}</p>
          {fallbackLinks}
        </div>
      )}
      {status !== 'nojs' && (
        <fieldset class="type-filter">
          <legend>{strings.filterLabel}</legend>
          {['', ...strings.types].map((t) => (
            <label key={t}>
              <input type="radio" name="type" value={t} checked={type === t} onChange={() => go(query.trim(), t)} /> {t || strings.filterAll}
            </label>
          ))}
        </fieldset>
      )}
      {answer && (
        <section class={answer.fraud ? 'box danger answer' : 'box answer'} aria-labelledby="answer-title">
          <p class="meta">{strings.answer}</p>
          <h2 id="answer-title"><a href={answer.url}>{answer.title}</a></h2>
          <p>{answer.line}</p>
          {answer.call.length > 0 && (
            <p class="call">
              <strong>{strings.callNow}</strong>{' '}
              {answer.call.map((c) => (
                <a key={c.phone} class="button" href={`tel:${c.phone}`} aria-label={c.name}>{strings.call} {c.phone}</a>
              ))}
            </p>
          )}
          <p><a href="/check/">{strings.answerQuiz}</a></p>
        </section>
      )}
      {pasted && status !== 'nojs' && <p class="muted searched">{strings.searchedFor}{searched}</p>}
      <div aria-live="polite">
        {status === 'loading' && <p class="muted">{strings.loading}</p>}
        {status === 'failed' && (
          <div class="box warn" role="alert">
            <p>{strings.loadFailed}</p>
            {fallbackLinks}
          </div>
        )}
        {status === 'ready' && found.length > 0 && <p class="muted">{found.length} {strings.resultsFor}</p>}
      </div>
      {status === 'ready' && hits.length > 0 && (
        <ol class="results">
          {hits.map((h) => (
            <li key={h.url}>
              <a href={h.url}>{h.title}</a> {h.type && <span class="tag">{h.type}</span>}
              <p>{highlight(h.summary, words).map(([text, hit]) => (hit ? <mark>{text}</mark> : text))}</p>
            </li>
          ))}
        </ol>
      )}
      {status === 'ready' && found.length > hits.length && (
        <button type="button" class="secondary" onClick={() => void more()}>{strings.more}</button>
      )}
      {(status === 'idle' || (status === 'ready' && hits.length === 0)) && (
        <section>
          {status === 'ready' && <p>{strings.empty}</p>}
          <h2>{strings.common}</h2>
          <ul>
            {strings.commonQueries.map((q) => (
              <li key={q}>
                <a
                  href={`/search/?q=${encodeURIComponent(q)}`}
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
