import { safeFileName } from '../file-name';
import { lastSituation } from '../tree/situations';
import type { Tree } from '../tree/types';
import type { Step } from '../tree/walk';
import type { Field, Fields, Labels } from './fields';

/**
 * Fills a letter template. Templates are content (content/letters/, filled in by src/lib/letters/templates.ts); this module only
 * substitutes. A field the reader left empty becomes a visible blank naming what goes
 * there, so the same template works as a fill-in form without JavaScript.
 */
export type { Field, Fields, Labels };

/** Lists the template can place: one item per line, numbered. */
export interface Lists {
  facts: string[];
  laws: string[];
  evidence: string[];
  /** What the reader's situation adds to the letter's demands (one line each, not numbered). */
  demands?: string[];
}

export interface LetterTemplate {
  title: string;
  /** The fields this letter asks for, in the order the form shows them. A police report asks for
   * different things than a consumer complaint (no order number), so each letter says. */
  fields: readonly Field[];
  /** Labels that differ from the toolkit's defaults for this letter. */
  labels?: Labels;
  /** When set, the letter cites only these of the outcome's laws (a police report must not cite
   * the gambling article against the person reporting). */
  laws?: readonly string[];
  /** Lines; {field} is a declared field, {today} the date, {facts} {laws} {evidence} whole lists,
   * {demands} the situation's demand under the letter's own (nothing when there is none). */
  lines: string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function blank(label: string): string {
  return `＿＿＿＿（${label}）`;
}

/** The label a letter's form shows for a field: the template's own, else the default. */
export function fieldLabel(template: LetterTemplate, field: Field, defaults: Labels): string {
  const label = template.labels?.[field] ?? defaults[field];
  if (!label) throw new Error(`no label for field {${field}} in letter "${template.title}"`);
  return label;
}

/** The laws a letter cites, from the outcome's: all of them, or the template's allowed ones. */
export function lawsFor<T extends { id: string }>(template: LetterTemplate | null, laws: readonly T[]): T[] {
  const allowed = template?.laws;
  return allowed ? laws.filter((l) => allowed.includes(l.id)) : [...laws];
}

export function renderLetter(template: LetterTemplate, fields: Fields, lists: Lists, labels: Labels, today: string): string {
  const value = (key: string): string => {
    if (key === 'today') return today;
    if ((template.fields as readonly string[]).includes(key)) {
      const v = fields[key as Field]?.trim();
      return v ? v : blank(fieldLabel(template, key as Field, labels));
    }
    throw new Error(`unknown placeholder {${key}} in letter "${template.title}" (not one of its fields)`);
  };
  const out: string[] = [template.title, ''];
  for (const line of template.lines) {
    if (line.trim() === '{demands}') {
      out.push(...(lists.demands ?? []));
      continue;
    }
    const list = /^\{(facts|laws|evidence)\}$/.exec(line.trim());
    if (list) {
      const items = lists[list[1] as 'facts' | 'laws' | 'evidence'];
      out.push(...items.map((item, i) => `${i + 1}. ${item}`));
    } else {
      out.push(line.replace(PLACEHOLDER, (_, key: string) => value(key)));
    }
  }
  return out.join('\n');
}

/** Every placeholder a template uses, for checking templates against the known names. */
export function placeholders(template: LetterTemplate): string[] {
  return [...new Set(template.lines.flatMap((l) => [...l.matchAll(PLACEHOLDER)].map((m) => m[1]!)))];
}

/** The letter's download: its title as a file name safe on every system. */
export function fileName(title: string, today: string): string {
  return safeFileName(title, today, 'txt');
}

/** A situation's letter facts (content/situations, `letter`): its fields, a fact and a demand with {field} in them. */
export interface SituationLetterText {
  fields: readonly { id: string; label: string }[];
  fact?: string | undefined;
  demand?: string | undefined;
}

/** {field} in a situation's fact or demand: field ids are slugs (deposit-amount). */
const SITUATION_PLACEHOLDER = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/**
 * The fact and the demand a situation adds to a letter, with the reader's values for its
 * fields; a field left empty is a named blank, as in the letter itself.
 */
export function situationLines(letter: SituationLetterText | undefined, values: Readonly<Record<string, string>>): { facts: string[]; demands: string[] } {
  if (!letter) return { facts: [], demands: [] };
  const fill = (text: string) =>
    text.replace(SITUATION_PLACEHOLDER, (whole, id: string) => {
      const field = letter.fields.find((f) => f.id === id);
      if (!field) return whole;
      const v = values[id]?.trim();
      return v ? v : blank(field.label);
    });
  return { facts: letter.fact ? [fill(letter.fact)] : [], demands: letter.demand ? [fill(letter.demand)] : [] };
}

/**
 * What the reader's answers put in a letter: each answer's fact, then the fact and demand of
 * the situation they name last (its own fields from `values`, visible blanks where empty).
 * The toolkit's letter and the court papers both take their facts from here.
 */
export function answerLines(
  steps: readonly Step[],
  situations: Tree['situations'],
  values: Readonly<Record<string, string>>,
): { situation: string | undefined; facts: string[]; demands: string[] } {
  const situation = lastSituation(steps);
  const added = situationLines(situation === undefined ? undefined : situations?.[situation]?.letter, values);
  return { situation, facts: [...steps.map((s) => s.option.fact).filter((f): f is string => Boolean(f)), ...added.facts], demands: added.demands };
}
