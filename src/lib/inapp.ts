/**
 * Chat and content apps open links in their own browser, where a Blob download, a[download]
 * and window.print() often do nothing and the clipboard may fail. Their user agents carry the
 * app's token; a phone's own browser (including QQ浏览器, UC) does not, and is not matched.
 */
const APPS: readonly [app: InApp, token: RegExp][] = [
  ['wechat', /MicroMessenger|wxwork\//i], // 微信, 企业微信
  ['qq', /(?:^|[\s;(])QQ\/\d/], // QQ (not QQ浏览器's MQQBrowser/)
  ['weibo', /\bWeibo\b|__weibo__/i],
  ['alipay', /AlipayClient/i],
  ['dingtalk', /DingTalk/i],
  ['douyin', /\baweme\b|BytedanceWebview|\bdouyin_lite\b|musical_ly|TikTok/i],
  ['toutiao', /NewsArticle\/|NewsLite/i],
  ['baidu', /baiduboxapp/i],
];

export type InApp = 'wechat' | 'qq' | 'weibo' | 'alipay' | 'dingtalk' | 'douyin' | 'toutiao' | 'baidu';

/** The app whose built-in browser this is, or null in a phone's own browser. */
export function inAppBrowser(userAgent: string): InApp | null {
  for (const [app, token] of APPS) if (token.test(userAgent)) return app;
  return null;
}
