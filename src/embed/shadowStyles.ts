/**
 * Styles for a shadow root: the compiled Tailwind CSS as one constructed stylesheet
 * shared by every <spte-inspector> of a document.
 *
 * Two fixes make Tailwind v4 behave inside a shadow tree:
 * - `@property` rules are ignored in shadow roots, so borders, shadows and rings whose
 *   utilities rely on registered initial values would vanish. Registration is global, so
 *   the rules are hoisted once into the document's <head> (they only register --tw-*
 *   custom properties and style nothing on the page).
 * - `rem` follows the host page's root font size (docs themes often set 62.5%), so
 *   lengths are converted to px at the 16px the styles were designed for.
 */

import { remToPx, splitProperties } from './cssTransforms';
import css from './embed.css?inline';

const HOIST_ATTR = 'data-spte-inspector-properties';

let prepared: { properties: string; rest: string } | null = null;
const sheets = new WeakMap<Document, CSSStyleSheet>();

function prepare() {
  if (!prepared) {
    const { properties, rest } = splitProperties(css);
    prepared = { properties, rest: remToPx(rest) };
  }
  return prepared;
}

/** Registers Tailwind's custom properties once per document. */
function hoistProperties(doc: Document, properties: string) {
  if (!properties || doc.head.querySelector(`style[${HOIST_ATTR}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(HOIST_ATTR, '');
  style.textContent = properties;
  doc.head.append(style);
}

/** Gives `shadow` the widget's styles (a shared constructed sheet, or a <style> fallback). */
export function adoptStyles(shadow: ShadowRoot) {
  const doc = shadow.ownerDocument;
  const { properties, rest } = prepare();
  hoistProperties(doc, properties);
  const win = doc.defaultView;
  const canAdopt =
    win !== null &&
    'adoptedStyleSheets' in shadow &&
    typeof win.CSSStyleSheet?.prototype.replaceSync === 'function';
  if (canAdopt) {
    let sheet = sheets.get(doc);
    if (!sheet) {
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(rest);
      sheets.set(doc, sheet);
    }
    if (!shadow.adoptedStyleSheets.includes(sheet))
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  } else if (!shadow.querySelector('style')) {
    const style = doc.createElement('style');
    style.textContent = rest;
    shadow.prepend(style);
  }
}
