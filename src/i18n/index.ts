import { zhCN } from './zh-cn';
import { saveZhCN } from './save.zh-cn';
import { toolkitZhCN } from './toolkit.zh-cn';

/** The site's one locale today; a second locale would be chosen here. */
export const ui = zhCN;
export type { UI } from './zh-cn';
/** The words of the outcome page's islands alone (ui.toolkit, ui.save), for them to import without the rest. */
export const toolkitUi = toolkitZhCN;
export const saveUi = saveZhCN;
