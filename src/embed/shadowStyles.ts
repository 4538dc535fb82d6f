/**
 * Styles for a shadow root: the compiled Tailwind CSS as one constructed stylesheet per
 * document, adopted by every <spte-inspector> shadow root of that document. Nothing is
 * added to the host page's DOM, so a strict Content-Security-Policy (`style-src 'self'`,
 * no 'unsafe-inline') does not stop it: constructed sheets and CSS.registerProperty are
 * script APIs, not inline styles.
 *
 * Two fixes make Tailwind v4 behave inside a shadow tree:
 * - `@property` rules are ignored in shadow roots, so borders, shadows and rings whose
 *   utilities rely on registered initial values would vanish. The same registrations are
 *   made with CSS.registerProperty, once per window (they only register --tw-* custom
 *   properties and style nothing on the page).
 * - `rem` follows the host page's root font size (docs themes often set 62.5%), so
 *   lengths are converted to px at the 16px the styles were designed for.
 *
 * A constructed sheet belongs to the document it was made for: an element moved into
 * another document (an iframe's) gets that document's sheet (see adoptedCallback).
 */

import { propertyDefinitions, remToPx, splitProperties, type PropertyDefinition } from './cssTransforms';
import css from './embed.css?inline';

let prepared: { properties: PropertyDefinition[]; rest: string } | null = null;
const sheets = new WeakMap<Document, CSSStyleSheet>();
/** The sheets this module constructed, in any document. */
const made = new WeakSet<CSSStyleSheet>();
const registered = new WeakSet<Window>();

function prepare() {
  if (!prepared) {
    const { properties, rest } = splitProperties(css);
    prepared = { properties: propertyDefinitions(properties), rest: remToPx(rest) };
  }
  return prepared;
}

/** Registers Tailwind's custom properties once per window. */
function registerProperties(win: Window & typeof globalThis, properties: PropertyDefinition[]) {
  if (registered.has(win) || typeof win.CSS?.registerProperty !== 'function') return;
  registered.add(win);
  for (const p of properties) {
    try {
      win.CSS.registerProperty(p);
    } catch {
      // Already registered (by another copy of the element, or the page): that one stands.
    }
  }
}

/** Gives `shadow` the widget's styles in the document it is in now. */
export function adoptStyles(shadow: ShadowRoot) {
  const doc = shadow.ownerDocument;
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const { properties, rest } = prepare();
  if (win) registerProperties(win, properties);
  const canAdopt =
    win !== null &&
    'adoptedStyleSheets' in shadow &&
    typeof win.CSSStyleSheet?.prototype.replaceSync === 'function';
  if (!canAdopt) {
    // No constructable stylesheets (old engines, test DOMs): a <style> inside the shadow
    // root, still nothing in the host page.
    if (!shadow.querySelector('style')) {
      const style = doc.createElement('style');
      style.textContent = rest;
      shadow.prepend(style);
    }
    return;
  }
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(rest);
    sheets.set(doc, sheet);
    made.add(sheet);
  }
  const current = shadow.adoptedStyleSheets;
  if (current.length === 1 && current[0] === sheet) return;
  // Our sheets made for another document cannot stay (the browser may have dropped them
  // already, and assigning one would throw); sheets a script added itself are kept.
  shadow.adoptedStyleSheets = [...current.filter((s) => !made.has(s)), sheet];
}
