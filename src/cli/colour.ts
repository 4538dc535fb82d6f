/**
 * Whether to colour a stream: --color/--no-color win; otherwise the stream's own
 * detection (Node's hasColors(), which honours NO_COLOR, NODE_DISABLE_COLORS, TERM=dumb
 * and FORCE_COLOR). A pipe has no hasColors(): only FORCE_COLOR turns colour on there.
 */

export interface ColourStream {
  isTTY?: boolean;
  hasColors?: () => boolean;
}

export function wantsColour(
  flag: boolean | null,
  stream: ColourStream,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (flag !== null) return flag;
  if (stream.isTTY && typeof stream.hasColors === 'function') return stream.hasColors();
  const force = env.FORCE_COLOR;
  return force !== undefined && !['0', 'false'].includes(force);
}
