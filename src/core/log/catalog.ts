/**
 * A read-only description of the supported line formats, for help screens and docs.
 * Derived from the format table so it cannot drift from what is matched.
 */

import { FORMATS, type FormatKind } from './formats';
import type { LogFormatId, LogRole } from './types';

export interface LogFormatInfo {
  id: LogFormatId;
  /** 'entry' and 'walk-entry' yield SPTEs; 'walk-header' opens a dump; 'silent' yields nothing. */
  kind: FormatKind;
  /** Roles of the entries one line yields (empty for headers and silent lines). */
  roles: readonly LogRole[];
  /** Whether the line prints a level for its SPTE. */
  hasLevel: boolean;
  /** The kernel-like format this is matched against. */
  template: string;
  /** Where the kernel prints it. */
  origin: string;
  example: string;
}

export const LOG_FORMATS: readonly LogFormatInfo[] = FORMATS.map((f) => ({
  id: f.id,
  kind: f.kind,
  roles: f.roles,
  hasLevel: f.captures.includes('level'),
  template: f.template,
  origin: f.origin,
  example: f.example,
}));
