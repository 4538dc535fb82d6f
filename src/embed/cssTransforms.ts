/** String transforms of the compiled CSS before a shadow root adopts it (see shadowStyles.ts). */

const PROPERTY_RULE = /@property\s+--[\w-]+\s*\{[^}]*\}/g;

/**
 * `1.5rem` → `24px`, but not inside identifiers or escaped class names (`--x-2rem`,
 * `.\@min-\[96rem\]\:…` must keep matching the class written in the markup).
 */
export function remToPx(text: string): string {
  return text.replace(
    /(?<![\w.\-[\\])(-?\d*\.?\d+)rem\b/g,
    (_, n: string) => `${+(parseFloat(n) * 16).toFixed(4)}px`,
  );
}

/** Splits the CSS into the `@property` rules and everything else. */
export function splitProperties(text: string): { properties: string; rest: string } {
  const properties = text.match(PROPERTY_RULE) ?? [];
  return { properties: properties.join('\n'), rest: text.replace(PROPERTY_RULE, '') };
}
