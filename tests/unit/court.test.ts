import { describe, expect, it } from 'vitest';
import { catalogueText, complaintText, courtDocuments, orderEvidence, type ComplaintInput } from '../../src/lib/court/complaint';
import { courtWords as w } from '../../src/i18n/court.zh-cn';

const full: ComplaintInput = {
  fields: {
    name: '张小明',
    merchant: '某某数码专营店',
    platform: '某电商平台',
    orderNo: '88123456789',
    amount: '2399',
    paidOn: '2026-09-01',
    requestedOn: '2026-09-05',
  },
  facts: ['我已书面要求退款，商家明确拒绝。', '我已申请平台介入，问题仍未解决。'],
  steps: [
    { date: '2026-09-05', what: '向商家书面要求退款', ref: '', note: '' },
    { date: '2026-09-20', what: '向12315投诉', ref: '1234500000202609200001', note: '市场监管部门不予受理' },
  ],
  evidence: ['付款记录（银行流水或支付账单）', '你的身份证件', '订单、合同或活动规则截图', '你多次要求退款的记录', '对方拒绝、拖延的证据'],
  kind: 'goods',
  today: '2026-12-04',
};

const SECTIONS = ['当事人信息', '诉讼请求和依据', '约定管辖和诉讼保全', '事实与理由', '证据清单'];

describe('民事起诉状 from the reader’s own record', () => {
  it('has every section of the table-form template, in order', () => {
    const text = complaintText(courtDocuments(full, w), w, { name: full.fields.name, today: full.today });
    const at = SECTIONS.map((s) => text.indexOf(`【${s}】`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('carries the reader’s facts: names, amount, order number, dates, steps and their reference numbers', () => {
    const text = complaintText(courtDocuments(full, w), w, { name: full.fields.name, today: full.today });
    for (const v of [
      '张小明',
      '某某数码专营店',
      '某电商平台',
      '88123456789',
      '2399',
      '2026-09-01',
      '2026-09-05',
      '1234500000202609200001',
      '市场监管部门不予受理',
      ...full.facts,
    ]) {
      expect(text).toContain(v);
    }
  });

  it('invents nothing: every number in the documents is one the reader gave or a list number', () => {
    const sparse: ComplaintInput = { ...full, fields: { name: '李四' }, facts: [], steps: [], evidence: [] };
    const docs = courtDocuments(sparse, w);
    const text = complaintText(docs, w, { name: '李四', today: sparse.today }) + catalogueText(docs.catalogue, w);
    const numbers = (text.match(/\d{3,}/g) ?? []).filter((n) => !sparse.today.includes(n));
    expect(numbers).toEqual([]);
    // What the reader did not give stays a visible blank, not a made-up value.
    expect(text).toContain('＿＿＿＿（被告全称）');
    expect(text).toContain('＿＿＿＿（订单号）');
    expect(text).toContain('＿＿＿＿（金额）');
    expect(text).not.toContain('某某');
  });

  it('says 无 where an item cannot apply to a consumer’s refund claim (guarantees)', () => {
    const text = complaintText(courtDocuments(full, w), w, { today: full.today });
    expect(text).toMatch(/是否主张担保权利：无/);
    expect(text).toMatch(/担保情况（物的担保、保证等）：无/);
  });

  it('numbers the facts without gaps', () => {
    const text = complaintText(courtDocuments(full, w), w, { today: full.today });
    const facts = text.slice(text.indexOf('【事实与理由】'), text.indexOf('【证据清单】'));
    const numbers = [...facts.matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('tells a reader who bought a service to adapt the goods template or write a plain complaint', () => {
    const goods = complaintText(courtDocuments(full, w), w, { today: full.today });
    const service = complaintText(courtDocuments({ ...full, kind: 'service' }, w), w, { today: full.today });
    expect(goods).not.toContain(w.serviceNote);
    expect(service).toContain(w.serviceNote);
  });
});

describe('证据目录', () => {
  it('lists ticked evidence in the order a judge reads it, then each step with a reference number', () => {
    const rows = courtDocuments(full, w).catalogue;
    expect(rows.map((r) => r.no)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows[0]!.name).toBe('原告的身份证件');
    expect(rows[1]!.name).toMatch(/订单/);
    expect(rows[2]!.name).toMatch(/付款/);
    expect(rows[5]!.name).toContain('1234500000202609200001');
    // The step without a reference number is a fact in the complaint, not a document.
    expect(rows.some((r) => r.name.includes('向商家书面要求退款'))).toBe(false);
    expect(rows[2]!.purpose).toContain('已经支付价款');
  });

  it('has the five columns and leaves what it cannot know as blanks', () => {
    const text = catalogueText(courtDocuments(full, w).catalogue, w);
    expect(text).toContain('序号\t证据名称\t来源\t证明目的\t页数');
    expect(text).toContain('＿＿＿＿（页数）');
  });

  it('keeps the reader’s order among items of the same kind', () => {
    expect(orderEvidence(['b 聊天记录', 'a 要求退款的记录', 'z 其他'], w.order)).toEqual(['b 聊天记录', 'a 要求退款的记录', 'z 其他']);
  });
});

describe('where and how to file', () => {
  it('cites only laws the registry has', async () => {
    const { filingSteps } = await import('../../src/i18n/court.zh-cn');
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const ids = new Set((parse(readFileSync('content/laws.yaml', 'utf8')) as { id: string }[]).map((l) => l.id));
    const cited = filingSteps.flatMap((s) => s.laws);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });
});
