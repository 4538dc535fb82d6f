/** The docs page's reference tables: one look for the attribute table and the field reference. */

import type { ReactNode } from 'react';

export function DocTable({
  caption,
  captionVisible = false,
  columns,
  children,
}: {
  /** The table's accessible name; shown above it when `captionVisible`. */
  caption: ReactNode;
  captionVisible?: boolean;
  columns: readonly string[];
  /** The body rows. */
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <caption className={captionVisible ? 'px-3 py-2 text-left font-semibold' : 'sr-only'}>
          {caption}
        </caption>
        <thead className="bg-slate-100 text-xs tracking-wide text-slate-700 uppercase dark:bg-slate-800 dark:text-slate-300">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-3 py-2">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">{children}</tbody>
      </table>
    </div>
  );
}
