/**
 * Reader queries for the search page, each with the pages a good answer would be: the test
 * passes when at least one of them is among the first five results. Written the way people
 * type: brand names, whole sentences, hotlines, law names, scam words, typos.
 */
const SEARCH_QUERIES: [query: string, expected: string[]][] = [
  // Excuses and delays
  ['系统维护不给退款怎么办', ['/guide/excuses/', '/cases/online-shop-maintenance-refund/']],
  ['商家说系统升级暂时不能退款', ['/guide/excuses/']],
  ['退款一直显示审核中', ['/guide/excuses/', '/cases/brand-miniprogram-shoes-demand/']],
  ['客服说财务在处理让我等', ['/guide/excuses/']],
  ['最终解释权归商家', ['/guide/excuses/']],
  ['特价商品概不退换', ['/guide/excuses/']],
  ['商家一直拖着不退钱', ['/guide/demand-letter/', '/check/result/merchant-demand/']],
  // Issue 22: with body text indexed, this typo finds the cases whose refund was refused first.
  ['退款被拒决', ['/guide/demand-letter/', '/cases/spc-handbag-no-seven-day-return/', '/cases/chengdu-festival-ticket-no-refund/']],
  ['商家不理我怎么办', ['/guide/demand-letter/', '/check/result/merchant-demand/']],
  ['退货签收了还不退款', ['/cases/online-shop-maintenance-refund/', '/check/result/merchant-demand/']],
  ['怎么写催告函', ['/guide/demand-letter/', '/check/result/merchant-demand/']],
  // Platforms and brands
  ['拼多多不退款', ['/guide/platform/']],
  ['淘宝商家不给退款怎么办', ['/guide/platform/', '/check/result/platform-intervene/']],
  ['京东买的东西商家不退', ['/guide/platform/', '/check/result/platform-intervene/']],
  ['抖音直播间买的东西退不了', ['/guide/platform/']],
  ['美团外卖退款', ['/guide/platform/', '/guide/special-cases/']],
  ['饿了么商家不退钱', ['/guide/platform/']],
  // Issue 13: second-hand deals have their own chapter and outcome (a private seller is not a shop).
  ['闲鱼卖家收钱不发货', ['/guide/platform/', '/check/result/secondhand-demand/', '/guide/secondhand/']],
  ['唯品会退款', ['/guide/platform/', '/check/result/platform-intervene/']],
  ['怎么让平台客服介入', ['/guide/platform/', '/check/result/platform-intervene/']],
  ['携程订的酒店不给退', ['/cases/hotel-free-cancel-platform/']],
  ['飞猪机票退款', ['/check/result/flight/']],
  ['小程序买东西不退款', ['/cases/brand-miniprogram-shoes-demand/', '/cases/camera-miniprogram-wallet-dispute/']],
  // Shop gone, delivery, deposits, prepaid
  ['商家联系不上了', ['/check/result/merchant-gone/', '/guide/scam-or-delay/']],
  ['商家跑路了', ['/check/result/merchant-gone/', '/guide/scam-or-delay/']],
  ['网店倒闭了钱怎么办', ['/check/result/merchant-gone/', '/cases/closed-shop-platform-compensation/']],
  ['健身房倒闭了卡里的钱还能要回来吗', ['/check/result/prepaid/', '/cases/gym-closed-prepaid/']],
  ['理发店跑路了会员卡', ['/check/result/prepaid/']],
  ['培训班不给退费', ['/check/result/prepaid/', '/cases/training-course-unused-refund/', '/guide/special-cases/']],
  ['押金', ['/check/result/deposit/']],
  ['房东不退押金', ['/check/result/deposit/', '/cases/rental-deposit-deduction/']],
  ['租车押金一直不解冻', ['/cases/car-rental-deposit-12315/', '/check/result/deposit/']],
  // Issue 22: with body text indexed, the chapter and outcome on a written demand (the first step) come first.
  [
    '付了钱一直不发货',
    ['/cases/furniture-site-credit-card-dispute/', '/cases/camera-miniprogram-wallet-dispute/', '/guide/demand-letter/', '/check/result/merchant-demand/'],
  ],
  ['网站打不开了钱没了', ['/cases/sneaker-site-vanished/', '/check/result/merchant-gone/']],
  // Travel, games, subscriptions, telecom
  ['航班取消退票', ['/check/result/flight/', '/cases/cancelled-flight-agent-refund/']],
  ['机票退票手续费太贵', ['/cases/voluntary-ticket-refund-fee/', '/check/result/flight/']],
  ['跟团游取消了旅行社不退钱', ['/cases/travel-package-cancel-mediation/']],
  ['游戏停服充值能退吗', ['/cases/game-shutdown-recharge/', '/guide/special-cases/']],
  ['自动续费', ['/guide/special-cases/', '/cases/auto-renewal-membership-refund/']],
  ['视频会员自动扣费怎么退', ['/cases/auto-renewal-membership-refund/', '/guide/special-cases/']],
  ['话费莫名其妙被扣', ['/check/result/telecom/', '/cases/value-added-service-charges/']],
  ['宽带搬家退费', ['/cases/broadband-prepaid-refund/']],
  // Payment channels
  ['信用卡拒付', ['/guide/payment/', '/check/result/payment-dispute/']],
  ['支付宝怎么投诉商家', ['/guide/payment/', '/check/result/payment-dispute/']],
  ['微信支付付款能追回吗', ['/guide/payment/', '/check/result/payment-dispute/']],
  ['花呗买的东西商家不退', ['/guide/payment/']],
  // Complaints, mediation, court
  ['12315怎么投诉', ['/check/result/complaint-12315/', '/guide/complaint-12315/']],
  ['投诉和举报有什么区别', ['/guide/complaint-12315/']],
  ['去市场监管局投诉商家', ['/guide/complaint-12315/', '/check/result/complaint-12315/']],
  ['12315投诉了没人管', ['/check/result/mediation/', '/guide/complaint-12315/']],
  ['消协调解', ['/guide/mediation/', '/check/result/mediation/']],
  ['消费者协会能帮我退钱吗', ['/guide/mediation/', '/check/result/mediation/']],
  ['小额诉讼', ['/guide/lawsuit/', '/check/result/lawsuit/']],
  ['想起诉商家怎么立案', ['/guide/lawsuit/', '/check/result/lawsuit/']],
  ['支付令', ['/guide/lawsuit/', '/cases/software-refund-payment-order/']],
  ['互联网法院', ['/guide/lawsuit/', '/cases/refurbished-laptop-internet-court/']],
  ['买到翻新机退一赔三', ['/cases/refurbished-laptop-internet-court/']],
  ['聊天记录截图能当证据吗', ['/guide/evidence/']],
  ['证据怎么保存', ['/guide/evidence/']],
  ['维权有时间限制吗', ['/guide/deadlines/']],
  ['诉讼时效', ['/guide/deadlines/', '/guide/lawsuit/']],
  // Hotlines and laws
  ['96110', ['/check/result/scam-check/', '/check/result/fraud-stop/', '/check/result/fraud-urgent/']],
  ['12326', ['/check/result/flight/']],
  ['12378', ['/guide/payment/', '/check/result/payment-dispute/']],
  ['12300', ['/check/result/telecom/']],
  ['电子商务法', ['/guide/platform/', '/check/result/platform-intervene/']],
  ['反电信网络诈骗法', ['/guide/withdrawal-scams/', '/check/result/fraud-stop/', '/check/result/fraud-urgent/']],
  ['消费者权益保护法', ['/guide/demand-letter/', '/check/result/merchant-demand/', '/guide/complaint-12315/']],
  // Scams
  ['提现审核不通过', ['/guide/withdrawal-scams/', '/check/result/fraud-stop/']],
  ['要交保证金才能提现', ['/guide/withdrawal-scams/', '/check/result/fraud-stop/']],
  ['解冻费', ['/guide/withdrawal-scams/', '/check/result/fraud-stop/', '/cases/gambling-unfreeze-fee/']],
  ['平台说注单异常不给出款', ['/check/result/gambling/', '/guide/withdrawal-scams/']],
  ['网赌赢了钱提不出来', ['/check/result/gambling/']],
  ['刷单返利被骗了', ['/cases/task-rebate-stop-paying/', '/check/result/fraud-stop/']],
  ['理财app提现要交税', ['/cases/investment-app-three-fees/', '/guide/withdrawal-scams/']],
  ['荐股群被骗', ['/cases/stock-tip-group-report/']],
  ['杀猪盘', ['/cases/usdt-cash-old-report/']],
  ['USDT被骗了', ['/cases/usdt-cash-old-report/']],
  ['刚被骗转账了怎么办', ['/check/result/fraud-urgent/']],
  ['网购被骗了报警有用吗', ['/guide/scam-or-delay/', '/check/result/fraud-report/']],
  ['被骗很久了还能报案吗', ['/check/result/fraud-report/']],
  ['客服说要转到安全账户', ['/cases/fake-service-safe-account/']],
  ['接到客服电话说要理赔', ['/cases/fake-support-call-check/', '/check/result/scam-check/']],
  ['有人说能帮我追回被骗的钱', ['/guide/recovery-scams/', '/check/result/recovery-scam/']],
  ['黑客追款', ['/guide/recovery-scams/', '/check/result/recovery-scam/']],
  ['收到短信说被骗资金已追回', ['/cases/fake-antifraud-refund-sms/', '/check/result/recovery-scam/']],
  ['怎么判断是不是诈骗', ['/guide/scam-or-delay/', '/check/result/scam-check/']],
  // Typos and loose phrasing
  ['提现审合不通过', ['/guide/withdrawal-scams/', '/check/result/fraud-stop/']],
  ['商家跑陆了', ['/check/result/merchant-gone/', '/guide/scam-or-delay/']],
  ['押金不推', ['/check/result/deposit/']],
];

/**
 * Long pastes: complaints copied whole from a chat or a complaint form, the demand at the end.
 * The bench measures their first-query bytes too (tests/bench/search.ts).
 */
export const LONG_PASTES: [query: string, expected: string[]][] = [
  [
    '您好，我在淘宝一家店铺买了一件羽绒服，收到后发现质量有问题，掉毛很严重，和商品详情页描述的不一致。我在规定时间内申请了退货退款，商家也同意了，我按照要求用快递寄回去了，物流显示对方已经签收五天了，可是商家一直不点退款，联系客服就说财务在处理，让我耐心等待，之后就不回复消息了。我想问一下这种情况怎么办，我要求商家全额退款，包括我垫付的运费。',
    ['/guide/platform/', '/check/result/platform-intervene/', '/guide/excuses/', '/check/result/merchant-demand/', '/guide/demand-letter/'],
  ],
  [
    '去年九月在小区楼下的健身房办了一张两年的年卡，一次性付了三千八百元，当时销售说随时可以转卡或者退。结果上个月健身房突然关门了，门口贴了一张装修升级的通知，到现在也没有开门，老板电话打不通，微信也把我拉黑了，群里有一百多个会员都在问。我只去了不到二十次，卡里的钱还剩很多。请问这种预付卡的钱还能要回来吗，我希望退还剩余的费用。',
    ['/check/result/prepaid/', '/cases/gym-closed-prepaid/', '/guide/special-cases/'],
  ],
  [
    '我在一个投资理财的App上充值了五万块，页面显示已经赚了八万多，但是申请提现的时候一直显示审核不通过，客服说我的账户涉嫌违规操作被冻结了，要先交百分之二十的解冻费和个人所得税才能提现，还说不交的话本金也拿不回来。我已经按他们说的交了一次保证金，现在又让我交通道费。请问这是不是诈骗，我想把本金和收益都提出来。',
    ['/guide/withdrawal-scams/', '/check/result/fraud-stop/', '/cases/investment-app-three-fees/'],
  ],
  [
    '原定十二月三号从上海飞成都的航班，在某旅行平台上买的机票，出发前两天收到短信说航班取消了，我申请全额退票，平台显示退款处理中，已经过去一个多月了钱还没有退回来，打航空公司电话说票是代理卖的要找平台，平台客服又说在等航空公司审核，两边互相推，我只想拿回全部票款。',
    ['/check/result/flight/', '/cases/cancelled-flight-agent-refund/', '/guide/special-cases/'],
  ],
  [
    '上个月我在抖音一个直播间看主播卖翡翠手镯，主播说是天然A货，还有证书，我花了六千八买了一只。收到以后拿去珠宝店鉴定，说是处理过的B货，根本不值这个价。我联系商家要求退货，商家说直播间的商品属于特殊商品不支持七天无理由退货，现在客服也不回了。我是成年人，自己下的单，想要退货退款。',
    ['/guide/platform/', '/check/result/platform-intervene/'],
  ],
  [
    '毕业租的房子合同到期了，我提前一个月通知了房东，退房那天房东检查了没说什么问题，说押金过几天转给我，结果一个月过去了一直拖着不给，后来又说墙面有污渍、家具有磨损要扣掉大部分，押金一共四千五，他只肯退一千。我有入住时拍的照片和聊天记录，我想要回全部押金。',
    ['/check/result/deposit/', '/cases/rental-deposit-deduction/'],
  ],
];

/**
 * Money has just gone to someone who asked for it: the best-answer card must be the urgent
 * fraud outcome, above everything else, with its call buttons.
 */
export const URGENT_QUERIES: string[] = [
  '刚被骗转了5000块怎么办',
  '我已经转了2万给客服',
  '对方让我转到安全账户我刚转了',
  '开了共享屏幕后卡里的钱被转走了',
  '被骗了还交了3000解冻费',
  '刚刚给刷单的人转了8000',
  '共享屏幕',
  '安全账户',
  '有人冒充京东客服打电话说我开通了金条要关闭，不然影响征信，让我下载了一个会议软件开共享屏幕，按他说的从网贷借钱转到他给的账户，说是验证流水之后会退回来，结果我已经转了2万，现在联系不上了。',
];

/** Short terms, abbreviations, regional names and words only a page's body has. */
export const NEW_QUERIES: [query: string, expected: string[]][] = [
  // Words only the body of a page explains
  ['格式条款', ['/guide/excuses/', '/guide/special-cases/', '/cases/chaoyang-gym-no-refund-clause/']],
  ['霸王条款', ['/guide/special-cases/', '/cases/chaoyang-gym-no-refund-clause/']],
  ['先行赔付', ['/guide/platform/', '/check/result/merchant-gone/', '/cases/closed-shop-platform-compensation/']],
  ['限制消费', ['/guide/lawsuit/', '/guide/excuses/', '/guide/special-cases/', '/guide/platform/']],
  ['违约金', ['/cases/camera-miniprogram-wallet-dispute/', '/cases/haidian-hotel-thirty-minute-rule/', '/cases/spc-travel-agency-hotel-cancel-duty/']],
  ['美容院', ['/check/result/prepaid/', '/cases/nanjing-beauty-salon-shareholders/', '/guide/special-cases/']],
  ['打赏', ['/guide/minors/', '/check/result/minor-refund/', '/cases/minor-livestream-tips-partial/']],
  ['录音', ['/guide/evidence/']],
  ['花呗', ['/guide/payment/']],
  ['洗车卡', ['/cases/dongguan-carwash-prepaid-closed/']],
  // Platform nicknames and pinyin abbreviations
  ['pdd不退款', ['/guide/platform/', '/check/result/platform-intervene/']],
  ['拼夕夕商家不发货', ['/guide/platform/', '/check/result/platform-intervene/']],
  ['PDD', ['/guide/platform/', '/check/result/platform-intervene/']],
  ['tb退款被拒', ['/guide/platform/', '/check/result/platform-intervene/', '/guide/demand-letter/']],
  ['jd客服不处理', ['/guide/platform/', '/check/result/platform-intervene/']],
  ['dy直播间买的东西不退', ['/guide/platform/', '/check/result/platform-intervene/']],
  ['zfb投诉商家', ['/guide/payment/', '/check/result/payment-dispute/']],
  ['zfb', ['/guide/payment/', '/check/result/payment-dispute/']],
  ['vx付款商家跑路了', ['/check/result/merchant-gone/', '/guide/scam-or-delay/', '/guide/payment/']],
  ['wx支付能退款吗', ['/guide/payment/', '/check/result/payment-dispute/']],
  ['咸鱼卖家不发货', ['/guide/secondhand/', '/check/result/secondhand-demand/', '/guide/platform/']],
  ['mt外卖退款', ['/guide/platform/', '/guide/special-cases/']],
  ['某宝商家不退钱', ['/guide/platform/', '/check/result/platform-intervene/']],
  ['xhs买的东西不退', ['/guide/platform/', '/check/result/platform-intervene/']],
  // Regional names of institutions
  ['消保委', ['/guide/mediation/', '/check/result/mediation/']],
  ['消保委投诉有用吗', ['/guide/mediation/', '/check/result/mediation/']],
  ['上海消保委调解', ['/guide/mediation/', '/check/result/mediation/']],
  ['工商局', ['/guide/complaint-12315/', '/check/result/complaint-12315/']],
  // Precision: the main subject outranks a side word; numbers match whole
  ['直播间买的翡翠手镯是假的商家不给退', ['/guide/platform/', '/check/result/platform-intervene/']],
  ['洗车店关门了卡里的钱', ['/cases/dongguan-carwash-prepaid-closed/', '/check/result/prepaid/']],
  ['孩子偷偷充值游戏', ['/guide/minors/', '/check/result/minor-refund/']],
  ['12岁孩子打赏主播', ['/guide/minors/', '/check/result/minor-refund/', '/cases/minor-livestream-tips-partial/']],
  ['96110是什么电话', ['/check/result/scam-check/', '/check/result/fraud-urgent/']],
  ['12300投诉运营商', ['/check/result/telecom/']],
  ['12326投诉航空公司', ['/check/result/flight/']],
  ['成年人直播间买东西被骗', ['/guide/situations/livestream/', '/guide/platform/', '/check/result/platform-intervene/', '/guide/scam-or-delay/']],
];

/**
 * Precision: pages that must not be among the first `within` results, because they share
 * only a side word or a piece of a word or number (洗车 for 火车; 12 岁 for 12345; a
 * child's top-up for an adult's live-stream purchase, which may follow but not lead).
 */
export const NOT_IN_TOP: [query: string, wrong: string[], within: number][] = [
  ['火车票退不了', ['/cases/dongguan-carwash-prepaid-closed/'], 5],
  ['12345', ['/cases/spc-2023-minor-game-cards/', '/guide/minors/'], 5],
  ['12345热线投诉有用吗', ['/cases/spc-2023-minor-game-cards/', '/guide/minors/'], 5],
  ['直播间买的翡翠手镯是假的商家不给退', ['/guide/minors/', '/check/result/minor-refund/', '/cases/minor-livestream-tips-partial/'], 2],
];

/**
 * Queries whose answer pages the situations work (issue 19) adds at /guide/situations/<id>/.
 * Not in the asserted set until those pages are merged: then move them into ASSERTED below
 * (check each expected id against content/situations/).
 */
/** Queries whose answer is a situation page (issue 19) or a page that names the hotline in its body. */
const SITUATION_QUERIES: [query: string, expected: string[]][] = [
  ['火车票退不了', ['/guide/situations/rail/', '/check/result/rail/']],
  ['12306退票手续费', ['/guide/situations/rail/', '/check/result/rail/']],
  ['培训贷', ['/guide/situations/training-loan/']],
  ['培训机构跑路了还要还贷款', ['/guide/situations/training-loan/']],
  ['12345', ['/cases/dongguan-carwash-prepaid-closed/']],
];

/** Everything the search page test asserts. */
export const ASSERTED: [query: string, expected: string[]][] = [...SEARCH_QUERIES, ...NEW_QUERIES, ...LONG_PASTES, ...SITUATION_QUERIES];
