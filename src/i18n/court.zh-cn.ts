import type { CourtStep, CourtWords } from '../lib/court/complaint';

/**
 * The words of the 民事起诉状 and 证据目录 (issue 24). Section and item names follow the
 * courts' table-form template for 买卖合同纠纷 as ../shared/facts.md describes it ("Added
 * 2026-12-04" §14, V2: described by section, not by item number, since the 2025 revision may
 * renumber items).
 */
export const courtWords: CourtWords = {
  title: '民事起诉状（买卖合同纠纷）',
  none: '无',
  blank: (label) => `＿＿＿＿（${label}）`,
  serviceNote:
    '说明：你买的是服务（课程、会员、旅游、家政等），不是商品。法院的示范文本里没有网络购物或一般服务合同的专门模板。你可以参照下面的买卖合同纠纷模板，把“买卖标的物”改写成你购买的服务；也可以不用模板，写一份普通起诉状，写明双方当事人、诉讼请求、事实和理由、证据。',
  sections: {
    parties: '当事人信息',
    claims: '诉讼请求和依据',
    jurisdiction: '约定管辖和诉讼保全',
    facts: '事实与理由',
    evidence: '证据清单',
  },
  parties: {
    plaintiff: '原告',
    agent: '委托诉讼代理人',
    defendant: '被告',
    third: '第三人',
    name: '姓名',
    idNo: '身份证号',
    address: '住所地或经常居住地',
    phone: '联系电话',
    creditCode: '统一社会信用代码',
    legalRep: '法定代表人或负责人',
  },
  claims: {
    price: (amount) => `给付价款（元）：请求判令被告退还原告已支付的价款${amount}元。`,
    priceBlank: '给付价款（元）：请求判令被告退还原告已支付的价款＿＿＿＿（金额）元。',
    interest: '迟延给付价款的利息（违约金）：',
    loss: '赔偿因卖方违约所受的损失：',
    defect: '是否对标的物的瑕疵承担责任：',
    perform: '要求继续履行或是解除合同：',
    guarantee: '是否主张担保权利：',
    costs: '是否主张实现债权的费用：',
    other: '其他请求：',
    total: (amount) => `标的总额：${amount}元（以上各项合计；有其他金额请加上）。`,
    basis: '请求依据：合同约定及《中华人民共和国民法典》《中华人民共和国消费者权益保护法》的有关规定（可写明具体条文）。',
  },
  jurisdiction: {
    agreement: '有无仲裁、法院管辖约定：',
    preservation: '是否已经诉前保全，是否申请诉讼保全：',
  },
  facts: {
    contract: (v) => `合同的签订情况：原告于${v.paidOn}通过${v.platform}向被告${v.merchant}下单购买，订单号${v.orderNo}。`,
    parties: (v) => `签订主体：出卖人为被告${v.merchant}，买受人为原告${v.name}。`,
    goods: '买卖标的物情况：',
    price: (amount) => `合同约定的价格及支付方式：价款${amount}元。`,
    delivery: '合同约定的交货时间、地点、方式：',
    quality: '合同约定的质量标准及检验方式、质量异议期限：',
    penalty: '合同约定的违约金（定金）：',
    paid: (v) => `价款支付及标的物交付情况：原告已于${v.paidOn}支付${v.amount}元。`,
    delay: '是否存在迟延履行：',
    urged: (v) => `是否催促过履行：原告于${v.requestedOn}要求被告退款。`,
    stepLine: (s: CourtStep) => `${s.date}，${s.what}${s.ref ? `（编号${s.ref}）` : ''}${s.note ? `：${s.note}` : ''}。`,
    yourFacts: '原告陈述的其他情况：',
    guarantee: '担保情况（物的担保、保证等）：',
    other: '其他需要说明的内容：',
  },
  events: {
    requested: '原告要求被告退款',
    received: '原告收到商品',
    returned: '原告退回的商品送达被告',
    complained: '原告投诉',
    accepted: '投诉被受理',
    reply: '对方答复',
    other: '其他',
  },
  stepWhat: (event, rung) => `${event}（${rung}）`,
  signature: (v) => `此致\n＿＿＿＿人民法院\n\n具状人：${v.name}\n日期：${v.today}`,
  catalogue: {
    title: '证据目录',
    header: ['序号', '证据名称', '来源', '证明目的', '页数'],
    stepName: (s) => `${s.what}记录（${s.date}，编号${s.ref}）`,
    stepPurpose: '证明原告已经通过这一途径主张权利',
  },
  // Which purpose an evidence item proves, by what it names; an item that matches none is left blank.
  purposes: [
    [/身份证/, '证明原告的身份，原告是适格的诉讼主体'],
    [/全称|地址|信用代码|营业执照/, '证明被告的身份和住所'],
    [/订单|合同|活动规则|商品页|详情页/, '证明原告与被告之间的买卖（服务）合同关系及约定内容'],
    [/付款|流水|账单|支付/, '证明原告已经支付价款及金额'],
    [/要求退款|催告|聊天/, '证明原告曾要求被告退款'],
    [/拒绝|拖延/, '证明被告拒绝或拖延退款'],
    [/12315|消费者协会|调解|投诉/, '证明原告已经通过投诉、调解途径主张权利'],
    [/金额|计算/, '证明诉讼请求金额的计算'],
  ],
  // The order a judge reads them in: who the parties are, the deal, the payment, the demands, the refusals, the rest.
  order: [
    /身份证/,
    /全称|地址|信用代码|营业执照/,
    /订单|合同|活动规则|商品页|详情页/,
    /付款|流水|账单|支付/,
    /要求退款|催告|聊天/,
    /拒绝|拖延/,
    /12315|消费者协会|调解|投诉/,
    /金额|计算/,
  ],
};

/**
 * Where and how to file, from ../shared/facts.md only (民事诉讼法 24, 165, 166(四), 168;
 * 民诉法解释 20; 最高法《关于互联网法院审理案件若干问题的规定》 1, 2). Law ids are cited beside each line.
 */
export const filingSteps: ReadonlyArray<{ text: string; laws: readonly string[] }> = [
  {
    text: '选法院：合同纠纷由被告住所地或者合同履行地的人民法院管辖。网上下单、网上交付的，买方住所地是合同履行地；其他网购以收货地为合同履行地。',
    laws: ['minsu-24', 'minsu-jieshi-20'],
  },
  {
    text: '互联网法院：北京、广州、杭州互联网法院受理本市辖区内通过电子商务平台签订或者履行的网络购物合同纠纷、网络服务合同纠纷等第一审案件，全程在线审理。',
    laws: ['hulianwang-2'],
  },
  {
    text: '小额诉讼：事实清楚、争议不大的简单金钱纠纷，标的额在受理法院所在省份上年度就业人员年平均工资 50% 以下的，适用小额诉讼，一审终审，应当在立案之日起 2 个月内审结（经院长批准可以延长 1 个月）；超过 50%、不到 2 倍的，双方可以约定适用。对方下落不明的，不能用小额诉讼。',
    laws: ['minsu-165', 'minsu-166', 'minsu-168'],
  },
  { text: '怎么立案：到法院的诉讼服务中心，或者通过法院官方的在线诉讼平台提交。具体要求和诉讼费，以受理法院的告知为准。', laws: [] },
  { text: '带什么：起诉状（按法院要求的份数）、证据目录和证据、你的身份证件、被告的全称和住所等主体信息。', laws: [] },
];

/** The words of the documents' panel (loaded with it, src/islands/court/CourtDocs.tsx). */
export const courtUi = {
  lede: '这是草稿：“＿＿＿＿”处请你自己填写，不适用的写“无”。我们只用你填写、勾选和记录的内容，不替你编任何事实。',
  kind: '你买的是',
  goods: '商品',
  service: '服务（课程、会员、旅游、票务等）',
  complaint: '民事起诉状',
  catalogue: '证据目录（每行一项，各栏用制表符隔开，可粘贴到表格）',
  copyComplaint: '复制起诉状',
  copyCatalogue: '复制证据目录',
  print: '打印起诉状和证据目录',
  copied: '已复制。',
  copyFailed: '无法自动复制：文字已选中，请长按后复制；或者长按文字，全选后复制。',
  inApp: '在这个 App 里不能打印。请点复制按钮，粘贴到备忘录或发给自己，再从能打印的地方打印。',
  filing: '去哪里、怎么立案',
};
