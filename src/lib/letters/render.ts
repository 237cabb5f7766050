import { FIELDS, type Field, type Fields, type Labels } from './fields';

/**
 * Fills a letter template. Templates are words (they live in src/i18n/); this module only
 * substitutes. A field the reader left empty becomes a visible blank naming what goes
 * there, so the same template works as a fill-in form without JavaScript.
 */
export { FIELDS, type Field, type Fields, type Labels };

/** Lists the template can place: one item per line, numbered. */
export interface Lists {
  facts: string[];
  laws: string[];
  evidence: string[];
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
  /** Lines; {field} is a declared field, {today} the date, {facts} {laws} {evidence} whole lists. */
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
    const list = /^\{(facts|laws|evidence)\}$/.exec(line.trim());
    if (list) {
      const items = lists[list[1] as keyof Lists];
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

/** A file name safe on every system, for the download. */
export function fileName(title: string, today: string): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '')}-${today}.txt`;
}
