/**
 * Copies text to the clipboard. Where that fails (an app's built-in browser, an old phone),
 * selects the element holding the same text so the reader can long-press and copy it.
 * Returns whether the clipboard took it.
 */
export async function copyText(text: string, holderId: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const holder = document.getElementById(holderId);
    const selection = getSelection();
    if (holder && selection) {
      const range = document.createRange();
      range.selectNodeContents(holder);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    return false;
  }
}
