/** Which lane labels repeat at the start of a wrapped grid row (class strings only). */

/**
 * Where a grid row starts, a field continued from the byte before is named again.
 * `rowStart` gives, per byte position, the classes that hide that repeated name at the
 * container widths where the byte is not the first in its row.
 */
export type RowStartRule = (bytePos: number) => string;

/** The editable grid: 1 byte per row on a phone, then 2, 4 and 8 (see BitGrid). */
export const gridRowStarts: RowStartRule = (p) =>
  p % 2 === 1 ? '@md:invisible' : p % 4 === 2 ? '@2xl:invisible' : p === 4 ? '@min-[90rem]:invisible' : '';

/** The comparison strips: 2 bytes per row, then 4 and 8 (see BitStrip). */
export const stripRowStarts: RowStartRule = (p) =>
  p % 2 === 1 ? 'invisible' : p % 4 === 2 ? '@xl:invisible' : p === 4 ? '@5xl:invisible' : '';
