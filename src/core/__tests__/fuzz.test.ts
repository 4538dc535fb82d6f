/**
 * Seeded fuzzing of everything that takes untrusted input: the parser, decode and pair on
 * any 64-bit value at any level on any preset and kernel, log extraction, host parameters
 * and kernel versions. Nothing may throw; every answer has the promised shape.
 *
 * CI runs FUZZ_DEFAULT_RUNS cases; `FUZZ_RUNS=1000000 npx vitest run src/core/__tests__/fuzz.test.ts`
 * runs the full million (see README). The seed is fixed, so a failure is reproducible; set
 * FUZZ_SEED to explore other inputs.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hex16 } from '../bits';
import { decode } from '../decode';
import { ECHO_CHARS } from '../echo';
import { ERAS, parseKernelVersion } from '../eras';
import { computePairVerdicts } from '../verdicts';
import { hostFromParams, hostFromPreset, type Host } from '../host';
import { createLogExtractor, extractSptes, LOG_FORMATS } from '../log';
import { PARAM_SPECS } from '../params';
import { parseSpte } from '../parse';
import { PRESETS } from '../presets';
import { classifyTransition, flushRows } from '../transitions';

const FUZZ_DEFAULT_RUNS = 20_000;
const RUNS = Number(process.env.FUZZ_RUNS ?? FUZZ_DEFAULT_RUNS);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);

const KERNELS = ['current', ...ERAS.flatMap((e) => e.examples.slice(0, 1)), '5.10', '6.1', '6.12'];
const HOSTS: Host[] = PRESETS.flatMap((p) =>
  KERNELS.flatMap((kernel) => {
    try {
      const h = hostFromPreset(p.id, { kernel });
      return h ? [h] : [];
    } catch {
      return []; // an era example that is not a plain version string
    }
  }),
);

const u64 = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n });
/** Values near the interesting edges as well as uniform ones. */
const spteValue = fc.oneof(
  u64,
  fc.constantFrom(0n, 1n, (1n << 64n) - 1n, 1n << 63n, 0x5a0n, 0x8600000123456b77n),
  fc.tuple(u64, u64).map(([a, b]) => a & b),
);
const host = fc.integer({ min: 0, max: HOSTS.length - 1 }).map((i) => HOSTS[i]!);
const level = fc.integer({ min: 1, max: 5 });

const hexish = fc.string({
  unit: fc.constantFrom(..."0123456789abcdefABCDEFxX_' \t-+\n\r\u00a0\u2028g😀\0"),
  maxLength: 48,
});
const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), hexish);

const logFragment = fc.constantFrom(
  ...LOG_FORMATS.map((f) => f.example),
  ...LOG_FORMATS.map((f) => f.template),
  'old_spte ',
  'new_spte ',
  'spte = 0x',
  ' level = ',
  'ffffffffffffffffffff',
  '8600000123456b77',
  '\n',
  '\r\n',
  ' ',
  '> ',
);
const logText = fc.array(fc.oneof(logFragment, text), { maxLength: 12 }).map((a) => a.join(''));

const validParams = fc.constantFrom(...PRESETS.map((p) => p.params));
const anyValue = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, maxDepth: 2 }),
  fc.bigInt(),
  fc.constantFrom(NaN, Infinity, -0, 1e308, 2 ** 53, '', 'intel', true, null),
);
/** A real host's parameters with one to three members replaced by anything at all. */
const mutatedParams = fc
  .tuple(
    validParams,
    fc.array(
      fc.tuple(fc.constantFrom(...PARAM_SPECS.map((s) => s.key), '__proto__', 'constructor'), anyValue),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
  )
  .map(([p, edits]) => {
    const o: Record<string, unknown> = { ...p };
    for (const [k, v] of edits)
      Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
    return o;
  });
const paramsInput = fc.oneof(mutatedParams, anyValue);

type Case =
  | { kind: 'parse'; text: string }
  | { kind: 'decode'; host: Host; value: bigint; level: number }
  | { kind: 'pair'; host: Host; old: bigint; next: bigint; level: number }
  | { kind: 'log'; text: string }
  | { kind: 'params'; raw: unknown; kernel: string | undefined }
  | { kind: 'kernel'; text: string };

const cases: fc.Arbitrary<Case> = fc.oneof(
  text.map((t) => ({ kind: 'parse' as const, text: t })),
  fc.record({ kind: fc.constant('decode' as const), host, value: spteValue, level }),
  fc.record({ kind: fc.constant('pair' as const), host, old: spteValue, next: spteValue, level }),
  logText.map((t) => ({ kind: 'log' as const, text: t })),
  fc.record({
    kind: fc.constant('params' as const),
    raw: paramsInput,
    kernel: fc.option(fc.oneof(fc.constantFrom(...KERNELS), text), { nil: undefined }),
  }),
  fc
    .oneof(
      text,
      fc.tuple(fc.nat(12), fc.nat(30), fc.string({ maxLength: 12 })).map(([a, b, s]) => `${a}.${b}${s}`),
    )
    .map((t) => ({ kind: 'kernel' as const, text: t })),
);

function check(c: Case): void {
  switch (c.kind) {
    case 'parse': {
      const r = parseSpte(c.text);
      if (r.ok) expect(r.value >= 0n && r.value < 1n << 64n).toBe(true);
      else expect(r.error.message.length).toBeGreaterThan(0);
      return;
    }
    case 'decode': {
      const d = decode(c.host, c.value, c.level);
      expect(typeof d.cls.kind).toBe('string');
      expect(Array.isArray(d.findings)).toBe(true);
      return;
    }
    case 'pair': {
      computePairVerdicts(c.host, c.old, c.next, c.level);
      expect(typeof classifyTransition(c.host, c.old, c.next).id).toBe('string');
      expect(Array.isArray(flushRows(c.host, c.old, c.next, c.level))).toBe(true);
      return;
    }
    case 'log': {
      const lower = c.text.toLowerCase();
      const once = extractSptes(c.text);
      for (const e of once) expect(lower).toContain(e.value.toString(16));
      // The streaming reader (the CLI's) fed line by line agrees with the one-shot one.
      const x = createLogExtractor();
      const streamed = [...c.text.split(/\r\n|\n|\r/).flatMap((l) => x.push(l)), ...x.end()];
      expect(streamed.map((e) => `${e.line} ${e.role} ${e.value}`)).toEqual(
        once.map((e) => `${e.line} ${e.role} ${e.value}`),
      );
      return;
    }
    case 'params': {
      const r = hostFromParams(c.raw, c.kernel === undefined ? {} : { kernel: c.kernel });
      if (r.ok) expect(hex16(r.host.masks.shadow_present_mask)).toMatch(/^0x/);
      else
        for (const p of r.problems) {
          expect(typeof p.message).toBe('string');
          // A message quotes the input only in bounded form (the label and the limits around it).
          expect(p.message.length).toBeLessThan(ECHO_CHARS * 4 + 2 * (c.kernel?.length ?? 0) + 200);
        }
      return;
    }
    case 'kernel': {
      const r = parseKernelVersion(c.text);
      expect(typeof r.ok).toBe('boolean');
      return;
    }
  }
}

describe(`fuzz: nothing throws on untrusted input (${RUNS.toLocaleString('en-US')} cases, seed ${SEED})`, () => {
  it(
    'parse, decode, pair, log extraction, host parameters and kernel versions',
    () => {
      fc.assert(
        fc.property(cases, (c) => check(c)),
        { seed: SEED, numRuns: RUNS },
      );
    },
    Math.max(60_000, RUNS * 2),
  );
});
