/** The host a finding's example is meant for (preset, kernel and any changed parameters). */

import { findPreset } from '../presets';
import { makeHost, type Host } from '../host';
import type { FindingExample } from './types';

export function exampleHost(ex: FindingExample): Host {
  const p = findPreset(ex.preset);
  if (!p) throw new Error(`finding example names an unknown preset '${ex.preset}'`);
  return makeHost({ ...p.params, ...ex.params }, { kernel: ex.kernel });
}
