import { OFFLINE_REQUESTED } from '../core';

/**
 * Saving a record asks for offline use: the page's 离线也能用 control saves the site, as if
 * tapped, and shows it happening. A page without the control saves nothing.
 */
export function requestOffline(): void {
  dispatchEvent(new Event(OFFLINE_REQUESTED));
}
