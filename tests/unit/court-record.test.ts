import { describe, expect, it } from 'vitest';
import { catalogueText, complaintText, courtDocuments, type ComplaintInput } from '../../src/lib/court/complaint';
import { answerFacts, fromOutcome, fromRecord, kindOf } from '../../src/lib/court/from-record';
import { atTopRung, isTopRung, ladderOf, type Ladder, type RungSource } from '../../src/lib/ladder';
import { courtWords as w } from '../../src/i18n/court.zh-cn';
import { toJson } from '../../src/lib/notebook/export';
import { planImport } from '../../src/lib/notebook/import';
import type { CaseRecord } from '../../src/lib/notebook/schema';
import { loadContent } from '../../src/lib/content/load';
import { journeys } from '../helpers/journeys';
import { realTree, ROOT } from '../helpers/tree';
import type { Tree, TreeSituation } from '../../src/lib/tree/types';

// The tree with each situation's goods-or-service mark, as /check/tree.json carries it (src/data/situation.ts).
const situations: Record<string, TreeSituation> = Object.fromEntries(
  loadContent(ROOT, ['situations']).entries.map((e) => [
    e.fileId!,
    { ...(e.data as TreeSituation), ...((e.data as { bought?: string }).bought === 'service' ? { service: true } : {}) },
  ]),
);
const tree: Tree = { ...realTree(), situations };
const SECTIONS = ['当事人信息', '诉讼请求和依据', '约定管辖和诉讼保全', '事实与理由', '证据清单'];
const TODAY = '2026-12-04';

// The ladder as the site builds it (src/data/ladder.ts), from the outcome files.
const rungs: Ladder = ladderOf(loadContent(ROOT, ['outcomes']).entries.map((e) => ({ id: e.fileId!, data: e.data as RungSource['data'] })));
const COURT = Object.keys(rungs).filter((id) => isTopRung(rungs, id));
const lawsuit = journeys(ROOT).filter((j) => COURT.includes(j.outcome));

const text = (input: ComplaintInput) => {
  const docs = courtDocuments(input, w);
  return `${complaintText(docs, w, { name: input.fields.name, today: input.today })}\n${catalogueText(docs.catalogue, w)}`;
};
/** Every run of three or more digits: each must be a value the reader gave (or today's date). */
const numbers = (t: string) => t.match(/\d{3,}/g) ?? [];

describe('the lawsuit rung, from the ladder', () => {
  it('is exactly one outcome, the consumer ladder’s top, and journeys reach it', () => {
    expect(COURT).toEqual(['lawsuit']);
    expect(isTopRung(rungs, 'merchant-demand')).toBe(false);
    expect(isTopRung(rungs, 'recovery-scam')).toBe(false); // the fraud branch's last step is no court rung
    expect(lawsuit.length).toBeGreaterThanOrEqual(3);
  });

  it('a record is at it when saved there or when a step was taken on it', () => {
    const r = { outcome: 'complaint-12315', steps: [{ rung: 'complaint-12315' }] };
    expect(atTopRung(rungs, r)).toBe(false);
    expect(atTopRung(rungs, { ...r, steps: [...r.steps, { rung: 'lawsuit' }] })).toBe(true);
    expect(atTopRung(rungs, { outcome: 'lawsuit', steps: [] })).toBe(true);
    expect(atTopRung(rungs, { outcome: 'constructor', steps: [] })).toBe(false);
  });

  it('starts on goods or a service from the situation’s `bought`', () => {
    expect(kindOf(situations.ecommerce)).toBe('goods');
    expect(kindOf(situations.livestream)).toBe('goods');
    expect(kindOf(situations.travel)).toBe('service');
    expect(kindOf(situations.prepaid)).toBe('service');
    expect(kindOf(undefined)).toBe('goods');
  });
});

describe.each(lawsuit.map((j) => [j.text, j] as const))('lawsuit journey %s', (_, j) => {
  const given = {
    name: '王小红',
    merchant: '杭州某某贸易有限公司',
    platform: '某购物平台',
    orderNo: '5566778899',
    amount: '1280',
    paidOn: '2026-08-10',
    requestedOn: '2026-08-20',
  };
  const { facts, situation } = answerFacts(tree, j.answers, j.outcome);
  const ticked = [rungs.lawsuit!.evidence[1]!, rungs.lawsuit!.evidence[2]!];

  it('has every template section, in order, and the reader’s facts and fields', () => {
    expect(facts.length).toBeGreaterThan(0);
    const t = text(
      fromOutcome({ fields: given, facts, evidence: ticked, situation: situation === undefined ? undefined : situations[situation], today: TODAY }),
    );
    const at = SECTIONS.map((s) => t.indexOf(`【${s}】`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    for (const v of [...Object.values(given), ...facts, ...ticked]) expect(t).toContain(v);
  });

  it('contains nothing the reader did not give: their answers’ facts only, no numbers of its own', () => {
    const t = text(fromOutcome({ fields: {}, facts, evidence: [], situation: situation === undefined ? undefined : situations[situation], today: TODAY }));
    // A number may come only from today's date or the answers' facts (我已向12315…投诉).
    const theirs = [TODAY, ...facts].join(' ');
    expect(numbers(t).filter((n) => !theirs.includes(n))).toEqual([]);
    // The facts block holds exactly the facts of the answers given (as the letter uses them).
    const block = t.slice(t.indexOf(w.facts.yourFacts) + w.facts.yourFacts.length, t.indexOf(w.facts.guarantee));
    const lines = block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    // Worked out here from the tree, not by the code under test: each answer's fact, then the
    // situation's letter fact with its own fields left as blanks.
    const chosen = j.answers.map((a) => tree.questions[a.question]!.options.find((o) => o.id === a.option)!.fact).filter((f): f is string => Boolean(f));
    const letter = situation === undefined ? undefined : tree.situations?.[situation]?.letter;
    const own = letter?.fact ? [letter.fact.replace(/\{([\w-]+)\}/g, (_, id: string) => w.blank(letter.fields.find((f) => f.id === id)!.label))] : [];
    expect(lines.slice(0, -1)).toEqual([...chosen, ...own]);
    for (const blank of ['被告全称', '订单号', '金额', '付款日期']) expect(t).toContain(w.blank(blank));
    expect(t).not.toContain('某某');
  });

  it('from a notebook record of this journey: the same answers’ facts, its steps and reference numbers', () => {
    const record: CaseRecord = {
      id: 'r1',
      name: '退款',
      created: '2026-08-20',
      outcome: j.outcome,
      answers: j.answers,
      letter: given,
      evidence: ticked,
      resolved: false,
      steps: [
        { id: 's2', date: '2026-09-20', rung: 'complaint-12315', event: 'complained', ref: 'TS20260920001', note: '不予受理' },
        { id: 's1', date: '2026-08-20', rung: 'merchant-demand', event: 'requested', ref: '', note: '' },
      ],
    };
    const input = fromRecord(record, rungs, tree, w, TODAY);
    expect(input.facts).toEqual(facts);
    expect(input.kind).toBe(kindOf(situation === undefined ? undefined : situations[situation]));
    const t = text(input);
    for (const v of [...Object.values(given), ...facts, ...ticked, 'TS20260920001', '不予受理', '2026-09-20']) expect(t).toContain(v);
    // Oldest first, each named by what it was and its rung.
    expect(t.indexOf(`2026-08-20，${w.events.requested}（商家）`)).toBeGreaterThan(-1);
    expect(t.indexOf('2026-08-20，')).toBeLessThan(t.indexOf('2026-09-20，'));
    // The step's rung (12315) and the ticked evidence are words for what they recorded.
    const mine = [...Object.values(given), ...facts, ...ticked, rungs['complaint-12315']!.name, 'TS20260920001', TODAY].join(' ');
    expect(numbers(t).filter((n) => !mine.includes(n))).toEqual([]);
  });
});

describe('a record exported and imported', () => {
  const j = lawsuit[0]!;
  const record: CaseRecord = {
    id: 'court-1',
    name: '耳机退款',
    created: '2026-09-01',
    outcome: 'lawsuit',
    answers: j.answers,
    letter: { name: '李雷', merchant: '某数码专营店', orderNo: '90001234', amount: '399', paidOn: '2026-09-01' },
    evidence: ['你的身份证件', '付款记录（银行流水或支付账单）'],
    resolved: false,
    steps: [{ id: 's1', date: '2026-10-08', rung: 'mediation', event: 'reply', ref: 'TJ-2026-1008', note: '调解不成' }],
  };

  it('produces the same documents on the other device', () => {
    const plan = planImport([], toJson(record));
    expect(plan.ok).toBe(true);
    const imported = plan.ok ? plan.added[0]! : record;
    const before = courtDocuments(fromRecord(record, rungs, tree, w, TODAY), w);
    const after = courtDocuments(fromRecord(imported, rungs, tree, w, TODAY), w);
    expect(after).toEqual(before);
    expect(complaintText(after, w, { name: imported.letter.name, today: TODAY })).toContain('TJ-2026-1008');
  });

  it('without the tree (offline before any visit) keeps everything but the answers’ facts', () => {
    const input = fromRecord(record, rungs, null, w, TODAY);
    expect(input.facts).toEqual([]);
    expect(text(input)).toContain('90001234');
  });
});
