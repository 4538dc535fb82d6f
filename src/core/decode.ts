/**
 * decode(): everything a front end shows for one value on one host at one level.
 * Never throws for a 64-bit value; oddities come back as findings.
 */

import { fieldValue, hexShort } from './bits';
import { classify, type Classification } from './classify';
import { AD_TYPES, EPT_MEMORY_TYPES } from './constants';
import { checkFindings } from './findings/check';
import type { Finding } from './findings/types';
import type { Host } from './host';
import { layoutFor } from './layout/tables';
import type { FieldDef, Layout } from './layout/types';
import { get_mmio_spte_generation } from './predicates';
import { computeVerdicts, type Verdicts } from './verdicts';
import { writableReport, type WritableReport } from './writable';

export interface DecodedField {
  readonly def: FieldDef;
  /** Bits lo..hi shifted down. */
  readonly raw: bigint;
  /** Human reading of the raw value (formatted on first read). */
  readonly text: string;
}

export interface Decoded {
  value: bigint;
  level: number;
  cls: Classification;
  layout: Layout;
  fields: DecodedField[];
  /** Exactly the predicates the host's kernel has, under its names, in vector key order. */
  verdicts: Verdicts;
  writable: WritableReport;
  findings: Finding[];
}

/** `host` (optional) selects the kernel's MMIO generation layout; mainline without it. */
export function describeField(def: FieldDef, raw: bigint, value: bigint, host?: Host): string {
  switch (def.format) {
    case 'flag':
      return raw === 1n ? 'set' : 'clear';
    case 'memtype':
      return `${raw} = ${EPT_MEMORY_TYPES[Number(raw)] ?? '?'}`;
    case 'ad-type':
      return `${raw.toString(2).padStart(2, '0')} = ${AD_TYPES[Number(raw)] ?? '?'}`;
    case 'pfn':
      return `pfn ${hexShort(raw)}`;
    case 'gfn-part':
      return `gfn bits ${hexShort(raw)}`;
    case 'gen-part':
      return host ? `${raw} (generation ${get_mmio_spte_generation(host, value)})` : raw.toString();
    case 'number':
      return raw.toString();
    case 'hex':
      return hexShort(raw);
  }
}

/**
 * A decoded field whose raw value and reading are computed on first use: a front end shows a handful of
 * them, the CLI's --json all, a bulk scan none — formatting every one up front would cost
 * more than all the predicates together.
 */
class LazyField implements DecodedField {
  private rawCache: bigint | undefined;
  private textCache: string | undefined;
  constructor(
    readonly def: FieldDef,
    private readonly value: bigint,
    private readonly host: Host,
  ) {}
  get raw(): bigint {
    return (this.rawCache ??= fieldValue(this.value, this.def.lo, this.def.hi));
  }
  get text(): string {
    return (this.textCache ??= describeField(this.def, this.raw, this.value, this.host));
  }
}

/**
 * The result of decode(). Field readings are built on first read of `fields`: a front end
 * reads them, the CLI's --json too, a bulk scan (log, findings) never does.
 */
class DecodedSpte implements Decoded {
  private fieldsCache: DecodedField[] | undefined;
  readonly layout: Layout;
  readonly verdicts: Verdicts;
  readonly writable: WritableReport;
  readonly findings: Finding[];
  constructor(
    private readonly host: Host,
    readonly value: bigint,
    readonly level: number,
    readonly cls: Classification,
  ) {
    this.layout = layoutFor(host, cls.kind);
    this.verdicts = computeVerdicts(host, value, cls);
    this.writable = writableReport(host, value, cls.present && cls.leaf && !cls.mmio && !cls.frozen);
    this.findings = checkFindings({ host, value, level, cls, writable: this.writable });
  }
  get fields(): DecodedField[] {
    return (this.fieldsCache ??= this.layout.fields.map((def) => new LazyField(def, this.value, this.host)));
  }
}

export function decode(host: Host, value: bigint, level: number): Decoded {
  return new DecodedSpte(host, value, level, classify(host, value, level));
}
