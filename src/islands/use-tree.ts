import { useEffect, useState } from 'preact/hooks';
import { loadTree } from '../lib/tree/load';
import type { Tree } from '../lib/tree/types';

/** The whole tree once it has arrived (one fetch shared by the islands), null until then or if it cannot be had. */
export function useTree(): Tree | null {
  const [tree, setTree] = useState<Tree | null>(null);
  useEffect(() => {
    void loadTree().then(setTree);
  }, []);
  return tree;
}
