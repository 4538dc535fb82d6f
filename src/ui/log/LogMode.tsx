import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { Panel } from '../components/Panel';
import { buttonBase, controlBase, labelText, mutedText, codeTextProps } from '../components/styles';
import { eraVersion } from '../lib/kernels';
import { collectClues, summariseClues } from '../lib/logEras';
import { useInspector, useInspectorStore } from '../store';
import { erasTheValuesAllow } from '../../core/infer/value-eras';
import {
  selectKernel,
  selectKernelSummary,
  selectLogText,
  selectParams,
  selectPresetId,
} from '../store/selectors';
import { DiffPanel } from './DiffPanel';
import { FormatHelp } from './FormatHelp';
import { LogDecision } from './LogDecision';
import { inferLog } from './logInference';
import { LogList } from './LogList';
import { ROWS_PER_MB, createLogReader, type LogReader, type LogResults } from './logResults';
import { SAMPLE_LOG } from './sampleLog';
import { WalkView } from './WalkView';

const fmt = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, word: string) => `${fmt(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * Longer logs are kept but not shown in the field: laying out 100,000 lines of text takes
 * the browser seconds on the main thread, whatever the page does around it.
 */
const BIG_TEXT = 500_000;

/** Line count without building the lines (indexOf is far cheaper than split on megabytes). */
function countLines(text: string): number {
  if (text === '') return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return text.endsWith('\n') ? n - 1 : n;
}

const sizeText = (text: string): string => {
  const lines = countLines(text);
  const mb = text.length / 1e6;
  return `${plural(lines, 'line')}, ${mb >= 1 ? `${mb.toFixed(1)} MB` : `${Math.round(text.length / 1000)} kB`}`;
};

/**
 * The log field on its own, and uncontrolled: a controlled textarea would copy a
 * multi-megabyte value into its default value on every render. The store holds the text;
 * the field is written only when the store changes it (Clear, example). A very long log
 * is summarised instead of shown, until asked for.
 */
const LogTextArea = memo(function LogTextArea({
  id,
  helpId,
  onPasted,
}: {
  id: string;
  helpId: string;
  onPasted: () => void;
}) {
  const store = useInspectorStore();
  const text = useInspector(selectLogText);
  const ref = useRef<HTMLTextAreaElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<string | null>(null);
  const collapsed = text.length > BIG_TEXT && shown !== text;

  useEffect(() => {
    const el = ref.current;
    if (el && el.value !== text) el.value = text;
  }, [text, collapsed]);

  if (collapsed)
    return (
      <div
        ref={summaryRef}
        id={id}
        role="group"
        tabIndex={-1}
        aria-label="Log text"
        aria-describedby={helpId}
        className={`${controlBase} flex flex-wrap items-center justify-between gap-2 px-3 py-3 text-sm`}
      >
        <p>
          <span className="font-semibold">Pasted log: {sizeText(text)}.</span>{' '}
          <span className={mutedText}>
            Too long to show here without slowing the page; its SPTEs are listed below.
          </span>
        </p>
        <button type="button" className={`${buttonBase} px-2 py-1 text-xs`} onClick={() => setShown(text)}>
          Show the text
        </button>
      </div>
    );

  return (
    <textarea
      ref={ref}
      id={id}
      defaultValue={text}
      rows={8}
      wrap="off"
      {...codeTextProps}
      aria-describedby={helpId}
      placeholder="[  812.113210] kvm: ------ spte = 0x8000000102a3e907 level = 4, rsvd bits = 0x0"
      onPaste={(e) => {
        onPasted();
        // A very long paste goes straight to the store: the field is replaced by a summary,
        // so the browser never lays the text out.
        const pasted = e.clipboardData.getData('text/plain');
        const el = e.currentTarget;
        const next = el.value.slice(0, el.selectionStart) + pasted + el.value.slice(el.selectionEnd);
        if (next.length <= BIG_TEXT || shown !== null) return;
        e.preventDefault();
        store.getState().setLogText(next);
        requestAnimationFrame(() => summaryRef.current?.focus());
      }}
      onChange={(e) => store.getState().setLogText(e.target.value)}
      className={`${controlBase} w-full resize-y px-3 py-2 font-mono text-xs leading-relaxed`}
    />
  );
});

function Progress({ results }: { results: LogResults }) {
  const { status, linesDone, totalLines, rows } = results;
  if (status !== 'reading') return null;
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <progress
        value={linesDone}
        max={Math.max(1, totalLines)}
        aria-label="Reading the log"
        className="h-2 w-48 accent-blue-700 dark:accent-sky-400"
      />
      <span className={mutedText}>
        {totalLines === 0
          ? 'Reading…'
          : `Read ${fmt(linesDone)} of ${plural(totalLines, 'line')} · ${plural(rows.length, 'SPTE')} so far`}
      </span>
    </div>
  );
}

function statusText(r: LogResults): string {
  if (r.status === 'error') return `The log could not be read: ${r.error ?? 'unknown error'}.`;
  if (r.status !== 'done') return '';
  const found = `Found ${plural(r.rows.length + r.dropped, 'SPTE')} in ${plural(r.totalLines, 'line')}.`;
  if (r.dropped === 0) return found;
  return `${found} Only the first ${fmt(r.rows.length)} are listed (at most ${fmt(ROWS_PER_MB)} per MB of text, to keep the page responsive); ${fmt(r.dropped)} more were left out. \`spte log\` reads a log of any size.`;
}

function KernelClues({ results }: { results: LogResults }) {
  const store = useInspectorStore();
  const kernel = useInspector(selectKernelSummary);
  const text = useInspector(selectLogText);
  const preset = useInspector(selectPresetId);
  const summary = useMemo(() => summariseClues(collectClues(results.clues)), [results.clues]);
  // The values' verdicts: an era every value rules out is never offered, whatever the wording.
  const inference = inferLog(text, results);
  const allowed = useMemo(
    () => (inference ? erasTheValuesAllow(inference, preset) : null),
    [inference, preset],
  );
  if (summary.clues.length === 0) return null;
  const worded = summary.eras.filter((e) => e.era !== kernel.era);
  const offers = worded.filter((e) => allowed?.includes(e.era) ?? false);
  const ruledOut = allowed ? worded.filter((e) => !allowed.includes(e.era)) : [];
  return (
    <section
      aria-label="Kernel hints from the log"
      className="mt-3 rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950/60 dark:text-sky-100"
    >
      <p className="font-semibold">
        {summary.agreed
          ? `The log’s wording points to kernel ${summary.agreedText}.`
          : 'The log’s wording points to different kernels (a vendor kernel with backports?).'}{' '}
        <span className="font-normal">
          Decoding uses {kernel.version} ({kernel.eraLabel}).
        </span>
      </p>
      <ul className="mt-1 list-disc pl-5 text-xs leading-snug">
        {summary.clues.map((c) => (
          <li key={c.clue}>
            <span className="font-semibold">{c.range}</span> (line {c.line}): {c.note}
          </li>
        ))}
      </ul>
      {ruledOut.length > 0 && (
        <p className="mt-1 text-xs" data-testid="log-hints-ruled-out">
          Not offered: {ruledOut.map((e) => e.label).join(', ')}. The SPTE values in the log rule{' '}
          {ruledOut.length === 1 ? 'it' : 'them'} out.
        </p>
      )}
      {offers.length > 0 && (
        <div className="mt-2 flex flex-wrap gap-2">
          {offers.map((e) => (
            <button
              key={e.era}
              type="button"
              className={`${buttonBase} px-2 py-1 text-xs`}
              onClick={() => store.getState().setKernel(eraVersion(e.era))}
            >
              Use {e.label}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

function useResults(reader: LogReader): LogResults {
  // Re-render on every chunk (version); the arrays inside are read as they are.
  useStore(reader.results, (s) => s.version);
  useStore(reader.results, (s) => s.status);
  return reader.results.getState();
}

interface Selection {
  /** The log text this selection belongs to (row indexes are positions in its rows). */
  text: string;
  active: number;
  compare: number[];
  walk: number | null;
  pair: number | null;
}

/**
 * Log mode: paste any amount of text; every SPTE in it is listed (line, role, level,
 * kind, worst finding), hierarchy dumps are shown as walks, and old/new pairs (or any two
 * rows picked with Compare) as a diff. A click or Enter opens a row in the inspector.
 * Reading and decoding run in a worker, streamed back in chunks.
 */
export default function LogMode({ onOpened }: { onOpened?: () => void }) {
  const store = useInspectorStore();
  const text = useInspector(selectLogText);
  const params = useInspector(selectParams);
  const kernel = useInspector(selectKernel);
  const [reader] = useState(() => createLogReader());
  const results = useResults(reader);
  const pasted = useRef(false);
  const id = useId();
  const [sel, setSel] = useState<Selection>({ text, active: 0, compare: [], walk: null, pair: null });
  const selection = sel.text === text ? sel : { text, active: 0, compare: [], walk: null, pair: null };

  useEffect(() => () => reader.dispose(), [reader]);
  useEffect(() => {
    // A paste reads at once; typing waits for a pause.
    const delay = pasted.current || text === '' ? 0 : 200;
    pasted.current = false;
    const t = setTimeout(() => reader.read(text, params, kernel), delay);
    return () => clearTimeout(t);
  }, [reader, text, params, kernel]);

  const { rows, walks, walkOrder, pairs } = results;
  const count = rows.length;

  const update = useCallback(
    (f: (s: Selection) => Partial<Selection>) =>
      setSel((prev) => {
        const base = prev.text === text ? prev : { text, active: 0, compare: [], walk: null, pair: null };
        return { ...base, ...f(base) };
      }),
    [text],
  );

  const onActive = useCallback(
    (i: number) =>
      update(() => {
        const row = reader.results.getState().rows[i];
        const s = reader.results.getState();
        const out: Partial<Selection> = { active: i };
        if (row?.walk !== null && row?.walk !== undefined) out.walk = s.walkOrder.indexOf(row.walk);
        const p = s.pairOf.get(i);
        if (p !== undefined) out.pair = p;
        return out;
      }),
    [update, reader],
  );

  const onOpen = useCallback(
    (i: number) => {
      const row = reader.results.getState().rows[i];
      if (!row) return;
      store.getState().openEntry(row.value, row.at);
      onOpened?.();
    },
    [store, reader, onOpened],
  );

  const onToggleCompare = useCallback(
    (i: number) =>
      update((s) => ({
        compare: s.compare.includes(i) ? s.compare.filter((x) => x !== i) : [...s.compare, i].slice(-2),
      })),
    [update],
  );

  // The walk shown: the one picked, else the first with a broken level, else the first.
  const walkPos =
    selection.walk ??
    Math.max(
      0,
      walkOrder.findIndex((w) => (walks.get(w) ?? []).some((i) => (rows[i]?.errors ?? 0) > 0)),
    );
  const walkRows =
    walkOrder.length > 0 ? (walks.get(walkOrder[Math.min(walkPos, walkOrder.length - 1)]!) ?? []) : [];

  const compared = selection.compare.filter((i) => i < count).sort((a, b) => a - b);
  const pairPos = Math.min(selection.pair ?? 0, Math.max(0, pairs.length - 1));
  const pair = pairs[pairPos];
  const diff =
    compared.length === 2
      ? { before: compared[0]!, after: compared[1]!, picked: true }
      : pair
        ? { before: pair.old, after: pair.new, picked: false }
        : null;
  const before = diff ? rows[diff.before] : undefined;
  const after = diff ? rows[diff.after] : undefined;

  const textId = `${id}-text`;
  const helpId = `${id}-help`;
  const listLabel = `${id}-list-label`;
  const listHelp = `${id}-list-help`;

  return (
    <div className="flex flex-col gap-4">
      <Panel
        title="Paste a log"
        actions={
          <div className="flex gap-2">
            <button
              type="button"
              className={`${buttonBase} px-2 py-1 text-xs`}
              onClick={() => {
                pasted.current = true;
                store.getState().setLogText(SAMPLE_LOG);
              }}
            >
              Load an example
            </button>
            <button
              type="button"
              className={`${buttonBase} px-2 py-1 text-xs`}
              disabled={text === ''}
              onClick={() => store.getState().setLogText('')}
            >
              Clear
            </button>
          </div>
        }
      >
        <label htmlFor={textId} className={labelText}>
          Log text
        </label>
        <div className="mt-1">
          <LogTextArea id={textId} helpId={helpId} onPasted={() => (pasted.current = true)} />
        </div>
        <p id={helpId} className={`mt-1 text-xs leading-snug ${mutedText}`}>
          dmesg, journal, trace-cmd or ftrace output, or a mail quoting them: every SPTE in it is listed
          below, decoded with the host and kernel chosen under Value. Other lines and numbers (gfns, guest
          PTEs, addresses) are left alone. The log stays in this page and is not put in the link.
        </p>
        <div className="mt-2 min-h-6">
          <Progress results={results} />
          <p role="status" aria-live="polite" className="text-sm font-semibold" data-testid="log-status">
            {statusText(results)}
          </p>
        </div>
        <LogDecision results={results} />
        <KernelClues results={results} />
        <FormatHelp
          noneFound={results.status === 'done' && results.rows.length === 0 && results.totalLines > 0}
        />
      </Panel>

      <Panel title="SPTEs in the log">
        <p id={listLabel} className="sr-only">
          SPTEs in the log
        </p>
        <p id={listHelp} className={`mb-2 text-xs ${mutedText}`}>
          {count === 0
            ? results.status === 'reading'
              ? 'Reading…'
              : 'No SPTEs yet.'
            : `${plural(count, 'row')}. Up and Down arrows move, Enter or a click opens a row in the inspector at its level, Space ticks Compare (tick two rows to diff them).`}
        </p>
        <LogList
          rows={rows}
          count={count}
          active={Math.min(selection.active, Math.max(0, count - 1))}
          compare={compared}
          onActive={onActive}
          onOpen={onOpen}
          onToggleCompare={onToggleCompare}
          idPrefix={id}
          labelledBy={listLabel}
          describedBy={listHelp}
        />
      </Panel>

      {(walkRows.length > 0 || (diff && before && after)) && (
        <div className="grid grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
          {walkRows.length > 0 && (
            <Panel title="Walk">
              <WalkView
                entries={walkRows.map((i) => ({ row: rows[i]!, index: i }))}
                position={Math.min(walkPos, walkOrder.length - 1)}
                total={walkOrder.length}
                onMove={(p) => update(() => ({ walk: p }))}
                onOpen={onOpen}
              />
            </Panel>
          )}
          {diff && before && after && (
            <Panel title="Diff">
              <DiffPanel
                before={{ row: before, index: diff.before }}
                after={{ row: after, index: diff.after }}
                title={
                  diff.picked
                    ? `Line ${before.line} (${before.role}) and line ${after.line} (${after.role})`
                    : `${before.format}, line ${before.line}${pairs.length > 1 ? ` (pair ${pairPos + 1} of ${fmt(pairs.length)})` : ''}`
                }
                onOpen={onOpen}
                controls={
                  diff.picked ? (
                    <button
                      type="button"
                      className={`${buttonBase} px-2 py-1 text-xs`}
                      onClick={() => update(() => ({ compare: [] }))}
                    >
                      Clear comparison
                    </button>
                  ) : pairs.length > 1 ? (
                    <div className="flex gap-2">
                      <button
                        type="button"
                        className={`${buttonBase} px-2 py-1 text-xs`}
                        disabled={pairPos === 0}
                        onClick={() => update(() => ({ pair: pairPos - 1 }))}
                      >
                        Previous pair
                      </button>
                      <button
                        type="button"
                        className={`${buttonBase} px-2 py-1 text-xs`}
                        disabled={pairPos >= pairs.length - 1}
                        onClick={() => update(() => ({ pair: pairPos + 1 }))}
                      >
                        Next pair
                      </button>
                    </div>
                  ) : null
                }
              />
            </Panel>
          )}
        </div>
      )}
    </div>
  );
}
