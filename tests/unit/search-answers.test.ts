import { describe, expect, it } from 'vitest';
import { answerFor, answerMap, bestAnswer, type AnswerSource } from '../../src/lib/search/answers';
import { isUrgent, urgentSignal } from '../../src/lib/search/urgent';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { loadContent } from '../../src/lib/content/load';
import { schemas } from '../../src/schemas';
import { ROOT } from '../helpers/tree';

const page = (url: string, askedAs: string[], extra: Partial<AnswerSource> = {}): AnswerSource => ({ url, title: url, line: `${url} line`, askedAs, ...extra });

describe('bestAnswer', () => {
  const map = answerMap(
    [
      page('/deposit/', ['押金不退', '租房押金被扣']),
      page('/stop/', ['要交解冻费', '刷单被骗'], { fraud: true, channels: ['96110'] }),
      page('/urgent/', [], { fraud: true, title: '马上打110', channels: ['bank', '110'] }),
      page('/report/', [], { fraud: true, channels: ['110'] }),
      page('/platform/', ['拼多多不退款']),
      page('/shop/', ['拼多多不退款']),
    ],
    [{ id: '110', phone: '110' }, { id: '96110', phone: '96110' }, { id: 'bank' }],
  );

  it('finds the page whose phrase the query contains, or which the query is half of', () => {
    expect(bestAnswer('房东押金不退怎么办', map)?.url).toBe('/deposit/');
    expect(bestAnswer('押金', map)?.url).toBe('/deposit/');
    expect(bestAnswer('押', map)).toBeNull();
    expect(bestAnswer('航班取消', map)).toBeNull();
  });

  it('puts a fraud page first whenever a scam word matches', () => {
    expect(bestAnswer('押金不退，客服说要交解冻费', map)?.url).toBe('/stop/');
    expect(bestAnswer('刷单', map)?.url).toBe('/stop/');
  });

  it('sends a hotline number to the page whose title names it, else the one listing it first', () => {
    expect(bestAnswer('110', map)?.url).toBe('/urgent/');
    expect(bestAnswer('96110 是真的吗', map)?.url).toBe('/stop/');
  });

  it('prefers an exact phrase, and on a tie the earlier page', () => {
    expect(bestAnswer('拼多多不退款', map)?.url).toBe('/platform/');
    expect(bestAnswer('租房押金被扣', map)?.url).toBe('/deposit/');
  });
});

describe('the best answer from the real content', () => {
  const { entries } = loadContent(ROOT);
  const parse = (kind: string, raw: unknown) => {
    const r = schemas[kind as 'guide'].safeParse(raw);
    if (!r.success) throw new Error(`${kind}: ${JSON.stringify(r.error.issues)}`);
    return r.data as Record<string, never>;
  };
  const data = (kind: string) => entries.filter((e) => e.kind === kind).map((e) => ({ id: e.fileId ?? '', d: parse(kind, e.data) }));
  const map = answerMap(
    [
      ...data('outcomes').map(({ id, d }) => ({
        url: `/check/result/${id}/`,
        title: d.title,
        line: d.summary,
        ...(d.branch === 'fraud' ? { fraud: true as const } : {}),
        askedAs: d.askedAs ?? [],
        channels: d.channels,
      })),
      ...data('guide').map(({ id, d }) => ({ url: `/guide/${id}/`, title: d.title, line: d.summary, askedAs: d.askedAs ?? [] })),
    ],
    entries.filter((e) => e.kind === 'channels').map((e) => e.data as { id: string; phone?: string }),
  );
  const fraud = new Set(
    data('outcomes')
      .filter(({ d }) => d.branch === 'fraud')
      .map(({ id }) => `/check/result/${id}/`),
  );

  it.each([
    '96110',
    '110',
    '解冻费',
    '注单异常',
    '刷单',
    '保证金',
    '提现审核',
    '要交解冻费才能提现',
    '平台说注单异常不给出款',
    '提现审核不通过',
    '刷单返利被骗了',
  ])('scam word “%s” puts a fraud outcome first', (q) => {
    expect(fraud.has(bestAnswer(q, map)?.url ?? '')).toBe(true);
  });

  it.each([
    ['12315', '/check/result/complaint-12315/'],
    ['12326', '/check/result/flight/'],
    ['12300', '/check/result/telecom/'],
    ['110', '/check/result/fraud-urgent/'],
    ['小额诉讼', '/check/result/lawsuit/'],
    ['押金不退', '/check/result/deposit/'],
    ['拼多多不退款怎么办', '/guide/platform/'],
  ])('“%s” → %s', (q, url) => {
    expect(bestAnswer(q, map)?.url).toBe(url);
  });
});

describe('urgency: money that has just gone puts the urgent page first, with numbers to call', () => {
  const signals = ['已经转了', '刚…转了', '安全账户', '共享屏幕', '被骗…交了'];
  const sources = [page('/stop/', ['要交解冻费'], { fraud: true }), page('/urgent/', ['刚被骗了'], { fraud: true }), page('/deposit/', ['押金不退'])];
  const channels = [
    { id: '110', name: '110 报警电话', phone: '110' },
    { id: '96110', name: '96110', phone: '96110' },
    { id: 'bank', name: '银行' },
  ];
  const map = answerMap(sources, channels, { url: '/urgent/', signals, call: ['110', '96110'] });

  it.each([
    '我已经转了2万给客服',
    '刚刚给刷单的人转了8000',
    '对方让我转到安全账户',
    '开了共享屏幕',
    '被骗了还交了3000解冻费',
    `${'客服说订单有问题，'.repeat(500)}结果我已经转了2万`,
  ])('“%s” → the urgent page with 110 and 96110', (q) => {
    const a = answerFor(q, map);
    expect(a?.url).toBe('/urgent/');
    expect(a?.call.map((c) => c.phone)).toEqual(['110', '96110']);
    expect(isUrgent(q, signals)).toBe(true);
  });

  it('a scam word without money sent is not urgent: the stop-paying page, no call buttons', () => {
    expect(answerFor('平台说要交解冻费才能提现', map)).toMatchObject({ url: '/stop/', call: [] });
    expect(answerFor('押金不退', map)).toMatchObject({ url: '/deposit/', call: [] });
    // 刚 and 转了 too far apart, or in the wrong order, say nothing.
    expect(isUrgent('刚买的东西，商家说钱要等很久很久很久才能转了', signals)).toBe(false);
    expect(isUrgent('转了钱刚', signals)).toBe(false);
  });

  it('names the part of the query that is urgent, so the address can keep it', () => {
    expect(urgentSignal('昨天刚刚给他转了8000', signals)).toBe('刚刚给他转了');
  });

  it('refuses an unknown urgent page or a channel without a phone', () => {
    expect(() => answerMap(sources, channels, { url: '/nope/', signals, call: ['110'] })).toThrow(/no outcome page at \/nope\//);
    expect(() => answerMap(sources, channels, { url: '/urgent/', signals, call: ['bank'] })).toThrow(/"bank" is not a channel with a phone/);
  });

  it('the real urgent.yaml names fraud-urgent and 110, 96110', () => {
    const file = parseYaml(readFileSync(join(ROOT, 'content/search/urgent.yaml'), 'utf8')) as { outcome: string; call: string[]; signals: string[] };
    expect(file.outcome).toBe('fraud-urgent');
    expect(file.call).toEqual(['110', '96110']);
    for (const s of ['已经转了', '安全账户', '共享屏幕']) expect(file.signals).toContain(s);
  });
});
