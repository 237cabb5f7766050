/** What the outcome page and the notebook show before the documents load (on the outcome page passed as props; apart from court.zh-cn.ts so the notebook's exports panel does not carry the documents' words). */
export const courtHook = {
  heading: '起诉状和证据目录',
  lede: '按法院要素式起诉状（买卖合同纠纷）的栏目，用你填的信息在本机生成草稿，不会上传。',
  open: '生成起诉状和证据目录',
};
