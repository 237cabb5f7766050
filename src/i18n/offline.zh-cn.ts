/**
 * The words of offline use, part of the UI strings (zh-cn.ts): the 离线也能用 control, the
 * fallback page (/offline/) and the notices the service worker puts at the top of a page it
 * serves from its cache (the build writes them into /sw.js).
 */
export const offlineZhCN = {
  title: '离线使用',
  lede: '把本站存到这台设备上，没有网络的时候，自测、结果、指南和你的维权记录也能打开。',
  control: {
    /** {kb}: the most it downloads (the precache budget, held by a test). */
    text: '把自测、各个结果、指南和“我的维权记录”页面存到这台设备，没有网络时也能打开。最多下载约 {kb} KB。',
    enable: '离线也能用',
    update: '更新离线副本',
    saving: '正在保存，请稍候……',
    /** {date}: the day it was saved, as the page's language writes a date (2026年12月4日). */
    saved: '已存到这台设备，没有网络时也能打开（{date}保存）。',
    failed: '没有保存成功。请在网络通畅时再试一次。',
  },
  /** On pages that link to /offline/ instead of carrying the control. */
  link: '离线也能用：把本站存到这台设备',
  noScript: '离线使用需要浏览器开启 JavaScript。',
  available: '保存以后，没有网络也能打开',
  pages: {
    home: '首页',
    check: '自测：全部问题和结果',
    guide: '维权指南：目录和每一章',
    cases: '案例列表的第一页',
    notebook: '我的维权记录',
  },
  notSaved: '单个案例、搜索和其他页面需要联网才能打开。',
  clear: '你的维权记录本来就只保存在这台设备上。“清除我的数据”会同时删除这些离线副本；之后想离线使用，再点一次“离线也能用”。',
  /** Put by the service worker at the top of a page it serves from its cache; {date} as above. */
  copy: '这是离线保存的副本（{date}保存），可能不是最新内容。联网后刷新页面，可以看到最新版本。',
  /** At the top of this page when it stands in for an address that has no copy. */
  missing: '现在连不上网络，你要打开的页面没有离线副本。下面这些页面可以离线打开（{date}保存）。',
} as const;
