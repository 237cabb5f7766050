import type { Problem } from '../content/types';
import { formatFragment, parseFragment } from './fragment';
import { ID_PATTERN, ID_RULE } from '../core';
import { SCAM_SIGNAL } from './types';
import type { Answer } from './walk';

/** What the tree check needs to know about each node and where it was written. */
export interface CheckQuestion {
  id: string;
  file: string;
  options: { id: string; next: string; flags: string[]; situation?: string | undefined }[];
  /** The question asks for the reader's situation: every option must name one. */
  situations?: boolean;
}

export interface CheckOutcome {
  id: string;
  file: string;
  branch: 'consumer' | 'fraud';
  laws: string[];
  channels: string[];
}

export interface TreeCheckInput {
  questions: CheckQuestion[];
  outcomes: CheckOutcome[];
  lawIds: ReadonlySet<string>;
  channelIds: ReadonlySet<string>;
}

/**
 * Checks the decision tree: unique ids, every reference resolves, every node reachable
 * from the start, no cycles, no dead ends, every outcome cites a law and a channel that
 * exist, and no scam-signal answer can lead to a consumer (non-fraud) outcome.
 */
export function checkTree({ questions, outcomes, lawIds, channelIds }: TreeCheckInput): Problem[] {
  const problems: Problem[] = [];
  const questionById = new Map<string, CheckQuestion>();
  const outcomeById = new Map<string, CheckOutcome>();

  for (const q of questions) {
    if (questionById.has(q.id)) problems.push({ file: q.file, message: `duplicate question id "${q.id}"` });
    else questionById.set(q.id, q);
    const seen = new Set<string>();
    for (const o of q.options) {
      if (seen.has(o.id)) problems.push({ file: q.file, message: `question "${q.id}": duplicate option id "${o.id}"` });
      seen.add(o.id);
    }
  }
  for (const o of outcomes) {
    if (outcomeById.has(o.id)) problems.push({ file: o.file, message: `duplicate outcome id "${o.id}"` });
    else if (questionById.has(o.id)) problems.push({ file: o.file, message: `outcome id "${o.id}" is also a question id in ${questionById.get(o.id)!.file}` });
    else outcomeById.set(o.id, o);
  }

  for (const q of questionById.values()) {
    for (const o of q.options) {
      if (!questionById.has(o.next) && !outcomeById.has(o.next)) {
        problems.push({ file: q.file, message: `question "${q.id}", option "${o.id}": next "${o.next}" is neither a question nor an outcome` });
      }
    }
  }

  for (const o of outcomeById.values()) {
    for (const law of o.laws) if (!lawIds.has(law)) problems.push({ file: o.file, message: `outcome "${o.id}", field "laws": unknown law id "${law}"` });
    for (const ch of o.channels)
      if (!channelIds.has(ch)) problems.push({ file: o.file, message: `outcome "${o.id}", field "channels": unknown channel id "${ch}"` });
    if (o.laws.length === 0) problems.push({ file: o.file, message: `outcome "${o.id}" cites no law` });
    if (o.channels.length === 0) problems.push({ file: o.file, message: `outcome "${o.id}" names no channel` });
  }

  const start = questions[0];
  if (!start) return [...problems, { file: 'content/tree/questions.yaml', message: 'the tree has no questions' }];

  // Depth-first walk from the start: finds cycles and what is reachable.
  const reached = new Set<string>();
  const onStack: string[] = [];
  const reportedCycles = new Set<string>();
  const visit = (id: string): void => {
    const q = questionById.get(id);
    if (onStack.includes(id)) {
      const loop = [...onStack.slice(onStack.indexOf(id)), id];
      const key = [...loop].sort().join(',');
      if (!reportedCycles.has(key)) {
        reportedCycles.add(key);
        problems.push({ file: q?.file ?? start.file, message: `question "${id}" leads back to itself (${loop.join(' → ')})` });
      }
      return;
    }
    if (reached.has(id)) return;
    reached.add(id);
    if (!q) return;
    onStack.push(id);
    for (const o of q.options) if (questionById.has(o.next) || outcomeById.has(o.next)) visit(o.next);
    onStack.pop();
  };
  visit(start.id);

  for (const q of questionById.values()) {
    if (!reached.has(q.id)) problems.push({ file: q.file, message: `question "${q.id}" cannot be reached from the start question "${start.id}"` });
  }
  for (const o of outcomeById.values()) {
    if (!reached.has(o.id)) problems.push({ file: o.file, message: `outcome "${o.id}" cannot be reached from the start question "${start.id}"` });
  }

  // Dead ends: a question from which no outcome can be reached.
  const leadsToOutcome = new Map<string, boolean>();
  const canFinish = (id: string, path: Set<string>): boolean => {
    if (outcomeById.has(id)) return true;
    const known = leadsToOutcome.get(id);
    if (known !== undefined) return known;
    const q = questionById.get(id);
    if (!q || path.has(id)) return false;
    path.add(id);
    const ok = q.options.some((o) => canFinish(o.next, path));
    path.delete(id);
    leadsToOutcome.set(id, ok);
    return ok;
  };
  for (const q of questionById.values()) {
    if (!canFinish(q.id, new Set())) problems.push({ file: q.file, message: `question "${q.id}" is a dead end: no answer leads to an outcome` });
  }

  // Every answer chain must survive the trip through the URL: the parser's id rule and limits.
  let badIds = false;
  for (const q of questionById.values()) {
    for (const id of [q.id, ...q.options.map((o) => o.id)]) {
      if (ID_PATTERN.test(id)) continue;
      badIds = true;
      problems.push({ file: q.file, message: `question "${q.id}": id "${id}" ${ID_RULE}` });
    }
  }
  if (reportedCycles.size === 0 && !badIds) {
    for (const longest of [longestChain(start.id, questionById, (a) => a.length), longestChain(start.id, questionById, (a) => formatFragment(a).length)]) {
      if (!parseFragment(formatFragment(longest)).ok) {
        problems.push({ file: start.file, message: `the answers ${formatFragment(longest).slice(0, 80)}… are too many or too long for a quiz URL` });
        break;
      }
    }
  }

  // Safety: after a scam-signal answer, every reachable outcome must be on the fraud branch.
  for (const q of questionById.values()) {
    for (const o of q.options) {
      if (!o.flags.includes(SCAM_SIGNAL)) continue;
      for (const end of reachableOutcomes(o.next, questionById, outcomeById)) {
        if (end.branch !== 'fraud') {
          problems.push({ file: q.file, message: `question "${q.id}", option "${o.id}" is a scam signal but can lead to the consumer outcome "${end.id}"` });
        }
      }
    }
  }
  return problems;
}

function reachableOutcomes(from: string, questions: Map<string, CheckQuestion>, outcomes: Map<string, CheckOutcome>): CheckOutcome[] {
  const found = new Map<string, CheckOutcome>();
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const outcome = outcomes.get(id);
    if (outcome) found.set(id, outcome);
    for (const o of questions.get(id)?.options ?? []) stack.push(o.next);
  }
  return [...found.values()];
}

/** The answer chain from `from` that scores highest (the tree is acyclic: checked before). */
function longestChain(from: string, questions: Map<string, CheckQuestion>, score: (answers: Answer[]) => number): Answer[] {
  const best = new Map<string, Answer[]>();
  const walk = (id: string): Answer[] => {
    const known = best.get(id);
    if (known) return known;
    let top: Answer[] = [];
    for (const o of questions.get(id)?.options ?? []) {
      const chain = [{ question: id, option: o.id }, ...walk(o.next)];
      if (score(chain) > score(top)) top = chain;
    }
    best.set(id, top);
    return top;
  };
  return walk(from);
}
