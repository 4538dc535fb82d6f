import { ThemeSwitch } from './components/ThemeSwitch';

export function AppHeader() {
  return (
    <header className="border-b border-slate-200 bg-white/80 dark:border-slate-800 dark:bg-slate-900/80">
      <div className="mx-auto flex max-w-[120rem] flex-wrap items-center justify-between gap-2 px-2 py-2 sm:px-6">
        <div className="flex min-w-0 items-center gap-2 sm:gap-3">
          <img src="favicon.svg" alt="" width={28} height={28} className="size-7 shrink-0" />
          <div className="flex min-w-0 flex-wrap items-baseline gap-x-3">
            <h1 className="text-lg font-bold tracking-tight sm:text-xl">SPTE Inspector</h1>
            <p className="hidden text-sm text-slate-600 xl:block dark:text-slate-400">
              Decode Linux KVM x86 shadow page table entries, bit by bit, exactly as the kernel reads them.
            </p>
          </div>
        </div>
        <ThemeSwitch />
      </div>
    </header>
  );
}
