import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentDir } from '../../src/lib/content/check';
import { formatProblems } from '../../src/lib/content/types';
import { schemas } from '../../src/schemas';
import { fixtureCopy } from '../helpers/fixture';

const messages = (root: string) => checkContentDir(root, schemas).map((p) => `${p.file}: ${p.message}`);

describe('content check on fixtures', () => {
  let fx: ReturnType<typeof fixtureCopy>;
  afterEach(() => fx?.cleanup());

  it('accepts the good fixture', () => {
    fx = fixtureCopy();
    expect(messages(fx.root)).toEqual([]);
  });

  it('names the file and field of a missing required field', () => {
    fx = fixtureCopy();
    fx.edit('content/guide/first.mdx', (t) => t.replace('summary: 拖延还是诈骗。\n', ''));
    expect(messages(fx.root)).toEqual(['content/guide/first.mdx: field "summary" is required but missing']);
  });

  it('names the file and id of an unknown law in an MDX body', () => {
    fx = fixtureCopy();
    fx.edit('content/guide/first.mdx', (t) => t.replace('<Law id="xiaofa-25"/>', '<Law id="xiaofa-999"/>'));
    expect(messages(fx.root)).toEqual(['content/guide/first.mdx: line 10: unknown law id "xiaofa-999" in <Law id="xiaofa-999"/>']);
  });

  it('reads citations from the MDX syntax tree: ids in code or comments are not citations', () => {
    fx = fixtureCopy();
    fx.edit('content/guide/first.mdx', (t) => `${t}\n\n\`<Law id="inline-code"/>\`\n\n\`\`\`\n<Law id="in-a-code-block"/>\n\`\`\`\n\n{/* <Channel id="in-a-comment"/> */}\n`);
    expect(messages(fx.root)).toEqual([]);
    let line = 0;
    fx.edit('content/guide/first.mdx', (t) => {
      const text = `${t}\n本条见<Law id={"xiaofa-0"} />。\n`;
      line = text.split('\n').findIndex((l) => l.includes('xiaofa-0')) + 1;
      return text;
    });
    expect(messages(fx.root)).toEqual([`content/guide/first.mdx: line ${line}: unknown law id "xiaofa-0" in <Law id="xiaofa-0"/>`]);
  });

  it('names the line of an MDX syntax error', () => {
    fx = fixtureCopy();
    fx.edit('content/guide/first.mdx', (t) => t.replace('<Channel id="110"/>', '<Channel id="110"'));
    const found = messages(fx.root);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^content\/guide\/first\.mdx: line 12: not valid MDX: /);
  });

  it('names the file and id of an unknown channel in an MDX body', () => {
    fx = fixtureCopy();
    fx.edit('content/guide/first.mdx', (t) => t.replace('<Channel id="110"/>', '<Channel id="120"/>'));
    expect(messages(fx.root)).toEqual(['content/guide/first.mdx: line 12: unknown channel id "120" in <Channel id="120"/>']);
  });

  it('names unknown ids in frontmatter: outcome laws and channels, case channels, outcome and chapters', () => {
    fx = fixtureCopy();
    fx.edit('content/tree/outcomes/demand.mdx', (t) => t.replace('laws: [xiaofa-25]', 'laws: [xiaofa-25, nope-1]').replace('channels: ["12315"]', 'channels: ["12345"]'));
    fx.edit('content/cases/one.mdx', (t) => t.replace('channels: ["12315"]', 'channels: ["96110"]').replace('outcome: demand', 'outcome: demands').replace('chapters: [first]', 'chapters: [second]'));
    expect(messages(fx.root)).toEqual([
      'content/cases/one.mdx: field "channels": unknown channel id "96110"',
      'content/cases/one.mdx: field "outcome": unknown outcome id "demands"',
      'content/cases/one.mdx: field "chapters": unknown guide chapter id "second"',
      'content/tree/outcomes/demand.mdx: outcome "demand", field "laws": unknown law id "nope-1"',
      'content/tree/outcomes/demand.mdx: outcome "demand", field "channels": unknown channel id "12345"',
    ]);
  });

  it('names the item of a journey that is malformed or ends at an unknown outcome', () => {
    fx = fixtureCopy();
    fx.edit('content/tree/journeys.yaml', (t) => t.replace('outcome: police', 'outcome: polis').replace('answers: start=no-pay&asked=no-pay', 'answers: start no-pay'));
    expect(messages(fx.root)).toEqual([
      'content/tree/journeys.yaml: item 2: field "answers" must be answers written question=option&question=option',
      'content/tree/journeys.yaml: item 1: field "outcome": unknown outcome id "polis"',
    ]);
  });

  it('rejects a duplicate slug, naming both files', () => {
    fx = fixtureCopy();
    fx.edit('content/cases/one.mdx', (t) => t.replace('source: composite', 'source: composite\nslug: two'));
    fx.write('content/cases/two.mdx', readFixture('content/cases/one.mdx'));
    expect(messages(fx.root)).toEqual(['content/cases/two.mdx: duplicate slug "two" (also used in content/cases/one.mdx)']);
  });

  it('refuses a public case whose source is not https, or that does not name its body and date', () => {
    fx = fixtureCopy();
    fx.edit('content/cases/one.mdx', (t) => t.replace('source: composite', 'source: http://example.org/report'));
    expect(messages(fx.root)).toEqual([
      'content/cases/one.mdx: field "source" must be "composite" or the https URL of a public report',
      'content/cases/one.mdx: line 12: link "http://example.org/report" is not https',
    ]);
    fx.edit('content/cases/one.mdx', (t) => t.replace('http://', 'https://'));
    expect(messages(fx.root)).toEqual([
      'content/cases/one.mdx: field "sourceBody" is required but missing',
      'content/cases/one.mdx: field "sourceDate" is required but missing',
      'content/cases/one.mdx: field "sourceKind" is required but missing',
    ]);
  });

  it('lets a public case leave out payment and amount, but not a composite', () => {
    fx = fixtureCopy();
    fx.edit('content/cases/one.mdx', (t) => t.replace('payment: wallet\n', '').replace('amount: 100\n', ''));
    expect(messages(fx.root)).toEqual(['content/cases/one.mdx: field "payment" is required but missing', 'content/cases/one.mdx: field "amount" is required but missing']);
    fx.edit('content/cases/one.mdx', (t) => t.replace('source: composite', 'source: https://example.org/report\nsourceBody: 某法院\nsourceDate: 2025年6月16日\nsourceKind: repost'));
    expect(messages(fx.root)).toEqual([]);
  });

  it('refuses a public case that does not say whether its link is the publisher page, a repost or a media report', () => {
    fx = fixtureCopy();
    fx.edit('content/cases/one.mdx', (t) => t.replace('source: composite', 'source: https://example.org/report\nsourceBody: 某法院\nsourceDate: 2025年6月16日'));
    expect(messages(fx.root)).toEqual(['content/cases/one.mdx: field "sourceKind" is required but missing']);
    fx.edit('content/cases/one.mdx', (t) => t.replace('sourceDate: 2025年6月16日', 'sourceDate: 2025年6月16日\nsourceKind: mirror'));
    expect(messages(fx.root)[0]).toMatch(/^content\/cases\/one\.mdx: field "sourceKind"/);
  });

  it('refuses two public cases built on the same report, naming both files', () => {
    fx = fixtureCopy();
    const publicCase = (t: string) => t.replace('source: composite', 'source: https://example.org/report\nsourceBody: 某法院\nsourceDate: 2025年6月16日\nsourceKind: repost');
    fx.edit('content/cases/one.mdx', publicCase);
    fx.write('content/cases/two.mdx', publicCase(readFixture('content/cases/one.mdx')));
    expect(messages(fx.root)).toEqual(['content/cases/two.mdx: field "source": https://example.org/report is also the source of content/cases/one.mdx']);
  });

  it('rejects a duplicate registry id, naming both entries', () => {
    fx = fixtureCopy();
    fx.edit('content/laws.yaml', (t) => t.replace('- id: fanzha-20', '- id: xiaofa-25'));
    expect(messages(fx.root)).toEqual([
      'content/laws.yaml: item 2 at line 8: duplicate id "xiaofa-25" (also used in item 1 at line 1)',
      'content/tree/outcomes/police.mdx: outcome "police", field "laws": unknown law id "fanzha-20"',
    ]);
  });

  it('rejects a malformed date, naming the field', () => {
    fx = fixtureCopy();
    fx.edit('content/guide/first.mdx', (t) => t.replace('reviewed: 2026-11-25', 'reviewed: 2026-13-45'));
    expect(messages(fx.root)).toEqual(['content/guide/first.mdx: field "reviewed" must be a real date written YYYY-MM-DD, got "2026-13-45"']);
  });

  it('rejects an impossible day and a date in another format', () => {
    fx = fixtureCopy();
    fx.edit('content/guide/first.mdx', (t) => t.replace('reviewed: 2026-11-25', 'reviewed: 2026-02-30'));
    fx.edit('content/cases/one.mdx', (t) => t.replace('reviewed: 2026-11-25', 'reviewed: 2026/11/25'));
    expect(messages(fx.root)).toEqual([
      'content/guide/first.mdx: field "reviewed" must be a real date written YYYY-MM-DD, got "2026-02-30"',
      'content/cases/one.mdx: field "reviewed" must be a real date written YYYY-MM-DD, got "2026/11/25"',
    ]);
  });

  it('requires every law entry to say when it was checked, as a real date', () => {
    fx = fixtureCopy();
    fx.edit('content/laws.yaml', (t) => t.replace(/(- id: xiaofa-25[\s\S]*?)  checked: 2026-11-26\n/, '$1').replace(/(- id: fanzha-20[\s\S]*?checked: )2026-11-26/, '$12026-11-31'));
    expect(messages(fx.root)).toEqual([
      'content/laws.yaml: item 1 (id "xiaofa-25"): field "checked" is required but missing',
      'content/laws.yaml: item 2 (id "fanzha-20"): field "checked" must be a real date written YYYY-MM-DD, got "2026-11-31"',
    ]);
  });

  it('names the item of a YAML list with a missing field, and an unquoted number id', () => {
    fx = fixtureCopy();
    fx.edit('content/channels.yaml', (t) => t.replace('- id: "110"', '- id: 110').replace('  handles: 投诉举报。\n', ''));
    expect(messages(fx.root)).toEqual([
      'content/channels.yaml: item 1 (id "12315"): field "handles" is required but missing',
      'content/channels.yaml: item 2 (id "110"): field "id" must be text (put numbers in quotes, e.g. "12315")',
    ]);
  });

  it('reports a file that is not YAML at all', () => {
    fx = fixtureCopy();
    fx.write('content/laws.yaml', '- id: [unclosed\n');
    const found = messages(fx.root);
    expect(found[0]).toMatch(/^content\/laws\.yaml: is not valid YAML: /);
  });

  it('names the line where a YAML syntax error starts, not where the parser gave up', () => {
    fx = fixtureCopy();
    // An unclosed quote on line 4 of laws.yaml swallows the rest of the file.
    fx.edit('content/laws.yaml', (t) => t.replace(/summary: (.*)\n/, 'summary: "$1\n'));
    const lines = readFileSync(join(fx.root, 'content/laws.yaml'), 'utf8').split('\n').length;
    expect(messages(fx.root)[0]).toBe(`content/laws.yaml: is not valid YAML: line 4: Missing closing "quote (opened here, still open at line ${lines})`);
  });

  it('names the file line of a YAML error in frontmatter, and of an unclosed bracket', () => {
    fx = fixtureCopy();
    fx.edit('content/guide/first.mdx', (t) => t.replace('outcomes: [police]', 'outcomes: [police\nextra: 1'));
    expect(messages(fx.root)[0]).toMatch(/^content\/guide\/first\.mdx: is not valid YAML: line 7: Flow sequence .*\(opened here, still open at line 8\)$/);
    fx.edit('content/guide/first.mdx', (t) => t.replace('outcomes: [police\nextra: 1', 'outcomes: [police]\ntitle: twice'));
    expect(messages(fx.root)[0]).toBe('content/guide/first.mdx: is not valid YAML: line 8: Map keys must be unique');
  });

  it('formats problems as one line per file for the build log', () => {
    expect(formatProblems([{ file: 'content/guide/a.mdx', message: 'unknown law id "x" in <Law id="x"/>' }])).toBe(
      'Content check failed (1 problem):\n  - content/guide/a.mdx: unknown law id "x" in <Law id="x"/>',
    );
  });
});

function readFixture(file: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/content/${file}`, import.meta.url)), 'utf8');
}
