import { eraInfo } from '../../core';
import { useInspector } from '../store';
import { selectKernelSummary } from '../store/selectors';
import { DisclosureButton } from './DisclosureButton';
import KernelHints from './KernelHints';
import { Panel } from './Panel';
import { mutedText } from './styles';

/**
 * The full page's kernel panel: the kernel being decoded for, what the value itself says
 * about the era (suggestEras; never applied without a click), the kernel's mask variables,
 * and the switch for the side-by-side comparison.
 */
export function KernelPanel({
  compareOpen,
  onToggleCompare,
  compareId,
}: {
  compareOpen: boolean;
  onToggleCompare: () => void;
  compareId: string;
}) {
  const kernel = useInspector(selectKernelSummary);

  return (
    <Panel
      title="Kernel"
      actions={
        <DisclosureButton open={compareOpen} controls={compareId} onToggle={onToggleCompare}>
          Compare kernels
        </DisclosureButton>
      }
    >
      <p className="text-sm">
        Decoding for kernel <span className="font-mono font-semibold">{kernel.version}</span>, era{' '}
        <span className="font-semibold">{kernel.eraLabel}</span>{' '}
        <span className={`font-mono text-xs ${mutedText}`}>({kernel.era})</span>
      </p>
      <p className={`mt-1 text-xs leading-snug ${mutedText}`}>{eraInfo(kernel.era).identifies}</p>
      {kernel.note && (
        <p className="mt-2 rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100">
          {kernel.note}
        </p>
      )}

      <KernelHints />
    </Panel>
  );
}
