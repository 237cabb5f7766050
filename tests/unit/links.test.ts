import { afterEach, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/check';
import { linkProblem, markdownLinks, yamlLinks } from '../../src/lib/content/links';
import { schemas } from '../../src/schemas';
import { fixtureCopy } from '../helpers/fixture';
import { ROOT } from '../helpers/tree';

const problem = (url: string, bare = false) => linkProblem({ line: 1, url, bare });

describe('linkProblem', () => {
  it('accepts https to a valid host name, and links that stay on the site', () => {
    for (const url of [
      'https://www.12315.cn/',
      'https://flk.npc.gov.cn/',
      'https://xn--fiqs8s.cn/a?b=c#d',
      'https://example.com:8443/x',
      '/guide/evidence/',
      '#law-xiaofa-25',
      './x',
      '../y',
    ])
      expect(problem(url), url).toBeNull();
    expect(problem('https://www.12315.cn/path', true)).toBeNull();
  });

  it('refuses anything that is not https', () => {
    for (const url of ['http://www.12315.cn/', 'ftp://x.cn/', 'javascript:alert(1)', 'mailto:a@b.cn', '//www.12315.cn/', 'www.12315.cn'])
      expect(problem(url), url).toMatch(/is not https/);
  });

  it('refuses a host that is not a valid host name', () => {
    for (const url of [
      'https://www.12315.cn）',
      'https://localhost/',
      'https://12315/',
      'https://-x.cn/',
      'https://x_y.cn/',
      'https://a..cn/',
      'https://user@x.cn/',
      'https://x.c/',
      'https://中国.cn/',
      'https:///path',
    ])
      expect(problem(url), url).toMatch(/has no valid host name/);
  });

  it('refuses a bare www. address (GFM links it as http) and a bare URL that runs into the text after it', () => {
    expect(problem('www.12315.cn', true)).toBe('bare address "www.12315.cn" becomes a link to http://www.12315.cn; write it as [text](https://…)');
    expect(problem('https://www.12315.cn/，用真实身份', true)).toMatch(/runs into the text after it/);
  });
});

describe('markdownLinks', () => {
  it('finds markdown links, reference definitions, href attributes and bare URLs, each with its line, as the MDX parser reads them', () => {
    const body = [
      '第一段 [官网](https://www.12315.cn/) 和 ![图](/img.png "标题")。',
      '<a href={"https://flk.npc.gov.cn/"}>官网</a>',
      '<a href="http://x.cn/">x</a>',
      '打开全国12315平台（www.12315.cn），用真实身份注册。',
      '见 https://example.com/a. 然后',
      '',
      '[ref]: https://example.org/r',
      '`https://in-code.cn` 不算。',
      '```',
      'https://in-fence.cn',
      '```',
      '[www.12315.cn](https://www.12315.cn/)',
    ].join('\n');
    expect(markdownLinks(body, 10)).toEqual([
      { line: 10, url: 'https://www.12315.cn/', bare: false },
      { line: 10, url: '/img.png', bare: false },
      { line: 11, url: 'https://flk.npc.gov.cn/', bare: false },
      { line: 12, url: 'http://x.cn/', bare: false },
      { line: 13, url: 'www.12315.cn），用真实身份注册。', bare: true },
      { line: 14, url: 'https://example.com/a', bare: true },
      { line: 16, url: 'https://example.org/r', bare: false },
      { line: 21, url: 'https://www.12315.cn/', bare: false },
    ]);
  });

  it('reads a "[ref]: url" line inside a paragraph as the parser does: text, whose address GFM links', () => {
    expect(markdownLinks('见下文\n[ref]: https://example.org/r', 1)).toEqual([{ line: 2, url: 'https://example.org/r', bare: true }]);
  });

  it('finds nothing in a body that is not valid MDX (the citation check reports it with its line)', () => {
    expect(markdownLinks('<https://flk.npc.gov.cn/>')).toEqual([]);
  });
});

describe('yamlLinks', () => {
  it('finds values that are addresses as a whole, not addresses inside text or comments', () => {
    const yaml = [
      '# see flk.npc.gov.cn or https://x.cn/',
      '- id: a',
      '  source: https://flk.npc.gov.cn/',
      "  url: 'http://www.12321.cn/'",
      '  summary: 登录 https://x.cn/ 投诉',
      'source: composite',
      '  - www.x.cn',
    ].join('\n');
    expect(yamlLinks(yaml, 3)).toEqual([
      { line: 5, url: 'https://flk.npc.gov.cn/', bare: false },
      { line: 6, url: 'http://www.12321.cn/', bare: false },
      { line: 9, url: 'www.x.cn', bare: false },
    ]);
  });
});

describe('link check on content', () => {
  let fx: ReturnType<typeof fixtureCopy>;
  afterEach(() => fx?.cleanup());
  const messages = (root: string) => checkContentDir(root, schemas).map((p) => `${p.file}: ${p.message}`);

  it('names file and line of every bad link: in a body, in frontmatter and in a registry', () => {
    fx = fixtureCopy();
    fx.edit('content/guide/first.mdx', (t) =>
      t.replace('你可以退货。', '你可以退货。\n打开全国12315平台（www.12315.cn），注册。\n也可以看 [这里](http://example.com/)。'),
    );
    fx.edit('content/cases/one.mdx', (t) =>
      t.replace('source: composite', 'source: https://www.court.gov.cn）/case\nsourceBody: 某法院\nsourceDate: 2025年6月16日\nsourceKind: repost'),
    );
    fx.edit('content/channels.yaml', (t) => t.replace('  phone: "12315"\n', '  phone: "12315"\n  url: http://www.12315.cn/\n'));
    expect(messages(fx.root)).toEqual([
      'content/guide/first.mdx: line 11: bare address "www.12315.cn），注册。" becomes a link to http://www.12315.cn），注册。; write it as [text](https://…)',
      'content/guide/first.mdx: line 12: link "http://example.com/" is not https',
      'content/cases/one.mdx: line 12: link "https://www.court.gov.cn）/case" has no valid host name ("www.court.gov.cn）")',
      'content/channels.yaml: line 4: link "http://www.12315.cn/" is not https',
    ]);
  });

  it('finds no bad link in the real content', () => {
    expect(messages(ROOT).filter((m) => / line \d+: /.test(m))).toEqual([]);
  });
});
