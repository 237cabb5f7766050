import type { Fields } from '../letters/fields';
import type { StepEvent } from '../notebook/schema';

/**
 * The top rung's documents, built on the reader's device from what they gave: a 民事起诉状
 * laid out in the sections of the courts' table-form (要素式) template for 买卖合同纠纷, and a
 * 证据目录. Words live in src/i18n/court.zh-cn.ts; this module only arranges what the reader
 * gave. It never invents a fact: a missing value is a visible blank to fill, and an item that
 * cannot apply to a consumer's refund claim says 无.
 */

/** One step the reader took, as the notebook keeps it (dates YYYY-MM-DD). */
export interface CourtStep {
  date: string;
  /** What the step was, in words (向商家书面要求退款, 向12315投诉…). */
  what: string;
  /** Reference number (投诉编号, 工单号…), or ''. */
  ref: string;
  note: string;
}

export interface ComplaintInput {
  fields: Fields;
  /** The reader's answers as letter facts (事实), in the order given. */
  facts: string[];
  /** Steps already taken, oldest first. */
  steps: CourtStep[];
  /** Evidence the reader ticked, as the outcome lists it. */
  evidence: string[];
  /** Goods (the 买卖合同 template fits) or a service (adapt it, or write a plain complaint). */
  kind: 'goods' | 'service';
  today: string;
}

/** The words the documents use; see src/i18n/court.zh-cn.ts. */
export interface CourtWords {
  title: string;
  none: string;
  blank: (label: string) => string;
  serviceNote: string;
  sections: { parties: string; claims: string; jurisdiction: string; facts: string; evidence: string };
  parties: {
    plaintiff: string;
    agent: string;
    defendant: string;
    third: string;
    name: string;
    idNo: string;
    address: string;
    phone: string;
    creditCode: string;
    legalRep: string;
  };
  claims: {
    price: (amount: string) => string;
    priceBlank: string;
    interest: string;
    loss: string;
    defect: string;
    perform: string;
    guarantee: string;
    costs: string;
    other: string;
    total: (amount: string) => string;
    basis: string;
  };
  jurisdiction: { agreement: string; preservation: string };
  facts: {
    contract: (v: { merchant: string; platform: string; orderNo: string; paidOn: string }) => string;
    parties: (v: { merchant: string; name: string }) => string;
    goods: string;
    price: (amount: string) => string;
    delivery: string;
    quality: string;
    penalty: string;
    paid: (v: { amount: string; paidOn: string }) => string;
    delay: string;
    urged: (v: { requestedOn: string }) => string;
    stepLine: (s: CourtStep) => string;
    yourFacts: string;
    guarantee: string;
    other: string;
  };
  /** A notebook step's kind as the complaint words it, and with its rung (a step names both). */
  events: Record<StepEvent, string>;
  stepWhat: (event: string, rung: string) => string;
  signature: (v: { name: string; today: string }) => string;
  catalogue: { title: string; header: [string, string, string, string, string]; stepName: (s: CourtStep) => string; stepPurpose: string };
  purposes: ReadonlyArray<readonly [RegExp, string]>;
  order: ReadonlyArray<RegExp>;
}

export interface EvidenceRow {
  no: number;
  name: string;
  source: string;
  purpose: string;
  pages: string;
}

interface Section {
  heading: string;
  lines: string[];
}

export interface CourtDocuments {
  complaint: Section[];
  catalogue: EvidenceRow[];
}

const given = (v: string | undefined): string | undefined => {
  const t = v?.trim();
  return t ? t : undefined;
};

/** Evidence in the order a judge reads it: the deal, the payment, the demands, the refusals, the rest. */
export function orderEvidence(items: readonly string[], order: ReadonlyArray<RegExp>): string[] {
  const rank = (item: string): number => {
    const i = order.findIndex((re) => re.test(item));
    return i === -1 ? order.length : i;
  };
  return items
    .map((item, i) => ({ item, i, r: rank(item) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.item);
}

function evidenceCatalogue(input: ComplaintInput, w: CourtWords): EvidenceRow[] {
  const rows: Omit<EvidenceRow, 'no'>[] = [];
  for (const item of orderEvidence(input.evidence, w.order)) {
    // The outcome's list speaks to the reader (你的身份证件); a court document names the party.
    const name = item.replace(/^你的/, '原告的');
    const purpose = w.purposes.find(([re]) => re.test(name))?.[1];
    rows.push({ name, source: w.blank('来源'), purpose: purpose ?? w.blank('证明目的'), pages: w.blank('页数') });
  }
  // Each step with a reference number is a document the court can read (a complaint receipt, a ticket).
  for (const s of input.steps) {
    if (!s.ref.trim()) continue;
    rows.push({ name: w.catalogue.stepName(s), source: w.blank('来源'), purpose: w.catalogue.stepPurpose, pages: w.blank('页数') });
  }
  return rows.map((r, i) => ({ no: i + 1, ...r }));
}

export function courtDocuments(input: ComplaintInput, w: CourtWords): CourtDocuments {
  const f = input.fields;
  const b = w.blank;
  const name = given(f.name) ?? b(w.parties.name);
  const merchant = given(f.merchant) ?? b('被告全称');
  const amount = given(f.amount);
  const p = w.parties;

  const parties: Section = {
    heading: w.sections.parties,
    lines: [
      `${p.plaintiff}：${name}`,
      `  ${p.idNo}：${b(p.idNo)}`,
      `  ${p.address}：${b(p.address)}`,
      `  ${p.phone}：${b(p.phone)}`,
      `${p.agent}：${b('有的写明姓名和联系方式；没有写“无”')}`,
      `${p.defendant}：${merchant}`,
      `  ${p.creditCode}：${b(p.creditCode)}`,
      `  ${p.address}：${b(p.address)}`,
      `  ${p.legalRep}：${b(p.legalRep)}`,
      `  ${p.phone}：${b(p.phone)}`,
      `${p.third}：${b('有的写明；没有写“无”')}`,
    ],
  };

  const c = w.claims;
  const claims: Section = {
    heading: w.sections.claims,
    lines: [
      `1. ${amount ? c.price(amount) : c.priceBlank}`,
      `2. ${c.interest}${b('如主张，写明起止日期和计算方法；不主张写“无”')}`,
      `3. ${c.loss}${b('如有损失，写明项目和金额；没有写“无”')}`,
      `4. ${c.defect}${b('如有质量问题写明；没有写“无”')}`,
      `5. ${c.perform}${b('例如：解除合同')}`,
      `6. ${c.guarantee}${w.none}`,
      `7. ${c.costs}${b('例如：本案诉讼费由被告承担')}`,
      `8. ${c.other}${b('没有写“无”')}`,
      `9. ${amount ? c.total(amount) : c.total(b('金额'))}`,
      `10. ${c.basis}`,
    ],
  };

  const jurisdiction: Section = {
    heading: w.sections.jurisdiction,
    lines: [`1. ${w.jurisdiction.agreement}${b('有或无；有的写明')}`, `2. ${w.jurisdiction.preservation}${b('是或否')}`],
  };

  const v = { merchant, platform: given(f.platform) ?? b('平台或渠道'), orderNo: given(f.orderNo) ?? b('订单号'), paidOn: given(f.paidOn) ?? b('付款日期') };
  const ff = w.facts;
  const factLines = [
    ff.contract(v),
    ff.parties({ merchant, name }),
    `${ff.goods}${b('名称、规格、数量')}`,
    amount ? ff.price(amount) : ff.price(b('金额')),
    `${ff.delivery}${b('约定的交货或服务时间、方式')}`,
    `${ff.quality}${b('没有约定写“无”')}`,
    `${ff.penalty}${b('没有约定写“无”')}`,
    ff.paid({ amount: amount ?? b('金额'), paidOn: v.paidOn }),
    `${ff.delay}${b('对方是否拖延或拒绝退款，从何时起')}`,
    ff.urged({ requestedOn: given(f.requestedOn) ?? b('你要求退款的日期') }),
    ...input.steps.map((s) => ff.stepLine(s)),
    ...(input.facts.length ? [ff.yourFacts, ...input.facts.map((t) => `  ${t}`)] : []),
    `${ff.guarantee}${w.none}`,
    `${ff.other}${b('可另附页')}`,
  ];
  let n = 0;
  const facts: Section = { heading: w.sections.facts, lines: factLines.map((l) => (l.startsWith('  ') ? l : `${++n}. ${l}`)) };

  const catalogue = evidenceCatalogue(input, w);
  const evidence: Section = {
    heading: w.sections.evidence,
    lines: catalogue.length ? catalogue.map((r) => `${r.no}. ${r.name}`) : [b('证据名称')],
  };

  const complaint = [parties, claims, jurisdiction, facts, evidence];
  if (input.kind === 'service') complaint.unshift({ heading: '', lines: [w.serviceNote] });
  return { complaint, catalogue };
}

/** The complaint as plain text to copy, print or paste into a court's form. */
export function complaintText(docs: CourtDocuments, w: CourtWords, signer: { name?: string | undefined; today: string }): string {
  const out = [w.title, ''];
  for (const s of docs.complaint) {
    if (s.heading) out.push(`【${s.heading}】`);
    out.push(...s.lines, '');
  }
  out.push(w.signature({ name: given(signer.name) ?? w.blank(w.parties.name), today: signer.today }));
  return out.join('\n');
}

/** The evidence catalogue as text, one row a line, columns separated so it pastes into a table. */
export function catalogueText(rows: readonly EvidenceRow[], w: CourtWords): string {
  const head = w.catalogue.header.join('\t');
  return [w.catalogue.title, '', head, ...rows.map((r) => [r.no, r.name, r.source, r.purpose, r.pages].join('\t'))].join('\n');
}
