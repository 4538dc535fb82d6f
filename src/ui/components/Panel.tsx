import { useId, type ReactNode } from 'react';
import { useLandmarkName } from '../instanceName';

interface Props {
  /** Heading text; also the region's accessible name. */
  title: string;
  /** Controls shown at the right of the heading. */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A card with a heading, exposed as a named region. */
export function Panel({ title, actions, className = '', children }: Props) {
  const id = useId();
  const name = useLandmarkName(title);
  return (
    <section
      aria-labelledby={name ? undefined : id}
      aria-label={name}
      className={`rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4 dark:border-slate-800 dark:bg-slate-900 ${className}`}
    >
      <div className="mb-3 flex min-h-7 flex-wrap items-center justify-between gap-2">
        <h2
          id={id}
          className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300"
        >
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
