import { ID_PATTERN } from '../core';
import { usableDate } from '../deadlines/dates';
import { FIELDS, type Fields } from '../letters/fields';
import type { Answer } from '../tree/walk';

/**
 * The reader's case notebook as stored on the device and as exported to a file. Checked
 * by plain code rather than zod: this runs in the browser, and zod alone would be several
 * times the notebook page's 12 KB budget. Every check names the field it rejects.
 */
const NOTEBOOK_VERSION = 2;
const FORMAT = 'refundpath-notebook';

/** What a step was, for the deadline rules; `other` and `reply` start no deadline. */
export const STEP_EVENTS = ['requested', 'received', 'returned', 'complained', 'accepted', 'reply', 'other'] as const;
export type StepEvent = (typeof STEP_EVENTS)[number];

export interface Step {
  id: string;
  date: string;
  /** The outcome (rung) the step belongs to. */
  rung: string;
  event: StepEvent;
  /** 12315 complaint number, platform ticket, police receipt… */
  ref: string;
  note: string;
}

export interface CaseRecord {
  id: string;
  name: string;
  created: string;
  /** The outcome the reader saved from; the branch of the record is this outcome's. */
  outcome: string;
  answers: Answer[];
  letter: Fields;
  /** Evidence items (their text) the reader has ticked. */
  evidence: string[];
  steps: Step[];
  resolved: boolean;
}

interface Notebook {
  format: typeof FORMAT;
  version: typeof NOTEBOOK_VERSION;
  records: CaseRecord[];
}

/** Why a value was refused; the page words each one (src/i18n). */
type FieldError = 'text' | 'long' | 'id' | 'date' | 'list' | 'event' | 'bool' | 'object';
export type FileError = 'json' | 'format' | 'version' | 'newer' | 'records' | 'many';
export interface Problem {
  /** Where, e.g. records.0.steps.1.date. */
  path: string;
  error: FieldError;
}
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/**
 * The one set of limits: the save button, the notebook's forms and import all check
 * against these (a transfer list of ten or more transfers is several hundred characters).
 */
export const LIMITS = { name: 100, ref: 200, note: 2000, field: 2000 } as const;
const MAX_TEXT = LIMITS.note;
/** More records than a notebook holds: a file with more is refused before anything is checked. */
const MAX_RECORDS = 5000;

/**
 * The one date rule for a record: a real YYYY-MM-DD day in the years the deadline
 * calculator accepts. A date field typed "05 01 26" gives 0026-05-01: refused everywhere.
 */
export const recordDate = usableDate;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// `declare` and an assignment rather than a parameter property: a class field would be
// lowered for the browser floor (Safari 13) with a 0.3 KB helper on the notebook page.
class Invalid extends Error {
  declare readonly problem: Problem;
  constructor(problem: Problem) {
    super(`${problem.path}: ${problem.error}`);
    this.problem = problem;
  }
}
const fail = (path: string, error: FieldError): never => {
  throw new Invalid({ path, error });
};

function text(o: Obj, key: string, path: string, max: number = MAX_TEXT): string {
  const v = o[key];
  if (typeof v !== 'string') return fail(`${path}.${key}`, 'text');
  if (v.length > max) return fail(`${path}.${key}`, 'long');
  return v;
}
function id(o: Obj, key: string, path: string): string {
  const v = text(o, key, path, 64);
  return ID_PATTERN.test(v) ? v : fail(`${path}.${key}`, 'id');
}
function date(o: Obj, key: string, path: string): string {
  const v = text(o, key, path, 10);
  return recordDate(v) ? v : fail(`${path}.${key}`, 'date');
}
function list(o: Obj, key: string, path: string): unknown[] {
  const v = o[key];
  return Array.isArray(v) ? v : fail(`${path}.${key}`, 'list');
}

function step(v: unknown, path: string): Step {
  if (!isObj(v)) return fail(path, 'object');
  const event = v.event;
  if (!STEP_EVENTS.includes(event as StepEvent)) fail(`${path}.event`, 'event');
  return {
    id: id(v, 'id', path),
    date: date(v, 'date', path),
    rung: id(v, 'rung', path),
    event: event as StepEvent,
    ref: text(v, 'ref', path, LIMITS.ref),
    note: text(v, 'note', path, LIMITS.note),
  };
}

function record(v: unknown, path: string): CaseRecord {
  if (!isObj(v)) return fail(path, 'object');
  const answers = list(v, 'answers', path).map((a, i) => {
    const p = `${path}.answers.${i}`;
    if (!isObj(a)) return fail(p, 'object');
    return { question: id(a, 'question', p), option: id(a, 'option', p) };
  });
  const letterIn = isObj(v.letter) ? v.letter : fail(`${path}.letter`, 'object');
  const letter: Fields = {};
  for (const f of FIELDS) if (letterIn[f] !== undefined) letter[f] = text(letterIn, f, `${path}.letter`, LIMITS.field);
  const evidence = list(v, 'evidence', path).map((e, i) => (typeof e === 'string' ? e : fail(`${path}.evidence.${i}`, 'text')));
  if (typeof v.resolved !== 'boolean') fail(`${path}.resolved`, 'bool');
  return {
    id: id(v, 'id', path),
    name: text(v, 'name', path, LIMITS.name),
    created: date(v, 'created', path),
    outcome: id(v, 'outcome', path),
    answers,
    letter,
    evidence,
    steps: list(v, 'steps', path).map((s, i) => step(s, `${path}.steps.${i}`)),
    resolved: v.resolved as boolean,
  };
}

export function checkRecord(v: unknown, path = 'record'): Checked<CaseRecord> {
  try {
    return { ok: true, value: record(v, path) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, problem: e.problem };
    throw e;
  }
}

/**
 * Older versions, upgraded one version at a time. Version 1 (the first draft of this
 * notebook, never released) had no step types, letter fields or ticks; it stays here so
 * data written by it still loads, and so the next format change has a pattern to follow.
 */
const MIGRATIONS: Record<number, (data: Obj) => Obj> = {
  1: (data) => ({
    ...data,
    version: 2,
    records: (Array.isArray(data.records) ? data.records : []).map((r: unknown) =>
      isObj(r)
        ? {
            letter: {},
            evidence: [],
            resolved: false,
            answers: [],
            ...r,
            created: typeof r.created === 'string' ? r.created : Array.isArray(r.steps) && isObj(r.steps[0]) ? r.steps[0].date : '',
            steps: (Array.isArray(r.steps) ? r.steps : []).map((s: unknown, i: number) =>
              isObj(s) ? { id: `s${i + 1}`, event: 'other', ref: '', note: '', ...s } : s,
            ),
          }
        : r,
    ),
  }),
};

export type Parsed =
  | {
      ok: true;
      notebook: Notebook;
      problems: Problem[];
      /** The records that could not be read, as they were: written back untouched, never dropped. */
      kept: unknown[];
      migratedFrom?: number;
    }
  | { ok: false; error: FileError; version?: number };

/**
 * Reads a notebook (stored text or an imported file): upgrades older versions, then keeps
 * every record that is valid and names each one that is not. Never throws.
 */
export function parseNotebook(raw: string): Parsed {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'json' };
  }
  if (!isObj(data) || data.format !== FORMAT) return { ok: false, error: 'format' };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) return { ok: false, error: 'version' };
  let version: number = data.version;
  if (version > NOTEBOOK_VERSION) return { ok: false, error: 'newer', version };
  const from = version;
  while (version < NOTEBOOK_VERSION) {
    data = MIGRATIONS[version]!(data as Obj);
    version = (data as Obj).version as number;
  }
  const records: CaseRecord[] = [];
  const problems: Problem[] = [];
  const kept: unknown[] = [];
  if (!Array.isArray((data as Obj).records)) return { ok: false, error: 'records' };
  if (((data as Obj).records as unknown[]).length > MAX_RECORDS) return { ok: false, error: 'many' };
  ((data as Obj).records as unknown[]).forEach((r, i) => {
    const checked = checkRecord(r, `records.${i}`);
    if (checked.ok) records.push(checked.value);
    else {
      problems.push(checked.problem);
      kept.push(r);
    }
  });
  const notebook: Notebook = { format: FORMAT, version: NOTEBOOK_VERSION, records: uniqueIds(records) };
  return from < NOTEBOOK_VERSION ? { ok: true, notebook, problems, kept, migratedFrom: from } : { ok: true, notebook, problems, kept };
}

/**
 * Two records with one id (an edited or twice-merged file) would be deleted and edited
 * together: the later ones get a new id, the same on every read (id-2, id-3…).
 */
function uniqueIds(records: readonly CaseRecord[], taken: ReadonlySet<string> = new Set()): CaseRecord[] {
  const seen = new Set(taken);
  return records.map((r) => {
    let id = r.id;
    for (let n = 2; seen.has(id); n++) id = `${r.id.slice(0, 58)}-${n}`;
    seen.add(id);
    return id === r.id ? r : { ...r, id };
  });
}

/** The stored text; `kept` are unreadable records carried along unchanged. */
export function serialize(records: readonly CaseRecord[], kept: readonly unknown[] = []): string {
  const notebook = { format: FORMAT, version: NOTEBOOK_VERSION, records: [...records, ...kept] };
  return JSON.stringify(notebook, null, 1);
}

/** A short random id; records and steps need only be unique on one device. */
export function newId(prefix: string, random: () => number = Math.random): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(random() * 36 ** 4).toString(36)}`;
}
