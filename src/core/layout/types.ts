/** Field tables: the single source for bit names, colours, docs text, CLI and tests. */

import type { KernelEra } from '../eras/types';

export type SpteKind = 'leaf' | 'nonleaf' | 'mmio' | 'access-tracked' | 'frozen' | 'nonpresent';

/** Colour/legend category. Every category also has a text label, never colour alone. */
export type FieldCategory =
  | 'permission'
  | 'memtype'
  | 'accessed-dirty'
  | 'ad-type'
  | 'saved-rx'
  | 'writable-tracking'
  | 'mmu-present'
  | 'address'
  | 'encryption'
  | 'page-size'
  | 'bit63'
  | 'mmio-marker'
  | 'mmio-gen'
  | 'mmio-access'
  | 'l1tf-guard'
  | 'frozen-marker'
  | 'reserved'
  | 'unused';

/** How a field's raw value reads to a person. */
export type FieldFormat = 'flag' | 'memtype' | 'ad-type' | 'pfn' | 'gfn-part' | 'gen-part' | 'hex' | 'number';

export interface FieldDef {
  /** Stable id within a layout (e.g. "pfn", "mmu_writable", "gen_high"). */
  id: string;
  name: string;
  lo: number;
  hi: number;
  /** Kernel symbol to grep for. */
  symbol: string;
  category: FieldCategory;
  /** One line, our own words. */
  meaning: string;
  format: FieldFormat;
  /** Multi-bit fields the UI lets people edit in place. */
  editable: boolean;
}

export interface Layout {
  kind: SpteKind;
  flavour: 'ept' | 'x86';
  /** Kernel era whose bit positions and symbols the table uses. */
  era: KernelEra;
  /** Sorted from bit 63 down to bit 0; covers every bit exactly once. */
  fields: readonly FieldDef[];
}

export const KIND_LABELS: Readonly<Record<SpteKind, string>> = {
  leaf: 'shadow-present leaf',
  nonleaf: 'non-leaf',
  mmio: 'MMIO SPTE',
  'access-tracked': 'access-tracked',
  frozen: 'frozen',
  nonpresent: 'non-present',
};

export const CATEGORY_LABELS: Readonly<Record<FieldCategory, string>> = {
  permission: 'Permissions',
  memtype: 'Memory type',
  'accessed-dirty': 'Accessed / Dirty',
  'ad-type': 'A/D type',
  'saved-rx': 'Saved R/X',
  'writable-tracking': 'Host/MMU-writable',
  'mmu-present': 'MMU-present',
  address: 'PFN / GFN',
  encryption: 'Encryption / KeyID',
  'page-size': 'Page size',
  bit63: 'Bit 63 role',
  'mmio-marker': 'MMIO marker',
  'mmio-gen': 'MMIO generation',
  'mmio-access': 'MMIO access',
  'l1tf-guard': 'L1TF guard',
  'frozen-marker': 'Frozen marker',
  reserved: 'Reserved',
  unused: 'Unused / ignored',
};
