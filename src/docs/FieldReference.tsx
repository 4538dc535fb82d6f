/**
 * The docs page's field reference: every kind's bit rows for a chosen kernel and host.
 * It renders core's fieldReference, the same rows `spte fields` prints, so the page and
 * the CLI cannot disagree about what a bit means.
 */

import { useId, useMemo, useState } from 'react';
import { ERAS, PRESETS, fieldReference, hostFromPreset, NEWEST_ERA } from '../core';
import { DocTable } from './DocTable';

const select =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900';

/** One kernel per era, named by the release it is modelled on. */
const KERNELS = ERAS.map((e) => ({ version: e.modelledOn, label: `${e.modelledOn} (${e.label})` }));
const NEWEST = ERAS.find((e) => e.id === NEWEST_ERA)!.modelledOn;

export function FieldReference() {
  const [kernel, setKernel] = useState(NEWEST);
  const [preset, setPreset] = useState('ept-ad');
  const kernelId = useId();
  const presetId = useId();
  const ref = useMemo(() => fieldReference(hostFromPreset(preset, { kernel })!), [kernel, preset]);
  return (
    <>
      <p>
        What each bit means, per kind of SPTE, for one kernel and host. The rows come from the same table the
        decoder uses; <code>spte fields --kernel K --preset P</code> prints them in a terminal.
      </p>
      <div className="flex flex-wrap gap-4">
        <label htmlFor={kernelId} className="flex items-center gap-2 text-sm">
          Reference kernel
          <select id={kernelId} className={select} value={kernel} onChange={(e) => setKernel(e.target.value)}>
            {KERNELS.map((k) => (
              <option key={k.version} value={k.version}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={presetId} className="flex items-center gap-2 text-sm">
          Reference host
          <select id={presetId} className={select} value={preset} onChange={(e) => setPreset(e.target.value)}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="text-sm">
        {ref.host}; {ref.kernel}
      </p>
      {ref.kinds.map((k) => (
        <DocTable
          key={k.kind}
          caption={`Fields: ${k.label}`}
          captionVisible
          columns={['Bits', 'Field', 'Kernel symbol', 'Meaning']}
        >
          {k.rows.map((r) => (
            <tr key={`${r.lo}`} className="align-top">
              <td className="px-3 py-2 font-mono whitespace-nowrap">{r.bits}</td>
              <th scope="row" className="px-3 py-2 font-semibold whitespace-nowrap">
                {r.name}
              </th>
              <td className="px-3 py-2 font-mono text-xs">{r.symbol}</td>
              <td className="px-3 py-2">{r.meaning}</td>
            </tr>
          ))}
        </DocTable>
      ))}
    </>
  );
}
