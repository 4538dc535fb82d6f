import { LOG_FORMATS } from '../../core/log';
import { focusRing, mutedText } from '../components/styles';

/** Formats that carry an SPTE, once each (two WARN wordings share an id). */
const READ = LOG_FORMATS.filter(
  (f, i) =>
    (f.kind === 'entry' || f.kind === 'walk-entry') && LOG_FORMATS.findIndex((g) => g.id === f.id) === i,
);
/** Lines recognised and deliberately skipped: they print numbers that are not SPTEs. */
const SKIPPED = [...new Set(LOG_FORMATS.filter((f) => f.kind === 'silent').map((f) => f.id))];

/**
 * "Which lines are read": every format the reader takes SPTEs from, where the kernel prints
 * it and an example, from the extractor's own table (so it cannot drift from what is matched).
 */
export function FormatHelp({ noneFound }: { noneFound: boolean }) {
  return (
    <details className="mt-2 text-xs" open={noneFound || undefined}>
      <summary
        className={`cursor-pointer rounded font-semibold text-slate-700 dark:text-slate-300 ${focusRing}`}
      >
        Which lines are read
      </summary>
      {noneFound && (
        <p className="mt-1">No line of this text is one the kernel prints an SPTE in. These are:</p>
      )}
      <ul className="mt-1 flex flex-col gap-1.5">
        {READ.map((f) => (
          <li key={f.id}>
            <span className="font-mono font-semibold">{f.id}</span>{' '}
            <span className={mutedText}>
              · {f.origin}
              {f.hasLevel ? ' · gives the level' : ''}
            </span>
            <code className="block truncate font-mono text-[11px]" title={f.example}>
              {f.example}
            </code>
          </li>
        ))}
      </ul>
      <p className={`mt-2 ${mutedText}`}>
        With any prefix from trace-cmd, the tracing filesystem, perf, dmesg (with or without -T), syslog or
        the journal, behind <code className="font-mono">&gt;</code> quoting at any depth, and re-joined when a
        mail client wrapped them. Recognised and skipped, because their numbers are not SPTEs:{' '}
        {SKIPPED.join(', ')}.
      </p>
    </details>
  );
}
