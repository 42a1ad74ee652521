// Large Python files are parsed in chunks of whole top-level statements. tree-sitter holds about 200
// bytes per syntax node in WebAssembly memory, which never shrinks: a 5 MB file parsed at once keeps
// a gigabyte. Parsed chunk by chunk (each with `includedRanges`, so positions stay those of the whole
// file) it needs only the largest chunk's tree.

/** Files up to this many characters are parsed whole; larger ones in chunks of about this size. */
export const CHUNK_CHARS = 256 * 1024;

const CONTINUATIONS = /^(else|elif|except|finally)\b/;
/** Chunks are cut at any line once they are this many times CHUNK_CHARS without a statement start. */
const FORCED = 4;
const RESYNC = /^(def|class|import|from|async def)\s/;

/**
 * Offsets where a chunk may start: the first character of a line at column 0 that begins a new
 * top-level statement (outside brackets, strings and line continuations, not an `else`/`elif`/
 * `except`/`finally` clause and not after a decorator). Chosen greedily so that chunks hold at least
 * CHUNK_CHARS characters; empty when the file is small.
 */
export function chunkStarts(text: string, size = CHUNK_CHARS): number[] {
  const out: number[] = [];
  if (text.length <= size) return out;
  let depth = 0;
  let last = 0;
  let decorated = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 35) {
      // comment to the end of the line
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? n : eol;
      continue;
    }
    if (c === 34 || c === 39) {
      const triple = text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c;
      i += triple ? 3 : 1;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92) {
          i += 2;
          continue;
        }
        if (d === c && (!triple || (text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c))) {
          i += triple ? 3 : 1;
          break;
        }
        if (d === 10 && !triple) break;
        i++;
      }
      continue;
    }
    if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
    else if (c === 92 && text.charCodeAt(i + 1) === 10) {
      i += 2;
      continue;
    } else if (c === 10 && depth > 0 && RESYNC.test(text.slice(i + 1, i + 12))) {
      // `def`/`class`/`import` at column 0 cannot be inside brackets: a bracket above was never
      // closed (a truncated statement); the scan starts over here, as tree-sitter's recovery does.
      depth = 0;
      continue;
    } else if (c === 10 && depth === 0) {
      const next = i + 1;
      const ch = text.charCodeAt(next);
      const startsStatement = next < n && ch !== 32 && ch !== 9 && ch !== 10 && ch !== 13 && ch !== 35;
      if (!startsStatement && next - last >= FORCED * size) {
        // Megabytes without a top-level statement (one giant indented block, or text that is not
        // Python): cut at a line anyway, so memory stays bounded; the cut can cost syntax errors only
        // in code that has no statement at column 0 for this long.
        out.push(next);
        last = next;
      } else if (startsStatement) {
        const line = text.slice(next, next + 16);
        if (!decorated && !CONTINUATIONS.test(line) && next - last >= size) {
          out.push(next);
          last = next;
        }
        decorated = ch === 64;
      }
    }
    i++;
  }
  return out;
}
