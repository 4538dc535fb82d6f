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
  flushRows,
  computePairVerdicts,
  decode,
  fieldReference,
  fieldReferenceText,
  hex16,
  parseKernelVersion,
  parseSpte,
  toVectorJson,
  type Host,
} from '../core';
import type { ValueSample } from '../core/infer';
import { extractSptes } from '../core/log';
import { makePaint } from './ansi';
import { UsageError, parseArgs, type CliOptions } from './args';
import { choiceRequest, choose, type Choice } from './choice';
import { wantsColour } from './colour';
import { COMPLETIONS } from './completion';
import { helpFor } from './help';
import { IoError, Out, TooLongLine, guardOutput, readLines } from './io';
import { decodeJsonLine } from './decode-json';
import { runLog } from './log-command';
import { renderDecodeText, renderPairText } from './render-text';
import { reject, rejectTooLong, rejectedCount } from './report';
import { runSvg } from './svg-command';
import { version } from './version';

/** When text that does not parse is a log line, say which SPTEs `spte log` would read in it. */
function logLineHint(text: string): string {
  const found = text.length > 20_000 ? [] : extractSptes(text);
  if (found.length === 0) return '';
  const list = found.map((e) => `${e.role === 'spte' ? '' : `${e.role} `}${hex16(e.value)}`).join(', ');
  return ` It looks like a log line holding ${list}: \`spte log\` reads such lines.`;
}

/**
 * Every input (the arguments, where "-" stands for stdin's lines, else stdin), read before
 * anything is decoded: auto needs them all.
 */
async function gatherInputs(o: CliOptions): Promise<{ text: string; where: string }[]> {
  const all: { text: string; where: string }[] = [];
  const fromStdin = async () => {
    let n = 0;
    for await (const line of readLines(null)) {
      n++;
      if (line instanceof TooLongLine) rejectTooLong(`stdin line ${n}`, line);
      else if (line.trim() !== '') all.push({ text: line, where: `stdin line ${n}` });
    }
  };
  if (o.positional.length === 0) await fromStdin();
  for (const [i, text] of o.positional.entries())
    if (text === '-') await fromStdin();
    else all.push({ text, where: `argument ${i + 1}` });
  return all;
}

/** A JSON line with the choice's members put first. */
const withChoice = (json: string, choice: Choice) => `{${choice.json},${json.slice(1)}`;

async function runDecode(o: CliOptions, out: Out): Promise<void> {
  const level = o.level ?? 1;
  const paint = makePaint(wantsColour(o.color, process.stdout));
  const inputs = (await gatherInputs(o)).map((x) => ({ ...x, r: parseSpte(x.text) }));
  const samples: ValueSample[] = [];
  for (const x of inputs) if (x.r.ok) samples.push({ value: x.r.value, level, context: 'any' });
  const choice = choose(choiceRequest(o), [], samples);
  const host = choice.host;
  if (!o.json) await out.line(paint('dim', choice.line) + '\n');
  for (const { text, where, r } of inputs) {
    if (!r.ok) {
      reject(where, text, r.error.message + logLineHint(text));
      continue;
    }
    const d = decode(host, r.value, level);
    await out.line(
      o.json ? withChoice(decodeJsonLine(d), choice) + '\n' : renderDecodeText(host, d, paint) + '\n',
    );
  }
}

/** The change's name, its reason sentence and each flush decision with its reason. */
function transitionJson(host: Host, oldV: bigint, newV: bigint, level: number) {
  const t = classifyTransition(host, oldV, newV, level);
  return {
    id: t.id,
    name: t.name,
    reason: t.detail,
    flushes: flushRows(host, oldV, newV, level).map((r) => ({
      name: r.name,
      value: r.value,
      reason: r.reason,
    })),
  };
}

async function runPair(o: CliOptions, out: Out): Promise<void> {
  const paint = makePaint(wantsColour(o.color, process.stdout));
  interface Row {
    where: string;
    oldText: string;
    newText: string;
    level: number | null;
  }
  const rows: Row[] = [];
  if (o.positional.length > 0) {
    if (o.positional.length !== 2) throw new UsageError('pair takes exactly OLD and NEW (and --level N)');
    if (o.level === null) throw new UsageError('pair needs --level N');
    rows.push({ where: 'arguments', oldText: o.positional[0]!, newText: o.positional[1]!, level: o.level });
  } else {
    let n = 0;
    for await (const line of readLines(null)) {
      n++;
      if (line instanceof TooLongLine) {
        rejectTooLong(`stdin line ${n}`, line);
        continue;
      }
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
      rows.push({ where: `stdin line ${n}`, oldText: cols[0]!, newText: cols[1]!, level });
    }
  }
  const samples: ValueSample[] = [];
  for (const r of rows)
    for (const t of [r.oldText, r.newText]) {
      const p = parseSpte(t);
      if (p.ok) samples.push({ value: p.value, level: r.level, context: 'any' });
    }
  const choice = choose(choiceRequest(o), [], samples);
  const host = choice.host;
  if (!o.json) await out.line(paint('dim', choice.line) + '\n');
  for (const { where, oldText, newText, level } of rows) {
    const a = parseSpte(oldText);
    if (!a.ok) {
      reject(where, oldText, `OLD: ${a.error.message}`);
      continue;
    }
    const b = parseSpte(newText);
    if (!b.ok) {
      reject(where, newText, `NEW: ${b.error.message}`);
      continue;
    }
    if (level === null) {
      reject(where, `${oldText} ${newText}`, 'missing level: give --level N or a third column');
      continue;
    }
    const p = computePairVerdicts(host, a.value, b.value, level);
    await out.line(
      o.json
        ? withChoice(
            JSON.stringify({
              old: hex16(a.value),
              new: hex16(b.value),
              level,
              ...(toVectorJson(p) as object),
              transition: transitionJson(host, a.value, b.value, level),
            }),
            choice,
          ) + '\n'
        : renderPairText(host, a.value, b.value, level, paint),
    );
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
  if (o.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (o.help || o.command === '' || o.command === 'help') {
    // `spte help decode` reads as `spte decode --help`.
    const topic = o.command === 'help' ? (o.positional[0] ?? '') : o.command;
    process.stdout.write(helpFor(topic));
    return o.help || o.command === 'help' ? 0 : 2;
  }
  const out = new Out();
  switch (o.command) {
    case 'decode':
      await runDecode(o, out);
      break;
    case 'pair':
      await runPair(o, out);
      break;
    case 'log': {
      if (o.positional.length > 1) throw new UsageError('log takes at most one FILE');
      const paint = makePaint(wantsColour(o.color, process.stdout));
      await runLog(
        {
          file: o.positional[0] === undefined || o.positional[0] === '-' ? null : o.positional[0],
          json: o.json,
          level: o.level,
        },
        choiceRequest(o),
        out,
        paint,
      );
      break;
    }
    case 'kernels':
      await runKernels(o, out);
      break;
    case 'fields': {
      // The field rows of every kind for one kernel and host: the same data the decoder uses.
      if (o.positional.length > 0) throw new UsageError('fields takes no values; use --kernel and --preset');
      // No value to read: auto is the default kernel and host; --maxphyaddr/--set apply.
      const ref = fieldReference(choose(choiceRequest(o), [], []).host);
      await out.line(o.json ? JSON.stringify(ref) + '\n' : fieldReferenceText(ref));
      break;
    }
    case 'svg':
      await runSvg(o, choiceRequest(o), out);
      break;
    case 'completion': {
      const shell = o.positional[0] ?? '';
      const script = COMPLETIONS[shell];
      if (!script || o.positional.length !== 1)
        throw new UsageError(
          `completion needs one shell: bash, zsh or fish${shell ? ` (got "${shell}")` : ''}`,
        );
      await out.line(script());
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
        // A text finding's example is an excerpt for `spte log` (lines joined with " / " here).
        const exCmd =
          ex.text !== undefined
            ? `spte log, reading: ${ex.text.split('\n').join(' / ')}`
            : `spte decode --preset ${ex.preset} --kernel ${ex.kernel} --level ${ex.level} 0x${ex.value.toString(16)}${exParams.length ? ` (with ${exParams.join(', ')})` : ''}`;
        const where =
          a.input === 'text' ? 'a pasted log or trace (spte log, the Log tab)' : a.kinds.join(', ');
        await out.line(
          o.json
            ? JSON.stringify({
                id: r.id,
                severity: r.severity,
                title: r.title,
                kernel: r.kernel,
                summary: r.summary,
                appliesTo: {
                  kinds: a.kinds,
                  flavours: a.flavours,
                  kernels: kernelScopeText(a.kernels),
                  ...(a.input ? { input: a.input } : {}),
                },
                example: { ...ex, value: `0x${ex.value.toString(16)}` },
              }) + '\n'
            : `${r.id}  ${r.severity.padEnd(7)} ${r.title} — ${r.summary} (${r.kernel})\n` +
                `    applies to: ${where}; ${a.flavours.map((f) => (f === 'ept' ? 'EPT' : 'x86')).join(', ')}; ${kernelScopeText(a.kernels)}\n` +
                `    example: ${exCmd}\n`,
        );
      }
      break;
    default:
      throw new UsageError(`unknown command "${o.command}"`);
  }
  await out.flush();
  return exitStatus();
}

const exitStatus = () => (rejectedCount() > 0 ? 2 : 0);
// `spte log big.txt | head`: once the reader has gone, stop quietly, as other tools do (exit
// 2 still, when something was rejected); a full disk is one line on stderr.
guardOutput(exitStatus);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`spte: ${e.message}\nTry "spte --help" or "spte COMMAND --help".\n`);
      process.exitCode = 2;
    } else if (e instanceof IoError) {
      process.stderr.write(`spte: ${e.message}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`spte: internal error: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
