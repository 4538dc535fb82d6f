/**
 * remark plugin: ```spte code blocks become raw HTML nodes holding <spte-inspector> with
 * the static SVG inside (Docusaurus, Astro, unified pipelines).
 *
 *   import { remark } from 'remark';
 *   import remarkSpte from 'spte-inspector/remark';
 *   remark().use(remarkSpte, { svgOnly: false })
 *
 * No dependency on unified or unist utilities: it walks the tree itself. The nodes it
 * makes are `html` nodes, so an HTML stage must let raw HTML through (remark-html with
 * `sanitize: false`, or remark-rehype with `allowDangerousHtml` plus rehype-raw); MDX
 * (Docusaurus) reads them as JSX-free HTML.
 */

import { renderFence, type SpteFenceOptions } from './fence';

export { renderFence, FENCE_ATTRIBUTES, FENCE_FLAGS, type SpteFenceOptions } from './fence';

/** The mdast node shapes the plugin touches. */
export interface MdastNode {
  type: string;
  lang?: string | null;
  meta?: string | null;
  value?: string;
  children?: MdastNode[];
}

function replaceFences(node: MdastNode, options: SpteFenceOptions): void {
  if (!node.children) return;
  node.children = node.children.map((child) => {
    if (child.type === 'code' && child.lang === 'spte')
      return {
        type: 'html',
        value: renderFence(`${child.value ?? ''} ${child.meta ?? ''}`, options).trimEnd(),
      };
    replaceFences(child, options);
    return child;
  });
}

/** Default and named export alike (CommonJS: require(…).remarkSpte). */
export function remarkSpte(options: SpteFenceOptions = {}): (tree: MdastNode) => void {
  return (tree) => replaceFences(tree, options);
}

export default remarkSpte;
