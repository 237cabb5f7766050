import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentDir } from '../../src/lib/content/check';
import { checkSynonyms, expansions } from '../../src/lib/search/synonyms';
import { readAliases, readSynonyms } from '../../src/lib/search/synonyms-file';
import { applyAliases, checkAliases } from '../../src/lib/search/aliases';
import { schemas } from '../../src/schemas';
import { synonymGroupSchema } from '../../src/schemas/synonyms';
import { fixtureCopy } from '../helpers/fixture';
import { ROOT } from '../helpers/tree';

const check = (groups: unknown[]) =>
  checkSynonyms(
    groups.map((data, i) => ({ line: i + 3, data })),
    synonymGroupSchema,
  ).problems.map((p) => `${p.file}: ${p.message}`);

describe('synonym groups', () => {
  it('accepts distinct groups of two or more words, quoted digits included', () => {
    expect(
      check([
        ['倒闭', '跑路'],
        ['市场监管', 12315],
      ]),
    ).toEqual([]);
  });

  it('refuses an empty group, a one-word group and an empty word, naming the group and its line', () => {
    expect(check([[]])).toEqual(['content/search/synonyms.yaml: group 1 (line 3): needs at least two words (an empty or one-word group expands nothing)']);
    expect(check([['倒闭', '跑路'], ['外卖']])[0]).toMatch(/^content\/search\/synonyms\.yaml: group 2 \(line 4\): needs at least two words/);
    expect(check([['倒闭', ' ']])).toEqual(['content/search/synonyms.yaml: group 1 (line 3): word 2 has an empty word']);
  });

  it('refuses a word in two groups (case-insensitive) or twice in one', () => {
    expect(
      check([
        ['倒闭', '跑路'],
        ['关门', '跑路'],
      ]),
    ).toEqual(['content/search/synonyms.yaml: group 2 (line 4): "跑路" is also in group 1 (a word may be in one group only)']);
    expect(
      check([
        ['USDT', '虚拟币'],
        ['usdt', '泰达币'],
      ]),
    ).toHaveLength(1);
    expect(check([['倒闭', '倒闭']])).toEqual(['content/search/synonyms.yaml: group 1 (line 3): "倒闭" appears twice']);
  });

  it('expands only the groups a query uses, leaving out words it already has', () => {
    const groups = [
      ['倒闭', '跑路', '关门'],
      ['外卖', '美团'],
    ];
    expect(expansions('健身房倒闭了', groups)).toEqual([['跑路', '关门']]);
    expect(expansions('航班取消', groups)).toEqual([]);
    expect(expansions('外卖美团', groups)).toEqual([]);
  });

  it('the real file passes the check and has groups', () => {
    const { problems, index } = readSynonyms(ROOT, synonymGroupSchema);
    expect(problems).toEqual([]);
    expect(index.length).toBeGreaterThan(10);
  });
});

describe('the content check reads content/search/synonyms.yaml', () => {
  let fx: ReturnType<typeof fixtureCopy>;
  afterEach(() => fx?.cleanup());
  const messages = (root: string) => checkContentDir(root, schemas, synonymGroupSchema).map((p) => `${p.file}: ${p.message}`);

  it('fails the build on a bad group, naming file, group and line', () => {
    fx = fixtureCopy();
    mkdirSync(join(fx.root, 'content/search'));
    fx.write('content/search/synonyms.yaml', '# comment\n- [倒闭, 跑路]\n- []\n- [关门, 跑路]\n');
    expect(messages(fx.root)).toEqual([
      'content/search/synonyms.yaml: group 2 (line 3): needs at least two words (an empty or one-word group expands nothing)',
      'content/search/synonyms.yaml: group 3 (line 4): "跑路" is also in group 1 (a word may be in one group only)',
    ]);
  });

  it('names the line of a YAML syntax error and a file that is not a list', () => {
    fx = fixtureCopy();
    mkdirSync(join(fx.root, 'content/search'));
    fx.write('content/search/synonyms.yaml', '- [倒闭, 跑路]\n- [关门, 失联\n');
    expect(messages(fx.root)[0]).toMatch(/^content\/search\/synonyms\.yaml: line \d+: is not valid YAML/);
    fx.write('content/search/synonyms.yaml', 'groups: 1\n');
    expect(messages(fx.root)).toEqual(['content/search/synonyms.yaml: must be a YAML list of groups, e.g. - [倒闭, 跑路]']);
  });

  it('has no problem when a project has no synonym file', () => {
    fx = fixtureCopy();
    expect(messages(fx.root)).toEqual([]);
  });
});

describe('aliases: nicknames and abbreviations become the site word before searching', () => {
  const aliases: [string, string][] = [
    ['pdd', '拼多多'],
    ['拼夕夕', '拼多多'],
    ['tb', '淘宝'],
    ['消保委', '消费者协会'],
    ['zfb', '支付宝'],
  ];
  it('rewrites Latin aliases as whole words and Chinese ones anywhere', () => {
    expect(applyAliases('pdd不退款', aliases)).toBe('拼多多不退款');
    expect(applyAliases('拼夕夕商家不发货', aliases)).toBe('拼多多商家不发货');
    expect(applyAliases('上海消保委投诉', aliases)).toBe('上海消费者协会投诉');
    expect(applyAliases('zfb和tb', aliases)).toBe('支付宝和淘宝');
    // Not inside another Latin word.
    expect(applyAliases('usdt被骗', [['dt', 'x']])).toBe('usdt被骗');
    expect(applyAliases('tbd', aliases)).toBe('tbd');
  });
  it('refuses an alias under two words, an alias that is a word, an empty list, naming the line', () => {
    const problems = checkAliases([
      { line: 1, word: '拼多多', aliases: ['pdd'] },
      { line: 2, word: '淘宝', aliases: ['PDD', '拼多多'] },
      { line: 3, word: '京东', aliases: [] },
    ]).problems.map((p) => p.message);
    expect(problems).toEqual([
      'line 2 (淘宝): "pdd" is already an alias of 拼多多',
      'line 2 (淘宝): "拼多多" is a word of its own line, not an alias',
      'line 3 (京东): needs a list of aliases, e.g. 拼多多: [pdd, 拼夕夕]',
    ]);
  });
  it('the real aliases.yaml passes and knows the nicknames readers use', () => {
    const { problems, index } = readAliases(ROOT);
    expect(problems).toEqual([]);
    const apply = (q: string) => applyAliases(q, index);
    expect(apply('pdd')).toBe('拼多多');
    expect(apply('拼夕夕')).toBe('拼多多');
    expect(apply('zfb')).toBe('支付宝');
    expect(apply('wx')).toBe('微信');
    expect(apply('vx')).toBe('微信');
    expect(apply('消保委')).toBe('消费者协会');
    expect(apply('tb')).toBe('淘宝');
    expect(apply('jd')).toBe('京东');
    expect(apply('dy')).toBe('抖音');
  });
  it('a problem in aliases.yaml fails the content check, with its line', () => {
    const fx = fixtureCopy();
    try {
      mkdirSync(join(fx.root, 'content/search'));
      fx.write('content/search/aliases.yaml', '拼多多: [pdd]\n淘宝: [pdd]\n');
      expect(checkContentDir(fx.root, schemas, synonymGroupSchema).map((p) => `${p.file}: ${p.message}`)).toEqual([
        'content/search/aliases.yaml: line 2 (淘宝): "pdd" is already an alias of 拼多多',
      ]);
    } finally {
      fx.cleanup();
    }
  });
});
