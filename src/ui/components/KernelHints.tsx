import { type EraHint, type EraVerdict } from '../../core';
import { eraVersion } from '../lib/kernels';
import { useInspector, useInspectorStore } from '../store';
import { selectEraHints, selectMaskRows } from '../store/kernelSelectors';
import { selectKernelSummary } from '../store/selectors';
import { buttonBase, focusRing, mutedText } from './styles';

const VERDICT_TEXT: Record<EraVerdict, string> = {
  consistent: 'fits',
  inconsistent: 'does not fit',
  ambiguous: 'cannot tell',
};

const VERDICT_STYLE: Record<EraVerdict, string> = {
  consistent:
    'border-emerald-600 bg-white text-slate-900 dark:border-emerald-400 dark:bg-slate-900 dark:text-slate-100',
  // Not fitting another era is information, not a problem with the value: no red.
  inconsistent:
    'border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200',
  ambiguous:
    'border-slate-400 bg-slate-50 text-slate-800 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100',
};

const VERDICT_MARK: Record<EraVerdict, string> = { consistent: '✓', inconsistent: '✗', ambiguous: '?' };

/** "a, b and c" */
const joinAnd = (xs: readonly string[]): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

function Summary({ hints, selected }: { hints: readonly EraHint[]; selected: EraHint | undefined }) {
  const fits = hints.filter((h) => h.verdict === 'consistent');
  if (!selected) return null;
  if (selected.verdict === 'ambiguous')
    return (
      <p className={`text-sm ${mutedText}`}>Nothing in this value tells the eras apart: {selected.reason}.</p>
    );
  if (selected.verdict === 'consistent') {
    const not = hints.filter((h) => h.verdict === 'inconsistent');
    return (
      <p className="text-sm">
        This value fits the chosen era ({selected.label}).
        {fits.length > 1 && (
          <span className={mutedText}>
            {' '}
            It also fits {joinAnd(fits.filter((h) => h !== selected).map((h) => h.label))}.
          </span>
        )}
        {not.length > 0 && (
          <span className={mutedText}>
            {' '}
            Not {joinAnd(not.map((h) => h.label))}: {not[0]!.reason}
            {not.length > 1 ? ', …' : '.'}
          </span>
        )}
      </p>
    );
  }
  return (
    <div className="rounded-lg border border-amber-400 bg-amber-50 p-2.5 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950/60 dark:text-amber-100">
      <p className="font-semibold">
        This value does not fit the chosen era ({selected.label}): {selected.reason}.
      </p>
      <p className="mt-1">
        {fits.length === 0
          ? 'It fits none of the modelled eras.'
          : `It fits ${joinAnd(fits.map((h) => h.label))}: pick one below to decode it that way.`}
      </p>
    </div>
  );
}

/**
 * The kernel panel's analysis: for every era, whether the value fits it and why
 * (suggestEras; switching only on a click), and the kernel's mask variables.
 */
export default function KernelHints() {
  const store = useInspectorStore();
  const kernel = useInspector(selectKernelSummary);
  const hints = useInspector(selectEraHints);
  const masks = useInspector(selectMaskRows);
  const selected = hints.find((h) => h.era === kernel.era);
  return (
    <>
      <h3 className="mt-3 mb-1.5 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300">
        What the value says
      </h3>
      <Summary hints={hints} selected={selected} />
      {/* The per-era details on request; open by themselves only when the chosen era does not fit. */}
      <details key={selected?.verdict} open={selected?.verdict === 'inconsistent'} className="mt-2 text-xs">
        <summary
          className={`cursor-pointer rounded font-semibold text-slate-700 dark:text-slate-300 ${focusRing}`}
        >
          Every era, and why ({hints.length})
        </summary>
        <ul aria-label="Kernel eras for this value" className="mt-2 flex flex-col gap-1.5">
          {hints.map((h) => {
            const current = h.era === kernel.era;
            return (
              <li
                key={h.era}
                data-era={h.era}
                data-verdict={h.verdict}
                aria-current={current ? 'true' : undefined}
                className={`rounded-md border-l-4 px-2 py-1.5 text-xs ${VERDICT_STYLE[h.verdict]} ${current ? 'ring-2 ring-slate-900 dark:ring-white' : ''}`}
              >
                <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1">
                  <p className="text-sm">
                    <span aria-hidden="true" className="mr-1 font-bold">
                      {VERDICT_MARK[h.verdict]}
                    </span>
                    <span className="font-semibold">{h.label}</span> {VERDICT_TEXT[h.verdict]}
                    {current && <span className="font-semibold"> (chosen)</span>}
                  </p>
                  {h.verdict === 'consistent' && !current && (
                    <button
                      type="button"
                      onClick={() => store.getState().setKernel(eraVersion(h.era))}
                      className={`${buttonBase} px-2 py-0.5 text-xs`}
                    >
                      Use {h.label}
                    </button>
                  )}
                </div>
                <p className="mt-0.5 leading-snug">{h.reason}</p>
              </li>
            );
          })}
        </ul>
      </details>

      <details className="group mt-2 text-xs">
        <summary
          className={`cursor-pointer rounded font-semibold text-slate-700 dark:text-slate-300 ${focusRing}`}
        >
          Masks of this kernel ({masks.length})
        </summary>
        <dl className="mt-2 grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-1 font-mono">
          {masks.map((m) => (
            <div key={m.name} className="contents">
              <dt className="break-all text-slate-700 dark:text-slate-300">{m.name}</dt>
              <dd className="break-all">{m.value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </>
  );
}
