/**
 * Host parameters: the CPU and module inputs the kernel reads at kvm.ko / kvm-intel.ko /
 * kvm-amd.ko load and at VM creation. Keys are spelled exactly as in the golden vectors'
 * `configs.json` `params`, so a configuration file can be passed through unchanged.
 */

import { describeValue } from './echo';

export type Vendor = 'intel' | 'amd';
/** Which reserved-bit checker KVM builds for the MMU whose SPTEs are decoded. */
export type RsvdModel = 'tdp-ept' | 'nested-ept' | 'tdp-npt' | 'shadow';

export interface HostParams {
  vendor: Vendor;
  tdp_enabled: boolean;
  ept_ad_bits: boolean;
  ept_exec_only: boolean;
  maxphyaddr_cpuid: number;
  x86_phys_bits: number;
  x86_cache_bits: number;
  x86_bug_l1tf: boolean;
  sme_active: boolean;
  syscfg_mem_encrypt: boolean;
  c_bit: number;
  tdx_td_vm: boolean;
  tdx_shared_gpa_bit: number;
  mmio_caching_param: boolean;
  root_level: number;
  gbpages: boolean;
  max_huge_page_level: number;
  nx_huge_pages: boolean;
  pml_dirty_logging: boolean;
  rsvd_model: RsvdModel;
  nested_execonly: boolean;
  guest_maxphyaddr: number;
  config_dynamic_physical_mask: boolean;
}

export type ParamKey = keyof HostParams;

interface ParamSpecBase {
  key: ParamKey;
  label: string;
  help: string;
}
export type ParamSpec =
  | (ParamSpecBase & { type: 'boolean' })
  | (ParamSpecBase & { type: 'number'; min: number; max: number })
  | (ParamSpecBase & { type: 'enum'; options: readonly { value: string; label: string }[] });

/** Every parameter, with the wording the UI and CLI show. Order = display order. */
export const PARAM_SPECS: readonly ParamSpec[] = [
  {
    key: 'vendor',
    type: 'enum',
    label: 'CPU vendor',
    help: 'Intel (VMX/EPT) or AMD (SVM/NPT).',
    options: [
      { value: 'intel', label: 'Intel' },
      { value: 'amd', label: 'AMD' },
    ],
  },
  {
    key: 'tdp_enabled',
    type: 'boolean',
    label: 'TDP (EPT/NPT) enabled',
    help: 'Off means legacy shadow paging.',
  },
  {
    key: 'rsvd_model',
    type: 'enum',
    label: 'MMU whose SPTEs these are',
    help: 'Selects the reserved-bit checker: TDP MMU on EPT or NPT, the shadow-EPT MMU of a nested (L2) guest, or legacy shadow paging.',
    options: [
      { value: 'tdp-ept', label: 'TDP MMU, EPT' },
      { value: 'nested-ept', label: 'Shadow EPT for L2 (nested)' },
      { value: 'tdp-npt', label: 'TDP MMU, NPT' },
      { value: 'shadow', label: 'Legacy shadow paging' },
    ],
  },
  {
    key: 'ept_ad_bits',
    type: 'boolean',
    label: 'EPT A/D bits',
    help: 'enable_ept_ad_bits (forced off without hardware support).',
  },
  {
    key: 'ept_exec_only',
    type: 'boolean',
    label: 'EPT execute-only',
    help: 'CPU supports execute-only EPT entries; the present mask then omits R.',
  },
  {
    key: 'pml_dirty_logging',
    type: 'boolean',
    label: 'PML enabled',
    help: 'PML enabled for the VM (kvm-intel with PML: cpu_dirty_log_size non-zero), whether or not a memslot is being dirty-logged; from 5.12 every nested-EPT (L2) SPTE then uses A/D type WRPROT_ONLY.',
  },
  {
    key: 'nested_execonly',
    type: 'boolean',
    label: 'L1 allows execute-only',
    help: 'Execute-only capability L1 exposes to L2 (nested EPT reserved-bit check only).',
  },
  {
    key: 'maxphyaddr_cpuid',
    type: 'number',
    label: 'MAXPHYADDR',
    min: 32,
    max: 52,
    help: 'CPUID 0x80000008 EAX[7:0]; bits from here to 51 are reserved in present SPTEs.',
  },
  {
    key: 'x86_phys_bits',
    type: 'number',
    label: 'x86_phys_bits',
    min: 32,
    max: 52,
    help: 'Usable PA width; below MAXPHYADDR when MKTME/TDX KeyIDs or SME reduce it.',
  },
  {
    key: 'x86_cache_bits',
    type: 'number',
    label: 'x86_cache_bits',
    min: 32,
    max: 52,
    help: 'PA width of the L1 cache; places the L1TF guard bits.',
  },
  {
    key: 'x86_bug_l1tf',
    type: 'boolean',
    label: 'L1TF-affected CPU',
    help: 'X86_BUG_L1TF: MMIO SPTEs then carry five guard bits below x86_cache_bits.',
  },
  {
    key: 'syscfg_mem_encrypt',
    type: 'boolean',
    label: 'SYSCFG memory encryption',
    help: 'AMD SME/SEV enabled in SYSCFG: the MMIO mask moves to bits x86_phys_bits..51.',
  },
  {
    key: 'sme_active',
    type: 'boolean',
    label: 'Host SME active',
    help: 'The C-bit is then set in every non-MMIO SPTE (shadow_me_value).',
  },
  {
    key: 'c_bit',
    type: 'number',
    label: 'C-bit position',
    min: 0,
    max: 51,
    help: 'CPUID 0x8000001F EBX[5:0].',
  },
  {
    key: 'tdx_td_vm',
    type: 'boolean',
    label: 'TDX trust domain',
    help: 'Per-VM MMIO value 0: RWX=0 with bit 63 clear makes the TDX module inject #VE.',
  },
  {
    key: 'tdx_shared_gpa_bit',
    type: 'number',
    label: 'TDX shared-GPA bit',
    min: 0,
    max: 51,
    help: 'GPA bit 51 (GPAW 52) or 47.',
  },
  {
    key: 'mmio_caching_param',
    type: 'boolean',
    label: 'MMIO caching (kvm.mmio_caching)',
    help: 'Module parameter; also forced off when no reserved PA bit is left.',
  },
  {
    key: 'root_level',
    type: 'number',
    label: 'Root level',
    min: 3,
    max: 5,
    help: '4- or 5-level paging; 3 = a PAE root (32-bit hosts: PAE shadow paging and NPT).',
  },
  {
    key: 'max_huge_page_level',
    type: 'number',
    label: 'Largest page',
    min: 1,
    max: 3,
    help: '1 = 4K only, 2 = 2M, 3 = 1G (EPT reserved-bit check).',
  },
  {
    key: 'gbpages',
    type: 'boolean',
    label: '1G pages (GBPAGES)',
    help: 'Without them bit 7 is reserved at level 3 (NPT/shadow check).',
  },
  {
    key: 'nx_huge_pages',
    type: 'boolean',
    label: 'NX huge pages mitigation',
    help: 'iTLB multi-hit mitigation: huge leaves lose execute.',
  },
  {
    key: 'guest_maxphyaddr',
    type: 'number',
    label: 'Guest MAXPHYADDR',
    min: 32,
    max: 52,
    help: 'Informational: the guest CPUID value.',
  },
  {
    key: 'config_dynamic_physical_mask',
    type: 'boolean',
    label: 'CONFIG_DYNAMIC_PHYSICAL_MASK',
    help: 'Distribution default; lets SME remove the C-bit from physical_mask.',
  },
];

export interface ParamProblem {
  keys: ParamKey[];
  message: string;
}

export type ParamsResult = { ok: true; params: HostParams } | { ok: false; problems: ParamProblem[] };

function typeProblems(raw: Record<string, unknown>): ParamProblem[] {
  const out: ParamProblem[] = [];
  for (const spec of PARAM_SPECS) {
    const v = raw[spec.key];
    if (v === undefined) {
      out.push({ keys: [spec.key], message: `Missing parameter "${spec.key}" (${spec.label}).` });
    } else if (spec.type === 'boolean' && typeof v !== 'boolean') {
      out.push({
        keys: [spec.key],
        message: `"${spec.key}" must be true or false, got ${describeValue(v)}.`,
      });
    } else if (
      spec.type === 'number' &&
      (typeof v !== 'number' || !Number.isInteger(v) || v < spec.min || v > spec.max)
    ) {
      out.push({
        keys: [spec.key],
        message: `"${spec.key}" (${spec.label}) must be an integer from ${spec.min} to ${spec.max}, got ${describeValue(v)}.`,
      });
    } else if (spec.type === 'enum' && !spec.options.some((o) => o.value === v)) {
      out.push({
        keys: [spec.key],
        message: `"${spec.key}" must be one of ${spec.options.map((o) => o.value).join(', ')}, got ${describeValue(v)}.`,
      });
    }
  }
  return out;
}

/** Combinations that no real host produces. Each names the parameters involved. */
function consistencyProblems(p: HostParams): ParamProblem[] {
  const out: ParamProblem[] = [];
  const add = (keys: ParamKey[], message: string) => out.push({ keys, message });
  if (p.x86_phys_bits > p.maxphyaddr_cpuid)
    add(
      ['x86_phys_bits', 'maxphyaddr_cpuid'],
      `x86_phys_bits (${p.x86_phys_bits}) cannot exceed MAXPHYADDR (${p.maxphyaddr_cpuid}).`,
    );
  if (p.x86_cache_bits < p.x86_phys_bits)
    add(
      ['x86_cache_bits', 'x86_phys_bits'],
      `x86_cache_bits (${p.x86_cache_bits}) cannot be below x86_phys_bits (${p.x86_phys_bits}).`,
    );
  if (p.sme_active && !p.syscfg_mem_encrypt)
    add(
      ['sme_active', 'syscfg_mem_encrypt'],
      'Host SME can only be active when SYSCFG memory encryption is enabled.',
    );
  if ((p.sme_active || p.syscfg_mem_encrypt) && p.vendor !== 'amd')
    add(
      ['vendor', 'sme_active', 'syscfg_mem_encrypt'],
      'SME/SYSCFG memory encryption exists only on AMD CPUs.',
    );
  if (p.sme_active && p.c_bit >= p.maxphyaddr_cpuid)
    add(
      ['c_bit', 'maxphyaddr_cpuid'],
      `The C-bit (${p.c_bit}) must lie below MAXPHYADDR (${p.maxphyaddr_cpuid}).`,
    );
  if (p.sme_active && p.c_bit < 12)
    add(['c_bit'], `The C-bit (${p.c_bit}) must be a physical-address bit (12 or above).`);
  if (p.tdx_td_vm && (p.vendor !== 'intel' || !p.tdp_enabled))
    add(['tdx_td_vm', 'vendor', 'tdp_enabled'], 'A TDX trust domain needs an Intel host with EPT enabled.');
  if (p.tdx_td_vm && p.tdx_shared_gpa_bit !== 47 && p.tdx_shared_gpa_bit !== 51)
    add(['tdx_shared_gpa_bit'], `The TDX shared-GPA bit is 47 or 51, got ${p.tdx_shared_gpa_bit}.`);
  if (p.tdx_td_vm && p.tdx_shared_gpa_bit >= p.maxphyaddr_cpuid)
    add(
      ['tdx_shared_gpa_bit', 'maxphyaddr_cpuid'],
      `The shared-GPA bit (${p.tdx_shared_gpa_bit}) must lie below MAXPHYADDR (${p.maxphyaddr_cpuid}).`,
    );
  // EPT is always 4- or 5-level; PAE roots exist for the x86 page-table format only.
  if (p.root_level === 3 && (p.rsvd_model === 'tdp-ept' || p.rsvd_model === 'nested-ept'))
    add(['root_level', 'rsvd_model'], 'A PAE root (level 3) exists only for shadow paging and NPT, not EPT.');
  const wantVendor: Record<RsvdModel, [Vendor | null, boolean]> = {
    'tdp-ept': ['intel', true],
    'nested-ept': ['intel', true],
    'tdp-npt': ['amd', true],
    shadow: [null, false],
  };
  const [vendor, tdp] = wantVendor[p.rsvd_model];
  if (vendor !== null && p.vendor !== vendor)
    add(
      ['rsvd_model', 'vendor'],
      `The "${p.rsvd_model}" MMU exists only on ${vendor === 'intel' ? 'Intel' : 'AMD'} hosts.`,
    );
  // The shadow MMU also runs with NPT on: it shadows L1's NPT tables for an L2 guest. With
  // EPT on, an L2 guest gets the nested-EPT MMU instead, so Intel shadow paging means EPT off.
  const shadowUnderTdp = p.rsvd_model === 'shadow' && p.tdp_enabled && p.vendor === 'amd';
  if (p.tdp_enabled !== tdp && !shadowUnderTdp)
    add(
      ['rsvd_model', 'tdp_enabled'],
      tdp
        ? `The "${p.rsvd_model}" MMU needs TDP enabled.`
        : 'On Intel, shadow paging is used only when EPT is disabled (nested guests get the nested-EPT MMU).',
    );
  if (p.vendor === 'amd' && (p.ept_ad_bits || p.ept_exec_only))
    add(
      ['vendor', 'ept_ad_bits', 'ept_exec_only'],
      'EPT A/D and execute-only are Intel EPT features; turn them off for AMD.',
    );
  return out;
}

/**
 * Validate untrusted input (a config file, a permalink, an embed attribute). Total: any
 * value of any shape (BigInt members, cycles, getters that throw) gives problems, never an
 * exception.
 */
export function checkParams(raw: unknown): ParamsResult {
  try {
    return checkParamsUnguarded(raw);
  } catch (e) {
    const why = e instanceof Error ? describeValue(e.message) : 'an unreadable value';
    return { ok: false, problems: [{ keys: [], message: `Host parameters could not be read: ${why}.` }] };
  }
}

function checkParamsUnguarded(raw: unknown): ParamsResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, problems: [{ keys: [], message: 'Host parameters must be a JSON object.' }] };
  // Read each member once: a getter cannot answer differently at the check and at the copy.
  const obj = Object.fromEntries(PARAM_SPECS.map((s) => [s.key, (raw as Record<string, unknown>)[s.key]]));
  const problems = typeProblems(obj);
  if (problems.length > 0) return { ok: false, problems };
  const params = Object.fromEntries(PARAM_SPECS.map((s) => [s.key, obj[s.key]])) as unknown as HostParams;
  const more = consistencyProblems(params);
  return more.length > 0 ? { ok: false, problems: more } : { ok: true, params };
}
