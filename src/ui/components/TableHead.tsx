import { mutedText } from './styles';

/** The header row of the page's small data tables (flush decisions, differing predicates). */
export function TableHead({ columns }: { columns: readonly string[] }) {
  return (
    <thead>
      <tr className={`text-left ${mutedText}`}>
        {columns.map((c, i) => (
          <th key={c} scope="col" className={`py-1 font-semibold ${i < columns.length - 1 ? 'pr-3' : ''}`}>
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
