#!/usr/bin/env node
/**
 * `spte`: the command-line front end. Same parser, same core, same findings as the page.
 * Bad values are reported on stderr (naming the input and line) while the rest goes on;
 * the exit status is 2 if anything was rejected.
 */

import {
  ERAS,
  PRESETS,
  RULES,
  kernelScopeText,
  classifyTransition,
  computeKernelPairVerdicts,
  decode,
  fieldReference,
  fieldReferenceText,
  hex16,
  parseKernelVersion,
  parseSpte,
  toVectorJson,
  type Host,
} from '../core';
import { extractSptes } from '../core/log';
import { makePaint } from './ansi';
import { USAGE, UsageError, parseArgs, type CliOptions } from './args';
import { resolveHost } from './host-option';
import { Out, readLines } from './io';
import { decodeJsonLine } from './decode-json';
import { runLog } from './log-command';
import { renderDecodeText, renderPairText } from './render-text';

let rejected = 0;
function reject(where: string, input: string, message: string): void {
  rejected++;
  process.stderr.write(`spte: ${where}: ${JSON.stringify(input)}: ${message}\n`);
}

/** When text that does not parse is a log line, say which SPTEs `spte log` would read in it. */
function logLineHint(text: string): string {
  const found = text.length > 20_000 ? [] : extractSptes(text);
  if (found.length === 0) return '';
  const list = found.map((e) => `${e.role === 'spte' ? '' : `${e.role} `}${hex16(e.value)}`).join(', ');
  return ` It looks like a log line holding ${list}: \`spte log\` reads such lines.`;
}

async function runDecode(o: CliOptions, host: Host, out: Out): Promise<void> {
  const level = o.level ?? 1;
  const paint = makePaint(o.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
  const one = async (text: string, where: string) => {
    const r = parseSpte(text);
    if (!r.ok) return reject(where, text, r.error.message + logLineHint(text));
    const d = decode(host, r.value, level);
    await out.line(o.json ? decodeJsonLine(d) + '\n' : renderDecodeText(host, d, paint) + '\n');
  };
  if (o.positional.length > 0) {
    for (const [i, v] of o.positional.entries()) await one(v, `argument ${i + 1}`);
    return;
  }
  let n = 0;
  for await (const line of readLines(null)) {
    n++;
    if (line.trim() === '') continue;
    await one(line, `stdin line ${n}`);
  }
}

function transitionJson(host: Host, oldV: bigint, newV: bigint): { id: string; name: string } {
  const t = classifyTransition(host, oldV, newV);
  return { id: t.id, name: t.name };
}

async function runPair(o: CliOptions, host: Host, out: Out): Promise<void> {
  const paint = makePaint(o.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
  const one = async (oldText: string, newText: string, level: number | null, where: string) => {
    const a = parseSpte(oldText);
    if (!a.ok) return reject(where, oldText, `OLD: ${a.error.message}`);
    const b = parseSpte(newText);
    if (!b.ok) return reject(where, newText, `NEW: ${b.error.message}`);
    if (level === null)
      return reject(where, `${oldText} ${newText}`, 'missing level: give --level N or a third column');
    const p = computeKernelPairVerdicts(host, a.value, b.value, level);
    await out.line(
      o.json
        ? JSON.stringify({
            old: hex16(a.value),
            new: hex16(b.value),
            level,
            ...(toVectorJson(p) as object),
            transition: transitionJson(host, a.value, b.value),
          }) + '\n'
        : renderPairText(host, a.value, b.value, level, paint),
    );
  };
  if (o.positional.length > 0) {
    if (o.positional.length !== 2) throw new UsageError('pair takes exactly OLD and NEW (and --level N)');
    if (o.level === null) throw new UsageError('pair needs --level N');
    return one(o.positional[0]!, o.positional[1]!, o.level, 'arguments');
  }
  let n = 0;
  for await (const line of readLines(null)) {
    n++;
    const cols = line.trim().split(/\s+/).filter(Boolean);
    if (cols.length === 0) continue;
    if (cols.length < 2 || cols.length > 3) {
      reject(`stdin line ${n}`, line, 'expected "OLD NEW [LEVEL]"');
      continue;
    }
    let level = o.level;
    if (cols[2] !== undefined) {
      level = Number(cols[2]);
      if (!Number.isInteger(level) || level < 1 || level > 5) {
        reject(`stdin line ${n}`, line, `level must be 1 to 5, got "${cols[2]}"`);
        continue;
      }
    }
    await one(cols[0]!, cols[1]!, level, `stdin line ${n}`);
  }
}

/** `spte kernels [VERSION...]`: the eras, or which era each given version maps to. */
async function runKernels(o: CliOptions, out: Out): Promise<void> {
  if (o.positional.length === 0) {
    for (const e of ERAS)
      await out.line(
        o.json
          ? JSON.stringify(e) + '\n'
          : `${e.id.padEnd(21)} ${e.label.padEnd(15)} ${e.examples.join('; ')}\n${''.padEnd(22)}${e.identifies}\n`,
      );
    return;
  }
  for (const [i, text] of o.positional.entries()) {
    const r = parseKernelVersion(text);
    if (!r.ok) {
      reject(`argument ${i + 1}`, text, r.message);
      continue;
    }
    const label = ERAS.find((e) => e.id === r.era)!.label;
    await out.line(
      o.json
        ? JSON.stringify({
            input: text,
            version: r.version,
            era: r.era,
            label,
            basis: r.basis,
            note: r.note ?? null,
          }) + '\n'
        : `${text}: kernel ${r.version} (era ${r.era}, ${label})${r.note ? `\n  note: ${r.note}` : ''}\n`,
    );
  }
}

async function main(argv: string[]): Promise<number> {
  const o = parseArgs(argv);
  if (o.help || o.command === '') {
    process.stdout.write(USAGE);
    return o.help ? 0 : 2;
  }
  const out = new Out();
  switch (o.command) {
    case 'decode':
      await runDecode(o, resolveHost(o.preset, o.config, o.kernel), out);
      break;
    case 'pair':
      await runPair(o, resolveHost(o.preset, o.config, o.kernel), out);
      break;
    case 'log': {
      if (o.positional.length > 1) throw new UsageError('log takes at most one FILE');
      const paint = makePaint(o.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
      const host = resolveHost(o.preset, o.config, o.kernel);
      await runLog({ file: o.positional[0] ?? null, json: o.json, level: o.level }, host, out, paint);
      break;
    }
    case 'kernels':
      await runKernels(o, out);
      break;
    case 'fields': {
      // The field rows of every kind for one kernel and host: the same data the decoder uses.
      if (o.positional.length > 0) throw new UsageError('fields takes no values; use --kernel and --preset');
      const ref = fieldReference(resolveHost(o.preset, o.config, o.kernel));
      await out.line(o.json ? JSON.stringify(ref) + '\n' : fieldReferenceText(ref));
      break;
    }
    case 'presets':
      for (const p of PRESETS)
        await out.line(
          o.json
            ? JSON.stringify({ id: p.id, label: p.label, params: p.params }) + '\n'
            : `${p.id.padEnd(12)} ${p.label}\n`,
        );
      break;
    case 'findings':
      for (const r of RULES) {
        const a = r.appliesTo;
        const ex = r.example;
        const exParams = Object.entries(ex.params ?? {}).map(([k, v]) => `${k}=${String(v)}`);
        const exCmd = `spte decode --preset ${ex.preset} --kernel ${ex.kernel} --level ${ex.level} 0x${ex.value.toString(16)}${exParams.length ? ` (with ${exParams.join(', ')})` : ''}`;
        await out.line(
          o.json
            ? JSON.stringify({
                id: r.id,
                severity: r.severity,
                title: r.title,
                kernel: r.kernel,
                summary: r.summary,
                appliesTo: { kinds: a.kinds, flavours: a.flavours, kernels: kernelScopeText(a.kernels) },
                example: { ...ex, value: `0x${ex.value.toString(16)}` },
              }) + '\n'
            : `${r.id}  ${r.severity.padEnd(7)} ${r.title} — ${r.summary} (${r.kernel})\n` +
                `    applies to: ${a.kinds.join(', ')}; ${a.flavours.map((f) => (f === 'ept' ? 'EPT' : 'x86')).join(', ')}; ${kernelScopeText(a.kernels)}\n` +
                `    example: ${exCmd}\n`,
        );
      }
      break;
    default:
      throw new UsageError(`unknown command "${o.command}"`);
  }
  await out.flush();
  return rejected > 0 ? 2 : 0;
}

// `spte log big.txt | head`: once the reader has gone, stop quietly, as other tools do.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`spte: ${e.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`spte: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
