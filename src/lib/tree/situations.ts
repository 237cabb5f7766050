import type { Problem } from '../content/types';
import type { CheckQuestion } from './check';
import { formatFragment } from './fragment';
import { position } from './position';
import type { Tree } from './types';
import type { Answer, Step } from './walk';

/**
 * Situations in the tree: the checks the build runs, the situation a reader's answers name,
 * and the situations each outcome can be reached from. Pure; no content is read here.
 */

export interface SituationCheckInput {
  questions: CheckQuestion[];
  outcomeIds: ReadonlySet<string>;
  situationIds: ReadonlySet<string>;
}

/**
 * Every option's situation exists; a question marked `situations: true` names one on every
 * option; and every path from the start to an outcome passes an option that names one,
 * so every outcome page knows which card to show.
 */
export function checkSituations({ questions, outcomeIds, situationIds }: SituationCheckInput): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, CheckQuestion>();
  for (const q of questions) if (!byId.has(q.id)) byId.set(q.id, q);

  for (const q of byId.values()) {
    for (const o of q.options) {
      if (o.situation !== undefined && !situationIds.has(o.situation)) {
        problems.push({
          file: q.file,
          message: `question "${q.id}", option "${o.id}", field "situation": unknown situation id "${o.situation}" (no content/situations/${o.situation}.mdx)`,
        });
      } else if (o.situation === undefined && q.situations) {
        problems.push({ file: q.file, message: `question "${q.id}", option "${o.id}", field "situation" is required: the question has situations: true` });
      }
    }
  }

  // Breadth-first from the start through options that name no situation: an outcome reached
  // this way is reachable without one. The first path found to each node is kept for the message.
  const start = questions[0];
  if (!start) return problems;
  const pathTo = new Map<string, Answer[]>([[start.id, []]]);
  const queue = [start.id];
  const unnamed: { outcome: string; answers: Answer[] }[] = [];
  while (queue.length) {
    const id = queue.shift()!;
    const answers = pathTo.get(id)!;
    for (const o of byId.get(id)?.options ?? []) {
      if (o.situation !== undefined || pathTo.has(o.next)) continue;
      const next = [...answers, { question: id, option: o.id }];
      pathTo.set(o.next, next);
      if (byId.has(o.next)) queue.push(o.next);
      else if (outcomeIds.has(o.next)) unnamed.push({ outcome: o.next, answers: next });
    }
  }
  for (const { outcome, answers } of unnamed) {
    problems.push({
      file: start.file,
      message: `outcome "${outcome}" can be reached without an answer that names a situation, e.g. ${formatFragment(answers)}`,
    });
  }
  return problems;
}

/**
 * The reader's situation on the page of node `at`: the last situation named by the answers
 * that lead there (a later answer refines an earlier one), found with the same position()
 * the quiz uses. Undefined when the answers do not lead to `at` or name none.
 */
export function situationOf(tree: Tree, answers: readonly Answer[], at: string): string | undefined {
  const where = position(tree, answers, at);
  return where.ok ? lastSituation(where.before) : undefined;
}

/** The last situation named along answered steps (what the toolkit, which has the steps, asks). */
export function lastSituation(steps: readonly Step[]): string | undefined {
  let found: string | undefined;
  for (const step of steps) if (step.option.situation !== undefined) found = step.option.situation;
  return found;
}

/**
 * For each outcome, the situations a reader can arrive from (the last one named on a path),
 * in the order a depth-first walk from the start meets them. Walks (node, situation) states,
 * so it stays small however many paths the tree has.
 */
export function situationsByOutcome(tree: Tree): Map<string, string[]> {
  const result = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (id: string, situation: string | undefined): void => {
    const key = `${id}\u0000${situation ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    const q = tree.questions[id];
    if (!q) {
      if (situation === undefined) return;
      const list = result.get(id) ?? [];
      if (!list.includes(situation)) list.push(situation);
      result.set(id, list);
      return;
    }
    for (const o of q.options) walk(o.next, o.situation ?? situation);
  };
  walk(tree.start, undefined);
  return result;
}
