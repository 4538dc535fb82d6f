import { useId, useMemo, useState } from 'react';
import { ERAS, compareEras, hex16, type EraHint, type KernelEra } from '../../core';
import { BitStrip } from '../components/BitStrip';
import { Panel } from '../components/Panel';
import { controlBase, focusRing, labelText, mutedText } from '../components/styles';
import { buildCompareView, type CompareSide } from '../lib/compareView';
import { KERNEL_OPTIONS, eraVersion, parseKernelChoice } from '../lib/kernels';
import { useInspector, useInspectorStore } from '../store';
import { selectEraHints } from '../store/kernelSelectors';
import { selectKernelSummary, selectLevel, selectParams } from '../store/selectors';
import { TableHead } from '../components/TableHead';
import { CATEGORY_STYLES } from '../theme/categories';

/** The second kernel to show first: another era the value fits, else the neighbouring era. */
function defaultOther(era: KernelEra, hints: readonly EraHint[]): string {
  const fits = hints.find((h) => h.verdict === 'consistent' && h.era !== era);
  if (fits) return eraVersion(fits.era);
  const i = ERAS.findIndex((e) => e.id === era);
  const other = ERAS[i > 0 ? i - 1 : i + 1] ?? ERAS[0]!;
  return eraVersion(other.id);
}

function KernelSelect({
  label,
  value,
  extra,
  onChange,
}: {
  label: string;
  value: string;
  extra: string;
  onChange: (v: string) => void;
}) {
  const id = useId();
  const options = KERNEL_OPTIONS.some((o) => o.value === extra)
    ? KERNEL_OPTIONS
    : [{ value: extra, label: 'the inspector’s kernel' }, ...KERNEL_OPTIONS];
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className={labelText}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={`${controlBase} h-10 max-w-full min-w-0 px-2 text-sm`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.value} · {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Side({ side, name }: { side: CompareSide; name: string }) {
  const differing = side.rows.filter((r) => r.differs).length;
  return (
    <section aria-label={name} className="min-w-0">
      <h3 className="text-sm font-semibold">{side.kernel}</h3>
      <p className={`mb-2 text-xs ${mutedText}`}>
        Kind: <span className="font-semibold text-slate-900 dark:text-slate-100">{side.kind}</span>
        {differing > 0 && ` · ${differing} field${differing === 1 ? '' : 's'} read differently`}
      </p>
      <BitStrip rows={[{ label: 'bits', cells: side.cells }]} label={`Bits under ${side.kernel}`} />
      <ol
        aria-label={`Fields under ${side.kernel}`}
        className="mt-3 divide-y divide-slate-200 text-xs dark:divide-slate-800"
      >
        {side.rows.map((r) => (
          <li
            key={r.id}
            data-field-id={r.id}
            data-differs={r.differs || undefined}
            className={`grid grid-cols-[3.5rem_minmax(0,1fr)_minmax(0,8rem)] gap-x-2 px-1.5 py-1 ${
              r.differs
                ? 'border-l-4 border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-amber-950/60'
                : 'border-l-4 border-transparent'
            }`}
          >
            <span className="flex items-center gap-1 font-mono tabular-nums">
              <span
                aria-hidden="true"
                className={`h-2.5 w-1.5 shrink-0 rounded-full border ${CATEGORY_STYLES[r.category].swatch}`}
              />
              <span className="sr-only">Bits </span>
              {r.range}
            </span>
            <span className="min-w-0">
              <span className="font-semibold">{r.name}</span>
              {r.differs && (
                <span className="ml-1.5 rounded bg-amber-700 px-1 text-[10px] font-bold text-white uppercase dark:bg-amber-300 dark:text-amber-950">
                  differs
                </span>
              )}
              {r.symbol && <span className={`block font-mono break-all ${mutedText}`}>{r.symbol}</span>}
            </span>
            <span className="min-w-0 font-mono break-words">{r.text}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * The value decoded under two kernels side by side: compact bit strips and field lists
 * with every field whose meaning differs marked, and the predicates that differ.
 */
export default function CompareKernels() {
  const store = useInspectorStore();
  const params = useInspector(selectParams);
  const value = useInspector((s) => s.lastValidValue);
  const level = useInspector(selectLevel);
  const kernel = useInspector((s) => s.kernel);
  const summary = useInspector(selectKernelSummary);
  const hints = useInspector(selectEraHints);
  const [a, setA] = useState(kernel);
  const [b, setB] = useState(() => defaultOther(summary.era, hints));

  const view = useMemo(() => {
    if (!parseKernelChoice(a).ok || !parseKernelChoice(b).ok) return null;
    return buildCompareView(compareEras(params, value, a, b, level));
  }, [params, value, level, a, b]);

  return (
    <Panel title="Compare kernels">
      <div className="flex flex-wrap items-end gap-3">
        <KernelSelect label="Kernel A" value={a} extra={kernel} onChange={setA} />
        <KernelSelect label="Kernel B" value={b} extra={kernel} onChange={setB} />
        <button
          type="button"
          className={`rounded text-sm text-blue-700 underline underline-offset-2 dark:text-sky-300 ${focusRing}`}
          onClick={() => store.getState().setKernel(b)}
        >
          Decode the inspector with kernel B
        </button>
      </div>
      <p className={`mt-2 text-sm ${mutedText}`}>
        <span className="font-mono">{hex16(value)}</span> at level {level}, on the inspector&apos;s host.
      </p>
      {view && (
        <>
          <p className="mt-2 text-sm font-semibold" data-testid="compare-summary">
            {view.differingBits.length === 0
              ? 'Every bit means the same under both kernels.'
              : `Bits read differently: ${view.differingText}.`}{' '}
            {view.predicates.length === 0
              ? 'No predicate differs.'
              : `${view.predicates.length} predicate${view.predicates.length === 1 ? '' : 's'} differ.`}
          </p>
          <div className="mt-3 grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
            <Side side={view.sides[0]} name="Kernel A" />
            <Side side={view.sides[1]} name="Kernel B" />
          </div>
          {view.predicates.length > 0 && (
            <div className="mt-4 overflow-x-auto">
              <table className="w-full border-collapse text-xs">
                <caption className="mb-1 text-left text-sm font-semibold">Predicates that differ</caption>
                <TableHead columns={['Function', 'Kernel A', 'Kernel B']} />
                <tbody>
                  {view.predicates.map((p) => (
                    <tr key={p.name} className="border-t border-slate-200 align-top dark:border-slate-800">
                      <th scope="row" className="py-1 pr-3 text-left font-mono font-normal break-all">
                        {p.name}
                        {p.onlyIn && (
                          <span className={`block font-sans ${mutedText}`}>
                            only in kernel {p.onlyIn.toUpperCase()}
                          </span>
                        )}
                      </th>
                      <td className={`py-1 pr-3 font-mono ${p.onlyIn === 'b' ? mutedText : ''}`}>{p.a}</td>
                      <td className={`py-1 font-mono ${p.onlyIn === 'a' ? mutedText : ''}`}>{p.b}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Panel>
  );
}
