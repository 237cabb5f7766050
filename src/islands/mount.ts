/**
 * The one way a page's controls are mounted from a plain script (the quiz, the outcome toolkit,
 * search, the notebook): no Astro island runtime in the page. The root carries `data-mount`
 * ("" while loading, then "ok" or "failed"); a failure (below the browser floor, a mount that
 * throws, a chunk that does not load) is reported as an `error` event on the root, which the
 * page's inline watcher (src/islands/mount-watch.js) turns into the plain notice beside it
 * (`<id>-failed`). Nothing is said while a mount is still under way.
 */
export function mount(id: string, run: (el: HTMLElement) => unknown): void {
  const el = document.getElementById(id);
  if (!el) return;
  const done = (ok: boolean) => {
    el.dataset.mount = ok ? 'ok' : 'failed';
    const notice = document.getElementById(`${id}-failed`);
    // A mount that succeeds after all (another script failed first) takes the notice back.
    if (ok && notice) notice.hidden = true;
    if (!ok) el.dispatchEvent(new Event('error'));
  };
  // Below the browser floor (README: Chrome 79, Safari 13; these came in Chrome 73-76 and
  // Safari 12.1-13) the page stays the static no-JavaScript page, never half mounted.
  if (typeof Promise.allSettled !== 'function' || typeof Object.fromEntries !== 'function') {
    done(false);
    return;
  }
  try {
    Promise.resolve(run(el)).then(
      () => done(true),
      () => done(false),
    );
  } catch {
    done(false);
  }
}
