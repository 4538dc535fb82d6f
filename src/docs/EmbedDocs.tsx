/** embed.html: how to put the inspector into documentation, with live examples. */

import type { ReactNode } from 'react';
import { PRESETS } from '../core';
import { ALL_PANELS } from '../ui/inspectorOptions';
import { CodeBlock } from './CodeBlock';
import { DocTable } from './DocTable';
import { FieldReference } from './FieldReference';
import { ThemeRadios } from '../ui/components/ThemeSwitch';
import { useDocsTheme } from './docsTheme';
import { ClassicExample, FrameExample, ModuleExample } from './examples';
import { Recipes } from './Recipes';
import {
  LIBRARY_SNIPPET,
  buildUrls,
  classicSnippet,
  frameUrl,
  iframeSnippet,
  moduleSnippet,
  type Attrs,
} from './snippets';

const MODULE_ATTRS: Attrs = {
  value: '0x8600000123456b75',
  preset: 'ept-ad',
  compact: true,
  label: 'Write-protected EPT leaf',
};
const CLASSIC_ATTRS: Attrs = {
  value: '0x00000000000005a0',
  preset: 'npt',
  kernel: '5.15',
  level: '2',
  compact: true,
  readonly: true,
};
const FRAME_STATE = '#v=0x0600000123456b77&preset=ept-ad&level=1';
const FRAME_LABEL = 'EPT leaf without bit 63';

const link =
  'font-medium text-blue-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-sky-300 dark:focus-visible:outline-sky-400';
const muted = 'text-slate-600 dark:text-slate-400';
const code = 'rounded bg-slate-200/70 px-1 py-0.5 font-mono text-[0.9em] dark:bg-slate-800';

/** The page's sections, with the shorter names the side navigation uses. */
const SECTIONS = [
  { id: 'classic', nav: 'Classic script element' },
  { id: 'module', nav: 'ES module element' },
  { id: 'recipes', nav: 'Recipes' },
  { id: 'iframe', nav: 'Iframe' },
  { id: 'reference', nav: 'Attributes and events' },
  { id: 'library', nav: 'Core library' },
  { id: 'fields', nav: 'Field reference' },
] as const;

export function EmbedDocs() {
  const theme = useDocsTheme();
  const urls = buildUrls(document.baseURI);
  const elementTheme = theme.choice === 'system' ? 'auto' : theme.choice;

  return (
    <div className="min-h-screen bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-900/80">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4 sm:px-6">
          <div className="flex min-w-0 items-center gap-3">
            <img src="favicon.svg" alt="" width={32} height={32} className="size-8 shrink-0" />
            <div className="min-w-0">
              <h1 className="text-xl font-bold tracking-tight sm:text-2xl">Embed SPTE Inspector</h1>
              <p className={`text-sm ${muted}`}>
                A live, independent decoder in your documentation: one script, or one iframe.
              </p>
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <a href="index.html" className={`text-sm ${link}`}>
              Open the inspector
            </a>
            <ThemeRadios value={theme.choice} onChange={theme.choose} />
          </div>
        </div>
      </header>

      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 sm:px-6 lg:grid-cols-[12rem_minmax(0,1fr)]">
        <nav aria-label="On this page" className="lg:sticky lg:top-6 lg:self-start">
          <p className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
            On this page
          </p>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm lg:flex-col">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className={link}>
                  {s.nav}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <main className="flex min-w-0 flex-col gap-12">
          <p className={`text-base leading-relaxed ${muted}`}>
            Each widget decodes on its own, with its own value, host and undo history, and its styles live in
            a shadow root: your page&apos;s CSS does not reach it, and its CSS does not reach your page. The
            snippets below point at this build&apos;s files, so they work as they are.
          </p>

          <Section id="classic" title="Custom element: classic script" badge="Recommended">
            <p>
              One script tag, from any origin (no CORS header needed), in any site generator or wiki. The
              element inside works like an HTML tag: put a picture in it (
              <code className={code}>spte svg</code>) and readers without JavaScript see that instead. This
              example is <code className={code}>readonly</code>: the bits cannot be toggled. It also sets{' '}
              <code className={code}>kernel=&quot;5.15&quot;</code>: the value is decoded as that kernel reads
              it (<code className={code}>0x5a0</code> was the placeholder for an entry being changed until
              6.10 gave it bit 63).
            </p>
            <CodeBlock
              label="Classic script element"
              language="HTML"
              code={classicSnippet(urls.iife, CLASSIC_ATTRS)}
            />
            <ClassicExample url={urls.iife} attrs={CLASSIC_ATTRS} theme={theme.effective} />
          </Section>

          <Section id="module" title="Custom element: ES module">
            <p>
              <strong>The ES module needs CORS.</strong> A module script from another origin runs only if that
              host answers with an <code className={code}>Access-Control-Allow-Origin</code> header; without
              it the browser refuses it silently and the element never appears. npm CDNs (jsDelivr, unpkg)
              send the header; your own server may not. Host the file on your own site, or use the classic
              script above.
            </p>
            <p>
              Load the module once per page, then write <code className={code}>&lt;spte-inspector&gt;</code>{' '}
              wherever a value needs explaining. Click a bit below: the value attribute follows, and the
              element fires a <code className={code}>change</code> event.
            </p>
            <CodeBlock
              label="ES module element"
              language="HTML"
              code={moduleSnippet(urls.esm, MODULE_ATTRS)}
            />
            <ModuleExample url={urls.esm} attrs={MODULE_ATTRS} theme={elementTheme} />
          </Section>

          <Section id="recipes" title="Recipes for documentation generators">
            <Recipes script={urls.iife} />
          </Section>

          <Section id="iframe" title="Iframe">
            <p>
              Where scripts are not allowed, embed the app itself. It shows the compact widget, keeps its
              state in its own address, and posts its height to your page whenever it changes, so the frame
              fits its content. <code className={code}>origin=</code> restricts who receives those messages,
              and your listener checks <code className={code}>event.origin</code> in turn.
            </p>
            <CodeBlock
              label="Iframe and its listener"
              language="HTML"
              code={iframeSnippet(
                frameUrl(urls.app, FRAME_STATE, { origin: urls.origin, label: FRAME_LABEL }),
                urls.origin,
                `SPTE Inspector: ${FRAME_LABEL}`,
              )}
            />
            <FrameExample
              appUrl={urls.app}
              origin={urls.origin}
              state={FRAME_STATE}
              label={FRAME_LABEL}
              theme={theme.effective}
            />
          </Section>

          <Section id="reference" title="Attributes and events">
            <Reference />
          </Section>

          <Section id="library" title="The decoder as a library">
            <p>
              The same decoder, without any user interface, for scripts, tests and other tools: the package
              exports it as <code className={code}>spte-inspector/core</code> (an ES module with types that
              needs no DOM and imports nothing else).
            </p>
            <CodeBlock label="Decode in Node or a bundler" language="JavaScript" code={LIBRARY_SNIPPET} />
          </Section>

          <Section id="fields" title="Field reference">
            <FieldReference />
          </Section>
        </main>
      </div>

      <footer className="border-t border-slate-200 dark:border-slate-800">
        <p className={`mx-auto max-w-5xl px-4 py-6 text-sm sm:px-6 ${muted}`}>
          SPTE Inspector decodes Linux KVM x86 shadow page table entries exactly as the kernel reads them.{' '}
          <a href="index.html" className={link}>
            Back to the inspector
          </a>
        </p>
      </footer>
    </div>
  );
}

function Section({
  id,
  title,
  badge,
  children,
}: {
  id: string;
  title: string;
  badge?: string;
  children: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="flex scroll-mt-6 flex-col gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-xl font-semibold tracking-tight">
          {title}
        </h2>
        {badge && (
          <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900 dark:bg-emerald-900/60 dark:text-emerald-100">
            {badge}
          </span>
        )}
      </div>
      <div className="flex flex-col gap-4 text-base leading-relaxed text-slate-700 dark:text-slate-300">
        {children}
      </div>
    </section>
  );
}

const ATTRIBUTES: { name: string; values: ReactNode; dflt: string }[] = [
  {
    name: 'value',
    values: 'The SPTE in hex, as the kernel prints it (0x optional; _ \u2019 or spaces between digits).',
    dflt: '0x80a0000123456f77',
  },
  { name: 'preset', values: `Host preset: ${PRESETS.map((p) => p.id).join(', ')}.`, dflt: 'ept-ad' },
  {
    name: 'config',
    values: 'Host parameters as JSON, or one configs.json entry ({"params": {…}}). Wins over preset.',
    dflt: '—',
  },
  { name: 'level', values: 'Page-table level, 1 to 5.', dflt: '1' },
  { name: 'readonly', values: 'Boolean. Shows the value; nothing can be changed.', dflt: 'off' },
  { name: 'compact', values: 'Boolean. Bits, kind and findings only, tighter spacing.', dflt: 'off' },
  { name: 'theme', values: 'light, dark, or auto (follows the reader’s system setting).', dflt: 'auto' },
  {
    name: 'fields',
    values: `Panels to show, comma-separated: ${ALL_PANELS.join(', ')} (also value, host, bits, verdicts).`,
    dflt: 'all; compact: grid, kind, findings',
  },
  {
    name: 'kernel',
    values:
      'Kernel the value came from: 5.10, 6.1.119, 6.6, current… Left out (with no preset or config either), the widget reads the value under the kernel and host it fits best and says which.',
    dflt: 'auto',
  },
  {
    name: 'label',
    values: 'The widget’s accessible name; its panels are named after it, so several widgets stay distinct.',
    dflt: 'SPTE Inspector N',
  },
];

function Reference() {
  return (
    <>
      <DocTable caption="Attributes of spte-inspector" columns={['Attribute', 'Values', 'Default']}>
        {ATTRIBUTES.map((a) => (
          <tr key={a.name} className="align-top">
            <th scope="row" className="px-3 py-2 font-mono font-semibold whitespace-nowrap">
              {a.name}
            </th>
            <td className="px-3 py-2">{a.values}</td>
            <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">{a.dflt}</td>
          </tr>
        ))}
      </DocTable>
      <p>
        Changing an attribute updates the widget. A value that cannot be used is explained inside the widget,
        and the rest of the page carries on. When the reader changes the value, level or host, the{' '}
        <code className={code}>value</code> and <code className={code}>level</code> attributes follow and the
        element fires <code className={code}>change</code> (bubbles, composed) with{' '}
        <code className={code}>event.detail</code> ={' '}
        <code className={code}>{'{ value, kind, findings, level, preset }'}</code>, e.g.{' '}
        <code className={code}>
          {'{ value: "0x80a0000123456f77", kind: "leaf", findings: ["SPTE-W003"] … }'}
        </code>
        .
      </p>
      <p>
        The iframe takes the same settings in its query (<code className={code}>embed=1</code>,{' '}
        <code className={code}>origin</code>, <code className={code}>theme</code>,{' '}
        <code className={code}>readonly</code>, <code className={code}>fields</code>,{' '}
        <code className={code}>kernel</code>, <code className={code}>label</code>) and the value in its hash,
        exactly like the app&apos;s permalinks (<code className={code}>#v=…&amp;preset=…&amp;level=…</code>).
        It posts <code className={code}>{"{ type: 'spte-inspector:height', height }"}</code> on every resize
        and{' '}
        <code className={code}>
          {"{ type: 'spte-inspector:change', value, kind, findings, level, preset }"}
        </code>{' '}
        when the reader changes something.
      </p>
    </>
  );
}
