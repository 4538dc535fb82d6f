/** Shared class strings for form controls, so every control looks and focuses alike. */

export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:focus-visible:outline-sky-400';

export const controlBase = `rounded-md border border-slate-300 bg-white text-slate-900 shadow-xs dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100 ${focusRing}`;

export const invalidControl = 'border-red-600 dark:border-red-400';

export const buttonBase = `inline-flex items-center justify-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-xs hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 ${focusRing}`;

export const labelText = 'text-xs font-semibold text-slate-700 dark:text-slate-300';

export const mutedText = 'text-slate-600 dark:text-slate-400';

/** For fields holding hex, versions or logs: no spelling, completion or capitalisation help. */
export const codeTextProps = {
  spellCheck: false,
  autoComplete: 'off',
  autoCapitalize: 'off',
  autoCorrect: 'off',
} as const;
