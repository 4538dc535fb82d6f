/**
 * SPTE log extraction: finds the SPTE values in kernel logs, trace output and mailed
 * excerpts of both. Pure (no I/O); the CLI streams lines into `createLogExtractor`.
 */

export type { EraClue, EraHint, LogEntry, LogExtractor, LogFormatId, LogRole } from './types';
export { createLogExtractor, extractSptes } from './extract';
export { eraHintsFromLine } from './era';
export { LOG_FORMATS, type LogFormatInfo } from './catalog';
export { createAddressScanner, scanAddresses, type AddressClaim, type AddressScanner } from './addresses';
