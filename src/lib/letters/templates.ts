import type { Problem } from '../content/types';
import type { Field, Labels, LetterTemplate } from './render';

/**
 * Letters are content (content/letters/<kind>.yaml): each names its fields, or a shared set,
 * and its lines, where `part: <name>` puts a shared block of parts.yaml. This module fills the
 * parts in and checks that every {name} a letter uses is one it can fill.
 */

/** A letter file, as its schema (src/schemas/letter.ts) reads it. */
export interface LetterSource {
  title: string;
  fields: string | readonly Field[];
  labels?: Labels | undefined;
  laws?: readonly string[] | undefined;
  lines: readonly (string | { part: string })[];
}

export interface LetterParts {
  fields: Record<string, readonly Field[]>;
  lines: Record<string, readonly string[]>;
}

/** Placeholders every letter may use: the date, and lists that fill whole lines. */
const LISTS = ['facts', 'laws', 'evidence', 'demands'] as const;
const PLACEHOLDER = /\{(\w+)\}/g;

/** The letter the toolkit fills: its field set and parts written out. Unknown names are left for `letterProblems` to report. */
export function assembleLetter(source: LetterSource, parts: LetterParts): LetterTemplate {
  const fields = typeof source.fields === 'string' ? (parts.fields[source.fields] ?? []) : source.fields;
  const lines = source.lines.flatMap((line) => (typeof line === 'string' ? [line] : (parts.lines[line.part] ?? [])));
  return {
    title: source.title,
    fields: [...fields],
    ...(source.labels ? { labels: source.labels } : {}),
    ...(source.laws ? { laws: [...source.laws] } : {}),
    lines,
  };
}

/**
 * What would break a letter, named by field: an unknown field set or part, a {name} that is
 * neither one of its fields nor {today}, a list not on a line of its own, a field without a
 * label, a law the registry does not know.
 */
export function letterProblems(file: string, source: LetterSource, parts: LetterParts, defaults: Labels, lawIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const say = (field: string, message: string) => problems.push({ file, message: `field "${field}": ${message}` });
  if (typeof source.fields === 'string' && !parts.fields[source.fields]) {
    say('fields', `"${source.fields}" is not a field set of parts.yaml (${Object.keys(parts.fields).join(', ')})`);
    return problems;
  }
  const template = assembleLetter(source, parts);
  const known: readonly string[] = template.fields;
  source.lines.forEach((line, i) => {
    if (typeof line !== 'string') {
      if (!parts.lines[line.part]) say(`lines.${i}.part`, `"${line.part}" is not a part of parts.yaml (${Object.keys(parts.lines).join(', ')})`);
      return;
    }
    for (const [whole, name] of line.matchAll(PLACEHOLDER)) {
      if ((LISTS as readonly string[]).includes(name!)) {
        if (line.trim() !== whole) say(`lines.${i}`, `${whole} must be a line of its own`);
      } else if (name !== 'today' && !known.includes(name!)) {
        say(`lines.${i}`, `{${name}} is not one of its fields (${known.join(', ')})`);
      }
    }
  });
  for (const f of template.fields) if (!template.labels?.[f] && !defaults[f]) say('fields', `${f} has no label (add labels.${f})`);
  (source.laws ?? []).forEach((id, i) => {
    if (!lawIds.has(id)) say(`laws.${i}`, `unknown law id "${id}"`);
  });
  return problems;
}

/** Parts used inside parts.yaml may use only what every letter has: {today} and the lists. */
export function partProblems(file: string, parts: LetterParts): Problem[] {
  return Object.entries(parts.lines).flatMap(([name, lines]) =>
    lines.flatMap((line, i) =>
      [...line.matchAll(PLACEHOLDER)]
        .filter(([whole, n]) => !(n === 'today' || ((LISTS as readonly string[]).includes(n!) && line.trim() === whole)))
        .map(([whole]) => ({ file, message: `field "lines.${name}.${i}": ${whole} is not allowed in a shared part (only {today} and whole-line lists)` })),
    ),
  );
}
