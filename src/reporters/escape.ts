// Terminal-safe text: analysed code and values derived from it can hold control characters (a raw
// ESC would drive the user's terminal). C0 controls, DEL and C1 controls are shown as `\xNN`.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_OR_NEWLINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

function hex(c: string): string {
  return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** Escape control characters; tab and newline are kept unless `keepNewlines` is false. */
export function escapeControl(s: string, keepNewlines = true): string {
  return s.replace(keepNewlines ? CONTROL : CONTROL_OR_NEWLINE, hex);
}

/**
 * How each UTF-16 unit of a source line is shown: tabs as two spaces, control characters as `\xNN`,
 * the low half of a surrogate pair as nothing (its high half carries the character). The array is
 * index-aligned with the line, so columns can be mapped to display offsets.
 */
export function displayUnits(line: string, from = 0, to = line.length): { text: string; width: number }[] {
  const out: { text: string; width: number }[] = [];
  for (let i = from; i < to; i++) {
    const code = line.charCodeAt(i);
    if (code === 9) out.push({ text: '  ', width: 2 });
    else if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) out.push({ text: hex(line[i]!), width: 4 });
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      out.push({ text: line.slice(i, i + 2), width: 1 }, { text: '', width: 0 });
      i++;
    } else out.push({ text: line[i]!, width: 1 });
  }
  return out;
}
