import { ThemeSwitch } from './components/ThemeSwitch';

export function AppHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-900/80">
      <div className="mx-auto flex max-w-[120rem] flex-wrap items-center justify-between gap-3 px-3 py-3 sm:px-6 sm:py-4">
        <div className="flex min-w-0 items-center gap-3">
          <img src="favicon.svg" alt="" width={32} height={32} className="size-8 shrink-0" />
          <div className="min-w-0">
            <h1 className="text-xl font-bold tracking-tight sm:text-2xl">SPTE Inspector</h1>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Decode Linux KVM x86 shadow page table entries, bit by bit, exactly as the kernel reads them.
            </p>
          </div>
        </div>
        <ThemeSwitch />
      </div>
    </header>
  );
}
