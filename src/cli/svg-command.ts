/**
 * `spte svg VALUE`: one decoded value as an SVG document on stdout (see renderSvg in the
 * core), for the kernel and host `spte decode VALUE` would choose with the same flags.
 */

import { parseSpte, renderSvg } from '../core';
import { UsageError, type CliOptions } from './args';
import { choose, type ChoiceRequest } from './choice';
import { TooLongLine, readLines, type Out } from './io';

async function firstStdinLine(): Promise<string> {
  for await (const line of readLines(null)) {
    if (line instanceof TooLongLine)
      throw new UsageError(`svg: stdin line of ${line.length} characters is far longer than any SPTE`);
    if (line.trim() !== '') return line.trim();
  }
  throw new UsageError('svg: stdin held no value');
}

export async function runSvg(o: CliOptions, req: ChoiceRequest, out: Out): Promise<void> {
  if (o.positional.length !== 1)
    throw new UsageError('svg takes exactly one VALUE ("-" reads it from stdin)');
  const text = o.positional[0] === '-' ? await firstStdinLine() : o.positional[0]!;
  const r = parseSpte(text);
  if (!r.ok) throw new UsageError(`svg: ${JSON.stringify(text)}: ${r.error.message}`);
  const level = o.level ?? 1;
  const { host } = choose(req, [], [{ value: r.value, level, context: 'any' }]);
  await out.line(renderSvg(host, r.value, { level, theme: o.theme, compact: o.compact }));
}
