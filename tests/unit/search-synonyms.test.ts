import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentDir } from '../../src/lib/content/check';
import { checkSynonyms, expansions } from '../../src/lib/search/synonyms';
import { readSynonyms } from '../../src/lib/search/synonyms-file';
import { schemas } from '../../src/schemas';
import { synonymGroupSchema } from '../../src/schemas/synonyms';
import { fixtureCopy } from '../helpers/fixture';
import { ROOT } from '../helpers/tree';

const check = (groups: unknown[]) => checkSynonyms(groups.map((data, i) => ({ line: i + 3, data })), synonymGroupSchema).problems.map((p) => `${p.file}: ${p.message}`);

describe('synonym groups', () => {
  it('accepts distinct groups of two or more words, quoted digits included', () => {
    expect(check([['倒闭', '跑路'], ['市场监管', 12315]])).toEqual([]);
  });

  it('refuses an empty group, a one-word group and an empty word, naming the group and its line', () => {
    expect(check([[]])).toEqual(['content/search/synonyms.yaml: group 1 (line 3): needs at least two words (an empty or one-word group expands nothing)']);
    expect(check([['倒闭', '跑路'], ['外卖']])[0]).toMatch(/^content\/search\/synonyms\.yaml: group 2 \(line 4\): needs at least two words/);
    expect(check([['倒闭', ' ']])).toEqual(['content/search/synonyms.yaml: group 1 (line 3): word 2 has an empty word']);
  });

  it('refuses a word in two groups (case-insensitive) or twice in one', () => {
    expect(check([['倒闭', '跑路'], ['关门', '跑路']])).toEqual(['content/search/synonyms.yaml: group 2 (line 4): "跑路" is also in group 1 (a word may be in one group only)']);
    expect(check([['USDT', '虚拟币'], ['usdt', '泰达币']])).toHaveLength(1);
    expect(check([['倒闭', '倒闭']])).toEqual(['content/search/synonyms.yaml: group 1 (line 3): "倒闭" appears twice']);
  });

  it('expands only the groups a query uses, leaving out words it already has', () => {
    const groups = [['倒闭', '跑路', '关门'], ['外卖', '美团']];
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
