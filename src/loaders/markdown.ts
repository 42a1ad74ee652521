// Code blocks of a Markdown answer, found with markdown-it (CommonMark), plus two repairs for the
// ways models break fences that no CommonMark parser can undo on its own:
//
// 1. Nested fences in a ```markdown (or bare ```) block. Models write a README as ```markdown with
//    ```bash blocks inside, all with three backticks; CommonMark closes the outer block at the first
//    inner closer, and from there every later fence in the answer is paired the wrong way round
//    (code becomes prose and prose becomes code). We recompute the extent the author meant by
//    counting inner openers (a fence with an info string) against bare closers; a bare fence at
//    depth 0 closes the outer block only if a blank line, heading or rule follows it (otherwise it
//    opens an unlabelled inner block such as a directory tree); with no closer at all, the first
//    `File:` heading at depth 0 ends it (a README left open). Then we decide what the block is:
//      - documentation, kept whole as one opaque block, when its own name is a .md file or the text
//        before it mentions a README, or when it holds no named/Pulumi program code;
//      - a wrapper (a whole answer or a set of files wrapped in ```markdown), when its inner blocks
//        include program code that is named by its own heading/bold/comment or imports Pulumi: the
//        content is re-parsed as Markdown and the inner blocks are the answer's code blocks
//        (one level deep: a ```markdown block inside a wrapper is kept whole).
// 2. A missing closer: a labelled block (```typescript) whose content holds another labelled opener
//    at fence indentation (```typescript) was cut short by its author; it ends before that opener
//    (or before a short naming paragraph just above it, e.g. `**lib/security.ts**`) and parsing
//    resumes there.
// After a repair the rest of the input is parsed again from the repaired point.

import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { OffsetSegment } from '../core/source.js';
import { type HostLines, lineText, mapLines, sliceLines } from './host-lines.js';
import { blockLanguage, isProgramLanguage, languageFamily, parseFenceInfo, sniffLanguage } from './language.js';
import { nameCandidates, pathsIn, type TextUnit } from './naming.js';
import { extension, languageFromPath } from './paths.js';
import { importsPulumi } from './roles.js';

export interface FenceBlock {
  info: string;
  /** The block's content: one virtual file. */
  text: string;
  segments: OffsetSegment[];
  /** Headings and paragraphs between the previous code block and this one, in document order. */
  gap: TextUnit[];
  /** No closing fence: the answer was truncated or the author forgot it. */
  unterminated: boolean;
}

const md = new MarkdownIt('commonmark');

interface Scan {
  lines: HostLines;
  /**
   * Lines left to parse. Every repair re-parses the rest of the input, so repairs stop once the
   * input has been parsed a few times over: a hostile answer costs a few parses, not thousands.
   */
  budget: number;
  /** Inside a wrapper being re-parsed: a ```markdown block there is kept whole, never unwrapped again. */
  nested: boolean;
}

interface Fence {
  contentFrom: number;
  contentTo: number;
  closed: boolean;
  char: string;
  length: number;
  /** Column of the fence marker in its host line (container prefix + indentation). */
  column: number;
  /** Content lines with container prefix and fence indentation stripped, as CommonMark defines them. */
  content: string[];
}

const FENCE_LINE = /^([ \t>]*)(`{3,}|~{3,})(.*)$/;
const FILE_HEADING = /^\s{0,3}#{1,6}\s+.*\b(?:file(?:name)?|path)\s*:\s*\S/i;
const ENDS_BLOCK_CONTEXT = /^\s{0,3}(?:#{1,6}\s|([-*_])(?:\s*\1){2,}\s*$)/;

function openerInfo(marker: string, rest: string): string | undefined {
  const info = rest.trim();
  if (info === '' || (marker.startsWith('`') && info.includes('`'))) return undefined;
  return info;
}

function describeFence(lines: HostLines, from: number, token: Token): Fence {
  const [start, end] = token.map!;
  const open = from + start;
  const body = token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content;
  const content = token.content === '' ? [] : body.split('\n');
  // markdown-it maps the opener, the content and the closer if there is one.
  const closed = end - start - 1 > content.length;
  return {
    contentFrom: open + 1,
    contentTo: open + 1 + content.length,
    closed,
    char: token.markup[0]!,
    length: token.markup.length,
    column: Math.max(0, lineText(lines, open).indexOf(token.markup)),
    content,
  };
}

/** Host lines with up to `column` characters of container prefix (spaces, `>`) removed. */
function stripContainer(lines: HostLines, from: number, to: number, column: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const text = lineText(lines, i);
    let cut = 0;
    while (cut < column && cut < text.length && (text[cut] === ' ' || text[cut] === '>')) cut++;
    out.push(text.slice(cut));
  }
  return out;
}

/** Content lines that open a fence: [index, info, marker]. */
function innerOpeners(fence: Fence): { index: number; info: string; marker: string }[] {
  const out: { index: number; info: string; marker: string }[] = [];
  fence.content.forEach((line, index) => {
    const m = /^( {0,3})(`{3,}|~{3,})(.*)$/.exec(line);
    const info = m ? openerInfo(m[2]!, m[3]!) : undefined;
    if (m && info !== undefined) out.push({ index, info, marker: m[2]! });
  });
  return out;
}

/** Did CommonMark close this block at a fence its author meant as the closer of an inner block? */
function nestingBroken(fence: Fence): boolean {
  return innerOpeners(fence).some((o) => o.marker[0] === fence.char && o.marker.length >= fence.length);
}

interface Extent {
  contentTo: number;
  resume: number;
  closed: boolean;
}

function intendedExtent(lines: HostLines, fence: Fence, to: number): Extent {
  let depth = 0;
  let fileHeading: number | undefined;
  for (let i = fence.contentFrom; i < to; i++) {
    const text = lineText(lines, i);
    const m = FENCE_LINE.exec(text);
    if (m && m[1]!.length <= fence.column + 3 && m[2]![0] === fence.char) {
      if (openerInfo(m[2]!, m[3]!) !== undefined) {
        depth++;
        continue;
      }
      if (m[3]!.trim() === '') {
        if (depth > 0) {
          depth--;
          continue;
        }
        const next = i + 1 < to ? lineText(lines, i + 1) : '';
        if (m[2]!.length >= fence.length && (next.trim() === '' || ENDS_BLOCK_CONTEXT.test(next))) {
          return { contentTo: i, resume: i + 1, closed: true };
        }
        depth++;
        continue;
      }
    }
    if (depth === 0 && fileHeading === undefined && FILE_HEADING.test(text)) fileHeading = i;
  }
  // No closer: a README left open ends where the answer moves on to the next file. (A wrapper
  // holds `File:` headings too, but it is closed.)
  const end = fileHeading ?? to;
  return { contentTo: end, resume: end, closed: false };
}

function makeBlock(
  lines: HostLines,
  fence: Fence,
  info: string,
  content: readonly string[],
  gap: TextUnit[],
  unterminated: boolean,
): FenceBlock {
  const { text, segments } = mapLines(lines, fence.contentFrom, content);
  return { info, text, segments, gap, unterminated };
}

/** Does the text before a ```markdown block say it is a document (README.md, docs/x.md)? */
function namesDocument(info: string, gap: readonly TextUnit[]): boolean {
  const nearest = gap[gap.length - 1];
  if (nearest && /\breadme\b/i.test(nearest.text)) return true;
  const first = nameCandidates(parseFenceInfo(info), gap, '')[0];
  return first !== undefined && extension(first.path) === 'md';
}

/** Program code that its own heading/bold/comment names as a program file, or that imports Pulumi. */
function isAnswerWrapper(inner: readonly FenceBlock[]): boolean {
  return inner.some((b) => {
    const info = parseFenceInfo(b.info);
    const language = blockLanguage(info, sniffLanguage(b.text));
    if (!isProgramLanguage(language)) return false;
    if (importsPulumi(b.text, language)) return true;
    return nameCandidates(info, b.gap, b.text).some((c) => isProgramLanguage(languageFromPath(c.path)));
  });
}

function handleMarkdown(
  scan: Scan,
  fence: Fence,
  info: string,
  broken: boolean,
  to: number,
  gap: TextUnit[],
  out: FenceBlock[],
): number {
  const { lines } = scan;
  const extent: Extent = broken
    ? intendedExtent(lines, fence, to)
    : { contentTo: fence.contentTo, resume: fence.closed ? fence.contentTo + 1 : fence.contentTo, closed: fence.closed };
  let inner: FenceBlock[] = [];
  if (!scan.nested && !namesDocument(info, gap)) {
    scan.nested = true;
    inner = scanRange(scan, fence.contentFrom, extent.contentTo);
    scan.nested = false;
  }
  if (isAnswerWrapper(inner)) {
    out.push(...inner);
  } else {
    const content =
      extent.contentTo === fence.contentTo
        ? fence.content
        : stripContainer(lines, fence.contentFrom, extent.contentTo, fence.column);
    out.push(makeBlock(lines, fence, info, content, gap, !extent.closed));
  }
  return extent.resume;
}

/** Index of a labelled opener inside a labelled block: its author forgot the closer before it. */
function missingCloser(fence: Fence): number | undefined {
  return innerOpeners(fence).find((o) => o.marker[0] === fence.char && o.marker.length >= fence.length)?.index;
}

/** Where the cut-short block ends: before the opener, or before a short naming paragraph above it. */
function cutBefore(content: readonly string[], opener: number): number {
  const blank = (i: number): boolean => (content[i] ?? '').trim() === '';
  let last = opener - 1;
  while (last >= 0 && blank(last)) last--;
  let first = last;
  while (first > 0 && !blank(first - 1)) first--;
  const paragraph = content.slice(first, last + 1);
  if (first > 0 && paragraph.length > 0 && paragraph.length <= 2 && pathsIn(paragraph.join('\n')).length > 0) {
    return first;
  }
  return opener;
}

/**
 * A block that is never closed runs to the end of the answer and swallows the prose and files
 * after it. It ends at the first `File:` heading, which no code contains; in TypeScript and
 * JavaScript, where `## ` cannot start a line of code, at the first heading of any kind.
 */
function unclosedEnd(fence: Fence, word: string): number | undefined {
  const anyHeading = languageFamily(parseFenceInfo(word).language) === 'ecma';
  const index = fence.content.findIndex(
    (line, i) => i > 0 && (FILE_HEADING.test(line) || (anyHeading && /^#{2,6}\s+\S/.test(line))),
  );
  return index < 0 ? undefined : index;
}

function scanFrom(scan: Scan, from: number, to: number, out: FenceBlock[]): number {
  const { lines } = scan;
  scan.budget -= to - from;
  const tokens = md.parse(sliceLines(lines, from, to), {});
  let gap: TextUnit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'inline') {
      const opener = tokens[i - 1]?.type;
      if (opener === 'heading_open') gap.push({ kind: 'heading', text: token.content });
      else if (opener === 'paragraph_open') gap.push({ kind: 'paragraph', text: token.content });
      continue;
    }
    if (token.type === 'code_block') gap = [];
    // `<!-- /lib/tap-stack.ts -->` above a fence names it as a caption line would.
    const comment = token.type === 'html_block' ? /^<!--\s*(\S+)\s*-->\s*$/.exec(token.content) : null;
    if (comment) gap.push({ kind: 'paragraph', text: comment[1]! });
    if (token.type !== 'fence' || !token.map) continue;
    const fence = describeFence(lines, from, token);
    const word = parseFenceInfo(token.info).word;
    if (scan.budget <= 0) {
      out.push(makeBlock(lines, fence, token.info, fence.content, gap, !fence.closed));
      gap = [];
      continue;
    }
    // A ```markdown block is checked even without inner openers: its first inner fence may be a
    // bare one (a directory tree), which CommonMark takes for the closer. A bare block is only
    // suspect when it holds labelled openers.
    if (word === 'markdown' || word === 'md' || (word === '' && innerOpeners(fence).length > 0)) {
      const broken = word !== '' || nestingBroken(fence);
      return handleMarkdown(scan, fence, token.info, broken, to, gap, out);
    }
    const cutAt = word === '' ? undefined : missingCloser(fence);
    if (cutAt !== undefined) {
      const cut = cutBefore(fence.content, cutAt);
      out.push(makeBlock(lines, fence, token.info, fence.content.slice(0, cut), gap, true));
      return fence.contentFrom + cut;
    }
    const end = fence.closed ? undefined : unclosedEnd(fence, word);
    if (end !== undefined) {
      out.push(makeBlock(lines, fence, token.info, fence.content.slice(0, end), gap, true));
      return fence.contentFrom + end;
    }
    out.push(makeBlock(lines, fence, token.info, fence.content, gap, !fence.closed));
    gap = [];
  }
  return to;
}

function scanRange(scan: Scan, from: number, to: number): FenceBlock[] {
  const out: FenceBlock[] = [];
  let line = from;
  while (line < to) line = scanFrom(scan, line, to, out);
  return out;
}

/** Code blocks of host lines [from, to). */
export function scanFences(lines: HostLines, from: number, to: number): FenceBlock[] {
  return scanRange({ lines, budget: 4 * (to - from) + 20_000, nested: false }, from, to);
}
