/** Words of the situation pages and of the outcome page's 你的情况 block (part of the UI strings). */
export const situationsZhCN = {
  title: '按情况查：你的权利、找谁、别踩的坑',
  lede: '选和你最接近的一种情况：适用哪些权利、有哪些专门的渠道、常见的坑在哪里。',
  /** The guide index's link to the list. */
  indexLink: '按你的情况查',
  list: '全部情况',
  for: '适用于',
  card: '你的情况',
  right: '你的权利',
  channel: '找谁',
  trap: '注意',
  rights: '适用的权利',
  conditions: '条件',
  channels: '专门的渠道',
  handles: '在这个情况下',
  deadlines: '期限',
  evidence: '这个情况要留的证据',
  avoid: '不要做的事',
  details: '说明',
  quiz: '做自测，找到你现在该走的一步',
  /** The outcome page: one line that asks the reader to pick their situation, and the list's summary. */
  pick: (n: number) => `选和你相符的情况（${n} 种），看你的权利、该找谁和要避开的坑`,
  more: '看这个情况的完整说明',
};
