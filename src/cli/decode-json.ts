/**
 * One `--json` line per decoded value: the golden-vector keys of the host's kernel plus
 * `kind`, `fields` and `findings`. Written as a string directly (see vectorJsonString): at a
 * million values the generic object-then-stringify route cost several times the decode.
 */

import { hex16, vectorJsonString, type Decoded, type FieldDef } from '../core';

/** The constant part of a field's JSON, per field definition. */
const fieldHead = new WeakMap<FieldDef, string>();

function head(def: FieldDef): string {
  let h = fieldHead.get(def);
  if (h === undefined) {
    h = `{"id":${JSON.stringify(def.id)},"name":${JSON.stringify(def.name)},"lo":${def.lo},"hi":${def.hi},"raw":"0x`;
    fieldHead.set(def, h);
  }
  return h;
}

export function decodeJsonLine(d: Decoded): string {
  const verdicts = vectorJsonString(d.verdicts);
  let s = `{"v":"${hex16(d.value)}","level":${d.level},"kind":"${d.cls.kind}",` + verdicts.slice(1, -1);
  s += ',"fields":[';
  d.fields.forEach((f, i) => {
    s += (i ? ',' : '') + head(f.def) + f.raw.toString(16) + '","text":' + JSON.stringify(f.text) + '}';
  });
  s += '],"findings":[';
  d.findings.forEach((f, i) => {
    s +=
      (i ? ',' : '') +
      `{"id":"${f.id}","severity":"${f.severity}","title":${JSON.stringify(f.title)},"bits":"${hex16(f.bits)}","explanation":${JSON.stringify(f.explanation)}}`;
  });
  return s + ']}';
}
