import { describe, expect, it } from 'vitest';
import { KIND_LABELS } from '../layout/types';
import { kindInContext } from './kind-in-context';

describe('kindInContext', () => {
  it('names a value its message calls present as present, never as MMIO', () => {
    const r = kindInContext('mmio', 'present');
    expect(r.label).toBe('present (per its message)');
    expect(r.label).not.toMatch(/MMIO/);
    expect(r.note).toContain('would read as MMIO SPTE');
    expect(kindInContext('nonpresent', 'present').label).toBe('present (per its message)');
  });

  it('names a value an MMIO tracepoint printed as MMIO', () => {
    expect(kindInContext('leaf', 'mmio').label).toBe('MMIO (per its message)');
  });

  it('keeps the bits’ own kind when the message agrees or says nothing', () => {
    expect(kindInContext('leaf', 'present')).toEqual({ label: KIND_LABELS.leaf, note: null });
    expect(kindInContext('mmio', 'mmio')).toEqual({ label: KIND_LABELS.mmio, note: null });
    expect(kindInContext('mmio', 'any')).toEqual({ label: KIND_LABELS.mmio, note: null });
  });
});
