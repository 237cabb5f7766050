import { FIELDS, type Field, type Fields } from './fields';

/**
 * Fills a letter template. Templates are words (they live in src/i18n/); this module only
 * substitutes. A field the reader left empty becomes a visible blank naming what goes
 * there, so the same template works as a fill-in form without JavaScript.
 */
export { FIELDS, type Field, type Fields };

/** Lists the template can place: one item per line, numbered. */
export interface Lists {
  facts: string[];
  laws: string[];
  evidence: string[];
}

export interface LetterTemplate {
  title: string;
  /** Lines; {field} is a field, {today} the date, {facts} {laws} {evidence} whole lists. */
  lines: string[];
}

const PLACEHOLDER = /\{(\w+)\}/g;

export function blank(label: string): string {
  return `＿＿＿＿（${label}）`;
}

export function renderLetter(template: LetterTemplate, fields: Fields, lists: Lists, labels: Record<Field, string>, today: string): string {
  const value = (key: string): string => {
    if (key === 'today') return today;
    if ((FIELDS as readonly string[]).includes(key)) {
      const v = fields[key as Field]?.trim();
      return v ? v : blank(labels[key as Field]);
    }
    throw new Error(`unknown placeholder {${key}} in letter "${template.title}"`);
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
