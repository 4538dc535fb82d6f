/** The "Recipes" section of embed.html: one sub-section per documentation generator. */

import { renderFence } from '../markdown/fence';
import { CodeBlock } from './CodeBlock';
import { PICTURE_COMMAND, THEME_FOLLOW_SNIPPET, recipes } from './recipes';

const code = 'rounded bg-slate-200/70 px-1 py-0.5 font-mono text-[0.9em] dark:bg-slate-800';

export function Recipes({ script }: { script: string }) {
  return (
    <>
      <p>
        Each recipe loads the classic script and puts a picture inside the element: readers without
        JavaScript, feed readers and search engines see the picture; everyone else gets the live inspector in
        its place. Make the picture once with the command-line tool from the same package:
      </p>
      <CodeBlock label="The fallback picture" language="Shell" code={PICTURE_COMMAND} />
      {recipes(script, (body) => renderFence(body)).map((r) => (
        <section key={r.id} aria-labelledby={`recipe-${r.id}`} className="flex flex-col gap-3">
          <h3 id={`recipe-${r.id}`} className="text-lg font-semibold">
            {r.title}
          </h3>
          <p>{r.intro}</p>
          {r.files.map((f) => (
            <CodeBlock key={f.label} label={`${r.title}: ${f.label}`} language={f.language} code={f.code} />
          ))}
        </section>
      ))}
      <section aria-labelledby="recipe-theme" className="flex flex-col gap-3">
        <h3 id="recipe-theme" className="text-lg font-semibold">
          Follow the site&apos;s theme toggle
        </h3>
        <p>
          By default the element follows the reader&apos;s system setting. If your site has its own light/dark
          toggle, put these three lines at the end of the page: they set each element&apos;s{' '}
          <code className={code}>theme</code> whenever the toggle changes the page (VitePress&apos;s{' '}
          <code className={code}>html.dark</code>, Docusaurus&apos;s <code className={code}>data-theme</code>,
          Material for MkDocs&apos; <code className={code}>data-md-color-scheme</code>).
        </p>
        <CodeBlock label="Follow the site's theme" language="HTML" code={THEME_FOLLOW_SNIPPET} />
      </section>
    </>
  );
}
