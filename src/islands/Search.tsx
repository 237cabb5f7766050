import { useEffect, useRef, useState } from 'preact/hooks';
import { capQuery, queryTerms, stripStopWords } from '../lib/search/terms';
import { searchStrategy } from '../lib/search/strategy';
import { bestAnswer, type AnswerMap } from '../lib/search/answers';
import { highlight } from '../lib/search/highlight';
import type { SynonymIndex } from '../lib/search/synonyms';

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
}
let data: SearchData | undefined;
// Read from the page, not passed as props: Astro's prop encoding would double its size.
// The page always has the block (src/pages/search.astro).
const pageData = (): SearchData => data || (data = JSON.parse(document.getElementById('search-data')!.textContent || '{"answers":{"pages":[],"phrases":[]},"synonyms":[]}'));

export default function Search({ strings }: { strings: SearchStrings }) {
  const [status, setStatus] = useState<Status>('nojs');
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [type, setType] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [found, setFound] = useState<PagefindResult[]>([]);
  const api = useRef<Promise<PagefindApi> | null>(null);
  const run = useRef(0);
  // Pagefind skips an index file that fails to download and reports "no results";
  // watching its downloads lets the page say that search failed instead.
  const broken = useRef(false);

  const load = () =>
    api.current ||
    (api.current = import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: PagefindApi) => {
      await pf.options({ noWorker: true });
      return pf;
    }));

  const fail = (id: number) => {
    const pf = api.current;
    api.current = null;
    if (pf) void pf.then((p) => p.destroy()).catch(() => {});
    if (id === run.current) setStatus('failed');
  };

  const details = async (results: PagefindResult[]): Promise<Hit[]> => {
    const data = await Promise.all(results.map((r) => r.data()));
    if (broken.current) throw new Error('search index download failed');
    return data.map((d) => ({ url: d.url, title: d.meta.title || d.url, type: d.filters.type ? d.filters.type[0]! : '', summary: d.meta.summary || '' }));
  };

  const search = async (raw: string, t: string) => {
    const id = ++run.current;
    const q = capQuery(raw);
    setSearched(q);
    if (!q) {
      setStatus('idle');
      return;
    }
    setStatus('loading');
    try {
      const pf = await load();
      broken.current = false;
      const options = t ? { filters: { type: t } } : {};
      const ranked = await searchStrategy(q, async (w) => (await pf.search(w, options)).results.map((r) => ({ id: r.id, score: r.score, item: r })), { stopWords: strings.stopWords, synonyms: pageData().synonyms });
      const results = ranked.map((r) => r.item);
      // Each result's text is a separate download: fetch only the ones shown.
      const first = await details(results.slice(0, PAGE));
      if (id !== run.current) return;
      setFound(results);
      setHits(first);
      setStatus('ready');
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
    const q = params.get('q') || '';
    const t = strings.types.includes(params.get('type') || '') ? params.get('type')! : '';
    setQuery(q);
    setType(t);
    void search(q, t);
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
    addEventListener('popstate', fromUrl);
    fromUrl();
    return () => {
      globalThis.fetch = fetch0;
      removeEventListener('unhandledrejection', rejected);
      removeEventListener('popstate', fromUrl);
    };
  }, []);

  const go = (q: string, t: string) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (t) params.set('type', t);
    const url = `/search/${params.size ? `?${params}` : ''}`;
    if (url !== location.pathname + location.search) history.pushState(null, '', url);
    setQuery(q);
    setType(t);
    void search(q, t);
  };

  const fallbackLinks = (
    <ul>
      <li><a href="/guide/">{strings.guideIndex}</a></li>
      <li><a href="/cases/">{strings.caseIndex}</a></li>
    </ul>
  );
  const answer = status !== 'nojs' && searched ? bestAnswer(searched, pageData().answers) : null;
  const words = [stripStopWords(searched, strings.stopWords), ...queryTerms(searched, strings.stopWords)];

  return (
    <div class="search" data-state={status} data-query={searched}>
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
          <p><a href="/check/">{strings.answerQuiz}</a></p>
        </section>
      )}
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
