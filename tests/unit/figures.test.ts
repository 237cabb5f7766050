import { describe, expect, it } from 'vitest';
import { ALLOW_FILE, checkFigures, knownFor, readAllowList, registryKeys, strings } from '../../src/lib/content/figure-check';
import { chineseNumber, figureKeys, findFigures } from '../../src/lib/content/figures';
import { loadContent } from '../../src/lib/content/load';
import { zhCN } from '../../src/i18n/zh-cn';
import { fixtureCopy } from '../helpers/fixture';
import { ROOT } from '../helpers/tree';

/** What each page says, by file: every content text the loader reads (letters included) and UI strings. */
function pages(): { file: string; text: string }[] {
  const { entries } = loadContent(ROOT);
  const byFile = new Map<string, string[]>();
  for (const e of entries) {
    if (e.kind === 'laws' || e.kind === 'channels') continue;
    byFile.set(e.file, [...(byFile.get(e.file) ?? []), ...strings(e.data), e.body ?? '']);
  }
  const out = [...byFile].map(([file, parts]) => ({ file, text: parts.join('\n') }));
  out.push({ file: 'src/i18n/zh-cn.ts', text: strings(zhCN).join('\n') });
  return out;
}

/** Figures on pages that are neither in a registry nor allowed for that page, as "file: figure (key)". */
function unknownFigures(texts: { file: string; text: string }[], known: (file: string) => Set<string>): string[] {
  return texts.flatMap(({ file, text }) => {
    const ok = known(file);
    return findFigures(text)
      .filter((f) => !ok.has(f.key))
      .map((f) => `${file}: ${f.text} (${f.key})`);
  });
}

describe('the figure scanner', () => {
  it('reads Chinese numerals', () => {
    expect([
      chineseNumber('十五'),
      chineseNumber('二百'),
      chineseNumber('五十'),
      chineseNumber('两'),
      chineseNumber('一千二百'),
      chineseNumber('六十'),
    ]).toEqual([15, 200, 50, 2, 1200, 60]);
    expect(chineseNumber('十a')).toBeNull();
  });

  it('finds day counts, amounts, multiples and hotline-like numbers, written either way', () => {
    const keys = findFigures(
      '超过十五日不退；7 个工作日内；收货 7 天内；处五十万元以下罚款；退一赔三倍；不足 500 元；挽回 45.19 亿元；拨打 12315 或 010-12300',
    ).map((f) => f.key);
    expect(keys).toEqual(['15日', '7个工作日', '7日', '500000元', '3倍', '500元', '4519000000元', '12315', '12300']);
  });

  it('skips ordinals, calendar dates and short numbers', () => {
    expect(findFigures('第 3 天客服回复；5月1日下单；2026-11-25 核对；订单 1234').map((f) => f.key)).toEqual([]);
  });

  it('skips digits inside a link, but not a figure beside it', () => {
    expect(findFigures('报道：https://chinacourt.org/article/detail/2024/07/id/8042784.shtml，退还 5700 元').map((f) => f.key)).toEqual(['5700元']);
  });

  it('catches an invented figure that no registry or allow-list states', () => {
    const sample = [{ file: 'content/guide/sample.mdx', text: '商家超过十五日不退属于拖延。平台应当在 30 日内退款，最高赔 2000 元，可拨打 12399。' }];
    expect(unknownFigures(sample, () => new Set(['15日']))).toEqual([
      'content/guide/sample.mdx: 30 日 (30日)',
      'content/guide/sample.mdx: 2000 元 (2000元)',
      'content/guide/sample.mdx: 12399 (12399)',
    ]);
  });
});

describe('figures on the site', () => {
  const { allowed, problems } = readAllowList(ROOT);
  const registry = registryKeys(loadContent(ROOT));
  const all = pages();

  it('states no day count, amount, multiple or hotline that is not in the registries or content/figures.yaml', () => {
    expect(problems).toEqual([]);
    expect(
      unknownFigures(all, knownFor(registry, allowed)),
      `add the source to laws.yaml or channels.yaml, or an illustrative figure to ${ALLOW_FILE} with a reason`,
    ).toEqual([]);
  });

  it('keeps the allow-list honest: every figure is used where it is allowed, and none is already in a registry', () => {
    const stale = allowed.flatMap((a) => {
      const used = figureKeys(all.filter((p) => !a.file || p.file === a.file).map((p) => p.text));
      return a.figures.filter((f) => !used.has(f) || registry.has(f)).map((f) => `${a.file ?? '(everywhere)'}: ${f}`);
    });
    expect(stale, 'allow-list figures no page uses there, or that a registry already states').toEqual([]);
  });

  it('the scanner catches a figure invented on a real page', () => {
    const everywhere = new Set([...registry, ...allowed.filter((a) => !a.file).flatMap((a) => a.figures)]);
    const page = all.find((p) => p.file === 'content/guide/deadlines.mdx')!;
    const tampered = { ...page, text: page.text.replace('超过 15 日，属于故意拖延或者无理拒绝', '超过 30 日，属于故意拖延或者无理拒绝') };
    expect(tampered.text).not.toBe(page.text);
    expect(unknownFigures([tampered], () => everywhere)).toEqual(['content/guide/deadlines.mdx: 30 日 (30日)']);
  });
});

describe('the content check refuses unknown figures', () => {
  it('names the file and the line of a figure no registry or allow-list states, in a body and in frontmatter', () => {
    const fx = fixtureCopy();
    try {
      const loaded = loadContent(fx.root);
      const known = knownFor(registryKeys(loaded), []);
      const text = loaded.texts.find((t) => t.body !== undefined)!;
      const planted = [{ ...text, yaml: `${text.yaml}\nnote: 平台承诺 30 日内退款`, body: `第一行\n\n商家应在 45 天内退款。\n${text.body}` }];
      const messages = checkFigures(planted, known).map((p) => `${p.file}: ${p.message}`);
      const yamlLines = text.yaml.split('\n').length + 1;
      expect(messages).toEqual([
        `${text.file}: line ${text.yamlLine + yamlLines - 1}: figure "30 日" (30日) is in no registry (laws.yaml summary, channels.yaml) and not allowed for this file in ${ALLOW_FILE}`,
        `${text.file}: line ${text.bodyLine! + 2}: figure "45 天" (45日) is in no registry (laws.yaml summary, channels.yaml) and not allowed for this file in ${ALLOW_FILE}`,
      ]);
      expect(checkFigures(planted, () => new Set(['30日', '45日']))).toEqual([]);
    } finally {
      fx.cleanup();
    }
  });

  it('reads the allow-list and reports a malformed item', () => {
    const fx = fixtureCopy();
    try {
      fx.write(ALLOW_FILE, '- figures: ["30日"]\n  reason: 示例\n- figures: []\n  reason: ""\n');
      const { allowed, problems } = readAllowList(fx.root);
      expect(allowed).toEqual([{ figures: ['30日'], reason: '示例' }]);
      expect(problems).toEqual([{ file: ALLOW_FILE, message: 'item 2 needs figures (a list of quoted figures), a one-line reason, and optionally a file' }]);
    } finally {
      fx.cleanup();
    }
  });
});
