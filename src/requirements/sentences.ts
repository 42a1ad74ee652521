// PROMPT.md → sentences with their line, the headings above them and the text that introduces their
// list. Structure comes from markdown-it (CommonMark); code blocks are dropped because they show
// examples, not requirements. Requests also wrap sections in XML-like tags (`<task_context>`), which
// CommonMark reads as HTML blocks: their text is kept and the tag name acts as a heading.

import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

export interface Sentence {
  /** The sentence with inline Markdown removed (code spans keep their text). */
  text: string;
  /** 1-based line in the request. */
  line: number;
  /** Heading texts above it, outermost first. */
  headings: string[];
  /** In a list item or table row (as opposed to running prose). */
  inList: boolean;
  /** The text that introduces its list: the parent item, or a paragraph ending with a colon. */
  lead?: { text: string; line: number };
  /** The sentences after it in the same paragraph or item (extractors that read on, e.g. tag values). */
  rest: string;
  /** The whole paragraph or item it belongs to (what "it" and "the database" refer to). */
  block: string;
}

const md = new MarkdownIt({ html: true });

/**
 * A list item or paragraph that is only a bold title ("**Monitoring and Alerting**"), possibly with a
 * colon: it names the section its nested list belongs to and states nothing itself.
 */
function isTitle(tok: Token): boolean {
  const kids = (tok.children ?? []).filter((c) => !(c.type === 'text' && /^\s*:?\s*$/.test(c.content)));
  const bold = kids.length >= 3 && kids[0]!.type === 'strong_open' && kids[kids.length - 1]!.type === 'strong_close' && kids.filter((c) => c.type === 'strong_open').length === 1;
  return bold && tok.content.split(/\s+/).length <= 6;
}

/** Inline text of an `inline` token: text and code spans, soft/hard breaks as newlines. */
function inlineText(tok: Token): string {
  let out = '';
  for (const c of tok.children ?? []) {
    if (c.type === 'text') out += c.content;
    else if (c.type === 'code_inline') out += `\`${c.content}\``;
    else if (c.type === 'softbreak' || c.type === 'hardbreak') out += '\n';
    else if (c.type === 'image') out += c.content;
  }
  return out;
}

// A sentence ends at . ! ? followed by space and a capital, a digit, a quote or markup; abbreviations
// such as "e.g." and decimals ("3.11") do not end one. Inline enumerations ("must: 1. Set up … 2. …")
// are split before each number.
const ABBREVIATION = /\b(e\.g|i\.e|etc|vs|approx|incl|min|max|no|Inc|Ltd)\.$/i;

export function splitSentences(line: string): string[] {
  // "[All IAM roles must be prefixed …, S3 buckets must follow …, …]": constraints written as one
  // bracketed list, each item a sentence of its own.
  const bracketed = /^\s*\[(.+)\]\s*$/.exec(line);
  if (bracketed) {
    // A short piece is part of an enumeration inside an item ("tagged with Environment, Application, and CostCenter").
    const items: string[] = [];
    for (const piece of bracketed[1]!.split(/,\s+(?=[A-Z])/).map((x) => x.trim())) {
      if (items.length > 0 && piece.split(/\s+/).length < 4) items[items.length - 1] += `, ${piece}`;
      else items.push(piece);
    }
    if (items.length >= 2) return items.flatMap((x) => splitSentences(x));
  }
  const parts: string[] = [];
  let start = 0;
  const re = /([.!?])\s+(?=[A-Z0-9`"'(*\[])|\s(?=\d{1,2}\.\s+[A-Z])/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const end = m.index + (m[1] ? 1 : 0);
    const piece = line.slice(start, end);
    if (m[1] === '.' && (ABBREVIATION.test(piece) || /^\s*\d{1,2}\.$/.test(piece))) continue;
    if (piece.trim()) parts.push(piece.trim());
    start = m.index + m[0].length;
  }
  const tail = line.slice(start).trim();
  if (tail) parts.push(tail);
  return parts;
}

const DESCRIPTION_COLUMN = /\b(examples?|descriptions?|purposes?|notes?|meanings?|comments?|usage|why)\b/i;

interface Frame {
  /** The paragraph text of the list item being read (its first paragraph). */
  itemText?: { text: string; line: number };
  lead?: { text: string; line: number };
}

// Code in an indented block: punctuation and keywords of programs and configuration files.
const CODE_LINE = /[{};=<>]|=>|\(\)|^\s*(import|from|const|let|var|def|class|return|export|resource|if|for|#|\/\/|\$)\b|^\s*[\w.-]+:\s*$|^\s*[\w-]+:\s+\S+$/;

/**
 * Requests indent whole lists by four spaces or a tab ("    1.\tCreate a KMS key …"), which
 * CommonMark reads as an indented code block. A block of such lines is prose: its lines are dedented
 * (line numbers unchanged) so that it is read as the list it was meant to be.
 */
function dedentProse(source: string): string {
  const lines = source.split('\n');
  let changed = false;
  for (const t of md.parse(source, {})) {
    if (t.type !== 'code_block' || !t.map) continue;
    const body = lines.slice(t.map[0], t.map[1]).filter((l) => l.trim());
    const prose = body.filter((l) => !CODE_LINE.test(l) && l.trim().split(/\s+/).length >= 4);
    if (body.length === 0 || prose.length / body.length < 0.8) continue;
    for (let i = t.map[0]; i < t.map[1]; i++) lines[i] = lines[i]!.replace(/^(?: {4}|\t)/, '');
    changed = true;
  }
  return changed ? lines.join('\n') : source;
}

export function promptSentences(source: string): Sentence[] {
  const tokens = md.parse(dedentProse(source), {});
  const out: Sentence[] = [];
  const headings: { level: number; text: string }[] = [];
  const lists: Frame[] = [];
  let lastParagraph: { text: string; line: number } | undefined;
  let tableHead: { text: string; line: number } | undefined;
  let describes = false;

  const emit = (text: string, firstLine: number, inList: boolean): void => {
    const lines = text.split('\n');
    const frame = lists[lists.length - 1];
    const all: { text: string; line: number }[] = [];
    lines.forEach((l, i) => {
      // Tags whose names CommonMark does not accept as HTML (`<task_context>`) arrive as text.
      if (xmlTag(l, headings)) return;
      for (const s of splitSentences(l)) all.push({ text: s, line: firstLine + i });
    });
    all.forEach((s, i) => {
      const sentence: Sentence = {
        text: s.text,
        line: s.line,
        headings: headings.map((h) => h.text),
        inList,
        rest: all
          .slice(i + 1)
          .map((x) => x.text)
          .join(' '),
        block: all.map((x) => x.text).join(' '),
      };
      if (frame?.lead) sentence.lead = frame.lead;
      out.push(sentence);
    });
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.type) {
      case 'heading_open': {
        const level = Number(t.tag.slice(1));
        const text = inlineText(tokens[i + 1]!).trim();
        while (headings.length && headings[headings.length - 1]!.level >= level) headings.pop();
        headings.push({ level, text });
        lastParagraph = undefined;
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const parent = lists[lists.length - 1];
        const lead = lastParagraph && /:\s*$/.test(lastParagraph.text) ? lastParagraph : parent?.itemText;
        lists.push(lead ? { lead } : {});
        lastParagraph = undefined;
        break;
      }
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        lastParagraph = undefined;
        break;
      case 'list_item_open':
        delete lists[lists.length - 1]!.itemText;
        break;
      case 'inline': {
        const parentType = tokens[i - 1]?.type;
        if (parentType === 'paragraph_open' && t.map) {
          const text = inlineText(t);
          const inList = lists.length > 0;
          if (!isTitle(t)) emit(text, t.map[0] + 1, inList);
          const frame = lists[lists.length - 1];
          const flat = text.replace(/\n/g, ' ').trim();
          if (frame && !frame.itemText) frame.itemText = { text: flat, line: t.map[0] + 1 };
          const sentences = splitSentences(flat);
          lastParagraph = { text: sentences[sentences.length - 1] ?? flat, line: t.map[1] };
        }
        break;
      }
      case 'tr_open': {
        if (!t.map) break;
        const cells: string[] = [];
        for (let j = i + 1; j < tokens.length && tokens[j]!.type !== 'tr_close'; j++) {
          if (tokens[j]!.type === 'inline') cells.push(inlineText(tokens[j]!).trim());
        }
        // The header row introduces the rows as a list's lead does ("| Tag | Value |" above
        // "| Owner | platform |"), unless a paragraph ending with a colon introduces the table.
        if (tokens[i - 1]?.type === 'thead_open') {
          const intro = lastParagraph && /:\s*$/.test(lastParagraph.text) ? lastParagraph : undefined;
          tableHead = intro ?? { text: `${cells.filter(Boolean).join(' | ')}:`, line: t.map[0] + 1 };
          // A second column of examples or descriptions does not state values.
          describes = cells.length === 2 && DESCRIPTION_COLUMN.test(cells[1]!);
          break;
        }
        lists.push(tableHead ? { lead: tableHead } : {});
        const row = cells.filter(Boolean);
        emit(describes && row.length === 2 ? `${row[0]} (${row[1]})` : row.join(cells.length === 2 ? ': ' : ' | '), t.map[0] + 1, true);
        lists.pop();
        break;
      }
      case 'table_close':
        tableHead = undefined;
        describes = false;
        lastParagraph = undefined;
        break;
      case 'fence': {
        if (!t.map || !/^ya?ml\b/i.test(t.info.trim())) break;
        yamlSpec(t.content, t.map[0] + 2, (text, line, lead) => {
          lists.push(lead ? { lead } : {});
          emit(text, line, true);
          lists.pop();
        });
        lastParagraph = undefined;
        break;
      }
      case 'html_block': {
        if (!t.map) break;
        htmlBlock(t.content, t.map[0] + 1, headings, emit);
        lastParagraph = undefined;
        break;
      }
      default:
        break;
    }
  }
  return out;
}

// Keys of CI workflows, build specs and Kubernetes manifests: such a YAML block is an example of a
// file, not a specification of the stack.
const NOT_A_SPEC = /^\s*-?\s*(jobs|steps|stages|on|runs-on|image|script|run|uses|workflows|apiVersion|kind|phases|commands|pipeline|trigger|services|env|variables|artifacts|before_script|name|resources|outputs|runtime|main)\s*:/m;

/**
 * A YAML block that specifies the stack ("region: us-west-2", "tags:" with one key per line,
 * "database:" with its settings) reads as a list: each `key: value` line is an item, introduced by
 * the keys it is nested under. snake_case keys read as words; "x_days: 7" as "x: 7 days". Lines
 * that switch something off say what not to build and are left out.
 */
function yamlSpec(content: string, firstLine: number, emit: (text: string, line: number, lead?: { text: string; line: number }) => void): void {
  if (NOT_A_SPEC.test(content)) return;
  const parents: { indent: number; text: string; line: number }[] = [];
  content.split('\n').forEach((raw, i) => {
    const m = /^(\s*)(?:-\s+)?([\w.:/-]+)\s*:\s*(.*?)\s*(#.*)?$/.exec(raw);
    if (!m || raw.trim().startsWith('#')) return;
    const indent = m[1]!.length;
    while (parents.length && parents[parents.length - 1]!.indent >= indent) parents.pop();
    const key = /^[a-z0-9]+(_[a-z0-9]+)+$/.test(m[2]!) ? m[2]!.replace(/_/g, ' ') : m[2]!;
    const value = m[3]!.replace(/^["']|["']$/g, '');
    const parent = parents[parents.length - 1];
    const lead = parent ? { text: `${parent.text}:`, line: parent.line } : undefined;
    if (!value) {
      parents.push({ indent, text: key, line: firstLine + i });
      return;
    }
    if (/^(false|no|off|disabled|none|null|~)$/i.test(value)) return;
    const days = /^(.*?)[ _-]?days?$/i.exec(key);
    const text = days && days[1] && /^\d+$/.test(value) ? `${days[1]}: ${value} days` : `${key}: ${value}`;
    emit(text, firstLine + i, lead);
  });
}

/** An opening tag alone on its line starts a pseudo-section named after it; a closing tag is dropped. */
function xmlTag(line: string, headings: { level: number; text: string }[]): boolean {
  const open = /^\s*<([a-z][\w-]*)>\s*$/i.exec(line);
  if (open) {
    headings.length = 0;
    headings.push({ level: 1, text: open[1]!.replace(/[_-]/g, ' ') });
    return true;
  }
  return /^\s*<\/[a-z][\w-]*>\s*$/i.test(line);
}

/** Text lines of an HTML block. */
function htmlBlock(
  content: string,
  firstLine: number,
  headings: { level: number; text: string }[],
  emit: (text: string, line: number, inList: boolean) => void,
): void {
  content.split('\n').forEach((raw, i) => {
    if (xmlTag(raw, headings)) return;
    const text = raw.replace(/<\/?[a-z][^>]*>/gi, '').trim();
    if (text) emit(text.replace(/^[-*]\s+/, ''), firstLine + i, /^\s*[-*]\s/.test(raw));
  });
}
