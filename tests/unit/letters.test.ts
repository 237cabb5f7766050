import { describe, expect, it } from 'vitest';
import { letterTemplates } from '../../src/i18n/letters.zh-cn';
import { zhCN } from '../../src/i18n/zh-cn';
import { blank, FIELDS, fileName, placeholders, renderLetter } from '../../src/lib/letters/render';

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

  it('refuses a template with an unknown placeholder', () => {
    expect(() => renderLetter({ title: 'x', lines: ['{nope}'] }, {}, lists, labels, '2026-11-25')).toThrow('unknown placeholder {nope}');
  });

  it("the guardian letter asks for a child's payments back without promising all of them, and vouches they were the child's", () => {
    const text = renderLetter(letterTemplates.guardian, { name: '王某', merchant: '某游戏公司', amount: '3000' }, lists, labels, '2026-11-26');
    expect(text).toContain('我是王某，是未成年人');
    expect(text).toContain('共3000元');
    expect(text).toContain('我不同意、也不追认');
    expect(text).toContain('所列付款确实是孩子操作的');
    expect(text).not.toMatch(/全额|全部退还/);
  });

  it.each(Object.entries(letterTemplates))('template %s uses only known placeholders and cites the legal basis', (_, template) => {
    const known = new Set<string>([...FIELDS, 'today', 'facts', 'laws', 'evidence']);
    expect(placeholders(template).filter((p) => !known.has(p))).toEqual([]);
    expect(template.lines).toContain('{laws}');
  });
});

describe('fileName', () => {
  it('makes a safe .txt name', () => {
    expect(fileName('起诉提纲（诉讼请求、事实与理由、证据清单）', '2026-11-25')).toBe('起诉提纲（诉讼请求、事实与理由、证据清单）-2026-11-25.txt');
    expect(fileName('a/b: c?', '2026-11-25')).toBe('a-b-c-2026-11-25.txt');
  });
});
