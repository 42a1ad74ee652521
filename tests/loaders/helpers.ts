import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { ProgramInput } from '../../src/core/program.js';
import { type SourceFile, toHostOffset } from '../../src/core/source.js';
import { loadMarkdownAnswer } from '../../src/loaders/index.js';

/** A Markdown answer from lines (fences are easier to read one per line than in a template). */
export function md(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** Offsets of `file` whose host character differs from the virtual one (empty when the map is exact). */
export function offsetMismatches(hostText: string, file: SourceFile, step = 1): number[] {
  const bad: number[] = [];
  for (let i = 0; i < file.text.length; i += step) {
    if (hostText[toHostOffset(file, i)] !== file.text[i]) bad.push(i);
  }
  return bad;
}

/** Load an answer and check that every virtual character maps onto the same host character. */
export function load(text: string, hostPath = 'answer.md'): ProgramInput {
  const input = loadMarkdownAnswer(hostPath, text);
  for (const f of input.files) expect(offsetMismatches(text, f), f.path).toEqual([]);
  return input;
}

export function fileOf(input: ProgramInput, path: string): SourceFile {
  const file = input.files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} among: ${input.files.map((f) => f.path).join(', ')}`);
  return file;
}

export function pathsOf(input: ProgramInput): string[] {
  return input.files.map((f) => f.path);
}

export const TS = ["import * as aws from '@pulumi/aws';", "new aws.s3.Bucket('b');"];
export const PY = ['import pulumi_aws as aws', "aws.s3.Bucket('b')"];

/** Project folders written under the system temporary directory; `cleanup` removes them all (call it in afterAll). */
export function tempProjects(prefix: string): { project: (files: Record<string, string | Buffer>) => string; cleanup: () => void } {
  const roots: string[] = [];
  return {
    project(files) {
      const root = mkdtempSync(join(tmpdir(), prefix));
      roots.push(root);
      for (const [path, content] of Object.entries(files)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), content);
      }
      return root;
    },
    cleanup() {
      for (const root of roots) rmSync(root, { recursive: true, force: true });
    },
  };
}
