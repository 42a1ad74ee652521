// The language server survives what typing produces: real answers and programs are replayed into it
// as a person would type them (growing prefixes in chunks, deletions and pastes, requests in
// between). No crash, no unhandled rejection, every request answered, and the diagnostics for the
// final text equal what `check` reports for it.

import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { analyzePath } from '../../src/pipeline.js';
import { positionFindings } from '../../src/reporters/positions.js';
import { ROOT } from '../helpers/cli.js';
import { startClient, stopClient } from './client.js';

const CORPUS = join(ROOT, '..', 'shared', 'corpus');

/** Dev-split answers when the corpus is beside the project, else the bundled examples. */
function inputs(): { name: string; text: string; languageId: string }[] {
  const out: { name: string; text: string; languageId: string }[] = [];
  for (const task of ['pulumi-py/Pr7051', 'pulumi-ts/Pr5537']) {
    const p = join(CORPUS, task, 'lib', 'MODEL_RESPONSE.md');
    if (existsSync(p)) out.push({ name: 'MODEL_RESPONSE.md', text: readFileSync(p, 'utf8'), languageId: 'markdown' });
  }
  if (out.length === 0) out.push({ name: 'MODEL_RESPONSE.md', text: readFileSync(join(ROOT, 'examples', 'answer-python', 'MODEL_RESPONSE.md'), 'utf8'), languageId: 'markdown' });
  out.push({ name: 'index.ts', text: readFileSync(join(ROOT, 'examples', 'project-ts', 'index.ts'), 'utf8'), languageId: 'typescript' });
  return out;
}

/** A small deterministic generator, so a failure replays the same way. */
function rng(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

interface Pos {
  line: number;
  character: number;
}

function positionAt(text: string, offset: number): Pos {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('typing into the language server', () => {
  test.each(inputs().map((i) => [i.name, i] as const))('%s', async (_name, input) => {
    const dir = mkdtempSync(join(tmpdir(), 'stacklint-typing-'));
    const path = join(dir, input.name);
    writeFileSync(path, '');
    const uri = pathToFileURL(path).href;
    const c = await startClient(pathToFileURL(dir).href);
    const random = rng(input.text.length);
    let text = '';
    let version = 1;
    const requests: Promise<unknown>[] = [];
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: input.languageId, version, text } });
    const change = async (from: number, to: number, insert: string) => {
      const range = { start: positionAt(text, from), end: positionAt(text, to) };
      text = text.slice(0, from) + insert + text.slice(to);
      await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: insert }] });
    };
    let typed = 0;
    let step = 0;
    while (typed < input.text.length) {
      const n = 40 + Math.floor(random() * 400);
      await change(text.length, text.length, input.text.slice(typed, typed + n));
      typed += n;
      step++;
      const r = random();
      if (r < 0.15 && text.length > 50) {
        // delete a stretch, then type it again (a correction)
        const at = Math.floor(random() * (text.length - 20));
        const removed = text.slice(at, at + 20);
        await change(at, at + 20, '');
        await change(at, at, removed);
      } else if (r < 0.25 && text.length > 100) {
        // paste a piece of what is there somewhere else, then undo it
        const from = Math.floor(random() * (text.length - 60));
        const piece = text.slice(from, from + 60);
        const at = Math.floor(random() * text.length);
        await change(at, at, piece);
        await change(at, at + piece.length, '');
      }
      if (step % 5 === 0) {
        const pos = positionAt(text, Math.floor(random() * text.length));
        requests.push(c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos }));
        requests.push(c.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: pos, end: pos }, context: { diagnostics: c.latest.get(uri) ?? [] } }));
      }
      // Pauses let the server analyse the text as it is at that moment.
      if (step % 12 === 0) await new Promise((resolve) => setTimeout(resolve, 350));
    }
    expect(text).toBe(input.text);
    await Promise.all(requests);

    writeFileSync(path, text);
    const result = await analyzePath(path);
    const expected = positionFindings(result.findings, result.sources)
      .filter((p) => p.finding.location.hostPath === path)
      .map((p) => `${p.line}:${p.finding.ruleId}:${p.finding.message.split('\n')[0]}`)
      .sort();
    const keys = (ds: { range: { start: { line: number } }; code?: string | number; message: string }[]) => ds.map((d) => `${d.range.start.line + 1}:${d.code}:${d.message.split('\nFix: ')[0]}`).sort();
    // Analyses of earlier prefixes may still be in flight: wait for the one of the final text.
    const got = await c.waitFor(uri, (ds) => JSON.stringify(keys(ds)) === JSON.stringify(expected), 30_000);
    expect(keys(got)).toEqual(expected);
    expect(c.child.exitCode).toBeNull();
    expect(await stopClient(c)).toBe(0);
    expect(c.stderr()).not.toMatch(/Unhandled|TypeError|RangeError/);
  }, 120_000);
});
