// A Markdown answer (MODEL_RESPONSE.md / IDEAL_RESPONSE.md) → ProgramInput: each code block of the
// answer part becomes a virtual file, named, typed and given a role.

import type { Diagnostic, ProgramInput } from '../core/program.js';
import type { Language, SourceFile } from '../core/source.js';
import { noCode, unterminatedFence, unterminatedOtherFence } from './diagnostics.js';
import { findEntry } from './entry.js';
import { type HostLines, lineCount, lineText, mapLines, splitHostLines } from './host-lines.js';
import {
  blockLanguage,
  type FenceInfo,
  isProgramLanguage,
  languageFamily,
  parseFenceInfo,
  type Sniff,
  sniffLanguage,
} from './language.js';
import { type FenceBlock, scanFences } from './markdown.js';
import { nameCandidates } from './naming.js';
import { languageFromPath } from './paths.js';
import { parsePulumiYaml, stackConfigsOf } from './project.js';
import { answerStartLine } from './reasoning.js';
import { isPulumiProjectFile, looksLikeTest, roleFor } from './roles.js';
import { snippetKind } from './snippet.js';
import { awsProviderVersion } from './versions.js';

/**
 * May a block whose content is `content` carry a name with language `named`? The path's extension
 * wins over the fence label when they disagree (```python around requirements.txt, ```typescript
 * around code that sniffs as Python and is named x.py: the label is the mislabel), but a name is
 * refused when the content itself contradicts it (a strong signal such as an import, a shell
 * command or a directory tree): such a name came from prose about another file, and taking it
 * would let a `pulumi up` block replace lib/tap-stack.ts or Pulumi.yaml.
 */
function nameFits(named: Language | undefined, content: Language, sniff: Sniff | undefined, info: FenceInfo): boolean {
  const sniffedFamily = sniff?.strong ? languageFamily(sniff.language) : undefined;
  if (isProgramLanguage(named)) {
    if (sniff?.strong) return sniffedFamily === languageFamily(named);
    return isProgramLanguage(content) || info.language === undefined;
  }
  if (!sniff?.strong) return true;
  if (sniffedFamily !== undefined) return false;
  // Free-form files (README.md, requirements.txt, Dockerfile, pyproject.toml) hold anything.
  if (named === undefined || named === 'other' || named === 'text') return true;
  return sniff.language === named || (sniff.language === 'json' && named === 'yaml');
}

/**
 * A fence labelled with the name's own extension (```go over `main.go`) is that file, whatever the
 * content looks like to the sniffer (Go's `import (` and braces read as ECMAScript).
 */
function labelNamesExtension(info: FenceInfo, path: string): boolean {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (info.language !== 'other' || ext === undefined) return false;
  return info.word === ext || (info.word === 'go' && /(^|\/)go\.(mod|sum)$/.test(path));
}

const UNNAMED_EXTENSION: Readonly<Partial<Record<Language, string>>> = {
  typescript: 'ts',
  javascript: 'js',
  python: 'py',
  yaml: 'yaml',
  json: 'json',
  shell: 'sh',
  text: 'txt',
};

function unnamedExtension(language: Language, info: FenceInfo): string {
  const known = UNNAMED_EXTENSION[language];
  if (known) return known;
  if (info.word === 'markdown') return 'md';
  return /^[a-z0-9]{1,10}$/.test(info.word) ? info.word : 'txt';
}

/** Files a model often shows without naming them, recognisable by content. */
function nameFromContent(language: Language, text: string): string | undefined {
  if (language === 'yaml' && /^name:\s*\S/m.test(text) && /^runtime:/m.test(text)) return 'Pulumi.yaml';
  const manifest = /^[ \t]*"name"\s*:/m.test(text) && /"(?:dev)?[dD]ependencies"\s*:/.test(text);
  if (language === 'json' && manifest) return 'package.json';
  return undefined;
}

// A line inside a code block that only names the file that follows: `src/config/index.ts`, or a
// numbered caption `3. Network Infrastructure (components/network.ts)`, or a comment that is only a
// path (`// /lib/components/alb.ts`, `# lib/tap_stack.py`, `// File: lib/x.ts`). Models paste
// several files into one fence this way; read as one file, its imports resolve from the wrong place,
// its imports collide, and the other files look missing.
const BARE_PATH = /^((?:[\w.@-]+\/)+[\w.@-]+\.(?:ts|tsx|js|mjs|cjs|py))$/;
const CAPTION_PATH = /^\d+\.\s+[^()]*\(((?:[\w.@-]+\/)*[\w.@-]+\.(?:ts|tsx|js|mjs|cjs|py))\)$/;
// `5. src/x.ts`, `5. \`src/x.ts\``: a numbered line that is only a path.
const NUMBERED_PATH = /^\d+\.\s+`?((?:[\w.@-]+\/)*[\w.@-]+\.(?:ts|tsx|js|mjs|cjs|py))`?:?$/;
// The comment marker must be the named file's own (`//` for TypeScript and JavaScript, `#` for Python).
const COMMENT_PATH = /^(?:\/\/\s*(?:(?:file(?:name)?|path)\s*:\s*)?`?((?:\.?\/)?(?:[\w.@-]+\/)*[\w.@-]+\.(?:ts|tsx|js|mjs|cjs))`?|#\s*(?:(?:file(?:name)?|path)\s*:\s*)?`?((?:\.?\/)?(?:[\w.@-]+\/)*[\w.@-]+\.py)`?)$/i;

/**
 * The path a caption line names. A comment is a caption only where a new file can start: at the top
 * of the block or after a blank line (a comment inside code that happens to be a path is neither).
 */
function captionPath(line: string, afterBlank: boolean): string | undefined {
  const t = line.trim();
  const named = BARE_PATH.exec(t)?.[1] ?? CAPTION_PATH.exec(t)?.[1] ?? NUMBERED_PATH.exec(t)?.[1];
  if (named || !afterBlank) return named;
  const comment = COMMENT_PATH.exec(t);
  return comment?.[1] ?? comment?.[2];
}

/** The segments of `segments` that map virtual offsets [from, to), rebased to start at 0. */
function sliceSegments(segments: readonly { virt: number; host: number }[], from: number, to: number) {
  let first = 0;
  for (let i = 0; i < segments.length; i++) if (segments[i]!.virt <= from) first = i;
  const out = [{ virt: 0, host: segments[first]!.host + (from - segments[first]!.virt) }];
  for (let i = first + 1; i < segments.length && segments[i]!.virt < to; i++) out.push({ virt: segments[i]!.virt - from, host: segments[i]!.host });
  return out;
}

/**
 * Split a program block at caption lines into one block per file, each named by a synthetic
 * `File:` heading. Two captions at least: a single path-like line may be code or a stray note.
 */
function splitAtCaptions(block: FenceBlock): FenceBlock[] {
  if (block.segments.length === 0) return [block];
  const cuts: { start: number; next: number; path: string }[] = [];
  let offset = 0;
  let afterBlank = true;
  for (const line of block.text.split('\n')) {
    const path = captionPath(line, afterBlank);
    if (path) cuts.push({ start: offset, next: Math.min(block.text.length, offset + line.length + 1), path });
    offset += line.length + 1;
    afterBlank = line.trim() === '';
  }
  if (cuts.length < 2) return [block];
  const out: FenceBlock[] = [];
  const piece = (from: number, to: number, gap: FenceBlock['gap'], last: boolean): FenceBlock => ({
    info: block.info,
    text: block.text.slice(from, to),
    segments: sliceSegments(block.segments, from, to),
    gap,
    unterminated: last && block.unterminated,
  });
  if (block.text.slice(0, cuts[0]!.start).trim()) out.push(piece(0, cuts[0]!.start, block.gap, false));
  cuts.forEach((c, i) => {
    const end = i + 1 < cuts.length ? cuts[i + 1]!.start : block.text.length;
    out.push(piece(c.next, end, [{ kind: 'heading', text: `File: ${c.path}` }], i + 1 === cuts.length));
  });
  return out;
}

interface Resolved {
  file: SourceFile;
  unterminated: boolean;
}

function resolveBlock(block: FenceBlock, hostPath: string, unnamedIndex: () => number): Resolved {
  const info = parseFenceInfo(block.info);
  const sniff = sniffLanguage(block.text);
  const content = blockLanguage(info, sniff);
  const chosen = nameCandidates(info, block.gap, block.text).find((c) =>
    nameFits(languageFromPath(c.path), content, sniff, info) || labelNamesExtension(info, c.path),
  );
  let path: string;
  let nameSource: string;
  let language: Language = content;
  if (chosen) {
    path = chosen.path;
    nameSource = chosen.source;
    language = languageFromPath(path) ?? content;
  } else {
    const known = nameFromContent(content, block.text);
    path = known ?? `unnamed-${unnamedIndex()}.${unnamedExtension(content, info)}`;
    nameSource = known ? 'content' : 'unnamed';
  }
  let role = roleFor(path, language, block.text);
  if (nameSource === 'unnamed' && role === 'program' && looksLikeTest(block.text)) role = 'test';
  const kind = snippetKind(block.text, language);
  const file: SourceFile = {
    path,
    language,
    role,
    text: block.text,
    hostPath,
    segments: block.segments,
    snippet: kind !== undefined,
    ...(kind ? { snippetKind: kind } : {}),
    nameSource,
  };
  return { file, unterminated: block.unterminated };
}

/**
 * A repeated path means the model revised the file: the later block replaces the earlier, except
 * that a fragment never replaces a complete file (an "update `lib/index.ts` to include:" snippet
 * would otherwise erase the program it amends); such a fragment is dropped.
 */
function latestVersions(resolved: readonly Resolved[]): Resolved[] {
  const kept: (Resolved | undefined)[] = [];
  const indexByPath = new Map<string, number>();
  for (const r of resolved) {
    const previous = indexByPath.get(r.file.path);
    if (previous !== undefined) {
      if (r.file.snippet && !kept[previous]!.file.snippet) continue;
      kept[previous] = undefined;
    }
    indexByPath.set(r.file.path, kept.length);
    kept.push(r);
  }
  return kept.filter((r): r is Resolved => r !== undefined);
}

/**
 * An answer with no fences at all may be a bare program pasted as the whole answer; it is taken as
 * one file when its opening lines read unmistakably as code.
 */
function bareProgram(lines: HostLines, from: number): FenceBlock | undefined {
  const count = lineCount(lines);
  const head: string[] = [];
  for (let i = from; i < count && head.length < 20; i++) {
    const line = lineText(lines, i);
    if (line.trim()) head.push(line);
  }
  const sniff = sniffLanguage(head.join('\n'));
  if (!sniff?.strong || !isProgramLanguage(sniff.language)) return undefined;
  const content: string[] = [];
  for (let i = from; i < count; i++) content.push(lineText(lines, i));
  const { text, segments } = mapLines(lines, from, content);
  return { info: '', text, segments, gap: [], unterminated: false };
}

function lastLineStart(text: string): number {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  return body.lastIndexOf('\n') + 1;
}

export function loadMarkdownAnswer(hostPath: string, text: string): ProgramInput {
  const lines = splitHostLines(text);
  const from = answerStartLine(lines);
  const blocks = scanFences(lines, from, lineCount(lines));
  if (blocks.length === 0) {
    const bare = bareProgram(lines, from);
    if (bare) blocks.push(bare);
  }
  let unnamed = 0;
  const resolved = latestVersions(blocks.flatMap(splitAtCaptions).map((b) => resolveBlock(b, hostPath, () => ++unnamed)));
  const files = resolved.map((r) => r.file);
  const diagnostics: Diagnostic[] = [];
  for (const r of resolved) {
    if (r.unterminated && r.file.role === 'program') {
      diagnostics.push(unterminatedFence(r.file.path, lastLineStart(r.file.text), r.file.text.length));
    } else if (r.unterminated && r.file.language !== 'text' && r.file.language !== 'other' && r.file.text.trim()) {
      diagnostics.push(unterminatedOtherFence(r.file.path, lastLineStart(r.file.text), r.file.text.length));
    }
  }
  const input: ProgramInput = { root: hostPath, kind: 'markdown', files, diagnostics, hosts: new Map([[hostPath, text]]) };
  const projectFile = files
    .filter((f) => isPulumiProjectFile(f.path))
    .sort((a, b) => a.path.split('/').length - b.path.split('/').length)[0];
  if (projectFile) input.project = parsePulumiYaml(projectFile.path, projectFile.text);
  const stackConfigs = stackConfigsOf(files, input.project);
  if (stackConfigs.length > 0) input.stackConfigs = stackConfigs;
  const programs = files.filter((f) => f.role === 'program').map((f) => f.path);
  const entry = findEntry(programs, input.project);
  if (entry) input.entry = entry;
  const version = awsProviderVersion(files.filter((f) => f.role === 'context'));
  if (version) input.awsProviderVersion = version;
  if (programs.length === 0) {
    const pipelines = files.filter((f) => f.language === 'yaml' && isCiPipeline(f.text)).length;
    diagnostics.push(noCode(pipelines > 0 ? { kind: 'pipeline-answer', pipelines } : { kind: 'answer' }));
  }
  return input;
}

/**
 * A CI pipeline definition (GitHub Actions, GitLab CI, CodeBuild buildspec): an answer of only these
 * may be exactly what its request asked for, which stacklint cannot tell from the answer.
 */
function isCiPipeline(text: string): boolean {
  const top = (key: string) => new RegExp(`^${key}:`, 'm').test(text);
  return (top('jobs') && /^[ \t]+(steps|runs-on|script):/m.test(text)) || (top('stages') && /^[ \t]+script:/m.test(text)) || (top('phases') && /^[ \t]+commands:/m.test(text));
}
