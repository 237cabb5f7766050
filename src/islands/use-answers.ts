import { useEffect, useRef } from 'preact/hooks';
import { CLEARED_EVENT, entryAnswers, type EntryAnswers } from '../lib/tree/entry';
import type { Tree } from '../lib/tree/types';
import type { Answer } from '../lib/tree/walk';

/**
 * The answers of the current history entry, for the quiz and the toolkit alike: `read` gets
 * them once the tree is there, again whenever history moves (a fragment change fires
 * popstate too) and after 清除我的数据. An in-page link (#main, #law-…) changes nothing, so
 * `read` is not called: `showing` says what the island shows, to keep on that entry.
 */
export function useAnswers(tree: Tree | null, showing: () => Answer[], read: (entry: Exclude<EntryAnswers, { kind: 'unchanged' }>, tree: Tree) => void): void {
  // The listeners outlive renders: they call the latest functions.
  const latest = useRef({ showing, read });
  latest.current = { showing, read };
  useEffect(() => {
    if (!tree) return;
    const run = () => {
      const entry = entryAnswers(latest.current.showing());
      if (entry.kind !== 'unchanged') latest.current.read(entry, tree);
    };
    run();
    for (const type of ['popstate', CLEARED_EVENT]) addEventListener(type, run);
    return () => {
      for (const type of ['popstate', CLEARED_EVENT]) removeEventListener(type, run);
    };
  }, [tree]);
}
