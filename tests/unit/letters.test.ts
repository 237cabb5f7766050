import { describe, expect, it } from 'vitest';
import { letterTemplates } from '../../src/i18n/letters.zh-cn';
import { zhCN } from '../../src/i18n/zh-cn';
import { blank, fieldLabel, fileName, lawsFor, placeholders, renderLetter } from '../../src/lib/letters/render';
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
    expect(() => renderLetter({ title: 'x', fields: ['name'], lines: ['{orderNo}'] }, {}, lists, labels, '2026-11-25')).toThrow('unknown placeholder {orderNo}');
  });

  it.each(Object.entries(letterTemplates))('template %s uses exactly its declared fields, labels each, and cites the legal basis', (_, template) => {
    const used = placeholders(template).filter((p) => !['today', 'facts', 'laws', 'evidence'].includes(p));
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
    const ids = new Set(loadContent(ROOT).entries.filter((e) => e.kind === 'laws').map((e) => (e.data as { id: string }).id));
    for (const t of Object.values(letterTemplates)) for (const id of t.laws ?? []) expect(ids.has(id), id).toBe(true);
  });
});

describe('fileName', () => {
  it('makes a safe .txt name', () => {
    expect(fileName('起诉提纲（诉讼请求、事实与理由、证据清单）', '2026-11-25')).toBe('起诉提纲（诉讼请求、事实与理由、证据清单）-2026-11-25.txt');
    expect(fileName('a/b: c?', '2026-11-25')).toBe('a-b-c-2026-11-25.txt');
  });
});
