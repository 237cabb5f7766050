// Build time as the number of case pages grows: a copy of the project in a temporary
// folder, with N generated cases, built with astro build. Nothing here is committed.
import { join } from 'node:path';
import { builtPages } from '../helpers/dist.ts';
import { buildCopy, copyProject, writeGeneratedCases } from '../helpers/project.ts';
import { weigh } from './weigh.ts';

export interface ScaleResult {
  seconds: number;
  pages: number;
  /** The heaviest case list page (index or filter, any page of it), HTML + CSS gzip bytes. */
  largestList: { path: string; bytes: number };
}

/** Case list pages: the index, filter pages and their later pages; not single cases or the feed. */
export const isCaseList = (path: string) => /^\/cases\/((page\/\d+\/)|([a-z]+\/[a-z0-9-]+\/(page\/\d+\/)?))?$/.test(path);

export function timeBuildWithCases(root: string, count: number): ScaleResult {
  const { dir, remove } = copyProject(root, `refundpath-scale-${count}-`);
  try {
    writeGeneratedCases(dir, count);
    const started = performance.now();
    const build = buildCopy(root, dir, 60 * 60_000);
    const seconds = (performance.now() - started) / 1000;
    if (build.status !== 0) throw new Error(`astro build of ${count} cases failed:\n${build.output}`);
    const dist = join(dir, 'dist');
    const all = builtPages(dist);
    let largestList = { path: '', bytes: 0 };
    for (const path of all.filter(isCaseList)) {
      const w = weigh(dist, path);
      if (w.html + w.css > largestList.bytes) largestList = { path, bytes: w.html + w.css };
    }
    return { seconds, pages: all.length, largestList };
  } finally {
    remove();
  }
}
