/**
 * Copies text to the clipboard, the one way every copy button does it. Where the clipboard
 * API fails (an app's built-in browser, an old phone), selects the element holding the same
 * text and asks the older `copy` command, which many WebViews still honour; if that fails too
 * the text stays selected so the reader can long-press and copy it. Returns whether the copy
 * took; the caller says so beside its button.
 */
export async function copyText(text: string, holderId: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const holder = document.getElementById(holderId);
    if (holder instanceof HTMLTextAreaElement || holder instanceof HTMLInputElement) holder.select();
    else if (holder) {
      const selection = getSelection();
      const range = document.createRange();
      range.selectNodeContents(holder);
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    try {
      // Deprecated, but the only clipboard some in-app browsers allow.
      return holder !== null && document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
