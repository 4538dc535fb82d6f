/** What each copy button puts on the clipboard (all text comes from the core's formatters). */

import { cExpression, hex16, markdownSummary, type Decoded, type Host } from '../../core';

export type CopyKind = 'hex' | 'c' | 'markdown';

export const COPY_LABELS: Record<CopyKind, { button: string; done: string }> = {
  hex: { button: 'Copy hex', done: 'Copied the value as hex' },
  c: { button: 'Copy C expression', done: 'Copied the C expression' },
  markdown: { button: 'Copy Markdown summary', done: 'Copied the Markdown summary' },
};

export function copyText(kind: CopyKind, host: Host, d: Decoded): string {
  switch (kind) {
    case 'hex':
      return hex16(d.value);
    case 'c':
      return cExpression(d);
    case 'markdown':
      return markdownSummary(host, d);
  }
}
