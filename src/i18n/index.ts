import { zhCN } from './zh-cn';

/** The site's one locale today; a second locale would be chosen here. */
export const ui = zhCN;
export type { UI } from './zh-cn';
