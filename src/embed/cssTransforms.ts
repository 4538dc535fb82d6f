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

/** One `@property` rule as `CSS.registerProperty` takes it. */
export interface PropertyDefinition {
  name: string;
  syntax: string;
  inherits: boolean;
  initialValue?: string;
}

/** The `@property` rules of `text` as registerProperty definitions. */
export function propertyDefinitions(text: string): PropertyDefinition[] {
  const out: PropertyDefinition[] = [];
  for (const rule of text.match(PROPERTY_RULE) ?? []) {
    const name = /@property\s+(--[\w-]+)/.exec(rule)![1]!;
    const body = rule.slice(rule.indexOf('{') + 1, rule.lastIndexOf('}'));
    const def: PropertyDefinition = { name, syntax: '*', inherits: false };
    for (const decl of body.split(';')) {
      const colon = decl.indexOf(':');
      if (colon < 0) continue;
      const key = decl.slice(0, colon).trim();
      const value = decl.slice(colon + 1).trim();
      if (key === 'syntax') def.syntax = value.replace(/^["']|["']$/g, '');
      else if (key === 'inherits') def.inherits = value === 'true';
      else if (key === 'initial-value') def.initialValue = value;
    }
    out.push(def);
  }
  return out;
}
