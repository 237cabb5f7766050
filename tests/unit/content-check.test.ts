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
    fx.edit(
      'content/guide/first.mdx',
      (t) => `${t}\n\n\`<Law id="inline-code"/>\`\n\n\`\`\`\n<Law id="in-a-code-block"/>\n\`\`\`\n\n{/* <Channel id="in-a-comment"/> */}\n`,
    );
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
    fx.edit('content/tree/outcomes/demand.mdx', (t) =>
      t.replace('laws: [xiaofa-25]', 'laws: [xiaofa-25, nope-1]').replace('channels: ["12315"]', 'channels: ["12345"]'),
    );
    fx.edit('content/cases/one.mdx', (t) =>
      t.replace('channels: ["12315"]', 'channels: ["96110"]').replace('outcome: demand', 'outcome: demands').replace('chapters: [first]', 'chapters: [second]'),
    );
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
    fx.edit('content/tree/journeys.yaml', (t) =>
      t.replace('outcome: police', 'outcome: polis').replace('answers: start=no-pay&asked=no-pay', 'answers: start no-pay'),
    );
    expect(messages(fx.root)).toEqual([
      'content/tree/journeys.yaml: item 2: field "answers" must be answers written question=option&question=option',
      'content/tree/journeys.yaml: item 1: field "outcome": unknown outcome id "polis"',
    ]);
  });

  it('rejects a duplicate slug, naming both files', () => {
    fx = fixtureCopy();
    fx.edit('content/cases/one.mdx', (t) => t.replace('source: composite', 'source: composite\nslug: two'));
    fx.write('content/cases/two.mdx', readFixture('content/cases/one.mdx'));
    expect(messages(fx.root)).toEqual([
      'content/cases/two.mdx: duplicate slug "two" (also used in content/cases/one.mdx)',
      // The situation names the case by its file name, which the slug replaced.
      'content/situations/online.mdx: field "cases.0": unknown case slug "one"',
    ]);
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
    expect(messages(fx.root)).toEqual([
      'content/cases/one.mdx: field "payment" is required but missing',
      'content/cases/one.mdx: field "amount" is required but missing',
    ]);
    fx.edit('content/cases/one.mdx', (t) =>
      t.replace('source: composite', 'source: https://example.org/report\nsourceBody: 某法院\nsourceDate: 2025年6月16日\nsourceKind: repost'),
    );
    expect(messages(fx.root)).toEqual([]);
  });

  it('refuses a public case that does not say whether its link is the publisher page, a repost or a media report', () => {
    fx = fixtureCopy();
    fx.edit('content/cases/one.mdx', (t) =>
      t.replace('source: composite', 'source: https://example.org/report\nsourceBody: 某法院\nsourceDate: 2025年6月16日'),
    );
    expect(messages(fx.root)).toEqual(['content/cases/one.mdx: field "sourceKind" is required but missing']);
    fx.edit('content/cases/one.mdx', (t) => t.replace('sourceDate: 2025年6月16日', 'sourceDate: 2025年6月16日\nsourceKind: mirror'));
    expect(messages(fx.root)[0]).toMatch(/^content\/cases\/one\.mdx: field "sourceKind"/);
  });

  it('refuses two public cases built on the same report, naming both files', () => {
    fx = fixtureCopy();
    const publicCase = (t: string) =>
      t.replace('source: composite', 'source: https://example.org/report\nsourceBody: 某法院\nsourceDate: 2025年6月16日\nsourceKind: repost');
    fx.edit('content/cases/one.mdx', publicCase);
    fx.write('content/cases/two.mdx', publicCase(readFixture('content/cases/one.mdx')));
    expect(messages(fx.root)).toEqual(['content/cases/two.mdx: field "source": https://example.org/report is also the source of content/cases/one.mdx']);
  });

  it('rejects a duplicate registry id, naming both entries', () => {
    fx = fixtureCopy();
    fx.edit('content/laws.yaml', (t) => t.replace('- id: fanzha-20', '- id: xiaofa-25'));
    expect(messages(fx.root)).toEqual([
      'content/laws.yaml: item 2 at line 8: duplicate id "xiaofa-25" (also used in item 1 at line 1)',
      'content/situations/scam.mdx: field "card.law": unknown law id "fanzha-20"',
      'content/situations/scam.mdx: field "rights.0.law": unknown law id "fanzha-20"',
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
    fx.edit('content/laws.yaml', (t) =>
      t.replace(/(- id: xiaofa-25[\s\S]*?) {2}checked: 2026-11-26\n/, '$1').replace(/(- id: fanzha-20[\s\S]*?checked: )2026-11-26/, '$12026-11-31'),
    );
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

describe('content check on situations', () => {
  let fx: ReturnType<typeof fixtureCopy>;
  afterEach(() => fx?.cleanup());
  const ONLINE = 'content/situations/online.mdx';
  const QUESTIONS = 'content/tree/questions.yaml';

  it('names the file and field of a schema fault: no cited right, no channel, a card without its law', () => {
    fx = fixtureCopy();
    fx.edit(ONLINE, (t) =>
      t.replace(/rights:\n[\s\S]*?channels:\n[\s\S]*?(?=deadlines:)/, 'rights: []\nchannels: []\n').replace('  law: xiaofa-25\n  channel:', '  channel:'),
    );
    expect(messages(fx.root)).toEqual([
      `${ONLINE}: field "card.law" is required but missing`,
      `${ONLINE}: field "rights" needs at least one cited right`,
      `${ONLINE}: field "channels" needs at least one channel`,
    ]);
  });

  it('names every unknown law, channel and case id by file and field, in frontmatter and body', () => {
    fx = fixtureCopy();
    fx.edit(ONLINE, (t) =>
      t
        .replace('  law: xiaofa-25\n  channel:', '  law: xiaofa-1\n  channel:')
        .replace('channelId: "12315"', 'channelId: "12345"')
        .replace('  - law: xiaofa-25\n    text:', '  - law: xiaofa-2\n    text:')
        .replace('  - id: "12315"\n    handles:', '  - id: "12306"\n    handles:')
        .replace('    law: xiaofa-25\nevidence', '    law: xiaofa-3\nevidence')
        .replace('cases: [one]', 'cases: [three]')
        .replace('<Law id="xiaofa-25"/>', '<Law id="xiaofa-4"/>')
        .replace('<Channel id="12315"/>', '<Channel id="12000"/>'),
    );
    const lines = readFileSync(join(fx.root, ONLINE), 'utf8').split('\n');
    const line = (id: string) => lines.findIndex((l) => l.includes(id)) + 1;
    expect(messages(fx.root)).toEqual([
      `${ONLINE}: line ${line('xiaofa-4')}: unknown law id "xiaofa-4" in <Law id="xiaofa-4"/>`,
      `${ONLINE}: line ${line('"12000"')}: unknown channel id "12000" in <Channel id="12000"/>`,
      `${ONLINE}: field "card.law": unknown law id "xiaofa-1"`,
      `${ONLINE}: field "card.channelId": unknown channel id "12345"`,
      `${ONLINE}: field "rights.0.law": unknown law id "xiaofa-2"`,
      `${ONLINE}: field "channels.0.id": unknown channel id "12306"`,
      `${ONLINE}: field "deadlines.0.law": unknown law id "xiaofa-3"`,
      `${ONLINE}: field "cases.0": unknown case slug "three"`,
    ]);
  });

  it('refuses a {placeholder} in the letter’s fact or demand that is not one of its fields', () => {
    fx = fixtureCopy();
    fx.edit(ONLINE, (t) =>
      t.replace('fact: 我的订单号是{order-no}。', 'fact: 我的订单号是{order}。').replace('demand: 请按订单{order-no}退款。', 'demand: 请退{amount}元。'),
    );
    expect(messages(fx.root)).toEqual([
      `${ONLINE}: field "letter.fact": {order} is not one of letter.fields`,
      `${ONLINE}: field "letter.demand": {amount} is not one of letter.fields`,
    ]);
  });

  it('refuses an option whose situation has no file, naming the question, option and field', () => {
    fx = fixtureCopy();
    fx.edit(QUESTIONS, (t) => t.replace('situation: online', 'situation: onlin'));
    expect(messages(fx.root)).toEqual([
      `${QUESTIONS}: question "start", option "no-pay", field "situation": unknown situation id "onlin" (no content/situations/onlin.mdx)`,
    ]);
  });

  it('refuses an option without a situation in a question marked situations: true', () => {
    fx = fixtureCopy();
    fx.edit(QUESTIONS, (t) => t.replace('      situation: scam\n', ''));
    expect(messages(fx.root)).toEqual([
      `${QUESTIONS}: question "start", option "pay", field "situation" is required: the question has situations: true`,
      `${QUESTIONS}: outcome "police" can be reached without an answer that names a situation, e.g. #start=pay`,
    ]);
  });

  it('refuses an outcome reachable without any answer naming a situation, naming the outcome and one path', () => {
    fx = fixtureCopy();
    fx.edit(QUESTIONS, (t) => t.replace('  situations: true\n', '').replace('      situation: online\n', ''));
    expect(messages(fx.root)).toEqual([
      `${QUESTIONS}: outcome "demand" can be reached without an answer that names a situation, e.g. #start=no-pay&asked=no-pay`,
      `${QUESTIONS}: outcome "police" can be reached without an answer that names a situation, e.g. #start=no-pay&asked=pay&police-or-court=gone`,
    ]);
  });
});

describe('content check on letters', () => {
  let fx: ReturnType<typeof fixtureCopy>;
  afterEach(() => fx?.cleanup());
  const DEMAND = 'content/letters/demand.yaml';

  it('refuses a {field} the letter does not ask for, naming the file and the line of the template', () => {
    fx = fixtureCopy();
    fx.edit(DEMAND, (t) => t.replace('  - 致：{merchant}', '  - 致：{merchant}{shopName}'));
    expect(messages(fx.root)).toEqual([
      `${DEMAND}: field "lines.0": {shopName} is not one of its fields (name, merchant, platform, orderNo, amount, paidOn, requestedOn)`,
    ]);
  });

  it('refuses an unknown part, a list inside a sentence, an unknown field set and a field the toolkit does not know', () => {
    fx = fixtureCopy();
    fx.edit(DEMAND, (t) => t.replace('part: basis', 'part: base').replace('  - "{facts}"', '  - 情况：{facts}'));
    expect(messages(fx.root)).toEqual([
      `${DEMAND}: field "lines.4": {facts} must be a line of its own`,
      `${DEMAND}: field "lines.8.part": "base" is not a part of parts.yaml (basis, evidence-list)`,
    ]);
    fx.edit(DEMAND, (t) => t.replace('fields: consumer', 'fields: consumers'));
    expect(messages(fx.root)).toEqual([`${DEMAND}: field "fields": "consumers" is not a field set of parts.yaml (consumer)`]);
    fx.edit('content/letters/police.yaml', (t) => t.replace('  - drawnIn\n', '  - drawnInto\n'));
    expect(messages(fx.root)).toContainEqual(expect.stringMatching(/^content\/letters\/police\.yaml: field "fields(\.1)?" /));
  });

  it('refuses an outcome whose letter has no file', () => {
    fx = fixtureCopy();
    fx.edit('content/tree/outcomes/demand.mdx', (t) => t.replace('letter: demand', 'letter: seller'));
    expect(messages(fx.root)).toEqual(['content/tree/outcomes/demand.mdx: field "letter": no letter "seller" in content/letters/']);
  });
});

function readFixture(file: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/content/${file}`, import.meta.url)), 'utf8');
}
