// Source files as every stage sees them. A SourceFile is "virtual": for a program on disk it is the
// file itself, for a Markdown answer it is one code block, with a map back to offsets in the host
// .md file so that findings point at the Markdown line.

export type Language = 'typescript' | 'javascript' | 'python' | 'yaml' | 'json' | 'text' | 'shell' | 'other';

/** What a file is for. Only `program` files are evaluated as Pulumi code. */
export type FileRole =
  | 'program' // Pulumi program code (TS/JS/Python)
  | 'test' // unit/integration tests: kept, never evaluated
  | 'context' // Pulumi.yaml, Pulumi.<stack>.yaml, package.json, requirements.txt, ...
  | 'asset' // Lambda handler code and other files shipped as assets
  | 'other';

/** One point where the virtual text and the host text are aligned. Sorted by `virt`. */
export interface OffsetSegment {
  virt: number;
  host: number;
}

export interface SourceFile {
  /** Virtual path, POSIX separators, relative to the program root (e.g. `lib/tap_stack.py`). */
  path: string;
  language: Language;
  role: FileRole;
  text: string;
  /** The file on disk that holds this text (the .md file for Markdown answers). */
  hostPath: string;
  /** Virtual → host offset map. A file read from disk has the single segment {0,0}. */
  segments: OffsetSegment[];
  /** A fragment (elided or import-less block): analysed leniently. */
  snippet: boolean;
  /** Why it is a fragment: code was elided (`// ...`), or the block has no imports. */
  snippetKind?: 'elided' | 'import-less';
  /** How the virtual path was decided (Markdown only), e.g. `heading`, `bold`, `comment`, `unnamed`. */
  nameSource?: string;
}

/** Map an offset in a virtual file to an offset in its host file. */
export function toHostOffset(file: SourceFile, offset: number): number {
  const segs = file.segments;
  if (segs.length === 0) return offset;
  // binary search for the last segment with virt <= offset
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.virt <= offset) lo = mid;
    else hi = mid - 1;
  }
  const seg = segs[lo]!;
  return seg.host + Math.max(0, offset - seg.virt);
}

/** 1-based line/column of an offset, computed from line starts. */
export interface LineIndex {
  lineStarts: number[];
}

/** Line breaks are `\n`, `\r\n` and a lone `\r` (old Mac OS), as in the TypeScript and Markdown parsers. */
export function buildLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  return { lineStarts };
}

export function lineColumn(index: LineIndex, offset: number): { line: number; column: number } {
  const starts = index.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
