import { kernelSourceLinks, kernelTag } from './lib/kernelSources';
import { useInspector } from './store';

export function AppFooter() {
  const kernel = useInspector((s) => s.kernel);
  const tag = kernelTag(kernel);
  return (
    <footer className="mt-8 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-[120rem] flex-col gap-2 px-3 py-6 text-sm text-slate-600 sm:px-6 dark:text-slate-400">
        <nav aria-label="Kernel sources" className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <span className="font-semibold">Kernel sources{tag === null ? '' : ` at ${tag}`}:</span>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 font-mono">
            {kernelSourceLinks(kernel).map((l) => (
              <li key={l.label}>
                <a
                  href={l.href}
                  title={l.what}
                  className="text-blue-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-sky-300"
                >
                  {l.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          Decoding follows arch/x86/kvm/mmu (spte.h, spte.c, mmu.c, tdp_mmu.c). Bits are numbered from 0
          (least significant). The value, host and level live in the page address, so links reproduce exactly
          what you see.
        </p>
        <a
          href="embed.html"
          className="w-fit text-blue-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:text-sky-300"
        >
          Embed the inspector in your documentation
        </a>
      </div>
    </footer>
  );
}
