import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { chineseNumber, figureKeys, findFigures } from '../../src/lib/content/figures';
import { loadContent } from '../../src/lib/content/load';
import { letterTemplates } from '../../src/i18n/letters.zh-cn';
import { zhCN } from '../../src/i18n/zh-cn';
import { ROOT } from '../helpers/tree';

const ALLOW_FILE = 'content/figures.yaml';

/** Every string in a nested object (functions are code, not words). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** What each page says, by file: MDX bodies with their frontmatter, the tree, letters and UI strings. */
function pages(): { file: string; text: string }[] {
  const { entries } = loadContent(ROOT);
  const out: { file: string; text: string }[] = [];
  for (const e of entries) {
    if (e.kind === 'guide' || e.kind === 'cases' || e.kind === 'outcomes') out.push({ file: e.file, text: [...strings(e.data), e.body ?? ''].join('\n') });
  }
  const questions = entries.filter((e) => e.kind === 'questions');
  out.push({ file: 'content/tree/questions.yaml', text: strings(questions.map((e) => e.data)).join('\n') });
  out.push({ file: 'src/i18n/letters.zh-cn.ts', text: strings(letterTemplates).join('\n') });
  out.push({ file: 'src/i18n/zh-cn.ts', text: strings(zhCN).join('\n') });
  return out;
}

/** Figures the registries state: law summaries and everything about a channel. */
function registryKeys(): Set<string> {
  const { entries } = loadContent(ROOT);
  const laws = entries.filter((e) => e.kind === 'laws').map((e) => (e.data as { summary: string }).summary);
  const channels = entries.filter((e) => e.kind === 'channels').flatMap((e) => strings(e.data));
  return figureKeys([...laws, ...channels]);
}

interface Allowed {
  figures: string[];
  /** Only on this page (a composite case's own amounts); everywhere when absent. */
  file?: string;
  reason: string;
}

function allowList(): Allowed[] {
  const list = parseYaml(readFileSync(join(ROOT, ALLOW_FILE), 'utf8')) as Partial<Record<keyof Allowed, unknown>>[];
  for (const [i, item] of list.entries()) {
    const ok = Array.isArray(item.figures) && item.figures.length > 0 && item.figures.every((f) => typeof f === 'string') && typeof item.reason === 'string' && item.reason.trim() !== '' && (item.file === undefined || typeof item.file === 'string');
    if (!ok) throw new Error(`${ALLOW_FILE}: item ${i + 1} needs figures (a list of quoted figures), a one-line reason, and optionally a file`);
  }
  return list as Allowed[];
}

/** Figures on pages that are neither in a registry nor allowed for that page, as "file: figure (key)". */
function unknownFigures(texts: { file: string; text: string }[], known: (file: string) => Set<string>): string[] {
  return texts.flatMap(({ file, text }) => {
    const ok = known(file);
    return findFigures(text).filter((f) => !ok.has(f.key)).map((f) => `${file}: ${f.text} (${f.key})`);
  });
}

describe('the figure scanner', () => {
  it('reads Chinese numerals', () => {
    expect([chineseNumber('十五'), chineseNumber('二百'), chineseNumber('五十'), chineseNumber('两'), chineseNumber('一千二百'), chineseNumber('六十')]).toEqual([15, 200, 50, 2, 1200, 60]);
    expect(chineseNumber('十a')).toBeNull();
  });

  it('finds day counts, amounts, multiples and hotline-like numbers, written either way', () => {
    const keys = findFigures('超过十五日不退；7 个工作日内；收货 7 天内；处五十万元以下罚款；退一赔三倍；不足 500 元；挽回 45.19 亿元；拨打 12315 或 010-12300').map((f) => f.key);
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
    expect(unknownFigures(sample, () => new Set(['15日']))).toEqual(['content/guide/sample.mdx: 30 日 (30日)', 'content/guide/sample.mdx: 2000 元 (2000元)', 'content/guide/sample.mdx: 12399 (12399)']);
  });
});

describe('figures on the site', () => {
  const allowed = allowList();
  const registry = registryKeys();
  const all = pages();

  it('states no day count, amount, multiple or hotline that is not in the registries or content/figures.yaml', () => {
    const everywhere = allowed.filter((a) => !a.file).flatMap((a) => a.figures);
    const known = (file: string) => new Set([...registry, ...everywhere, ...allowed.filter((a) => a.file === file).flatMap((a) => a.figures)]);
    expect(unknownFigures(all, known), `add the source to laws.yaml or channels.yaml, or an illustrative figure to ${ALLOW_FILE} with a reason`).toEqual([]);
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
