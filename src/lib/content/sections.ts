/**
 * Splits a rendered body before its second `<h2`: the first section (an outcome's 现在就做)
 * and the rest (为什么是这一步, 接下来会怎样). An outcome page shows the letter and the save
 * button between the two, so a reader on a phone reaches them within a few screens.
 */
export function splitAfterFirstSection(html: string): { first: string; rest: string } {
  const first = html.indexOf('<h2');
  const second = first < 0 ? -1 : html.indexOf('<h2', first + 3);
  return second < 0 ? { first: html, rest: '' } : { first: html.slice(0, second), rest: html.slice(second) };
}
