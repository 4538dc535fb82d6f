/**
 * markdown-it plugin: ```spte fences become <spte-inspector> with the static SVG inside.
 *
 *   import MarkdownIt from 'markdown-it';
 *   import spte from 'spte-inspector/markdown-it';
 *   const md = new MarkdownIt().use(spte);            // or .use(spte, { svgOnly: true })
 *
 * No dependency on markdown-it itself: it is handed the instance. Works with `html: false`
 * too, since the fence's HTML is made here (escaped), not passed through from the source.
 */

import { renderFence, type SpteFenceOptions } from './fence';

export { renderFence, FENCE_ATTRIBUTES, FENCE_FLAGS, type SpteFenceOptions } from './fence';

interface FenceToken {
  info: string;
  content: string;
}
/** Method-typed (bivariant), so markdown-it's own RenderRule with its full Token fits. */
type FenceRule = {
  rule(tokens: FenceToken[], idx: number, options: unknown, env: unknown, self: unknown): string;
}['rule'];

/** The slice of a markdown-it instance the plugin uses. */
export interface MarkdownItLike {
  renderer: { rules: { fence?: FenceRule | undefined } };
}

/** Language word of a fence info string, e.g. "spte" in "spte compact". */
const infoParts = (info: string): [string, string] => {
  const t = info.trim();
  const sp = t.search(/\s/);
  return sp < 0 ? [t, ''] : [t.slice(0, sp), t.slice(sp + 1)];
};

/** Default and named export alike (CommonJS: require(…).spteMarkdownIt). */
export function spteMarkdownIt(md: MarkdownItLike, options: SpteFenceOptions = {}): void {
  const previous = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const token = tokens[idx]!;
    const [lang, rest] = infoParts(token.info);
    if (lang === 'spte') return renderFence(`${token.content} ${rest}`, options);
    return previous ? previous(tokens, idx, opts, env, self) : `<pre><code>${token.content}</code></pre>\n`;
  };
}

export default spteMarkdownIt;
