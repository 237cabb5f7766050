import { describe, expect, it } from 'vitest';
import { letterTemplates } from '../helpers/letters';
import { zhCN } from '../../src/i18n/zh-cn';
import { blank, fieldLabel, fileName, lawsFor, placeholders, renderLetter, situationLines } from '../../src/lib/letters/render';
import { loadContent } from '../../src/lib/content/load';
import { ROOT } from '../helpers/tree';

const labels = zhCN.toolkit.fields;
const lists = { facts: ['商家以“系统维护”为由拖延。'], laws: ['《消费者权益保护法》第二十五条：七日无理由退货。'], evidence: ['订单截图', '聊天记录'] };

describe('renderLetter', () => {
  it('fills the fields the reader gave and leaves named blanks for the rest', () => {
    const text = renderLetter(letterTemplates.demand, { merchant: '某服装店', amount: '1280' }, lists, labels, '2026-11-25');
    expect(text.split('\n')[0]).toBe('退款催告函');
    expect(text).toContain('致：某服装店');
    expect(text).toContain('将1280元原路退还给我');
    expect(text).toContain(`订单号${blank('订单号')}`);
    expect(text).toContain('日期：2026-11-25');
    expect(text).toContain('1. 商家以“系统维护”为由拖延。');
    expect(text).toContain('1. 《消费者权益保护法》第二十五条：七日无理由退货。');
  });

  it('without any input is a template with blanks (what readers without JavaScript see)', () => {
    const text = renderLetter(letterTemplates.complaint, {}, { facts: [], laws: [], evidence: [] }, labels, '2026-11-25');
    for (const f of ['merchant', 'orderNo', 'amount', 'name'] as const) expect(text).toContain(blank(labels[f]));
  });

  it('numbers list items and trims what the reader typed', () => {
    const text = renderLetter(letterTemplates.platform, { name: '  小王  ' }, lists, labels, '2026-11-25');
    expect(text).toContain('1. 订单截图\n2. 聊天记录');
    expect(text).toContain('申请人：小王');
  });

  it('refuses a template with an unknown placeholder, or a field it did not declare', () => {
    expect(() => renderLetter({ title: 'x', fields: [], lines: ['{nope}'] }, {}, lists, labels, '2026-11-25')).toThrow('unknown placeholder {nope}');
    expect(() => renderLetter({ title: 'x', fields: ['name'], lines: ['{orderNo}'] }, {}, lists, labels, '2026-11-25')).toThrow(
      'unknown placeholder {orderNo}',
    );
  });

  it("the guardian letter asks for a child's payments back without promising all of them, and vouches they were the child's", () => {
    const text = renderLetter(letterTemplates.guardian, { name: '王某', merchant: '某游戏公司', amount: '3000' }, lists, labels, '2026-11-26');
    expect(text).toContain('我是王某，未成年人');
    expect(text).toContain('共3000元');
    expect(text).toContain('我不同意、也不追认');
    expect(text).toContain('所列付款确实是孩子操作的');
    expect(text).not.toMatch(/全额|全部退还/);
  });

  it.each(Object.entries(letterTemplates))('template %s uses exactly its declared fields, labels each, and cites the legal basis', (_, template) => {
    const used = placeholders(template).filter((p) => !['today', 'facts', 'laws', 'evidence', 'demands'].includes(p));
    expect(used.sort()).toEqual([...template.fields].sort());
    for (const f of template.fields) expect(fieldLabel(template, f, labels)).not.toBe('');
    expect(template.lines).toContain('{laws}');
  });
});

describe('the police report letter', () => {
  const police = letterTemplates.police;
  const text = renderLetter(police, {}, { facts: [], laws: [], evidence: [] }, labels, '2026-11-26');

  it('asks for what a police report needs, not consumer order details', () => {
    expect(police.fields).toEqual(expect.arrayContaining(['drawnIn', 'platform', 'payees', 'transfers', 'amount']));
    expect(police.fields).not.toContain('orderNo');
    expect(police.fields).not.toContain('requestedOn');
    expect(text).toContain(blank(police.labels!.drawnIn!));
    expect(text).toContain(blank(police.labels!.payees!));
    expect(text).toContain(blank(police.labels!.transfers!));
    expect(text).not.toContain(labels.orderNo);
    expect(text).not.toContain(labels.requestedOn);
  });

  it('never cites the gambling articles against the person reporting', () => {
    const gambling = [{ id: 'minfadian-153' }, { id: 'xingfa-303' }, { id: 'dubo-jieshi-2' }, { id: 'xingfa-266' }, { id: 'fanzha-27' }];
    expect(lawsFor(police, gambling).map((l) => l.id)).toEqual(['xingfa-266', 'fanzha-27']);
    expect(lawsFor(letterTemplates.complaint, gambling)).toHaveLength(5);
    expect(lawsFor(null, gambling)).toHaveLength(5);
  });

  it('cites only laws that exist in the registry', () => {
    const ids = new Set(
      loadContent(ROOT)
        .entries.filter((e) => e.kind === 'laws')
        .map((e) => (e.data as { id: string }).id),
    );
    for (const t of Object.values(letterTemplates)) for (const id of t.laws ?? []) expect(ids.has(id), id).toBe(true);
  });
});

describe('fileName', () => {
  it('makes a safe .txt name', () => {
    expect(fileName('起诉提纲（诉讼请求、事实与理由、证据清单）', '2026-11-25')).toBe('起诉提纲（诉讼请求、事实与理由、证据清单）-2026-11-25.txt');
    expect(fileName('a/b: c?', '2026-11-25')).toBe('a-b-c-2026-11-25.txt');
  });
});

describe('a situation’s letter facts', () => {
  const deposit = {
    fields: [
      { id: 'deposit-amount', label: '定金金额（元）' },
      { id: 'deposit-clause', label: '约定定金的条款或页面' },
    ],
    fact: '我支付了定金{deposit-amount}元，约定见{deposit-clause}。',
    demand: '请退还定金{deposit-amount}元。',
  };

  it('fills the fact and the demand with the reader’s values, and names a blank for an empty field', () => {
    expect(situationLines(deposit, { 'deposit-amount': ' 500 ' })).toEqual({
      facts: [`我支付了定金500元，约定见${blank('约定定金的条款或页面')}。`],
      demands: ['请退还定金500元。'],
    });
    expect(situationLines(undefined, {})).toEqual({ facts: [], demands: [] });
    expect(situationLines({ fields: [], fact: '我的孩子未满八周岁。' }, {})).toEqual({ facts: ['我的孩子未满八周岁。'], demands: [] });
  });

  it('puts the fact among the letter’s facts and the demand under its own demand, in every consumer letter', () => {
    const added = situationLines(deposit, { 'deposit-amount': '500', 'deposit-clause': '商品详情页' });
    const text = renderLetter(letterTemplates.demand, {}, { ...lists, facts: [...lists.facts, ...added.facts], demands: added.demands }, labels, '2026-12-04');
    expect(text).toContain('2. 我支付了定金500元，约定见商品详情页。');
    const lines = text.split('\n');
    const own = lines.findIndex((l) => l.startsWith('我的要求：'));
    expect(lines[own + 1]).toBe('请退还定金500元。');
    for (const [name, template] of Object.entries(letterTemplates)) {
      const withDemand = renderLetter(template, {}, { facts: [], laws: [], evidence: [], demands: ['请退还定金500元。'] }, labels, '2026-12-04');
      // A police report and a court outline carry no consumer demand line: their requests are numbered or the police's.
      expect(withDemand.includes('请退还定金500元。'), name).toBe(!['police', 'court'].includes(name));
    }
  });

  it('adds nothing where the situation has no demand', () => {
    const plain = renderLetter(letterTemplates.demand, {}, lists, labels, '2026-12-04');
    expect(renderLetter(letterTemplates.demand, {}, { ...lists, demands: [] }, labels, '2026-12-04')).toBe(plain);
    expect(plain).not.toContain('{demands}');
  });
});
