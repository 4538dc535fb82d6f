/**
 * Recipes for documentation generators: the files an author writes, and the HTML the
 * generator ends up serving (`page`), which the e2e tests load to prove each recipe works
 * with JavaScript (a live inspector) and without it (the fallback picture).
 *
 * Every recipe uses the classic script (works from any origin, no CORS needed) and puts a
 * picture made by `spte svg` inside the element as the no-JavaScript fallback.
 */

export interface RecipeFile {
  label: string;
  language: string;
  code: string;
}

export interface Recipe {
  id: string;
  title: string;
  /** One or two sentences: what the recipe does and why this way. */
  intro: string;
  files: RecipeFile[];
  /** The generated page's shape: what the site serves (tested end to end). */
  page: string;
}

/** The example every recipe shows. */
export const RECIPE_VALUE = '0x8600000123456b75';
export const RECIPE_PICTURE = 'spte-write-protected.svg';
const ALT = `SPTE ${RECIPE_VALUE} on ept-ad, kernel 6.6: write-protected but MMU-writable (SPTE-W003)`;
const ATTRS = `value="${RECIPE_VALUE}" preset="ept-ad" kernel="6.6" compact`;

export const PICTURE_COMMAND = `npx spte-inspector svg --preset ept-ad --kernel 6.6 ${RECIPE_VALUE} > ${RECIPE_PICTURE}`;

const element = (img: string, indent = '') =>
  `${indent}<spte-inspector ${ATTRS}>\n${indent}  <img src="${img}" alt="${ALT}">\n${indent}</spte-inspector>`;

const htmlPage = (head: string, body: string) =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Docs</title>\n${head}\n</head>\n<body>\n<main>\n${body}\n</main>\n</body>\n</html>\n`;

/** `script`: URL of the classic build; `svgFence`: what the markdown-it plugin makes of a fence. */
export function recipes(script: string, svgFence: (body: string) => string = () => ''): Recipe[] {
  const tag = `<script src="${script}" defer></script>`;
  const fenceBody = `${RECIPE_VALUE} preset=ept-ad kernel=6.6 compact`;
  return [
    {
      id: 'plain-html',
      title: 'Plain HTML',
      intro: 'One script tag per page, then the element wherever a value needs explaining.',
      files: [{ label: 'page.html', language: 'HTML', code: `${tag}\n\n${element(RECIPE_PICTURE)}` }],
      page: htmlPage(tag, element(`/recipes/${RECIPE_PICTURE}`)),
    },
    {
      id: 'mkdocs',
      title: 'MkDocs (and Material for MkDocs)',
      intro:
        'extra_javascript loads the script on every page; a <div> makes Python-Markdown pass the block through as HTML.',
      files: [
        { label: 'mkdocs.yml', language: 'YAML', code: `extra_javascript:\n  - ${script}` },
        {
          label: 'docs/page.md',
          language: 'Markdown',
          code: `The entry below lost W but kept MMU-writable:\n\n<div class="spte">\n${element(`../img/${RECIPE_PICTURE}`, '  ')}\n</div>`,
        },
      ],
      page: htmlPage(
        '',
        `<p>The entry below lost W but kept MMU-writable:</p>\n<div class="spte">\n${element(`/recipes/${RECIPE_PICTURE}`, '  ')}\n</div>\n<script src="${script}"></script>`,
      ),
    },
    {
      id: 'sphinx',
      title: 'Sphinx, and kernel Documentation/',
      intro:
        'HTML builds get the live element; LaTeX/PDF builds (which drop raw HTML) get the same picture as a figure. In the kernel tree, use the figure alone: .. kernel-figure:: converts SVG for the PDF build.',
      files: [
        { label: 'conf.py', language: 'Python', code: `html_js_files = [("${script}", {"defer": "defer"})]` },
        {
          label: 'page.rst',
          language: 'reStructuredText',
          code: `.. only:: html\n\n   .. raw:: html\n\n${element(`_static/${RECIPE_PICTURE}`, '      ')}\n\n.. only:: not html\n\n   .. figure:: ${RECIPE_PICTURE}\n      :alt: ${ALT}\n\n      Made with \`\`spte svg\`\`.`,
        },
        {
          label: 'Documentation/virt/kvm/x86/example.rst',
          language: 'reStructuredText',
          code: `.. kernel-figure:: ${RECIPE_PICTURE}\n   :alt: ${ALT}\n\n   SPTE ${RECIPE_VALUE} as kernel 6.6 reads it (made with \`\`spte svg\`\`).`,
        },
      ],
      page: htmlPage(tag, element(`/recipes/${RECIPE_PICTURE}`)),
    },
    {
      id: 'hugo',
      title: 'Hugo (shortcode)',
      intro:
        'Hugo drops raw HTML in Markdown by default; a shortcode is the supported way in, and its template escapes the values.',
      files: [
        {
          label: 'layouts/shortcodes/spte.html',
          language: 'Go template',
          code: `{{- if not (.Page.Store.Get "spte") }}{{ .Page.Store.Set "spte" true }}<script src="${script}" defer></script>{{ end }}
<spte-inspector value="{{ .Get "value" }}" preset="{{ .Get "preset" | default "ept-ad" }}"{{ with .Get "kernel" }} kernel="{{ . }}"{{ end }} compact>
  <img src="{{ .Get "picture" | relURL }}" alt="{{ .Get "alt" }}">
</spte-inspector>`,
        },
        {
          label: 'content/page.md',
          language: 'Markdown',
          code: `{{< spte value="${RECIPE_VALUE}" kernel="6.6" picture="/img/${RECIPE_PICTURE}" alt="${ALT}" >}}`,
        },
      ],
      page: htmlPage('', `${tag}\n${element(`/recipes/${RECIPE_PICTURE}`)}`),
    },
    {
      id: 'jekyll',
      title: 'Jekyll',
      intro: 'An include keeps the markup in one place; kramdown passes it through as HTML.',
      files: [
        { label: '_includes/head-custom.html', language: 'HTML', code: tag },
        {
          label: '_includes/spte.html',
          language: 'Liquid',
          code: `<spte-inspector value="{{ include.value | escape }}" preset="{{ include.preset | default: 'ept-ad' | escape }}"{% if include.kernel %} kernel="{{ include.kernel | escape }}"{% endif %} compact>
  <img src="{{ include.picture | relative_url }}" alt="{{ include.alt | escape }}">
</spte-inspector>`,
        },
        {
          label: 'page.md',
          language: 'Markdown',
          code: `{% include spte.html value="${RECIPE_VALUE}" kernel="6.6" picture="/assets/${RECIPE_PICTURE}" alt="${ALT}" %}`,
        },
      ],
      page: htmlPage(tag, element(`/recipes/${RECIPE_PICTURE}`)),
    },
    {
      id: 'docusaurus',
      title: 'Docusaurus',
      intro:
        'The script goes in the site config; in MDX the element is JSX (write compact="" so React sets the attribute). import "spte-inspector/react" gives TypeScript the element’s props.',
      files: [
        {
          label: 'docusaurus.config.js',
          language: 'JavaScript',
          code: `export default {\n  // …\n  scripts: [{ src: '${script}', defer: true }],\n};`,
        },
        {
          label: 'docs/page.mdx',
          language: 'MDX',
          code: `import picture from './${RECIPE_PICTURE}';\n\n<spte-inspector ${ATTRS}="">\n  <img src={picture} alt="${ALT}" />\n</spte-inspector>`,
        },
      ],
      page: htmlPage(
        tag,
        `<spte-inspector ${ATTRS}="">\n  <img src="/recipes/${RECIPE_PICTURE}" alt="${ALT}">\n</spte-inspector>`,
      ),
    },
    {
      id: 'vitepress',
      title: 'VitePress',
      intro:
        'VitePress renders Markdown with markdown-it, so the fence plugin works directly: the static SVG is inlined as the fallback. Tell Vue the tag is a custom element.',
      files: [
        {
          label: '.vitepress/config.mjs',
          language: 'JavaScript',
          code: `import { spteMarkdownIt } from 'spte-inspector/markdown-it';

export default {
  head: [['script', { src: '${script}', defer: '' }]],
  markdown: { config: (md) => md.use(spteMarkdownIt) },
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === 'spte-inspector' } } },
};`,
        },
        { label: 'page.md', language: 'Markdown', code: `\`\`\`spte\n${fenceBody}\n\`\`\`` },
      ],
      page: htmlPage(tag, svgFence(fenceBody)),
    },
  ];
}

/** Follow a site's own dark-mode toggle (html.dark, data-theme, Material's data-md-color-scheme). */
export const THEME_FOLLOW_SNIPPET = `<script>
  const dark = () => !!document.querySelector('html.dark, html[data-theme="dark"], [data-md-color-scheme="slate"]');
  const follow = () => document.querySelectorAll('spte-inspector').forEach((el) => el.setAttribute('theme', dark() ? 'dark' : 'light'));
  new MutationObserver(follow).observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['class', 'data-theme', 'data-md-color-scheme'] }); follow();
</script>`;
