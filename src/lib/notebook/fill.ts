/** Puts a value into a word template's `{}`; templates stay plain strings so a page can hand them to a script as JSON. */
export const fill = (template: string, value: string | number): string => template.replace('{}', String(value));
