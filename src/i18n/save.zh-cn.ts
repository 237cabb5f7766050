/**
 * The words of "记到我的维权记录" on outcome pages, part of the UI strings (zh-cn.ts). A
 * module of their own so the save island imports them once, in its cached script, instead
 * of every outcome page carrying them as island props.
 */
export const saveZhCN = {
  heading: '记到我的维权记录',
  lede: '把你的回答、这一步和信里填的信息存成一条记录，以后在“我的维权记录”里记下每一步、看期限。只保存在这台设备上。',
  noScript: '保存记录需要浏览器开启 JavaScript。',
  name: '给这件事起个名字',
  namePlaceholder: '例如：耳机退款',
  target: '存到',
  newRecord: '新建一条记录',
  save: '记到我的维权记录',
  saved: '已保存。',
  open: '打开我的维权记录',
  failed: '浏览器拒绝保存（存储空间已满或被禁用）。',
  moved: '你的回答指向的是另一步：“{}”。记录已按你的回答存在那一步下，打开记录会看到那一步的建议。',
  cut: '这些内容太长，只保存了前 2000 个字：{}。',
  unreadable: '这台设备上已有的部分记录无法读取。原始数据已另存在这台设备上，新的记录照常保存。',
} as const;
