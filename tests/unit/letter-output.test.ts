import { describe, expect, it } from 'vitest';
import { letterTemplates } from '../helpers/letters';
import { zhCN } from '../../src/i18n/zh-cn';
import { FIELDS } from '../../src/lib/letters/fields';
import { lawsFor, renderLetter, situationLines, type Fields } from '../../src/lib/letters/render';
import { loadContent } from '../../src/lib/content/load';
import { citations, citedIds, pageLawIds } from '../../src/lib/content/refs';
import { lawLabel } from '../../src/lib/content/labels';
import { replay } from '../../src/lib/tree/walk';
import { lastSituation } from '../../src/lib/tree/situations';
import { lawSchema, outcomeSchema, situationSchema } from '../../src/schemas';
import { journeys } from '../helpers/journeys';
import { realTree, ROOT } from '../helpers/tree';

/**
 * The letter every journey ends with, empty and filled in, exactly as the toolkit renders it.
 * The file next to this test was written from the templates as they were in
 * src/i18n/letters.zh-cn.ts, before they moved to content/letters/: the move changed no byte.
 */
const tree = realTree();
const { entries } = loadContent(ROOT, ['outcomes', 'situations', 'laws']);
const laws = new Map(
  entries
    .filter((e) => e.kind === 'laws')
    .map((e) => {
      const l = lawSchema.parse(e.data);
      return [l.id, l];
    }),
);
const outcomes = new Map(entries.filter((e) => e.kind === 'outcomes').map((e) => [e.fileId!, { data: outcomeSchema.parse(e.data), body: e.body ?? '' }]));
const situations = new Map(entries.filter((e) => e.kind === 'situations').map((e) => [e.fileId!, situationSchema.parse(e.data)]));
const filled: Fields = Object.fromEntries(FIELDS.map((f) => [f, `〔${f}〕`]));

function letterFor(answers: Parameters<typeof replay>[1], outcomeId: string, fields: Fields): string {
  const outcome = outcomes.get(outcomeId)!;
  if (outcome.data.letter === 'none') return '(no letter)';
  const template = letterTemplates[outcome.data.letter];
  const walked = replay(tree, answers);
  if (!walked.ok) throw new Error(`journey to ${outcomeId} does not replay`);
  const situation = situations.get(lastSituation(walked.steps) ?? '');
  const extra = Object.fromEntries((situation?.letter?.fields ?? []).map((f) => [f.id, fields.name ? `〔${f.id}〕` : '']));
  const added = situationLines(situation?.letter, extra);
  const facts = [...walked.steps.map((s) => s.option.fact).filter((f): f is string => Boolean(f)), ...added.facts];
  const cited = lawsFor(
    template,
    pageLawIds(outcome.data.laws, citedIds(citations(outcome.body), 'Law')).map((id) => laws.get(id)!),
  ).map(lawLabel);
  return renderLetter(template, fields, { facts, laws: cited, evidence: outcome.data.evidence, demands: added.demands }, zhCN.toolkit.fields, '2026-12-04');
}

describe('the letter of every journey', () => {
  it('is byte for byte what the templates produced before they moved to content/', async () => {
    const out = journeys(ROOT).flatMap((j) => [
      `== ${j.text} → ${j.outcome} (empty)`,
      letterFor(j.answers, j.outcome, {}),
      `== ${j.text} → ${j.outcome} (filled)`,
      letterFor(j.answers, j.outcome, filled),
    ]);
    await expect(`${out.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/letter-output.txt');
  });
});
