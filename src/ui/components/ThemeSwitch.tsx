import { useId } from 'react';
import type { ThemeChoice } from '../store';
import { useInspector, useInspectorStore } from '../store';
import { selectTheme } from '../store/selectors';

const CHOICES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The app's theme switch, bound to the inspector's store. */
export function ThemeSwitch() {
  const store = useInspectorStore();
  const theme = useInspector(selectTheme);
  return <ThemeRadios value={theme} onChange={(t) => store.getState().setTheme(t)} />;
}

/** Light / dark / follow the system, as a segmented radio group (also the docs page's). */
export function ThemeRadios({ value, onChange }: { value: ThemeChoice; onChange: (t: ThemeChoice) => void }) {
  const name = useId();
  return (
    <fieldset className="flex items-center rounded-lg border border-slate-300 bg-white p-0.5 text-sm dark:border-slate-600 dark:bg-slate-900">
      <legend className="sr-only">Theme</legend>
      {CHOICES.map((c) => (
        <label
          key={c.value}
          className={`relative cursor-pointer rounded-md px-2 py-1 sm:px-2.5 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-blue-600 dark:has-[:focus-visible]:outline-sky-400 ${
            value === c.value
              ? 'bg-slate-900 font-semibold text-white dark:bg-slate-100 dark:text-slate-900'
              : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
          }`}
        >
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
            className="absolute inset-0 cursor-pointer appearance-none opacity-0"
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
