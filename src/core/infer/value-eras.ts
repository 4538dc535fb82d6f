/**
 * Which kernel eras the values of a text leave open on one host, from the inference's
 * per-candidate value verdicts (no bits are looked at again here). An era that leaves more
 * of the values unexplained than another era on the same host is ruled out by the values:
 * wording alone must never bring it back (issue 12, item 2), and SPTE-K001 already says
 * when the wording pointed there.
 */

import type { KernelEra } from '../eras/types';
import type { Inference } from './types';

/**
 * The eras that explain as many of the values as any era does on `host` (a flavour preset
 * id; any other host is judged as the inference's best one). Without values, every era.
 */
export function erasTheValuesAllow(inf: Inference, host: string): KernelEra[] {
  const onHost = inf.scores.filter((s) => s.host === host);
  const scores = onHost.length > 0 ? onHost : inf.scores.filter((s) => s.host === inf.best.host);
  const fewest = Math.min(...scores.map((s) => s.impossible));
  return scores.filter((s) => s.impossible === fewest).map((s) => s.era);
}
