import { checkLadder } from '../ladder';
import { checkTree, type CheckOutcome, type CheckQuestion } from '../tree/check';
import { checkSituations } from '../tree/situations';
import { citations, type Citation } from './refs';
import { letterProblems, partProblems, type LetterParts, type LetterSource } from '../letters/templates';
import type { Labels } from '../letters/fields';
import { entryId } from './load';
import type { Kind, Problem, SchemaLike, SourceEntry } from './types';

export type Schemas = Record<Kind, SchemaLike>;

interface Parsed {
  entry: SourceEntry;
  id: string;
  data: Record<string, unknown>;
}

/**
 * Validates all content at once: each entry against its schema, then ids and every
 * cross-reference (law and channel ids in bodies and frontmatter, outcomes, chapters,
 * the decision tree). Returns problems; an empty list means the content is sound.
 */
export interface ValidateOptions {
  /** The toolkit's default field labels: a letter field needs one, or a label of its own. */
  letterLabels?: Labels;
  /** Filled with the citations found in each MDX body, by file: the body is parsed once, here. */
  cited?: Map<string, Citation[]>;
}

export function validateContent(entries: readonly SourceEntry[], schemas: Schemas, options: ValidateOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const parsed: Record<Kind, Parsed[]> = {
    guide: [],
    cases: [],
    situations: [],
    outcomes: [],
    questions: [],
    journeys: [],
    laws: [],
    channels: [],
    letters: [],
    letterParts: [],
    urgent: [],
  };
  const known: Record<Kind, Set<string>> = {
    guide: new Set(),
    cases: new Set(),
    situations: new Set(),
    outcomes: new Set(),
    questions: new Set(),
    journeys: new Set(),
    laws: new Set(),
    channels: new Set(),
    letters: new Set(),
    letterParts: new Set(),
    urgent: new Set(),
  };
  for (const entry of entries) known[entry.kind].add(entryId(entry));
  const rawOutcomes: SourceEntry[] = entries.filter((e) => e.kind === 'outcomes');

  for (const entry of entries) {
    const where = entry.index === undefined ? '' : `item ${entry.index + 1}${idHint(entry.data)}: `;
    const result = schemas[entry.kind].safeParse(entry.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.map(String).join('.');
        const missing = valueAt(entry.data, issue.path) === undefined;
        const message = missing && field ? 'is required but missing' : issue.message;
        problems.push({ file: entry.file, message: field ? `${where}field "${field}" ${message}` : `${where}${message}` });
      }
      continue;
    }
    parsed[entry.kind].push({ entry, id: entryId(entry), data: result.data as Record<string, unknown> });
  }

  // Duplicate ids within a kind. Questions and outcomes share one namespace (checked by the tree).
  // Journeys have no id: each is one test case.
  for (const kind of (Object.keys(parsed) as Kind[]).filter((k) => k !== 'journeys')) {
    const first = new Map<string, SourceEntry>();
    for (const p of parsed[kind]) {
      const other = first.get(p.id);
      if (other !== undefined && kind !== 'questions') {
        const word = kind === 'laws' || kind === 'channels' ? 'id' : 'slug';
        // Items of one list name each other by item number and line; files by path.
        const here = p.entry.index === undefined ? '' : `${place(p.entry)}: `;
        const there = other.index === undefined || other.file !== p.entry.file ? other.file : place(other);
        problems.push({ file: p.entry.file, message: `${here}duplicate ${word} "${p.id}" (also used in ${there})` });
      } else {
        first.set(p.id, p.entry);
      }
    }
  }

  const { laws: lawIds, channels: channelIds, outcomes: outcomeIds, guide: guideIds, cases: caseIds, situations: situationIds } = known;

  // Citations in MDX bodies, read from the syntax tree; lines are the file's own.
  for (const p of [...parsed.guide, ...parsed.cases, ...parsed.situations, ...parsed.outcomes]) {
    const offset = (p.entry.bodyLine ?? 1) - 1;
    let found: ReturnType<typeof citations>;
    try {
      found = citations(p.entry.body ?? '');
    } catch (error) {
      const [, line, rest] = /^(\d+):\d+: ([\s\S]*)$/.exec((error as Error).message) ?? [];
      problems.push({
        file: p.entry.file,
        message: line ? `line ${Number(line) + offset}: not valid MDX: ${rest}` : `not valid MDX: ${(error as Error).message}`,
      });
      continue;
    }
    options.cited?.set(p.entry.file, found);
    for (const c of found) {
      const known = c.component === 'Law' ? lawIds : channelIds;
      if (!known.has(c.id)) {
        const word = c.component === 'Law' ? 'law' : 'channel';
        problems.push({ file: p.entry.file, message: `line ${c.line + offset}: unknown ${word} id "${c.id}" in <${c.component} id="${c.id}"/>` });
      }
    }
  }

  // References in frontmatter.
  const refs = (p: Parsed, field: string, known: Set<string>, word: string): void => {
    const value = p.data[field];
    for (const id of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      const item = p.entry.index === undefined ? '' : `item ${p.entry.index + 1}: `;
      if (!known.has(String(id))) problems.push({ file: p.entry.file, message: `${item}field "${field}": unknown ${word} id "${String(id)}"` });
    }
  };
  for (const p of parsed.guide) refs(p, 'outcomes', outcomeIds, 'outcome');
  for (const p of parsed.cases) {
    refs(p, 'channels', channelIds, 'channel');
    refs(p, 'outcome', outcomeIds, 'outcome');
    refs(p, 'chapters', guideIds, 'guide chapter');
  }
  for (const p of parsed.outcomes) refs(p, 'next', outcomeIds, 'outcome');
  problems.push(
    ...checkLadder(
      parsed.outcomes.map((p) => ({ id: p.id, file: p.entry.file, branch: p.data.branch as 'consumer' | 'fraud', next: p.data.next as string | undefined })),
    ),
  );
  for (const p of parsed.situations) problems.push(...situationRefs(p, lawIds, channelIds, caseIds));
  for (const p of parsed.journeys) refs(p, 'outcome', outcomeIds, 'outcome');
  for (const p of parsed.urgent) {
    refs(p, 'outcome', outcomeIds, 'outcome');
    refs(p, 'call', channelIds, 'channel');
  }

  // Letters: every {name} a letter uses is one it can fill; every outcome's letter exists.
  const parts = (parsed.letterParts[0]?.data ?? { fields: {}, lines: {} }) as unknown as LetterParts;
  for (const p of parsed.letterParts) problems.push(...partProblems(p.entry.file, parts));
  for (const p of parsed.letters) problems.push(...letterProblems(p.entry.file, p.data as unknown as LetterSource, parts, options.letterLabels ?? {}, lawIds));
  for (const p of parsed.outcomes) {
    const kind = String(p.data.letter);
    if (kind !== 'none' && !known.letters.has(kind)) problems.push({ file: p.entry.file, message: `field "letter": no letter "${kind}" in content/letters/` });
  }

  // One page per public report: two cases citing the same report are one case told twice.
  const sourceFile = new Map<string, string>();
  for (const p of parsed.cases) {
    const source = String(p.data.source);
    if (source === 'composite') continue;
    const other = sourceFile.get(source);
    if (other) problems.push({ file: p.entry.file, message: `field "source": ${source} is also the source of ${other}` });
    else sourceFile.set(source, p.entry.file);
  }

  // Guide chapters are read in order: each position once.
  const orderFile = new Map<number, string>();
  for (const p of parsed.guide) {
    const order = p.data.order as number;
    const other = orderFile.get(order);
    if (other) problems.push({ file: p.entry.file, message: `field "order": ${order} is also used in ${other}` });
    else orderFile.set(order, p.entry.file);
  }

  // The decision tree (only once its parts parsed, so messages stay about the real fault).
  if (parsed.questions.length > 0) {
    const questions: CheckQuestion[] = parsed.questions.map((p) => ({
      id: p.id,
      file: p.entry.file,
      options: (p.data.options as CheckQuestion['options']) ?? [],
      situations: p.data.situations === true,
    }));
    // Outcomes are read raw here, so an outcome with a schema fault still counts as a node.
    const outcomes: CheckOutcome[] = rawOutcomes.map((entry) => {
      const data = (entry.data ?? {}) as Record<string, unknown>;
      const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
      return {
        id: entryId(entry),
        file: entry.file,
        branch: data.branch === 'fraud' ? 'fraud' : 'consumer',
        laws: list(data.laws),
        channels: list(data.channels),
      };
    });
    problems.push(...checkTree({ questions, outcomes, lawIds, channelIds }));
    problems.push(...checkSituations({ questions, outcomeIds: new Set(outcomes.map((o) => o.id)), situationIds }));
  }
  return problems;
}

/** A situation's ids in frontmatter, each named by its field path (rights.1.law). */
function situationRefs(p: Parsed, lawIds: Set<string>, channelIds: Set<string>, caseIds: Set<string>): Problem[] {
  const d = p.data as {
    card: { law: string; channelId?: string };
    rights: { law: string }[];
    channels: { id: string }[];
    deadlines: { law?: string }[];
    cases: string[];
  };
  const found: [string, string, Set<string>, string][] = [
    ['card.law', d.card.law, lawIds, 'law'],
    ...(d.card.channelId === undefined ? [] : [['card.channelId', d.card.channelId, channelIds, 'channel'] as [string, string, Set<string>, string]]),
    ...d.rights.map((r, i): [string, string, Set<string>, string] => [`rights.${i}.law`, r.law, lawIds, 'law']),
    ...d.channels.map((c, i): [string, string, Set<string>, string] => [`channels.${i}.id`, c.id, channelIds, 'channel']),
    ...d.deadlines.flatMap((x, i): [string, string, Set<string>, string][] => (x.law === undefined ? [] : [[`deadlines.${i}.law`, x.law, lawIds, 'law']])),
    ...d.cases.map((c, i): [string, string, Set<string>, string] => [`cases.${i}`, c, caseIds, 'case']),
  ];
  const problems = found
    .filter(([, id, known]) => !known.has(id))
    .map(([field, id, , word]) => ({ file: p.entry.file, message: `field "${field}": unknown ${word} ${word === 'case' ? 'slug' : 'id'} "${id}"` }));
  // {field} in the letter's fact and demand must be one of its fields, or the reader would see it raw.
  const letter = (p.data as { letter?: { fields: { id: string }[]; fact?: string; demand?: string } }).letter;
  for (const key of ['fact', 'demand'] as const) {
    for (const m of (letter?.[key] ?? '').matchAll(/\{([^}]*)\}/g)) {
      if (!letter!.fields.some((f) => f.id === m[1]))
        problems.push({ file: p.entry.file, message: `field "letter.${key}": {${m[1]}} is not one of letter.fields` });
    }
  }
  return problems;
}

function place(entry: SourceEntry): string {
  return `item ${entry.index! + 1}${entry.line === undefined ? '' : ` at line ${entry.line}`}`;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function idHint(data: unknown): string {
  const id = data && typeof data === 'object' ? (data as Record<string, unknown>).id : undefined;
  return typeof id === 'string' || typeof id === 'number' ? ` (id "${id}")` : '';
}
