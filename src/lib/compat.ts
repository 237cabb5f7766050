/**
 * Small stand-ins for built-ins newer than the browser floor (Chrome 79, iOS Safari 13; see
 * README, Choices): code that runs in the browser uses these, never Object.hasOwn.
 */

/** Object.hasOwn (Chrome 93, Safari 15.4). */
export function hasOwn(object: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}
