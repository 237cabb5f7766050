/**
 * The one rule for every id in the content and in quiz URLs: lower-case letters, digits and
 * dashes, starting with a letter or digit, at most 64 characters. The schemas and the
 * fragment parser both use it, so the build refuses any id the quiz could not read back.
 */
const ID_MAX_LENGTH = 64;
export const ID_PATTERN = new RegExp(`^[a-z0-9][a-z0-9-]{0,${ID_MAX_LENGTH - 1}}$`);
export const ID_RULE = `must be lower-case letters, digits and dashes (at most ${ID_MAX_LENGTH} characters)`;
