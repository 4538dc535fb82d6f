/**
 * The addresses a log states next to its SPTEs: the faulting GPA of a hierarchy dump's
 * header (get_mmio_spte's reserved-bit dump, the #VE walk, the old EPT-misconfiguration
 * dump) and the GFN the kernel itself decoded from an MMIO SPTE (handle_mmio_page_fault).
 * The extractor deliberately never takes these numbers for SPTEs; this scanner keeps them
 * so an MMIO SPTE's GFN can be checked against what the kernel saw (see
 * src/core/infer/maxphyaddr.ts). Pure; one cheap substring test per line.
 */

import type { WalkFamily } from './formats';

/** What a line says about the address its SPTEs map. */
export interface AddressClaim {
  /** 1-based physical line number (as the extractor counts). */
  line: number;
  /**
   * 'mmio' | 've' | 'ept': the header of a hierarchy dump of that family (its walk's
   * entries follow); 'fault': a handle_mmio_page_fault trace line, which follows the
   * check_mmio_spte line of the same SPTE.
   */
  source: WalkFamily | 'fault';
  /** The address printed (a GPA for dumps of a direct MMU; 0 or a GVA in fault lines). */
  address: bigint;
  /** The GFN the kernel decoded from the MMIO SPTE (fault lines only), else null. */
  gfn: bigint | null;
}

const HEX = '(?:0[xX])?([0-9a-fA-F]{1,16})(?![0-9A-Za-z_])';

/**
 * The address-bearing line formats (their LogFormatId in formats.ts in the comment). Each
 * has an anchor tested before its regex runs.
 */
const CLAIMS: readonly { anchor: string; source: AddressClaim['source']; re: RegExp }[] = [
  // walk_header, walk_header_old: "get_mmio_spte: reserved bits set …, addr 0x…, hierarchy:"
  { anchor: 'get_mmio_spte:', source: 'mmio', re: new RegExp(`get_mmio_spte: .*?\\baddr ${HEX}`) },
  // ve_header: "kvm: #VE 1234000, spte[4] = …"
  { anchor: '#VE ', source: 've', re: new RegExp(`(?:^|[\\s:])#VE ${HEX},`) },
  // ept_misconfig_gpa: "EPT: GPA: 0x108ba4538"
  { anchor: 'EPT: GPA:', source: 'ept', re: new RegExp(`EPT: GPA: ${HEX}`) },
  // handle_mmio_page_fault: "addr:fe00d000 gfn fe00d access 6"
  {
    anchor: 'handle_mmio_page_fault:',
    source: 'fault',
    re: new RegExp(`handle_mmio_page_fault: addr:${HEX} gfn ${HEX}`),
  },
];

export interface AddressScanner {
  /** Feed the next physical line (the same lines, in the same order, as the extractor). */
  push(line: string): void;
  claims(): AddressClaim[];
}

export function createAddressScanner(): AddressScanner {
  const found: AddressClaim[] = [];
  let lineNo = 0;
  return {
    push(raw: string) {
      lineNo++;
      if (typeof raw !== 'string') return;
      for (const c of CLAIMS) {
        if (!raw.includes(c.anchor)) continue;
        const m = c.re.exec(raw.length > 4096 ? raw.slice(0, 4096) : raw);
        if (!m) continue;
        found.push({
          line: lineNo,
          source: c.source,
          address: BigInt(`0x${m[1]!}`),
          gfn: m[2] === undefined ? null : BigInt(`0x${m[2]}`),
        });
      }
    },
    claims: () => found,
  };
}

/** Every address claim of a whole text (any line terminators). */
export function scanAddresses(text: string): AddressClaim[] {
  const s = createAddressScanner();
  for (const line of text.split(/\r\n|\n|\r/)) s.push(line);
  return s.claims();
}
