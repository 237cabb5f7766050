/**
 * The outcome toolkit's words (letter, checklist, deadlines, 清除我的数据), part of the UI
 * strings (zh-cn.ts). A module of their own so the toolkit island imports them once, in its
 * cached script, instead of every outcome page carrying them as island props.
 */
import type { DeadlineId, DeadlineInputs } from '../lib/deadlines/compute';
import type { Field } from '../lib/letters/fields';

export const toolkitZhCN = {
  letterHeading: '写好的信：复制、打印或下载',
  letterLede: '填上你知道的信息（都可以不填），下面的信会随时更新。这些内容只在你的浏览器里，不会上传。',
  fields: {
    name: '你的姓名或昵称',
    merchant: '商家或对方名称',
    platform: '平台或购买渠道',
    orderNo: '订单号',
    amount: '金额（元）',
    paidOn: '付款日期',
    requestedOn: '第一次要求退款的日期',
    // The police report's own fields; its template words them more fully.
    drawnIn: '怎么被拉进来的',
    payees: '转入的收款账户',
    transfers: '每一笔转账的时间和金额',
  } satisfies Partial<Record<Field, string>>,
  fillIn: '填写姓名、金额、日期等（可不填）',
  copy: '复制全文',
  copied: '已复制到剪贴板。',
  copyFailed: '无法自动复制：已为你选中全文，请长按选中的文字，点“复制”。',
  // An app's built-in browser (微信、QQ、微博、支付宝、抖音……) cannot print or download.
  inAppLetter: '在这个 App 里不能打印或下载文件。请点“复制全文”，粘贴到备忘录或发给自己；要打印或下载，请点右上角的“…”，选“在浏览器中打开”。',
  inAppIcs: '在这个 App 里不能导出日历文件。请点“复制这些日期”，粘贴到备忘录或发给自己；要导出，请点右上角的“…”，选“在浏览器中打开”。',
  copyDates: '复制这些日期',
  datesCopied: '已复制这些日期。',
  print: '打印这封信',
  download: '下载 .txt 文件',
  noScript: '开启 JavaScript 后，可以在这里填写信息、自动生成这封信并复制或下载；现在显示的是带空白的模板，你可以照着抄写。',
  checklistHeading: '证据清单：勾选你已经准备好的',
  checklistNote: '勾选只保存在这台设备的浏览器里。',
  ticksFailed: '浏览器没有保存这次勾选（无痕模式或存储空间已满），关闭页面后会丢失。',
  deadlinesHeading: '算一算关键日期',
  deadlinesLede: '填上已经发生的日期，我们按法规算出接下来的日子。日期按北京时间计算。',
  deadlinesNote: '“工作日”只算周一到周五，没有扣除法定节假日。拿不准的时候，按更早的日子行动；具体以有关部门的答复为准。',
  inputs: {
    received: '收到商品的日期',
    requested: '提出退款的日期',
    returned: '退回的商品送达商家的日期',
    complained: '提交投诉的日期',
    accepted: '投诉被受理的日期（知道的话）',
  } satisfies Record<keyof DeadlineInputs, string>,
  results: {
    'return-window': '七日无理由退货：最晚这天提出退货（收到商品之日起七日）',
    'refund-after-return': '商家应在这天之前退款（收到退货后七日）',
    'delay-after-return': '过了这天仍未退款，属于故意拖延或无理拒绝（收到退货后超过十五日）',
    'delay-after-request': '七日无理由退货申请或预付款退款：过了这天仍不处理或不退款，属于故意拖延或无理拒绝（超过十五日）',
    'complaint-decision': '市场监管部门最晚这天决定是否受理（七个工作日）',
    'mediation-end': '调解最晚到这天（受理后六十日）',
    limitation: '诉讼时效大约到这天（三年；书面催告等会让时效重新计算）',
  } satisfies Record<DeadlineId, string>,
  estimated: '按最晚受理日估算',
  dateInvalid: '这个日期不存在，请检查年、月、日。',
  dateRange: '请填写 2000 年到 2100 年之间的日期。',
  basis: '依据',
  date: '日期',
  what: '事项',
  noDates: '填上至少一个日期，这里会列出对应的期限。',
  exportIcs: '导出到日历（.ics）',
  clearHeading: '清除我的数据',
  clearText:
    '本站只在这台设备上保存你勾选的证据清单和你的维权记录。点下面的按钮会全部删除（包括离线使用的缓存），清空页面上填写的内容，并从地址栏里去掉你的回答。你答题时经过的页面仍可能留在浏览器的历史记录里（包括“后退”），需要时请在浏览器设置里删除本站的浏览记录。',
  clearConfirm: '确定清除吗？证据勾选和所有维权记录都会被删除，无法恢复。',
  clear: '清除我的数据',
  cleared: '已清除本站在这台设备上保存的数据和地址栏里的回答。',
} as const;
