/**
 * Puts text on the clipboard. The Clipboard API exists only in secure contexts (https,
 * localhost); a plain-http intranet host has none, so there the old way is used: select
 * the text in an off-screen textarea and ask the browser to copy it.
 */
export async function writeClipboard(text: string): Promise<void> {
  if (window.isSecureContext && navigator.clipboard) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.left = '-9999px';
  const focused = document.activeElement as HTMLElement | null;
  document.body.append(area);
  area.select();
  try {
    // execCommand is deprecated, but it is the only copy path without the Clipboard API.
    if (!document.execCommand('copy')) throw new Error('copy refused');
  } finally {
    area.remove();
    focused?.focus();
  }
}
