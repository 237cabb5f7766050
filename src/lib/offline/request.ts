/**
 * Fired on the window to ask the 离线也能用 control on the page to save the site
 * (src/lib/offline/control.ts hears it by name). A module of its own, so the save island
 * that imports it shares no chunk with the control or the notebook.
 */
export const OFFLINE_REQUESTED = 'refundpath:offline-request';

/**
 * Saving a record asks for offline use: the page's 离线也能用 control saves the site, as if
 * tapped, and shows it happening. A page without the control saves nothing.
 */
export function requestOffline(): void {
  dispatchEvent(new Event(OFFLINE_REQUESTED));
}
