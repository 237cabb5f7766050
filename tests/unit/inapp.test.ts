import { describe, expect, it } from 'vitest';
import { inAppBrowser } from '../../src/lib/inapp';

// Sample user agents of apps' built-in browsers, and of phones' own browsers.
const ANDROID =
  'Mozilla/5.0 (Linux; Android 10; V2001A Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/86.0.4240.99 Mobile Safari/537.36';
const IOS = 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

describe('inAppBrowser', () => {
  it.each([
    [
      'wechat',
      `${ANDROID} XWEB/4317 MMWEBSDK/20220903 MMWEBID/6275 MicroMessenger/8.0.28.2240(0x28001C35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64`,
    ],
    ['wechat', `${IOS} MicroMessenger/8.0.30(0x18001e31) NetType/WIFI Language/zh_CN`],
    ['wechat', `${ANDROID} wxwork/4.0.16 MicroMessenger/7.0.1 NetType/WIFI Language/zh`],
    [
      'qq',
      `${ANDROID} V1_AND_SQ_8.9.0_3060_YYB_D A_8090000 QQ/8.9.0.9115 NetType/WIFI WebP/0.3.0 Pixel/1080 StatusBarHeight/96 SimpleUISwitch/0 QQTheme/1000 InMagicWin/0 StudyMode/0 CurrentMode/0 CurrentFontScale/1.0 GlobalDensityScale/0.9 AppId/537135947`,
    ],
    ['weibo', `${ANDROID} Weibo (HUAWEI-ELS-AN00__weibo__12.9.1__android__android10)`],
    [
      'alipay',
      `${ANDROID} UCBS/2.11.1.28 Nebula AlipayDefined(nt:WIFI,ws:393|759|2.75) AliApp(AP/10.3.0.8000) AlipayClient/10.3.0.8000 Language/zh-Hans useStatusBar/true isConcaveScreen/true`,
    ],
    ['dingtalk', `${ANDROID} AliApp(DingTalk/6.5.50) com.alibaba.android.rimet/27096014 Channel/700159 language/zh-CN`],
    [
      'douyin',
      `${ANDROID} aweme_230400 JsSdk/1.0 NetType/WIFI Channel/huawei_1128_64 app_version/23.4.0 ByteLocale/zh-CN Region/CN AppSkin/white AppTheme/light BytedanceWebview/d8a21c6`,
    ],
    ['toutiao', `${ANDROID} JsSdk/2 NewsArticle/9.1.3 NetType/wifi TTWebView/1120000000000`],
    ['baidu', `${ANDROID} lite baiduboxapp/5.36.0.10 (Baidu; P1 10) NABar/1.0`],
  ])('recognises %s', (app, ua) => expect(inAppBrowser(ua)).toBe(app));

  it.each([
    ['Chrome on Android', 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'],
    ['Safari on iPhone', `${IOS} Version/15.4 Mobile/15E148 Safari/604.1`],
    ['QQ浏览器', `${ANDROID.replace('; wv', '')} MQQBrowser/13.2 Mobile Safari/537.36 COVC/046335`],
    [
      'UC',
      'Mozilla/5.0 (Linux; U; Android 10; zh-CN; V2001A Build/QP1A.190711.020) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 UCBrowser/15.0.8.1208 Mobile Safari/537.36',
    ],
    [
      'Huawei browser',
      'Mozilla/5.0 (Linux; Android 10; HarmonyOS; ELS-AN00; HMSCore 6.6.0.312) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.88 HuaweiBrowser/12.1.3.303 Mobile Safari/537.36',
    ],
  ])('leaves %s alone', (_, ua) => expect(inAppBrowser(ua)).toBeNull());
});
