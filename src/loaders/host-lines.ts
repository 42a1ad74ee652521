// The host (.md) text as lines, and the virtual → host offset map of a block built from them.
// markdown-it works on lines and normalises line endings, so every block is rebuilt line by line
// from the host text and each line is mapped back individually.

import type { OffsetSegment } from '../core/source.js';

export interface HostLines {
  text: string;
  /** Offset of the first character of each line. */
  starts: number[];
  /** Offset just past each line's content (before its `\n` / `\r\n`). */
  ends: number[];
}

export function splitHostLines(text: string): HostLines {
  const starts: number[] = [];
  const ends: number[] = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.push(start);
    ends.push(m.index);
    start = m.index + m[0].length;
  }
  // A trailing newline does not open another line.
  if (start < text.length || starts.length === 0) {
    starts.push(start);
    ends.push(text.length);
  }
  return { text, starts, ends };
}

export function lineCount(lines: HostLines): number {
  return lines.starts.length;
}

export function lineText(lines: HostLines, i: number): string {
  return lines.text.slice(lines.starts[i], lines.ends[i]);
}

/** Lines [from, to) joined with `\n`, the form markdown-it sees them in. */
export function sliceLines(lines: HostLines, from: number, to: number): string {
  const out: string[] = [];
  for (let i = from; i < to; i++) out.push(lineText(lines, i));
  return out.join('\n');
}

export interface MappedText {
  text: string;
  segments: OffsetSegment[];
}

/**
 * Build a virtual text from host lines, where `content[k]` is what remains of host line `first + k`
 * after the Markdown container and fence indentation were stripped (always a suffix of it, except
 * where a tab was split into spaces: those spaces map onto the tab). Segments are added only where
 * the virtual-to-host distance changes, so an unindented block has a single segment.
 */
export function mapLines(lines: HostLines, first: number, content: readonly string[]): MappedText {
  const segments: OffsetSegment[] = [];
  const push = (virt: number, host: number): void => {
    const last = segments[segments.length - 1];
    if (last && host - virt === last.host - last.virt) return;
    segments.push({ virt, host });
  };
  let text = '';
  content.forEach((line, k) => {
    const i = first + k;
    const host = lineText(lines, i);
    let suffix = line.length;
    while (suffix > 0 && !host.endsWith(line.slice(line.length - suffix))) suffix--;
    const synthetic = line.length - suffix;
    const suffixStart = lines.ends[i]! - suffix;
    const tab = Math.max(lines.starts[i]!, suffixStart - 1);
    for (let j = 0; j < synthetic; j++) push(text.length + j, tab);
    push(text.length + synthetic, suffixStart);
    text += line;
    const hasTerminator = lines.ends[i]! < lines.text.length;
    if (hasTerminator) {
      // Point the virtual `\n` at the host `\n`, past a `\r` in CRLF files.
      const nl = lines.text.charCodeAt(lines.ends[i]!) === 13 && lines.text.charCodeAt(lines.ends[i]! + 1) === 10;
      push(text.length, lines.ends[i]! + (nl ? 1 : 0));
      text += '\n';
    }
  });
  if (segments.length === 0) segments.push({ virt: 0, host: lines.starts[first] ?? lines.text.length });
  return { text, segments };
}
