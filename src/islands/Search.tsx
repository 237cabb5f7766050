import { useEffect, useRef, useState } from 'preact/hooks';
import { mergeRankings, queryTerms } from '../lib/search/terms';

export interface SearchStrings {
  label: string;
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
}

interface Hit {
  url: string;
  title: string;
  type: string;
  excerpt: string;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface PagefindApi {
  options: (o: object) => Promise<void>;
  search: (q: string, o?: object) => Promise<{ results: PagefindResult[] }>;
}

const PAGE = 10;
// Kept in a variable so the bundler leaves it alone: the index is made after the build.
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
  const [type, setType] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [found, setFound] = useState<PagefindResult[]>([]);
  const api = useRef<Promise<PagefindApi> | null>(null);
  const run = useRef(0);

  const load = () =>
    (api.current ??= import(/* @vite-ignore */ PAGEFIND_URL).then(async (pf: PagefindApi) => {
      await pf.options({ noWorker: true, excerptLength: 40 });
      return pf;
    }));

  const search = async (q: string, t: string) => {
    const id = ++run.current;
    if (!q.trim()) {
      setHits(null);
      setStatus('idle');
      return;
    }
    setStatus('loading');
    try {
      const pf = await load();
      const options = t ? { filters: { type: t } } : {};
      // Particles and question words (了, 怎么办) only cost index downloads: leave them out.
      const terms = queryTerms(q, strings.stopWords);
      let results = (await pf.search(terms.length ? terms.join(' ') : q, options)).results;
      // A whole sentence found too little: ask word by word and merge.
      if (results.length < 3 && terms.length > 1) {
        const lists = await Promise.all(terms.map(async (w) => (await pf.search(w, options)).results.map((r) => ({ id: r.id, score: r.score, item: r }))));
        const seen = new Set(results.map((r) => r.id));
        results = [...results, ...mergeRankings(lists).map((m) => m.item).filter((r) => !seen.has(r.id))];
      }
      // Each result's text is a separate download: fetch only the ones shown.
      const first = await details(results.slice(0, PAGE));
      if (id !== run.current) return;
      setFound(results);
      setHits(first);
      setStatus('ready');
    } catch {
      api.current = null;
      if (id === run.current) setStatus('failed');
    }
  };

  const details = async (results: PagefindResult[]): Promise<Hit[]> =>
    (await Promise.all(results.map((r) => r.data()))).map((d) => ({ url: d.url, title: d.meta.title ?? d.url, type: d.filters.type?.[0] ?? '', excerpt: d.excerpt }));

  const more = async () => {
    const shown = hits ?? [];
    const next = await details(found.slice(shown.length, shown.length + PAGE));
    setHits([...shown, ...next]);
  };

  const fromUrl = () => {
    const params = new URLSearchParams(location.search);
    const q = params.get('q') ?? '';
    const t = strings.types.includes(params.get('type') ?? '') ? params.get('type')! : '';
    setQuery(q);
    setType(t);
    void search(q, t);
  };

  useEffect(() => {
    fromUrl();
    addEventListener('popstate', fromUrl);
    return () => removeEventListener('popstate', fromUrl);
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

  return (
    <div class="search">
      <form
        role="search"
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
      {status === 'ready' && hits && hits.length > 0 && (
        <ol class="results">
          {hits.map((h) => (
            <li key={h.url}>
              <a href={h.url}>{h.title}</a> {h.type && <span class="tag">{h.type}</span>}
              {/* Pagefind escapes page text and adds only <mark> around matches. */}
              <p dangerouslySetInnerHTML={{ __html: h.excerpt }} />
            </li>
          ))}
        </ol>
      )}
      {status === 'ready' && hits && found.length > hits.length && (
        <button type="button" class="secondary" onClick={() => void more()}>{strings.more}</button>
      )}
      {(status === 'idle' || (status === 'ready' && hits?.length === 0)) && (
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
